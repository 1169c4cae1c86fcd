#pragma once

#include "DashboardChart.h"
#include "PeriodGrouping.h"
#include "domain/ActivityKind.h"

#include <QMap>
#include <QVariant>

namespace liaison {

// What one dashboard chart shows, as aggregated by the database: counts per
// period and kind for the activity chart, labelled bars (or slices) for the
// others. Small by construction — a few hundred numbers at most.
struct ChartData
{
    struct Bar
    {
        QVariant key;  // what a click on it selects: an id, a stage, a country, an outcome
        QString label;
        double value = 0;
        QString detail; // a tooltip line
    };

    DashboardChart chart = DashboardChart::ActivityPerPeriod;
    PeriodGrouping grouping;
    QMap<int, QMap<ActivityKind, qint64>> periods; // period → kind → activities
    QList<Bar> bars;
    int moreBars = 0; // bars left out beyond the top ones shown

    bool isEmpty() const { return periods.isEmpty() && bars.isEmpty(); }
    double total() const
    {
        double sum = 0;
        for (const auto &perKind : periods)
            for (qint64 n : perKind)
                sum += double(n);
        for (const Bar &bar : bars)
            sum += bar.value;
        return sum;
    }
};

} // namespace liaison
