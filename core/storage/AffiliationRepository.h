#pragma once

#include "RecordTable.h"
#include "domain/Affiliation.h"

namespace liaison {

class Database;

class AffiliationRepository
{
public:
    explicit AffiliationRepository(Database &db);

    void save(Affiliation &affiliation);
    void remove(const Affiliation &affiliation);
    // Most recent first.
    QList<Affiliation> ofPerson(qint64 personId);
    QList<Affiliation> ofOrganisation(qint64 organisationId);

private:
    QList<Affiliation> select(const QString &where, qint64 id);

    Database &m_db;
    RecordTable m_table;
};

} // namespace liaison
