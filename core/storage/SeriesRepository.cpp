#include "SeriesRepository.h"

#include "Database.h"
#include "Transaction.h"

namespace liaison {

SeriesRepository::SeriesRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("series"), {QStringLiteral("name"), QStringLiteral("notes")})
{
}

void SeriesRepository::save(Series &s)
{
    RecordRollbackGuard guard(s);
    Transaction transaction(m_db);
    m_table.write(s, {s.name, RecordTable::textValue(s.notes)});
    transaction.commit();
    guard.dismiss();
}

void SeriesRepository::remove(const Series &s)
{
    Transaction transaction(m_db);
    m_table.remove(s);
    transaction.commit();
}

std::optional<Series> SeriesRepository::find(qint64 id)
{
    const QList<Series> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Series>(found.first());
}

std::optional<Series> SeriesRepository::findByName(const QString &name)
{
    const QList<Series> found = select(QStringLiteral("WHERE name = ?"), {name});
    return found.isEmpty() ? std::nullopt : std::optional<Series>(found.first());
}

QList<Series> SeriesRepository::list()
{
    return select(QString(), {});
}

QList<Series> SeriesRepository::select(const QString &where, const QVariantList &values)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT %1 FROM series %2 ORDER BY name").arg(m_table.selectList(), where), values);
    QList<Series> result;
    while (query.next()) {
        Series s;
        m_table.readRecord(s, query);
        s.name = query.value(1).toString();
        s.notes = query.value(2).toString();
        result.append(s);
    }
    query.finish();
    return result;
}

} // namespace liaison
