#include "AreaTags.h"

#include "Database.h"

namespace liaison {

AreaTags::AreaTags(Database &db, QString linkTable, QString ownerColumn)
    : m_db(db)
    , m_linkTable(std::move(linkTable))
    , m_ownerColumn(std::move(ownerColumn))
{
}

void AreaTags::set(qint64 ownerId, const QStringList &areas, bool replace)
{
    if (replace)
        m_db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_linkTable, m_ownerColumn), {ownerId});
    QStringList unique = areas;
    unique.removeDuplicates();
    for (const QString &area : std::as_const(unique)) {
        if (area.trimmed().isEmpty())
            continue;
        m_db.exec(QStringLiteral("INSERT INTO %1 (%2, area_id) VALUES (?, ?)").arg(m_linkTable, m_ownerColumn),
                  {ownerId, areaId(area.trimmed())});
    }
}

QStringList AreaTags::get(qint64 ownerId)
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT a.name FROM %1 l JOIN areas a ON a.id = l.area_id "
                                                "WHERE l.%2 = ? ORDER BY a.name")
                                     .arg(m_linkTable, m_ownerColumn),
                                 {ownerId});
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    query.finish();
    return names;
}

qint64 AreaTags::areaId(const QString &name)
{
    m_db.exec(QStringLiteral("INSERT INTO areas (name) VALUES (?) ON CONFLICT (name) DO NOTHING"), {name});
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT id FROM areas WHERE name = ?"), {name});
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

} // namespace liaison
