#pragma once

#include "AreaTags.h"
#include "RecordTable.h"
#include "domain/Activity.h"
#include "query/ActivityFilter.h"

#include <QMap>
#include <optional>

namespace liaison {

class Database;

class ActivityRepository
{
public:
    explicit ActivityRepository(Database &db);

    // Participants, partnership links, areas and itinerary are written with the
    // activity, in one transaction.
    void save(Activity &activity);
    void remove(const Activity &activity);
    std::optional<Activity> find(qint64 id);
    // Activities linked to a partnership, oldest first.
    QList<Activity> ofPartnership(qint64 partnershipId);
    // Most recent first, a window at a time.
    QList<Activity> list(int offset, int limit);
    qint64 count();
    qint64 count(const ActivityFilter &filter);
    QMap<ActivityKind, qint64> countByKind();

private:
    QList<Activity> select(const QString &sql, const QVariantList &values);
    void loadChildren(Activity &activity);

    Database &m_db;
    RecordTable m_table;
    AreaTags m_areas;
};

} // namespace liaison
