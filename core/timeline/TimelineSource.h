#pragma once

#include "TimelineContent.h"
#include "query/ActivityFilter.h"
#include "storage/TimelineQuery.h"

namespace liaison {

class Database;

// Answers "what is in this window" for the timeline widget and the PDF pages,
// fast enough to ask on every repaint: lanes and per-day counts are loaded once
// per filter, activities once per window (with a margin, so panning rarely
// asks again), and a dense window is drawn from the counts alone.
class TimelineSource
{
public:
    explicit TimelineSource(Database &db);

    // Lanes and per-day counts for a filter: the one slow step (seconds on a
    // million activities), so a window can run it on a worker thread with its
    // own connection and hand the result over with setLaneData().
    struct LaneData
    {
        QList<TimelineLane> lanes;
        int moreLanes = 0;
        QVector<TimelineDailyCounts> counts;
    };
    static LaneData loadLaneData(Database &db, const ActivityFilter &filter, TimelineLanes lanes, int laneLimit);
    bool hasLaneData() const { return m_lanesLoaded; }
    void setLaneData(const LaneData &data);
    int laneLimit() const { return m_laneLimit; }

    void setFilter(const ActivityFilter &filter);
    const ActivityFilter &filter() const { return m_filter; }
    void setLanes(TimelineLanes lanes);
    TimelineLanes lanes() const { return m_mode; }
    void setLaneLimit(int limit);

    // The window [firstDay, lastDay] for an area `widthInEms` wide: above
    // `marksPerEm` activities per em of width, it is dense.
    TimelineContent content(double firstDay, double lastDay, double widthInEms, double marksPerEm = 8.0);

    // Activities (per lane) beginning within [firstDay, lastDay]: from the counts, no query.
    qint64 countStarting(qint64 firstDay, qint64 lastDay);
    // Days covered by the filtered activities; false when nothing matches.
    bool bounds(qint64 *firstDay, qint64 *lastDay);
    qint64 totalCount();
    // Drops every cache (after an edit).
    void reload();

private:
    void ensureLanes();

    TimelineQuery m_query;
    ActivityFilter m_filter;
    TimelineLanes m_mode = TimelineLanes::Kind;
    int m_laneLimit = 12;

    bool m_lanesLoaded = false;
    QList<TimelineLane> m_lanes;
    int m_moreLanes = 0;
    QVector<TimelineDailyCounts> m_counts;

    bool m_marksLoaded = false;
    qint64 m_marksFirst = 0, m_marksLast = -1;
    QList<TimelineMark> m_marks;

    bool m_boundsLoaded = false;
    bool m_hasBounds = false;
    qint64 m_firstDay = 0, m_lastDay = 0;
};

} // namespace liaison
