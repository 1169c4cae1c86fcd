#include "AffiliationRepository.h"

#include "Database.h"
#include "Transaction.h"

namespace liaison {

AffiliationRepository::AffiliationRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("affiliations"),
              {QStringLiteral("person_id"), QStringLiteral("organisation_id"), QStringLiteral("role"),
               QStringLiteral("from_date"), QStringLiteral("from_precision"), QStringLiteral("to_date"),
               QStringLiteral("to_precision")})
{
}

void AffiliationRepository::save(Affiliation &a)
{
    RecordRollbackGuard guard(a);
    Transaction transaction(m_db);
    m_table.write(a, {a.personId, a.organisationId, RecordTable::textValue(a.role),
                      RecordTable::dateValue(a.from.first()), RecordTable::precisionValue(a.from),
                      RecordTable::dateValue(a.to.first()), RecordTable::precisionValue(a.to)});
    transaction.commit();
    guard.dismiss();
}

void AffiliationRepository::remove(const Affiliation &a)
{
    Transaction transaction(m_db);
    m_table.remove(a);
    transaction.commit();
}

QList<Affiliation> AffiliationRepository::ofPerson(qint64 personId)
{
    return select(QStringLiteral("person_id"), personId);
}

QList<Affiliation> AffiliationRepository::ofOrganisation(qint64 organisationId)
{
    return select(QStringLiteral("organisation_id"), organisationId);
}

QList<Affiliation> AffiliationRepository::select(const QString &column, qint64 id)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT %1 FROM affiliations WHERE %2 = ? ORDER BY from_date DESC NULLS LAST, id DESC")
            .arg(m_table.selectList(), column),
        {id});
    QList<Affiliation> result;
    while (query.next()) {
        Affiliation a;
        m_table.readRecord(a, query);
        a.personId = query.value(1).toLongLong();
        a.organisationId = query.value(2).toLongLong();
        a.role = query.value(3).toString();
        a.from = RecordTable::partialDate(query.value(4), query.value(5));
        a.to = RecordTable::partialDate(query.value(6), query.value(7));
        result.append(a);
    }
    query.finish();
    return result;
}

} // namespace liaison
