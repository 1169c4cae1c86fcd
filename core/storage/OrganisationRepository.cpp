#include "OrganisationRepository.h"

#include "Database.h"
#include "Transaction.h"

namespace liaison {

OrganisationRepository::OrganisationRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("organisations"),
              {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("kind"),
               QStringLiteral("country"), QStringLiteral("parent_id"), QStringLiteral("website"),
               QStringLiteral("notes")})
{
}

void OrganisationRepository::save(Organisation &o)
{
    RecordRollbackGuard guard(o);
    Transaction transaction(m_db);
    // A new record has no children to replace: skip the deletes (bulk writes).
    const bool isNew = o.isNew();
    m_table.write(o, {o.name, RecordTable::textValue(o.shortName), RecordTable::textValue(o.kind),
                      RecordTable::textValue(o.country), RecordTable::idValue(o.parentId),
                      RecordTable::textValue(o.website), RecordTable::textValue(o.notes)});
    if (!isNew)
        m_db.exec(QStringLiteral("DELETE FROM organisation_aliases WHERE organisation_id = ?"), {o.id});
    o.aliases.removeDuplicates();
    o.aliases.sort(); // stored as a set; keep the caller's copy in the order it reads back
    for (const QString &alias : std::as_const(o.aliases))
        m_db.exec(QStringLiteral("INSERT INTO organisation_aliases (organisation_id, alias) VALUES (?, ?)"),
                  {o.id, alias});
    transaction.commit();
    guard.dismiss();
}

void OrganisationRepository::remove(const Organisation &o)
{
    Transaction transaction(m_db);
    m_table.remove(o);
    transaction.commit();
}

std::optional<Organisation> OrganisationRepository::find(qint64 id)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(m_table.selectList()), {id});
    if (!query.next())
        return std::nullopt;
    Organisation o = read(query);
    query.finish();
    o.aliases = aliasesOf(o.id);
    return o;
}

std::optional<Organisation> OrganisationRepository::findByName(const QString &name)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT id FROM organisations WHERE name = ? OR short_name = ? "
                       "UNION SELECT organisation_id FROM organisation_aliases WHERE alias = ? "
                       "ORDER BY 1 LIMIT 1"),
        {name, name, name});
    if (!query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return find(id);
}

QList<Organisation> OrganisationRepository::list(int offset, int limit)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT %1 FROM organisations ORDER BY name, id LIMIT ? OFFSET ?").arg(m_table.selectList()),
        {limit, offset});
    QList<Organisation> result;
    while (query.next())
        result.append(read(query));
    query.finish();
    return result;
}

qint64 OrganisationRepository::count()
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM organisations"));
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

Organisation OrganisationRepository::read(const QSqlQuery &query)
{
    Organisation o;
    m_table.readRecord(o, query);
    o.name = query.value(1).toString();
    o.shortName = query.value(2).toString();
    o.kind = query.value(3).toString();
    o.country = query.value(4).toString();
    o.parentId = query.value(5).toLongLong();
    o.website = query.value(6).toString();
    o.notes = query.value(7).toString();
    return o;
}

QStringList OrganisationRepository::aliasesOf(qint64 id)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT alias FROM organisation_aliases WHERE organisation_id = ? ORDER BY alias"), {id});
    QStringList aliases;
    while (query.next())
        aliases.append(query.value(0).toString());
    query.finish();
    return aliases;
}

} // namespace liaison
