#pragma once

#include "query/ActivityFilter.h"
#include "query/ChartData.h"

#include <QVariant>

#include <functional>

namespace liaison {

class Database;

// The dashboard's questions to storage: one GROUP BY per chart, run by the
// database on either backend, filtered through ActivityFilterSql like the
// lists and the timeline. Activities are never loaded to be counted.
//
// Grouping in time reads (kind, start_month) from its index and folds months
// into quarters or years afterwards (a few hundred rows): grouping by an
// expression would make SQLite sort every row.
class ActivityAggregates
{
public:
    explicit ActivityAggregates(Database &db);

    // How many bars the "top" charts show.
    static constexpr int kTopBars = 10;

    ChartData chart(DashboardChart chart, const ActivityFilter &filter, PeriodGrouping grouping = {});

    // Activities per period (see PeriodGrouping for the date-precision rule) and kind.
    QMap<int, QMap<ActivityKind, qint64>> activityPerPeriod(const ActivityFilter &filter, PeriodGrouping grouping);
    // Partnerships per current stage; with a filter, the partnerships that
    // have at least one matching activity (and are among the filter's partnerships).
    QList<ChartData::Bar> partnershipsByStage(const ActivityFilter &filter);
    // Organisations and people by matching activities they took part in.
    QList<ChartData::Bar> topOrganisations(const ActivityFilter &filter, int limit, int *more = nullptr);
    QList<ChartData::Bar> topPeople(const ActivityFilter &filter, int limit, int *more = nullptr);
    // Matching introductions by IntroductionOutcome (the kind filter does not apply).
    QList<ChartData::Bar> introductionOutcomes(const ActivityFilter &filter);
    // Days from a partnership's first introduction to its first signed
    // agreement (signed_date), among matching activities, longest first (the
    // kind filter does not apply). Partnerships without both, or signed before
    // introduced, are left out.
    QList<ChartData::Bar> timeToAgreement(const ActivityFilter &filter, int limit, int *more = nullptr);
    // Activities per country of the organisations taking part (an activity
    // counts once per country, however many of its organisations are there).
    QList<ChartData::Bar> activityPerCountry(const ActivityFilter &filter, int limit, int *more = nullptr);

    // The activities behind one bar or slice: `key` is the bar's key (the
    // period for the activity chart, with `kind` the stack clicked, if any).
    struct Row
    {
        qint64 id = 0;
        ActivityKind kind = ActivityKind::Meeting;
        QString when;
        QString title;
    };
    QList<Row> matching(DashboardChart chart, const ActivityFilter &filter, PeriodGrouping grouping,
                        const QVariant &key, const QVariant &kind, int limit, bool *truncated = nullptr);

    // What the dashboard's filter controls offer: partnerships, organisations
    // (by name) and areas of cooperation.
    struct Choice
    {
        qint64 id = 0;
        QString name;
    };
    QList<Choice> partnershipChoices();
    QList<Choice> organisationChoices();
    QStringList areaChoices();

private:
    QList<Choice> choices(const QString &sql);
    // A table of counts kept by DashboardSummary, per key and period.
    struct KeptTable
    {
        QString table;
        QStringList keys; // counted per these columns
        QString startColumn;
        QString lastColumn;
        enum class Period { Month, Year } period;
    };
    QString keptPerPeriod(const ActivityFilter &filter, const KeptTable &kept,
                          const std::function<QString(const QString &)> &counts, QVariantList &values);
    QString keptActivityCounts(const ActivityFilter &filter, QVariantList &values);
    QString countryCounts(const QString &condition);
    // Participants (`column`: organisation_id or person_id; `kept`: the prefix
    // of their kept tables) by matching activities; `named` turns the counts
    // (%1) into id, label, count rows.
    QList<ChartData::Bar> topParticipants(const QString &column, const QString &kept, const QString &named,
                                          const ActivityFilter &filter, int limit, int *more);
    QString matchingCondition(const ActivityFilter &filter, QVariantList &values);
    qint64 longestSpanDays();
    QString outcomeExpression() const;

    Database &m_db;
    qint64 m_longestSpan = -1;
};

} // namespace liaison
