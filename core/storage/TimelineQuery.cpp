#include "TimelineQuery.h"

#include "ActivityFilterSql.h"
#include "Database.h"
#include "RecordTable.h"
#include "domain/DateSpan.h"

#include <QHash>
#include <QSqlQuery>

namespace liaison {

namespace {
QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.userType() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// The partnership lane's stage bands: each stage lasts until the next begins.
QList<TimelineStageBand> stageBands(Database &db, qint64 partnershipId)
{
    QSqlQuery &query = db.exec(QStringLiteral("SELECT stage, changed_on FROM partnership_stages "
                                              "WHERE partnership_id = ? ORDER BY changed_on, id"),
                               {partnershipId});
    QList<TimelineStageBand> bands;
    while (query.next()) {
        TimelineStageBand band;
        band.stage = query.value(0).toString();
        band.firstDay = toDate(query.value(1)).toJulianDay();
        band.lastDay = QDate(9999, 12, 31).toJulianDay();
        if (!bands.isEmpty())
            bands.last().lastDay = band.firstDay - 1;
        bands.append(band);
    }
    query.finish();
    return bands;
}
} // namespace

TimelineQuery::TimelineQuery(Database &db)
    : m_db(db)
{
}

QList<TimelineLane> TimelineQuery::lanes(const ActivityFilter &filter, TimelineLanes mode, int limit, int *moreLanes)
{
    QList<TimelineLane> result;
    if (moreLanes)
        *moreLanes = 0;
    if (mode == TimelineLanes::Kind) {
        const QList<ActivityKind> kinds = filter.kinds.isEmpty() ? allActivityKinds() : filter.kinds;
        for (ActivityKind kind : allActivityKinds()) {
            if (!kinds.contains(kind))
                continue;
            QString label = activityKindName(kind);
            label[0] = label.at(0).toUpper();
            result.append({qint64(kind), label + QLatin1Char('s'), {}});
        }
        return result;
    }
    const ActivityFilterSql where(filter, m_db.backend());
    const QString sql = mode == TimelineLanes::Organisation
        ? QStringLiteral("SELECT o.id, COALESCE(NULLIF(o.short_name, ''), o.name), COUNT(DISTINCT a.id) AS n "
                         "FROM activities a JOIN activity_participants ap ON ap.activity_id = a.id "
                         "JOIN organisations o ON o.id = ap.organisation_id WHERE %1 "
                         "GROUP BY o.id, o.short_name, o.name ORDER BY n DESC, o.id")
        : QStringLiteral("SELECT p.id, p.name, COUNT(*) AS n "
                         "FROM activities a JOIN activity_partnerships apt ON apt.activity_id = a.id "
                         "JOIN partnerships p ON p.id = apt.partnership_id WHERE %1 "
                         "GROUP BY p.id, p.name ORDER BY n DESC, p.id");
    QSqlQuery &query = m_db.exec(sql.arg(where.condition()), where.values());
    int seen = 0;
    while (query.next()) {
        if (seen++ < limit)
            result.append({query.value(0).toLongLong(), query.value(1).toString(), {}});
    }
    query.finish();
    if (moreLanes)
        *moreLanes = qMax(0, seen - limit);
    if (mode == TimelineLanes::Partnership) {
        for (TimelineLane &lane : result)
            lane.stages = stageBands(m_db, lane.key);
    }
    return result;
}

QString TimelineQuery::laneJoin(TimelineLanes mode, const QList<TimelineLane> &lanes, QVariantList &values) const
{
    if (mode == TimelineLanes::Kind)
        return QString();
    for (const TimelineLane &lane : lanes)
        values.append(lane.key);
    if (mode == TimelineLanes::Organisation)
        return QStringLiteral(" JOIN (SELECT DISTINCT activity_id, organisation_id AS lane_key FROM activity_participants "
                              "WHERE organisation_id IN (%1)) l ON l.activity_id = a.id")
            .arg(placeholders(lanes.size()));
    return QStringLiteral(" JOIN (SELECT activity_id, partnership_id AS lane_key FROM activity_partnerships "
                          "WHERE partnership_id IN (%1)) l ON l.activity_id = a.id")
        .arg(placeholders(lanes.size()));
}

QList<TimelineMark> TimelineQuery::marks(const ActivityFilter &filter, TimelineLanes mode,
                                         const QList<TimelineLane> &lanes, qint64 firstDay, qint64 lastDay,
                                         int limit, bool *truncated, qint64 longestSpan)
{
    QList<TimelineMark> result;
    if (truncated)
        *truncated = false;
    if (lanes.isEmpty())
        return result;
    ActivityFilter window = filter;
    const QDate from = QDate::fromJulianDay(firstDay), to = QDate::fromJulianDay(lastDay);
    if (!window.from.isValid() || window.from < from)
        window.from = from;
    if (!window.to.isValid() || window.to > to)
        window.to = to;
    if (window.from > window.to)
        return result;
    const ActivityFilterSql where(window, m_db.backend());
    QVariantList values;
    const QString join = laneJoin(mode, lanes, values);
    values += where.values();
    // The overlap test alone cannot use the start_date index; bounding the
    // start by the longest span stored can.
    values.append(RecordTable::dateValue(window.from.addDays(-(longestSpan >= 0 ? longestSpan : longestSpanDays()))));
    values.append(limit + 1);
    const QString laneColumn = mode == TimelineLanes::Kind ? QStringLiteral("a.kind") : QStringLiteral("l.lane_key");
    const QString sql = QStringLiteral("SELECT a.id, a.kind, a.title, a.start_date, a.start_precision, a.end_date, "
                                       "a.end_precision, a.last_date, %1 FROM activities a%2 WHERE %3 "
                                       "AND a.start_date >= ? ORDER BY a.start_date, a.id LIMIT ?")
                            .arg(laneColumn, join, where.condition());
    QHash<qint64, int> laneIndex;
    for (int i = 0; i < lanes.size(); ++i)
        laneIndex.insert(lanes.at(i).key, i);
    QSqlQuery &query = m_db.exec(sql, values);
    while (query.next()) {
        if (result.size() == limit) {
            if (truncated)
                *truncated = true;
            break;
        }
        TimelineMark mark;
        mark.id = query.value(0).toLongLong();
        mark.kind = activityKindFromName(query.value(1).toString());
        mark.title = query.value(2).toString();
        const PartialDate start = RecordTable::partialDate(query.value(3), query.value(4));
        const PartialDate end = RecordTable::partialDate(query.value(5), query.value(6));
        const DateSpan span(start, end);
        mark.precision = start.precision();
        mark.firstDay = span.first().toJulianDay();
        mark.lastDay = toDate(query.value(7)).toJulianDay();
        mark.when = span.toDisplayString();
        const qint64 key = mode == TimelineLanes::Kind ? qint64(mark.kind) : query.value(8).toLongLong();
        const auto lane = laneIndex.constFind(key);
        if (lane == laneIndex.constEnd())
            continue; // a kind outside the lanes
        mark.lane = *lane;
        result.append(mark);
    }
    query.finish();
    return result;
}

QVector<TimelineDailyCounts> TimelineQuery::dailyCounts(const ActivityFilter &filter, TimelineLanes mode,
                                                        const QList<TimelineLane> &lanes)
{
    QVector<TimelineDailyCounts> result(lanes.size());
    if (lanes.isEmpty())
        return result;
    const ActivityFilterSql where(filter, m_db.backend());
    QVariantList values;
    const QString join = laneJoin(mode, lanes, values);
    values += where.values();
    const QString laneColumn = mode == TimelineLanes::Kind ? QStringLiteral("a.kind") : QStringLiteral("l.lane_key");
    // MAX(last_date) per group gives the longest span for free: comparing
    // stored dates, no date arithmetic per row.
    const QString sql = QStringLiteral("SELECT %1, a.start_date, COUNT(*), MAX(a.last_date) FROM activities a%2 WHERE %3 "
                                       "GROUP BY %1, a.start_date ORDER BY %1, a.start_date")
                            .arg(laneColumn, join, where.condition());
    QHash<qint64, int> laneIndex;
    for (int i = 0; i < lanes.size(); ++i)
        laneIndex.insert(lanes.at(i).key, i);
    QSqlQuery &query = m_db.exec(sql, values);
    while (query.next()) {
        const qint64 key = mode == TimelineLanes::Kind ? qint64(activityKindFromName(query.value(0).toString()))
                                                       : query.value(0).toLongLong();
        const auto lane = laneIndex.constFind(key);
        if (lane == laneIndex.constEnd())
            continue;
        TimelineDailyCounts &counts = result[*lane];
        const qint64 n = query.value(2).toLongLong();
        const qint64 day = toDate(query.value(1)).toJulianDay();
        counts.days.append(day);
        counts.longestSpanDays = qMax(counts.longestSpanDays, toDate(query.value(3)).toJulianDay() - day + 1);
        counts.cumulative.append((counts.cumulative.isEmpty() ? 0 : counts.cumulative.constLast()) + n);
    }
    query.finish();
    return result;
}

bool TimelineQuery::bounds(const ActivityFilter &filter, qint64 *firstDay, qint64 *lastDay)
{
    const ActivityFilterSql where(filter, m_db.backend());
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT MIN(a.start_date), MAX(a.last_date) FROM activities a WHERE %1").arg(where.condition()),
        where.values());
    bool found = false;
    if (query.next() && !query.value(0).isNull()) {
        *firstDay = toDate(query.value(0)).toJulianDay();
        *lastDay = toDate(query.value(1)).toJulianDay();
        found = true;
    }
    query.finish();
    return found;
}

qint64 TimelineQuery::count(const ActivityFilter &filter)
{
    const ActivityFilterSql where(filter, m_db.backend());
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM activities a WHERE %1").arg(where.condition()), where.values());
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

qint64 TimelineQuery::longestSpanDays()
{
    if (m_longestSpan >= 0)
        return m_longestSpan;
    // Spans are short (a year at most for year-precision dates, delegations
    // of days); scanning for the longest once per connection is cheap enough
    // next to a scan per query.
    const QString sql = m_db.backend() == DatabaseLocation::Backend::SQLite
        ? QStringLiteral("SELECT MAX(julianday(last_date) - julianday(start_date)) FROM activities")
        : QStringLiteral("SELECT MAX(last_date - start_date) FROM activities");
    QSqlQuery &query = m_db.exec(sql);
    m_longestSpan = query.next() ? qint64(query.value(0).toDouble()) + 1 : 0;
    query.finish();
    return m_longestSpan;
}

} // namespace liaison
