#pragma once

#include "query/ChartData.h"

#include <QWidget>

class QChart;
class QChartView;

namespace liaison {

// One dashboard chart on screen: rebuilt from its data, clickable (a bar, a
// stack or a slice selects what it counts), with a context menu to export it.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(DashboardChart chart, QWidget *parent = nullptr);

    DashboardChart chartKind() const { return m_chart; }
    const ChartData &data() const { return m_data; }
    void setData(const ChartData &data);
    QChart *chart() const;
    QChartView *view() const { return m_view; }

public slots:
    // Asks for a file and writes the chart as PNG, SVG or PDF.
    void exportChart();

signals:
    // `key` as in ChartData::Bar::key (the period for the activity chart);
    // `kind` the stack clicked (int ActivityKind) or invalid.
    void selected(const QVariant &key, const QVariant &kind);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void connectClicks();

    DashboardChart m_chart;
    ChartData m_data;
    QChartView *m_view = nullptr;
};

} // namespace liaison
