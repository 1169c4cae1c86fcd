#include "PartnershipRepository.h"

#include "Database.h"
#include "Transaction.h"

namespace liaison {

PartnershipRepository::PartnershipRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("partnerships"),
              {QStringLiteral("name"), QStringLiteral("focus"), QStringLiteral("owner"), QStringLiteral("stage"),
               QStringLiteral("notes")})
    , m_areas(db, QStringLiteral("partnership_areas"), QStringLiteral("partnership_id"))
{
}

void PartnershipRepository::save(Partnership &p)
{
    RecordRollbackGuard guard(p);
    Transaction transaction(m_db);
    // A new record has no children to replace: skip the deletes (bulk writes).
    const bool isNew = p.isNew();
    m_table.write(p, {p.name, RecordTable::textValue(p.focus), RecordTable::textValue(p.owner),
                      RecordTable::textValue(p.stage()), RecordTable::textValue(p.notes)});

    if (!isNew)
        m_db.exec(QStringLiteral("DELETE FROM partnership_parties WHERE partnership_id = ?"), {p.id});
    for (int i = 0; i < p.parties.size(); ++i) {
        const PartnershipParty &party = p.parties.at(i);
        m_db.exec(QStringLiteral("INSERT INTO partnership_parties (partnership_id, organisation_id, role, position) "
                                 "VALUES (?, ?, ?, ?)"),
                  {p.id, party.organisationId, RecordTable::textValue(party.role), i});
    }

    if (!isNew)
        m_db.exec(QStringLiteral("DELETE FROM partnership_stages WHERE partnership_id = ?"), {p.id});
    for (const StageChange &change : std::as_const(p.stageHistory)) {
        m_db.exec(QStringLiteral("INSERT INTO partnership_stages "
                                 "(partnership_id, stage, changed_on, changed_precision, note) VALUES (?, ?, ?, ?, ?)"),
                  {p.id, change.stage, RecordTable::dateValue(change.date.first()),
                   RecordTable::precisionValue(change.date), RecordTable::textValue(change.note)});
    }

    m_areas.set(p.id, p.areas, !isNew);
    p.areas.removeDuplicates();
    p.areas.sort();
    transaction.commit();
    guard.dismiss();
}

void PartnershipRepository::remove(const Partnership &p)
{
    Transaction transaction(m_db);
    m_table.remove(p);
    transaction.commit();
}

std::optional<Partnership> PartnershipRepository::find(qint64 id)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT %1 FROM partnerships WHERE id = ?").arg(m_table.selectList()), {id});
    if (!query.next())
        return std::nullopt;
    Partnership p = read(query);
    query.finish();
    loadChildren(p);
    return p;
}

std::optional<Partnership> PartnershipRepository::findByName(const QString &name)
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT id FROM partnerships WHERE name = ? ORDER BY id LIMIT 1"),
                                 {name});
    if (!query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return find(id);
}

QList<Partnership> PartnershipRepository::list(int offset, int limit)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT %1 FROM partnerships ORDER BY name, id LIMIT ? OFFSET ?").arg(m_table.selectList()),
        {limit, offset});
    QList<Partnership> result;
    while (query.next())
        result.append(read(query));
    query.finish();
    for (Partnership &p : result)
        loadChildren(p);
    return result;
}

qint64 PartnershipRepository::count()
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM partnerships"));
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

Partnership PartnershipRepository::read(const QSqlQuery &query)
{
    Partnership p;
    m_table.readRecord(p, query);
    p.name = query.value(1).toString();
    p.focus = query.value(2).toString();
    p.owner = query.value(3).toString();
    // value(4) is the stored current stage, derived from the history.
    p.notes = query.value(5).toString();
    return p;
}

void PartnershipRepository::loadChildren(Partnership &p)
{
    QSqlQuery &parties = m_db.exec(QStringLiteral("SELECT organisation_id, role FROM partnership_parties "
                                                  "WHERE partnership_id = ? ORDER BY position"),
                                   {p.id});
    while (parties.next())
        p.parties.append({parties.value(0).toLongLong(), parties.value(1).toString()});
    parties.finish();

    QSqlQuery &stages = m_db.exec(QStringLiteral("SELECT stage, changed_on, changed_precision, note "
                                                 "FROM partnership_stages WHERE partnership_id = ? ORDER BY id"),
                                  {p.id});
    while (stages.next())
        p.stageHistory.append({stages.value(0).toString(),
                               RecordTable::partialDate(stages.value(1), stages.value(2)),
                               stages.value(3).toString()});
    stages.finish();

    p.areas = m_areas.get(p.id);
}

} // namespace liaison
