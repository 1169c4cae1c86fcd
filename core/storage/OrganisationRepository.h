#pragma once

#include "RecordTable.h"
#include "domain/Organisation.h"

#include <optional>

namespace liaison {

class Database;

class OrganisationRepository
{
public:
    explicit OrganisationRepository(Database &db);

    // Inserts (id 0) or updates, aliases included, in one transaction.
    void save(Organisation &organisation);
    void remove(const Organisation &organisation);
    std::optional<Organisation> find(qint64 id);
    // Exact name, short name or alias.
    std::optional<Organisation> findByName(const QString &name);
    // Sorted by name, a window at a time.
    QList<Organisation> list(int offset, int limit);
    qint64 count();

private:
    Organisation read(const QSqlQuery &query);
    QStringList aliasesOf(qint64 id);

    Database &m_db;
    RecordTable m_table;
};

} // namespace liaison
