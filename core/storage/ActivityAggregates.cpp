#include "ActivityAggregates.h"

#include "ActivityFilterSql.h"
#include "Database.h"
#include "RecordTable.h"
#include "domain/DateSpan.h"
#include "domain/Vocabulary.h"
#include "query/IntroductionOutcome.h"

#include <QSqlQuery>

#include <algorithm>

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

QString kindValue(ActivityKind kind)
{
    return activityKindName(kind);
}

// Filters that ignore kinds: the charts about introductions and agreements.
ActivityFilter withoutKinds(ActivityFilter filter)
{
    filter.kinds.clear();
    return filter;
}

// An introduction's outcome as kept by DashboardSummary (alias a).
const QString kOutcome = QStringLiteral(
    "COALESCE((SELECT io.outcome FROM introduction_outcomes io WHERE io.activity_id = a.id), 0)");

// Kinds, dates and one area at most: what the kept counts (DashboardSummary)
// answer. Two areas would count an activity tagged with both twice.
bool keptCountsAnswer(const ActivityFilter &filter)
{
    for (ActivityFilterSql::Driver driver : ActivityFilterSql::drivers(filter)) {
        if (driver != ActivityFilterSql::Driver::Areas)
            return false;
    }
    return filter.areas.size() <= 1;
}

// The kept rows (alias k) of the filter's kinds and area, or of all activities.
QString keptRows(const ActivityFilter &filter, DatabaseLocation::Backend backend, QVariantList &values)
{
    ActivityFilter kindsOnly;
    kindsOnly.kinds = filter.kinds;
    const ActivityFilterSql kinds(kindsOnly, backend, QStringLiteral("k"));
    values += kinds.values();
    if (filter.areas.isEmpty())
        return kinds.condition() + QStringLiteral(" AND k.area_id = 0");
    values.append(filter.areas.constFirst());
    return kinds.condition() + QStringLiteral(" AND k.area_id = (SELECT id FROM areas WHERE name = ?)");
}

QList<ChartData::Bar> topBars(QSqlQuery &query, int limit, int *more)
{
    QList<ChartData::Bar> bars;
    int seen = 0;
    while (query.next()) {
        if (seen++ >= limit)
            continue;
        ChartData::Bar bar;
        bar.key = query.value(0);
        bar.label = query.value(1).toString();
        bar.value = query.value(2).toDouble();
        bars.append(bar);
    }
    query.finish();
    if (more)
        *more = qMax(0, seen - limit);
    return bars;
}
} // namespace

ActivityAggregates::ActivityAggregates(Database &db)
    : m_db(db)
{
}

qint64 ActivityAggregates::longestSpanDays()
{
    if (m_longestSpan >= 0)
        return m_longestSpan;
    const QString sql = m_db.backend() == DatabaseLocation::Backend::SQLite
        ? QStringLiteral("SELECT MAX(julianday(last_date) - julianday(start_date)) FROM activities")
        : QStringLiteral("SELECT MAX(last_date - start_date) FROM activities");
    QSqlQuery &query = m_db.exec(sql);
    m_longestSpan = query.next() ? qint64(query.value(0).toDouble()) + 1 : 0;
    query.finish();
    return m_longestSpan;
}

// The activities (alias a) `filter` matches, as a condition whose values are
// appended to `values`. The overlap test (last_date >= from) cannot use an
// index; bounding the start by the longest span stored lets the start_date
// index find the rows.
QString ActivityAggregates::matchingCondition(const ActivityFilter &filter, QVariantList &values)
{
    const ActivityFilterSql where(filter, m_db.backend());
    values += where.values();
    if (!filter.from.isValid())
        return where.condition();
    values.append(RecordTable::dateValue(filter.from.addDays(-longestSpanDays())));
    return where.condition() + QStringLiteral(" AND a.start_date >= ?");
}

ChartData ActivityAggregates::chart(DashboardChart chart, const ActivityFilter &filter, PeriodGrouping grouping)
{
    ChartData data;
    data.chart = chart;
    data.grouping = grouping;
    switch (chart) {
    case DashboardChart::ActivityPerPeriod:
        data.periods = activityPerPeriod(filter, grouping);
        break;
    case DashboardChart::PartnershipsByStage:
        data.bars = partnershipsByStage(filter);
        break;
    case DashboardChart::TopOrganisations:
        data.bars = topOrganisations(filter, kTopBars, &data.moreBars);
        break;
    case DashboardChart::TopPeople:
        data.bars = topPeople(filter, kTopBars, &data.moreBars);
        break;
    case DashboardChart::IntroductionOutcomes:
        data.bars = introductionOutcomes(filter);
        break;
    case DashboardChart::TimeToAgreement:
        data.bars = timeToAgreement(filter, 15, &data.moreBars);
        break;
    case DashboardChart::ActivityPerCountry:
        data.bars = activityPerCountry(filter, 12, &data.moreBars);
        break;
    }
    return data;
}

QMap<int, QMap<ActivityKind, qint64>> ActivityAggregates::activityPerPeriod(const ActivityFilter &filter,
                                                                             PeriodGrouping grouping)
{
    QVariantList values;
    QString sql;
    if (keptCountsAnswer(filter)) {
        // The kept counts per kind and first and last month (an area over ten
        // years on PostgreSQL: 124 → 1 ms).
        sql = keptActivityCounts(filter, values);
    } else {
        sql = QStringLiteral("SELECT a.kind, a.start_month, COUNT(*) FROM activities a WHERE %1 GROUP BY a.kind, a.start_month")
                  .arg(matchingCondition(filter, values));
    }
    QSqlQuery &query = m_db.exec(sql, values);
    QMap<int, QMap<ActivityKind, qint64>> result;
    while (query.next()) {
        bool ok = false;
        const ActivityKind kind = activityKindFromName(query.value(0).toString(), &ok);
        if (!ok)
            continue;
        result[grouping.periodOfMonth(query.value(1).toInt())][kind] += query.value(2).toLongLong();
    }
    query.finish();
    return result;
}

QList<ChartData::Bar> ActivityAggregates::partnershipsByStage(const ActivityFilter &filter)
{
    QVariantList values;
    QString condition = QStringLiteral("1=1");
    if (!filter.partnershipIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.partnershipIds) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        condition += QStringLiteral(" AND p.id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    ActivityFilter rest = filter;
    rest.partnershipIds.clear();
    if (!rest.isEmpty()) {
        const ActivityFilterSql where(rest, m_db.backend());
        values += where.values();
        if (!ActivityFilterSql::drivers(rest).isEmpty()) {
            // Few matching activities (one organisation's, an area's): their
            // partnerships, rather than every partnership's links searched
            // (one organisation 119 → 2 ms, an area over ten years 335 → 54 ms on SQLite).
            condition += QStringLiteral(" AND p.id IN (SELECT ml.partnership_id FROM activities a CROSS JOIN "
                                        "activity_partnerships ml WHERE ml.activity_id = a.id AND %1)")
                             .arg(where.condition());
        } else {
            // CROSS JOIN: SQLite then walks the partnership's few links and stops
            // at the first match, instead of every activity of a kind (5 s → 20 ms).
            condition += QStringLiteral(" AND EXISTS (SELECT 1 FROM activity_partnerships apt CROSS JOIN activities a "
                                        "WHERE a.id = apt.activity_id AND apt.partnership_id = p.id AND %1)")
                             .arg(where.condition());
        }
    }
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT p.stage, COUNT(*) FROM partnerships p WHERE %1 GROUP BY p.stage")
                                     .arg(condition),
                                 values);
    QList<ChartData::Bar> bars;
    while (query.next()) {
        ChartData::Bar bar;
        bar.key = query.value(0).toString();
        bar.label = bar.key.toString().isEmpty() ? QStringLiteral("(no stage)") : bar.key.toString();
        bar.value = query.value(1).toDouble();
        bars.append(bar);
    }
    query.finish();
    // The usual stages in their order, then any others by name.
    const QStringList order = Vocabulary::partnershipStages();
    std::sort(bars.begin(), bars.end(), [&](const ChartData::Bar &a, const ChartData::Bar &b) {
        const qsizetype ia = order.indexOf(a.key.toString()), ib = order.indexOf(b.key.toString());
        const qsizetype ra = ia < 0 ? order.size() : ia, rb = ib < 0 ? order.size() : ib;
        return ra != rb ? ra < rb : a.label < b.label;
    });
    return bars;
}

QList<ChartData::Bar> ActivityAggregates::topOrganisations(const ActivityFilter &filter, int limit, int *more)
{
    return topParticipants(QStringLiteral("organisation_id"), QStringLiteral("organisation"),
                           QStringLiteral("SELECT o.id, COALESCE(NULLIF(o.short_name, ''), o.name), c.n FROM (%1) c "
                                          "JOIN organisations o ON o.id = c.participant_id ORDER BY c.n DESC, o.id"),
                           filter, limit, more);
}

QList<ChartData::Bar> ActivityAggregates::topPeople(const ActivityFilter &filter, int limit, int *more)
{
    return topParticipants(QStringLiteral("person_id"), QStringLiteral("person"),
                           QStringLiteral("SELECT p.id, p.name, c.n FROM (%1) c "
                                          "JOIN people p ON p.id = c.participant_id ORDER BY c.n DESC, p.id"),
                           filter, limit, more);
}

QList<ChartData::Bar> ActivityAggregates::topParticipants(const QString &column, const QString &kept,
                                                          const QString &named, const ActivityFilter &filter, int limit,
                                                          int *more)
{
    QString counts;
    QVariantList values;
    if (keptCountsAnswer(filter) && !filter.from.isValid() && !filter.to.isValid()) {
        // The kept counts per participant and kind (DashboardSummary): 12,000
        // rows for 1M activities (kind meeting: 482 → 3 ms on SQLite).
        counts = QStringLiteral("SELECT k.%1 AS participant_id, SUM(k.activities) AS n FROM %2_kind_counts k WHERE %3 "
                                "GROUP BY k.%1 HAVING SUM(k.activities) > 0")
                     .arg(column, kept, keptRows(filter, m_db.backend(), values));
    } else if (keptCountsAnswer(filter)) {
        // Dates too: the kept counts per year, and the activities of a year the
        // range cuts counted as a set of ids looked up per participant rather
        // than joined row by row.
        const KeptTable years{kept + QStringLiteral("_year_counts"), {column}, QStringLiteral("start_year"),
                              QStringLiteral("last_year"), KeptTable::Period::Year};
        counts = keptPerPeriod(
            filter, years,
            [&](const QString &condition) {
                return QStringLiteral("SELECT ap.%1 AS %1, COUNT(DISTINCT ap.activity_id) AS n "
                                      "FROM activity_participants ap WHERE ap.%1 IS NOT NULL AND ap.activity_id IN "
                                      "(SELECT a.id FROM activities a WHERE %2) GROUP BY ap.%1")
                    .arg(column, condition);
            },
            values);
        counts = QStringLiteral("SELECT c.%1 AS participant_id, c.n AS n FROM (%2) c").arg(column, counts);
    } else {
        counts = QStringLiteral("SELECT ap.%1 AS participant_id, COUNT(DISTINCT ap.activity_id) AS n "
                                "FROM activities a JOIN activity_participants ap ON ap.activity_id = a.id "
                                "WHERE ap.%1 IS NOT NULL AND %2 GROUP BY ap.%1")
                     .arg(column, matchingCondition(filter, values));
    }
    QSqlQuery &query = m_db.exec(named.arg(counts), values);
    return topBars(query, limit, more);
}

QList<ChartData::Bar> ActivityAggregates::introductionOutcomes(const ActivityFilter &filter)
{
    const ActivityFilter f = withoutKinds(filter);
    // Rows of outcome and count, added up.
    QMap<int, double> counts;
    const auto add = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery &query = m_db.exec(sql, values);
        while (query.next())
            counts[query.value(0).toInt()] += query.value(1).toDouble();
        query.finish();
    };
    QVariantList values;
    // A date range alone narrows the introductions enough to classify each
    // (one year on PostgreSQL: 11 ms, against 67 through every kept outcome).
    const bool rangeOnly = (f.from.isValid() || f.to.isValid()) && f.areas.isEmpty();
    if (keptCountsAnswer(f) && !rangeOnly) {
        // The introductions that led somewhere from the kept outcomes; every
        // other matching one, counted from the kept activity counts, has led
        // nowhere yet (an area over ten years on PostgreSQL: 327 → 34 ms).
        add(f.isEmpty() ? QStringLiteral("SELECT outcome, COUNT(*) FROM introduction_outcomes WHERE outcome > 0 GROUP BY outcome")
                        : QStringLiteral("SELECT io.outcome, COUNT(*) FROM introduction_outcomes io "
                                         "JOIN activities a ON a.id = io.activity_id WHERE io.outcome > 0 AND %1 "
                                         "GROUP BY io.outcome")
                              .arg(matchingCondition(f, values)),
            values);
        double ledSomewhere = 0;
        for (double n : std::as_const(counts))
            ledSomewhere += n;
        ActivityFilter introductions = f;
        introductions.kinds = {ActivityKind::Introduction};
        QVariantList totalValues;
        add(QStringLiteral("SELECT %1, SUM(t.n) FROM (%2) t")
                .arg(int(IntroductionOutcome::NothingYet))
                .arg(keptActivityCounts(introductions, totalValues)),
            totalValues);
        counts[int(IntroductionOutcome::NothingYet)] -= ledSomewhere;
    } else {
        // Joined rather than looked up per row: PostgreSQL can then hash it.
        add(QStringLiteral("SELECT COALESCE(io.outcome, 0), COUNT(*) FROM activities a "
                           "LEFT JOIN introduction_outcomes io ON io.activity_id = a.id "
                           "WHERE a.kind = 'introduction' AND %1 GROUP BY COALESCE(io.outcome, 0)")
                .arg(matchingCondition(f, values)),
            values);
    }
    QList<ChartData::Bar> bars;
    for (IntroductionOutcome outcome : allIntroductionOutcomes()) {
        const double n = counts.value(int(outcome));
        if (n <= 0)
            continue;
        bars.append({int(outcome), introductionOutcomeLabel(outcome), n, {}});
    }
    return bars;
}

QList<ChartData::Bar> ActivityAggregates::timeToAgreement(const ActivityFilter &filter, int limit, int *more)
{
    const ActivityFilter f = withoutKinds(filter);
    QVariantList values;
    // Unfiltered, each partnership's first introduction and signature are kept
    // figures (383 ms → 1 ms on 1M activities).
    const QString sql = f.isEmpty()
        ? QStringLiteral("SELECT p.id, p.name, m.first_introduction_on, m.first_signed_on "
                         "FROM partnership_milestones m JOIN partnerships p ON p.id = m.partnership_id "
                         "WHERE m.first_introduction_on IS NOT NULL AND m.first_signed_on IS NOT NULL")
        : QStringLiteral("SELECT p.id, p.name, MIN(CASE WHEN a.kind = 'introduction' THEN a.start_date END), "
                         "MIN(CASE WHEN a.kind = 'agreement' THEN a.signed_date END) "
                         "FROM activity_partnerships apt JOIN activities a ON a.id = apt.activity_id "
                         "JOIN partnerships p ON p.id = apt.partnership_id "
                         "WHERE a.kind IN ('introduction', 'agreement') AND %1 GROUP BY p.id, p.name")
              .arg(matchingCondition(f, values));
    QSqlQuery &query = m_db.exec(sql, values);
    QList<ChartData::Bar> bars;
    while (query.next()) {
        const QDate introduced = toDate(query.value(2)), signedOn = toDate(query.value(3));
        if (!introduced.isValid() || !signedOn.isValid() || signedOn < introduced)
            continue;
        ChartData::Bar bar;
        bar.key = query.value(0).toLongLong();
        bar.label = query.value(1).toString();
        bar.value = double(introduced.daysTo(signedOn));
        bar.detail = QStringLiteral("introduced %1, signed %2")
                         .arg(introduced.toString(Qt::ISODate), signedOn.toString(Qt::ISODate));
        bars.append(bar);
    }
    query.finish();
    std::sort(bars.begin(), bars.end(), [](const ChartData::Bar &a, const ChartData::Bar &b) {
        return a.value != b.value ? a.value > b.value : a.key.toLongLong() < b.key.toLongLong();
    });
    if (more)
        *more = qMax(0, int(bars.size()) - limit);
    if (bars.size() > limit)
        bars.resize(limit);
    return bars;
}

QList<ChartData::Bar> ActivityAggregates::activityPerCountry(const ActivityFilter &filter, int limit, int *more)
{
    QString counts;
    QVariantList values;
    if (keptCountsAnswer(filter)) {
        const KeptTable kept{QStringLiteral("country_month_counts"), {QStringLiteral("country")},
                             QStringLiteral("start_month"), QStringLiteral("last_month"), KeptTable::Period::Month};
        counts = keptPerPeriod(filter, kept, [&](const QString &c) { return countryCounts(c); }, values);
    } else {
        // COUNT(DISTINCT) per country rather than DISTINCT (country, activity)
        // pairs counted afterwards: the database then deduplicates within one
        // country's activities at a time, not over every pair at once.
        counts = countryCounts(matchingCondition(filter, values));
    }
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT c.country, c.country, c.n FROM (%1) c ORDER BY c.n DESC, c.country")
                                     .arg(counts),
                                 values);
    QList<ChartData::Bar> bars = topBars(query, limit, more);
    for (ChartData::Bar &bar : bars) {
        if (bar.label.isEmpty())
            bar.label = QStringLiteral("(no country)");
    }
    return bars;
}

// The matching activities per kind and first month, from the kept counts.
QString ActivityAggregates::keptActivityCounts(const ActivityFilter &filter, QVariantList &values)
{
    const KeptTable kept{QStringLiteral("activity_month_counts"), {QStringLiteral("kind"), QStringLiteral("start_month")},
                         QStringLiteral("start_month"), QStringLiteral("last_month"), KeptTable::Period::Month};
    return keptPerPeriod(filter, kept,
                         [](const QString &condition) {
                             return QStringLiteral("SELECT a.kind AS kind, a.start_month AS start_month, COUNT(*) AS n "
                                                   "FROM activities a WHERE %1 GROUP BY a.kind, a.start_month")
                                 .arg(condition);
                         },
                         values);
}

// Distinct activities per country among the activities (alias a) meeting `condition`.
QString ActivityAggregates::countryCounts(const QString &condition)
{
    return QStringLiteral("SELECT COALESCE(o.country, '') AS country, COUNT(DISTINCT ap.activity_id) AS n "
                          "FROM activities a JOIN activity_participants ap ON ap.activity_id = a.id "
                          "JOIN organisations o ON o.id = ap.organisation_id WHERE %1 "
                          "GROUP BY COALESCE(o.country, '')")
        .arg(condition);
}

// Kinds, dates and one area: counted from a kept table (DashboardSummary) by
// whole periods (months or years), where `counts` counts the activities (a
// condition on alias a in; rows of the keys and n out, named as the kept
// table's columns) for the periods a range cuts: the part inside the range
// added, or the part outside it taken away, whichever is smaller. The counts
// per part add up because each activity falls in one part. Returns rows of
// the keys and n.
QString ActivityAggregates::keptPerPeriod(const ActivityFilter &filter, const KeptTable &kept,
                                          const std::function<QString(const QString &)> &counts, QVariantList &values)
{
    const bool years = kept.period == KeptTable::Period::Year;
    const auto periodOf = [&](const QDate &d) { return years ? d.year() : d.year() * 100 + d.month(); };
    const auto periodStart = [&](const QDate &d) { return QDate(d.year(), years ? 1 : d.month(), 1); };
    const auto nextPeriodStart = [&](const QDate &d) {
        return years ? periodStart(d).addYears(1) : periodStart(d).addMonths(1);
    };
    const QDate &from = filter.from, &to = filter.to;
    const bool fromSplits = from.isValid() && from != periodStart(from);
    const bool toSplits = to.isValid() && to.addDays(1) != nextPeriodStart(to);
    // Where a range cuts a period, the smaller side is counted from the
    // activities: the part inside the range, added, or the part outside it,
    // taken away from the whole period's kept count (a range from 15 March
    // counts 1 January to 14 March, not the rest of the year).
    const bool fromTakesAway = fromSplits && periodStart(from).daysTo(from) < from.daysTo(nextPeriodStart(from));
    const bool toTakesAway = toSplits && to.daysTo(nextPeriodStart(to)) - 1 < periodStart(to).daysTo(to) + 1;

    QStringList keptConditions = {keptRows(filter, m_db.backend(), values)};
    // The kept periods, and the same bounds as conditions on an activity (alias a).
    QStringList inKept;
    QVariantList inKeptValues;
    if (from.isValid()) {
        const bool whole = !fromSplits || fromTakesAway;
        keptConditions.append(QStringLiteral("k.%1 %2 ?").arg(kept.lastColumn, whole ? QStringLiteral(">=") : QStringLiteral(">")));
        values.append(periodOf(from));
        inKept.append(QStringLiteral("a.last_date >= ?"));
        inKeptValues.append(RecordTable::dateValue(whole ? periodStart(from) : nextPeriodStart(from)));
        // No activity lasts longer than the longest stored: the key's index starts there.
        keptConditions.append(QStringLiteral("k.%1 >= ?").arg(kept.startColumn));
        values.append(periodOf(periodStart(from).addDays(-longestSpanDays())));
    }
    if (to.isValid()) {
        const bool whole = !toSplits || toTakesAway;
        keptConditions.append(QStringLiteral("k.%1 %2 ?").arg(kept.startColumn, whole ? QStringLiteral("<=") : QStringLiteral("<")));
        values.append(periodOf(to));
        inKept.append(QStringLiteral("a.start_date < ?"));
        inKeptValues.append(RecordTable::dateValue(whole ? nextPeriodStart(to) : periodStart(to)));
    }
    QStringList keptKeys, outerKeys, negated;
    for (const QString &key : kept.keys) {
        keptKeys.append(QStringLiteral("k.%1").arg(key));
        outerKeys.append(QStringLiteral("p.%1").arg(key));
        negated.append(QStringLiteral("d.%1 AS %1").arg(key));
    }
    QStringList parts = {QStringLiteral("SELECT %1, SUM(k.activities) AS n FROM %2 k WHERE %3 GROUP BY %1")
                             .arg(keptKeys.join(QStringLiteral(", ")), kept.table, keptConditions.join(QStringLiteral(" AND ")))};

    // Added: the matching activities of a cut period outside the kept ones.
    const auto addPart = [&](const QString &edge, const QVariantList &edgeValues) {
        const QString condition = matchingCondition(filter, values);
        values += edgeValues;
        parts.append(counts(condition + QStringLiteral(" AND ") + edge));
    };
    // Taken away: activities inside the kept periods but outside the range.
    ActivityFilter undated = filter;
    undated.from = undated.to = QDate();
    const auto takeAwayPart = [&](const QString &edge, const QVariantList &edgeValues) {
        const ActivityFilterSql where(undated, m_db.backend());
        values += where.values();
        values += inKeptValues;
        values += edgeValues;
        parts.append(QStringLiteral("SELECT %1, -d.n AS n FROM (%2) d")
                         .arg(negated.join(QStringLiteral(", ")),
                              counts(QStringList{where.condition(), inKept.join(QStringLiteral(" AND ")), edge}
                                         .join(QStringLiteral(" AND ")))));
    };
    if (fromSplits) {
        const QVariant next = RecordTable::dateValue(nextPeriodStart(from)), cut = RecordTable::dateValue(from);
        if (fromTakesAway) // ending in the cut period before the range starts (and so starting not long before)
            takeAwayPart(QStringLiteral("a.last_date < ? AND a.start_date < ? AND a.start_date >= ?"),
                         {cut, cut, RecordTable::dateValue(periodStart(from).addDays(-longestSpanDays()))});
        else // ending in the cut period within the range; so starting before it closes too (the start index's bound)
            addPart(QStringLiteral("a.last_date < ? AND a.start_date < ?"), {next, next});
    }
    if (toSplits) {
        if (toTakesAway) { // starting in the cut period after the range ends
            takeAwayPart(QStringLiteral("a.start_date > ?"), {RecordTable::dateValue(to)});
        } else {
            QVariantList v = {RecordTable::dateValue(periodStart(to))};
            QString edge = QStringLiteral("a.start_date >= ?");
            if (fromSplits && !fromTakesAway) { // not counted by the other cut part
                edge += QStringLiteral(" AND a.last_date >= ?");
                v.append(RecordTable::dateValue(nextPeriodStart(from)));
            }
            addPart(edge, v);
        }
    }
    return QStringLiteral("SELECT %1, SUM(p.n) AS n FROM (%2) p GROUP BY %1 HAVING SUM(p.n) > 0")
        .arg(outerKeys.join(QStringLiteral(", ")), parts.join(QStringLiteral(" UNION ALL ")));
}

QList<ActivityAggregates::Row> ActivityAggregates::matching(DashboardChart chart, const ActivityFilter &filter,
                                                            PeriodGrouping grouping, const QVariant &key,
                                                            const QVariant &kind, int limit, bool *truncated)
{
    ActivityFilter f = filter;
    QStringList extra;
    QVariantList extraValues;
    switch (chart) {
    case DashboardChart::ActivityPerPeriod:
        extra.append(QStringLiteral("a.start_month BETWEEN ? AND ?"));
        extraValues << grouping.firstMonth(key.toInt()) << grouping.lastMonth(key.toInt());
        break;
    case DashboardChart::PartnershipsByStage:
        extra.append(QStringLiteral("a.id IN (SELECT apt.activity_id FROM activity_partnerships apt "
                                    "JOIN partnerships p ON p.id = apt.partnership_id WHERE p.stage = ?)"));
        extraValues << key.toString();
        break;
    case DashboardChart::TopOrganisations:
        f.organisationIds = {key.toLongLong()};
        break;
    case DashboardChart::TopPeople:
        f.personIds = {key.toLongLong()};
        break;
    case DashboardChart::IntroductionOutcomes:
        f.kinds = {ActivityKind::Introduction};
        extra.append(kOutcome + QStringLiteral(" = ?"));
        extraValues << key.toInt();
        break;
    case DashboardChart::TimeToAgreement:
        f.kinds = {ActivityKind::Introduction, ActivityKind::Agreement};
        f.partnershipIds = {key.toLongLong()};
        break;
    case DashboardChart::ActivityPerCountry:
        f.countries = {key.toString()};
        break;
    }
    if (kind.isValid() && !kind.isNull()) {
        extra.append(QStringLiteral("a.kind = ?"));
        extraValues << kindValue(ActivityKind(kind.toInt()));
    }
    QVariantList values;
    QString condition = matchingCondition(f, values);
    for (const QString &e : std::as_const(extra))
        condition += QStringLiteral(" AND ") + e;
    values += extraValues;
    values << limit + 1;
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT a.id, a.kind, a.title, a.start_date, a.start_precision, a.end_date, "
                                                "a.end_precision FROM activities a WHERE %1 "
                                                "ORDER BY a.start_date, a.id LIMIT ?")
                                     .arg(condition),
                                 values);
    QList<Row> rows;
    if (truncated)
        *truncated = false;
    while (query.next()) {
        if (rows.size() == limit) {
            if (truncated)
                *truncated = true;
            break;
        }
        Row row;
        row.id = query.value(0).toLongLong();
        row.kind = activityKindFromName(query.value(1).toString());
        row.title = query.value(2).toString();
        const DateSpan span(RecordTable::partialDate(query.value(3), query.value(4)),
                            RecordTable::partialDate(query.value(5), query.value(6)));
        row.when = span.toDisplayString();
        rows.append(row);
    }
    query.finish();
    return rows;
}

QList<ActivityAggregates::Choice> ActivityAggregates::choices(const QString &sql)
{
    QSqlQuery &query = m_db.exec(sql);
    QList<Choice> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    query.finish();
    return result;
}

QList<ActivityAggregates::Choice> ActivityAggregates::partnershipChoices()
{
    return choices(QStringLiteral("SELECT id, name FROM partnerships ORDER BY name, id"));
}

QList<ActivityAggregates::Choice> ActivityAggregates::organisationChoices()
{
    return choices(QStringLiteral("SELECT id, name FROM organisations ORDER BY name, id"));
}

QStringList ActivityAggregates::areaChoices()
{
    QStringList names;
    for (const Choice &c : choices(QStringLiteral("SELECT id, name FROM areas ORDER BY name")))
        names.append(c.name);
    return names;
}

} // namespace liaison
