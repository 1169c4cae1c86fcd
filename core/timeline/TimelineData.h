#pragma once

#include "domain/ActivityKind.h"
#include "domain/PartialDate.h"

#include <QList>
#include <QString>
#include <QVector>

namespace liaison {

// How the timeline groups activities into horizontal lanes.
enum class TimelineLanes { Kind, Organisation, Partnership };

QString timelineLanesName(TimelineLanes lanes);
TimelineLanes timelineLanesFromName(const QString &name, bool *ok = nullptr);

// Days are Julian day numbers (QDate::toJulianDay): integer arithmetic for
// layout and binning, exact for any calendar date.

// One activity as the timeline draws it: the whole span it covers, first to
// last day, so that a month-precision activity covers its month.
struct TimelineMark
{
    qint64 id = 0;
    ActivityKind kind = ActivityKind::Meeting;
    QString title;
    qint64 firstDay = 0;
    qint64 lastDay = 0;           // inclusive
    DatePrecision precision = DatePrecision::Day;
    QString when;                 // as people read it: "Oct 2012", "3–7 Mar 2014"
    int lane = 0;                 // index into TimelineData::lanes
};

// A partnership's stage over a span, drawn as a band behind its lane.
struct TimelineStageBand
{
    QString stage;
    qint64 firstDay = 0;
    qint64 lastDay = 0; // inclusive; the day before the next stage (or open: far future)
};

struct TimelineLane
{
    qint64 key = 0; // kind index, organisation id or partnership id
    QString label;
    QList<TimelineStageBand> stages;
};

// Activities started per day in one lane, sorted by day, with running totals so
// that any bin's count is two binary searches.
struct TimelineDailyCounts
{
    QVector<qint64> days;
    QVector<qint64> cumulative; // cumulative[i] = sum of counts of days[0..i]
    qint64 longestSpanDays = 0; // of the activities counted: bounds the overlap query

    qint64 countBetween(qint64 firstDay, qint64 lastDay) const; // inclusive
    qint64 total() const { return cumulative.isEmpty() ? 0 : cumulative.constLast(); }
};

} // namespace liaison
