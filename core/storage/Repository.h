#pragma once

#include "ActivityRepository.h"
#include "AffiliationRepository.h"
#include "OrganisationRepository.h"
#include "PartnershipRepository.h"
#include "PersonRepository.h"
#include "SeriesRepository.h"

namespace liaison {

class Database;

// The one door to stored records for the UI, the importers and the exporters:
// one repository per record kind, all on the same connection.
class Repository
{
public:
    explicit Repository(Database &db);

    Database &database() { return m_db; }
    OrganisationRepository &organisations() { return m_organisations; }
    PersonRepository &people() { return m_people; }
    AffiliationRepository &affiliations() { return m_affiliations; }
    PartnershipRepository &partnerships() { return m_partnerships; }
    SeriesRepository &series() { return m_series; }
    ActivityRepository &activities() { return m_activities; }

private:
    Database &m_db;
    OrganisationRepository m_organisations;
    PersonRepository m_people;
    AffiliationRepository m_affiliations;
    PartnershipRepository m_partnerships;
    SeriesRepository m_series;
    ActivityRepository m_activities;
};

} // namespace liaison
