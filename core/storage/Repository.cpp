#include "Repository.h"

namespace liaison {

Repository::Repository(Database &db)
    : m_db(db)
    , m_organisations(db)
    , m_people(db)
    , m_affiliations(db)
    , m_partnerships(db)
    , m_series(db)
    , m_activities(db)
{
}

} // namespace liaison
