#pragma once

#include "query/ActivityFilter.h"
#include "timeline/TimelineData.h"

namespace liaison {

class Database;

// The timeline's questions to storage, all filtered through ActivityFilterSql
// so that the timeline shows exactly what the lists show.
class TimelineQuery
{
public:
    explicit TimelineQuery(Database &db);
    Database &database() const { return m_db; }

    // The lanes for a filter: every kind (or the filter's kinds), or the
    // organisations / partnerships with the most matching activities, at most
    // `limit`; `moreLanes` receives how many were left out. Partnership lanes
    // carry their stage history as bands.
    QList<TimelineLane> lanes(const ActivityFilter &filter, TimelineLanes mode, int limit, int *moreLanes = nullptr);

    // Activities overlapping [firstDay, lastDay] in the given lanes, by start,
    // at most `limit`; `truncated` tells whether there were more. An activity
    // in two lanes (two organisations) appears once per lane. `longestSpan`
    // (days, from dailyCounts) lets the start_date index bound the search;
    // -1 finds it with a scan.
    QList<TimelineMark> marks(const ActivityFilter &filter, TimelineLanes mode, const QList<TimelineLane> &lanes,
                              qint64 firstDay, qint64 lastDay, int limit, bool *truncated = nullptr,
                              qint64 longestSpan = -1);

    // Activities started per day, one entry per lane: what density is drawn
    // from at any zoom without going back to the database.
    QVector<TimelineDailyCounts> dailyCounts(const ActivityFilter &filter, TimelineLanes mode,
                                             const QList<TimelineLane> &lanes);

    // First and last day covered by matching activities; false when none match.
    bool bounds(const ActivityFilter &filter, qint64 *firstDay, qint64 *lastDay);
    qint64 count(const ActivityFilter &filter);

private:
    qint64 longestSpanDays();
    QString laneJoin(TimelineLanes mode, const QList<TimelineLane> &lanes, QVariantList &values) const;

    Database &m_db;
    qint64 m_longestSpan = -1;
};

} // namespace liaison
