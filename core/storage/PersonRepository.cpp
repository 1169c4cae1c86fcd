#include "PersonRepository.h"

#include "Database.h"
#include "Transaction.h"

namespace liaison {

PersonRepository::PersonRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("people"),
              {QStringLiteral("name"), QStringLiteral("native_name"), QStringLiteral("title"),
               QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("notes")})
{
}

void PersonRepository::save(Person &p)
{
    RecordRollbackGuard guard(p);
    Transaction transaction(m_db);
    m_table.write(p, {p.name, RecordTable::textValue(p.nativeName), RecordTable::textValue(p.title),
                      RecordTable::textValue(p.email), RecordTable::textValue(p.phone),
                      RecordTable::textValue(p.notes)});
    transaction.commit();
    guard.dismiss();
}

void PersonRepository::remove(const Person &p)
{
    Transaction transaction(m_db);
    m_table.remove(p);
    transaction.commit();
}

std::optional<Person> PersonRepository::find(qint64 id)
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(m_table.selectList()), {id});
    if (!query.next())
        return std::nullopt;
    Person p = read(query);
    query.finish();
    return p;
}

std::optional<Person> PersonRepository::findByName(const QString &name)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT %1 FROM people WHERE name = ? OR native_name = ? ORDER BY id LIMIT 1")
            .arg(m_table.selectList()),
        {name, name});
    if (!query.next())
        return std::nullopt;
    Person p = read(query);
    query.finish();
    return p;
}

QList<Person> PersonRepository::list(int offset, int limit)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT %1 FROM people ORDER BY name, id LIMIT ? OFFSET ?").arg(m_table.selectList()),
        {limit, offset});
    QList<Person> result;
    while (query.next())
        result.append(read(query));
    query.finish();
    return result;
}

qint64 PersonRepository::count()
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM people"));
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

Person PersonRepository::read(const QSqlQuery &query)
{
    Person p;
    m_table.readRecord(p, query);
    p.name = query.value(1).toString();
    p.nativeName = query.value(2).toString();
    p.title = query.value(3).toString();
    p.email = query.value(4).toString();
    p.phone = query.value(5).toString();
    p.notes = query.value(6).toString();
    return p;
}

} // namespace liaison
