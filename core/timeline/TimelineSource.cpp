#include "TimelineSource.h"

#include <cmath>

namespace liaison {

namespace {
// Enough for any window that is not dense; more means density anyway.
constexpr int kMarkLimit = 20000;
} // namespace

TimelineSource::TimelineSource(Database &db)
    : m_query(db)
{
}

void TimelineSource::setFilter(const ActivityFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TimelineSource::setLanes(TimelineLanes lanes)
{
    if (lanes == m_mode)
        return;
    m_mode = lanes;
    reload();
}

void TimelineSource::setLaneLimit(int limit)
{
    if (limit == m_laneLimit)
        return;
    m_laneLimit = limit;
    reload();
}

void TimelineSource::reload()
{
    m_lanesLoaded = false;
    m_marksLoaded = false;
    m_boundsLoaded = false;
    m_lanes.clear();
    m_counts.clear();
    m_marks.clear();
}

TimelineSource::LaneData TimelineSource::loadLaneData(Database &db, const ActivityFilter &filter, TimelineLanes lanes,
                                                      int laneLimit)
{
    TimelineQuery query(db);
    LaneData data;
    data.lanes = query.lanes(filter, lanes, laneLimit, &data.moreLanes);
    data.counts = query.dailyCounts(filter, lanes, data.lanes);
    // A kind with nothing in it gets no lane: the room goes to the others.
    for (int i = int(data.lanes.size()) - 1; i >= 0 && data.lanes.size() > 1; --i) {
        if (data.counts.at(i).total() == 0) {
            data.lanes.removeAt(i);
            data.counts.removeAt(i);
        }
    }
    return data;
}

void TimelineSource::setLaneData(const LaneData &data)
{
    m_lanes = data.lanes;
    m_moreLanes = data.moreLanes;
    m_counts = data.counts;
    m_lanesLoaded = true;
    m_marksLoaded = false;
}

void TimelineSource::ensureLanes()
{
    if (m_lanesLoaded)
        return;
    setLaneData(loadLaneData(m_query.database(), m_filter, m_mode, m_laneLimit));
}

TimelineContent TimelineSource::content(double firstDay, double lastDay, double widthInEms, double marksPerEm)
{
    ensureLanes();
    TimelineContent content;
    content.lanes = m_lanes;
    content.moreLanes = m_moreLanes;
    content.dailyCounts = m_counts;
    const qint64 first = qint64(std::floor(firstDay));
    const qint64 last = qint64(std::ceil(lastDay));
    // Counts are by start day; an activity begun just before the window and
    // still running is not among them, which only matters near the threshold.
    for (const TimelineDailyCounts &counts : std::as_const(m_counts))
        content.total += counts.countBetween(first, last);
    content.dense = content.total > widthInEms * marksPerEm;
    if (content.dense)
        return content;

    if (!m_marksLoaded || first < m_marksFirst || last > m_marksLast) {
        // Fetch a window three times as wide, so that panning stays in memory.
        const qint64 span = qMax<qint64>(1, last - first);
        qint64 wantFirst = first - span, wantLast = last + span;
        // Keep the margin from dragging in a dense neighbourhood.
        qint64 marginCount = 0;
        for (const TimelineDailyCounts &counts : std::as_const(m_counts))
            marginCount += counts.countBetween(wantFirst, wantLast);
        if (marginCount > kMarkLimit) {
            wantFirst = first;
            wantLast = last;
        }
        bool truncated = false;
        qint64 longestSpan = 0;
        for (const TimelineDailyCounts &counts : std::as_const(m_counts))
            longestSpan = qMax(longestSpan, counts.longestSpanDays);
        m_marks = m_query.marks(m_filter, m_mode, m_lanes, wantFirst, wantLast, kMarkLimit, &truncated, longestSpan);
        m_marksFirst = wantFirst;
        m_marksLast = truncated && !m_marks.isEmpty() ? m_marks.constLast().firstDay - 1 : wantLast;
        m_marksLoaded = true;
        if (truncated && last > m_marksLast) {
            content.dense = true;
            return content;
        }
    }
    for (const TimelineMark &mark : std::as_const(m_marks)) {
        if (mark.lastDay >= first && mark.firstDay <= last)
            content.marks.append(mark);
    }
    // Counts are of starts; long spans begun earlier can still crowd the
    // window past telling apart.
    if (content.marks.size() > widthInEms * marksPerEm * 1.5) {
        content.marks.clear();
        content.dense = true;
    }
    return content;
}

bool TimelineSource::bounds(qint64 *firstDay, qint64 *lastDay)
{
    if (!m_boundsLoaded) {
        m_hasBounds = m_query.bounds(m_filter, &m_firstDay, &m_lastDay);
        m_boundsLoaded = true;
    }
    *firstDay = m_firstDay;
    *lastDay = m_lastDay;
    return m_hasBounds;
}

qint64 TimelineSource::countStarting(qint64 firstDay, qint64 lastDay)
{
    ensureLanes();
    qint64 total = 0;
    for (const TimelineDailyCounts &counts : std::as_const(m_counts))
        total += counts.countBetween(firstDay, lastDay);
    return total;
}

qint64 TimelineSource::totalCount()
{
    ensureLanes();
    qint64 total = 0;
    for (const TimelineDailyCounts &counts : std::as_const(m_counts))
        total += counts.total();
    return total;
}

} // namespace liaison
