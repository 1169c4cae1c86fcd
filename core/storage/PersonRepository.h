#pragma once

#include "RecordTable.h"
#include "domain/Person.h"

#include <optional>

namespace liaison {

class Database;

class PersonRepository
{
public:
    explicit PersonRepository(Database &db);

    void save(Person &person);
    void remove(const Person &person);
    std::optional<Person> find(qint64 id);
    std::optional<Person> findByName(const QString &name);
    QList<Person> list(int offset, int limit);
    qint64 count();

private:
    Person read(const QSqlQuery &query);

    Database &m_db;
    RecordTable m_table;
};

} // namespace liaison
