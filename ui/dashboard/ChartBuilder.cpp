#include "ChartBuilder.h"

#include "domain/KindPalette.h"
#include "query/IntroductionOutcome.h"
#include "query/PercentShares.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace liaison {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ChartBuilder", text);
}

QString kindPlural(ActivityKind kind)
{
    QString name = activityKindName(kind);
    name[0] = name.at(0).toUpper();
    return name + QLatin1Char('s');
}

QFont chartFont(int pointSizeDelta = 0)
{
    QFont font;
    font.setPointSizeF(qMax(6.0, font.pointSizeF() + pointSizeDelta));
    return font;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(chartFont(-1));
    axis->setLabelsColor(QColor(0x3C, 0x46, 0x50));
    axis->setGridLineColor(QColor(0xE3, 0xE7, 0xEB));
}

// A message in the middle of the plot area, kept centred as the chart resizes.
void showEmptyState(QChart *chart, const QString &text)
{
    auto *item = new QGraphicsSimpleTextItem(text, chart);
    item->setData(0, QStringLiteral("emptyState"));
    item->setFont(chartFont(1));
    item->setBrush(QColor(0x5C, 0x67, 0x73));
    auto place = [chart, item] {
        const QRectF box = item->boundingRect();
        const QRectF area = chart->rect();
        item->setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2);
    };
    QObject::connect(chart, &QChart::geometryChanged, chart, place);
    place();
    chart->legend()->hide();
}

// Labels along a time axis: each period while there are few, else the years
// (every second, fifth… year when there are many), so that labels never crowd.
QCategoryAxis *timeAxis(const QList<int> &periods, PeriodGrouping grouping)
{
    auto *axis = new QCategoryAxis;
    axis->setStartValue(-0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    const int n = int(periods.size());
    const bool each = grouping.unit() == PeriodGrouping::Year ? n <= 12
        : grouping.unit() == PeriodGrouping::Quarter          ? n <= 8
                                                              : n <= 6;
    if (each) {
        for (int i = 0; i < n; ++i)
            axis->append(grouping.label(periods.at(i)), i + 0.5);
    } else {
        const int firstYear = PeriodGrouping::yearOf(periods.constFirst(), grouping);
        const int lastYear = PeriodGrouping::yearOf(periods.constLast(), grouping);
        const int years = lastYear - firstYear + 1;
        const int step = years <= 10 ? 1 : years <= 20 ? 2 : years <= 50 ? 5 : 10;
        // A first year with few of its periods (October to December seen per
        // quarter) would get a category too narrow for its label, and Qt
        // Charts drops a label that overhangs the axis's start: the first
        // period had none. That year joins the group after it.
        const int perYear = grouping.unit() == PeriodGrouping::Year ? 1 : grouping.unit() == PeriodGrouping::Quarter ? 4 : 12;
        int firstYearPeriods = 0;
        while (firstYearPeriods < n && PeriodGrouping::yearOf(periods.at(firstYearPeriods), grouping) == firstYear)
            ++firstYearPeriods;
        const bool joinFirstYear = firstYearPeriods * 2 < perYear && lastYear > firstYear;
        int start = 0;
        while (start < n) {
            const int year = PeriodGrouping::yearOf(periods.at(start), grouping);
            const int until = year + step + (start == 0 && joinFirstYear ? 1 : 0);
            int end = start;
            while (end + 1 < n && PeriodGrouping::yearOf(periods.at(end + 1), grouping) < until)
                ++end;
            const int last = PeriodGrouping::yearOf(periods.at(end), grouping);
            axis->append(last == year ? QString::number(year) : QStringLiteral("%1–%2").arg(year).arg(last), end + 0.5);
            start = end + 1;
        }
    }
    axis->setRange(-0.5, n - 0.5);
    axis->setGridLineVisible(false);
    return axis;
}

// Category labels must be unique: two people of the same name get invisible
// marks to tell them apart.
QStringList uniqueLabels(const QList<ChartData::Bar> &bars)
{
    QStringList labels;
    for (const ChartData::Bar &bar : bars) {
        QString label = bar.label.size() > 34 ? bar.label.left(32) + QStringLiteral("…") : bar.label;
        while (labels.contains(label))
            label += QChar(0x200B);
        labels.append(label);
    }
    return labels;
}

void buildActivityChart(QChart *chart, const ChartData &data)
{
    QList<int> periods;
    for (int p = data.periods.firstKey(); p <= data.periods.lastKey(); p = data.grouping.next(p))
        periods.append(p);
    auto *series = new QStackedBarSeries;
    series->setBarWidth(periods.size() > 60 ? 1.0 : 0.8);
    double max = 0;
    for (int p : std::as_const(periods)) {
        double total = 0;
        for (qint64 n : data.periods.value(p))
            total += double(n);
        max = qMax(max, total);
    }
    for (ActivityKind kind : allActivityKinds()) {
        bool present = false;
        for (const auto &perKind : data.periods)
            present = present || perKind.value(kind) > 0;
        if (!present)
            continue;
        auto *set = new QBarSet(kindPlural(kind));
        set->setColor(KindPalette::color(kind));
        set->setBorderColor(periods.size() > 60 ? KindPalette::color(kind) : KindPalette::outline(kind));
        for (int p : std::as_const(periods))
            set->append(double(data.periods.value(p).value(kind)));
        series->append(set);
    }
    chart->addSeries(series);
    QCategoryAxis *x = timeAxis(periods, data.grouping);
    styleAxis(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    styleAxis(y);
    y->setTitleText(tr("activities"));
    y->setTitleFont(chartFont(-1));
    ChartBuilder::setIntegerRange(y, max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(-1));
}

void buildBarChart(QChart *chart, const ChartData &data, const QString &unit, double scale)
{
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(unit);
    set->setColor(ChartBuilder::neutralColor());
    set->setBorderColor(ChartBuilder::neutralColor().darker(130));
    QStringList labels = uniqueLabels(data.bars);
    double max = 0;
    // The first (largest) bar at the top.
    QStringList categories;
    for (qsizetype i = data.bars.size() - 1; i >= 0; --i) {
        const double value = data.bars.at(i).value / scale;
        set->append(value);
        categories.append(labels.at(i));
        max = qMax(max, value);
    }
    series->append(set);
    // A few bars stay bars, not slabs filling the plot.
    const qsizetype n = data.bars.size();
    series->setBarWidth(n >= 5 ? 0.7 : 0.12 * double(n) + 0.1);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsPrecision(scale == 1 ? 12 : 3);
    set->setLabelColor(Qt::white);
    set->setLabelFont(chartFont(-2));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y);
    y->setGridLineVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    styleAxis(x);
    x->setTitleText(unit);
    x->setTitleFont(chartFont(-1));
    ChartBuilder::setIntegerRange(x, max);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->hide();
}

void buildOutcomeChart(QChart *chart, const ChartData &data)
{
    auto *series = new QPieSeries;
    // Shares that add up to 100 (rounded each on its own they made 101 %).
    QList<double> values;
    for (const ChartData::Bar &bar : data.bars)
        values.append(bar.value);
    const QStringList shares = PercentShares::texts(values);
    for (int i = 0; i < data.bars.size(); ++i) {
        const ChartData::Bar &bar = data.bars.at(i);
        const auto outcome = IntroductionOutcome(bar.key.toInt());
        // Short names in the legend (the title says what they are): long ones were cut off.
        const QString name = outcome == IntroductionOutcome::Agreement ? tr("Agreement")
            : outcome == IntroductionOutcome::Event                    ? tr("Event")
            : outcome == IntroductionOutcome::Meeting                  ? tr("Meeting")
                                                                       : tr("Nothing yet");
        // The share only: with the count too the labels were cut off in a
        // third of a 1280-pixel window (the count is a click away).
        // Below 1 %, one decimal (0.3 %), never a bare 0 % for something that happened.
        const QString share = shares.value(i, QStringLiteral("0"));
        QPieSlice *slice = series->append(QStringLiteral("%1 %2%").arg(name, share), bar.value);
        QColor color = QColor(0xBC, 0xC3, 0xCA); // nothing yet
        if (outcome == IntroductionOutcome::Agreement)
            color = KindPalette::color(ActivityKind::Agreement);
        else if (outcome == IntroductionOutcome::Event)
            color = KindPalette::color(ActivityKind::Event);
        else if (outcome == IntroductionOutcome::Meeting)
            color = KindPalette::color(ActivityKind::Meeting);
        slice->setColor(color);
        slice->setBorderColor(Qt::white);
    }
    series->setPieSize(0.85);
    chart->addSeries(series);
    // Beside the pie, one outcome a line: in one row below it the labels were
    // cut off in a narrow panel.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setFont(chartFont(-1));
    // As wide as its longest entry: left to itself, Qt Charts cut "Nothing yet
    // 71%" short in a narrow panel.
    const QFontMetricsF metrics(chartFont(-1));
    double widest = 0;
    for (QPieSlice *slice : series->slices())
        widest = qMax(widest, metrics.horizontalAdvance(slice->label()));
    chart->legend()->setMinimumWidth(widest + 3 * metrics.height());
}
} // namespace

QColor ChartBuilder::neutralColor()
{
    return QColor(0x4A, 0x6A, 0x8A);
}

QString ChartBuilder::emptyText(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::IntroductionOutcomes:
        return tr("No introductions match these filters");
    case DashboardChart::TimeToAgreement:
        return tr("No partnership went from introduction to a signed agreement\nwithin these filters");
    case DashboardChart::PartnershipsByStage:
        return tr("No partnerships match these filters");
    default:
        return tr("No activities match these filters");
    }
}

void ChartBuilder::setIntegerRange(QValueAxis *axis, double max)
{
    // Steps of 1, 2 or 5 × 10^k so that every tick is a whole number.
    double step = 1;
    if (max > 5) {
        const double raw = max / 5;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        const double f = raw / magnitude;
        step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
    }
    const int ticks = qMax(1, int(std::ceil(max / step - 1e-9)));
    axis->setRange(0, ticks * step);
    axis->setTickCount(ticks + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%i"));
}

QChart *ChartBuilder::build(const ChartData &data)
{
    auto *chart = new QChart;
    QString title = dashboardChartTitle(data.chart);
    if (data.chart == DashboardChart::ActivityPerPeriod)
        title += QStringLiteral(" per %1").arg(data.grouping.name());
    if (data.moreBars > 0)
        title += tr(" (top %1 of %2)").arg(data.bars.size()).arg(data.bars.size() + data.moreBars);
    chart->setTitle(title);
    QFont titleFont = chartFont(1);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    if (data.isEmpty()) {
        showEmptyState(chart, emptyText(data.chart));
        return chart;
    }
    switch (data.chart) {
    case DashboardChart::ActivityPerPeriod:
        buildActivityChart(chart, data);
        break;
    case DashboardChart::IntroductionOutcomes:
        buildOutcomeChart(chart, data);
        break;
    case DashboardChart::TimeToAgreement:
        buildBarChart(chart, data, tr("months"), 30.44);
        break;
    case DashboardChart::PartnershipsByStage:
        buildBarChart(chart, data, tr("partnerships"), 1);
        break;
    default:
        buildBarChart(chart, data, tr("activities"), 1);
        break;
    }
    return chart;
}

} // namespace liaison
