#pragma once

#include "AreaTags.h"
#include "RecordTable.h"
#include "domain/Partnership.h"

#include <optional>

namespace liaison {

class Database;

class PartnershipRepository
{
public:
    explicit PartnershipRepository(Database &db);

    // Parties, stage history and areas are written with the partnership, in one
    // transaction; the stored current stage follows the history's last entry.
    void save(Partnership &partnership);
    void remove(const Partnership &partnership);
    std::optional<Partnership> find(qint64 id);
    std::optional<Partnership> findByName(const QString &name);
    QList<Partnership> list(int offset, int limit);
    qint64 count();

private:
    Partnership read(const QSqlQuery &query);
    void loadChildren(Partnership &partnership);

    Database &m_db;
    RecordTable m_table;
    AreaTags m_areas;
};

} // namespace liaison
