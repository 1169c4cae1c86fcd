#pragma once

#include "query/ChartData.h"

class QChart;
class QValueAxis;

namespace liaison {

// Turns one chart's aggregated data into a Qt Charts chart: stacked bars per
// period in the timeline's kind colours, horizontal bars for rankings, a pie
// for introduction outcomes. The same chart serves the screen, the exports and
// the printed reports. A chart without data carries a message instead of axes.
class ChartBuilder
{
public:
    // The caller owns the chart.
    static QChart *build(const ChartData &data);
    // 0..max in whole-number steps, at most about six ticks.
    static void setIntegerRange(QValueAxis *axis, double max);
    // The message a chart without data shows.
    static QString emptyText(DashboardChart chart);
    // A bar set or slice colour that implies no activity kind.
    static QColor neutralColor();
};

} // namespace liaison
