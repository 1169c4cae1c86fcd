#include "WritePermission.h"

#include "Database.h"

#include <QSqlQuery>

namespace liaison {

QStringList WritePermission::notWritable(Database &db)
{
    QStringList names;
    if (db.backend() != Database::Backend::PostgreSQL)
        return names;
    // Triggers write the dashboard's kept counts as the importing role, so
    // every table counts, not only those the import names.
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND ("
            "(c.relkind = 'r' AND NOT (has_table_privilege(c.oid, 'INSERT') AND has_table_privilege(c.oid, 'UPDATE') "
            "AND has_table_privilege(c.oid, 'DELETE'))) "
            "OR (c.relkind = 'S' AND NOT has_sequence_privilege(c.oid, 'USAGE'))) ORDER BY c.relname")))
        return names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QString WritePermission::importRefusal(Database &db)
{
    const QStringList names = notWritable(db);
    if (names.isEmpty())
        return {};
    const int shown = 3;
    QString tables = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() > shown)
        tables += QStringLiteral(" and %1 more").arg(names.size() - shown);
    return QStringLiteral("your role (%1) can read but not import here: it may not write to %2; ask an admin to "
                          "grant it INSERT, UPDATE and DELETE on Liaison's tables and USAGE on its sequences")
        .arg(db.location().user(), tables);
}

} // namespace liaison
