#include "ChartPanel.h"

#include "ChartBuilder.h"
#include "ChartExporter.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QVBoxLayout>

namespace liaison {

ChartPanel::ChartPanel(DashboardChart chart, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
{
    setObjectName(QStringLiteral("chart-") + dashboardChartName(chart));
    setAccessibleName(dashboardChartTitle(chart));
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_data.chart = chart;
    setData(m_data);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setData(const ChartData &data)
{
    m_data = data;
    m_data.chart = m_chart;
    // Each bar's name needs a line of text: Qt Charts shows "..." for a label
    // taller than its share of the axis (ten organisations in 220 px were all "...").
    const bool namedBars = m_chart != DashboardChart::ActivityPerPeriod && m_chart != DashboardChart::IntroductionOutcomes;
    m_view->setMinimumHeight(namedBars ? qMax(220, 110 + 22 * int(m_data.bars.size())) : 220);
    QChart *old = m_view->chart();
    m_view->setChart(ChartBuilder::build(m_data));
    delete old;
    connectClicks();
}

void ChartPanel::connectClicks()
{
    const QList<QAbstractSeries *> series = chart()->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const bool stacked = m_chart == DashboardChart::ActivityPerPeriod;
            connect(bars, &QAbstractBarSeries::clicked, this, [this, stacked](int index, QBarSet *set) {
                if (stacked) {
                    const QList<int> periods = [this] {
                        QList<int> list;
                        for (int p = m_data.periods.firstKey(); p <= m_data.periods.lastKey(); p = m_data.grouping.next(p))
                            list.append(p);
                        return list;
                    }();
                    if (index < 0 || index >= periods.size())
                        return;
                    QVariant kind;
                    for (ActivityKind k : allActivityKinds()) {
                        QString name = activityKindName(k);
                        name[0] = name.at(0).toUpper();
                        if (set && set->label() == name + QLatin1Char('s'))
                            kind = int(k);
                    }
                    emit selected(periods.at(index), kind);
                } else {
                    // Bars are drawn largest at the top: index 0 is the last bar.
                    const qsizetype bar = m_data.bars.size() - 1 - index;
                    if (bar >= 0 && bar < m_data.bars.size())
                        emit selected(m_data.bars.at(bar).key, QVariant());
                }
            });
            connect(bars, &QAbstractBarSeries::hovered, this, [this, stacked](bool on, int index, QBarSet *set) {
                if (!on || !set) {
                    QToolTip::hideText();
                    return;
                }
                QString text;
                if (stacked) {
                    int p = m_data.periods.firstKey();
                    for (int i = 0; i < index; ++i)
                        p = m_data.grouping.next(p);
                    text = QStringLiteral("%1 · %2: %L3").arg(m_data.grouping.label(p), set->label()).arg(set->at(index));
                } else {
                    const qsizetype bar = m_data.bars.size() - 1 - index;
                    if (bar < 0 || bar >= m_data.bars.size())
                        return;
                    const ChartData::Bar &b = m_data.bars.at(bar);
                    text = QStringLiteral("%1: %L2").arg(b.label).arg(set->at(index));
                    if (!b.detail.isEmpty())
                        text += QStringLiteral("\n") + b.detail;
                }
                QToolTip::showText(QCursor::pos(), text + tr("\nClick to list the activities"), m_view);
            });
        } else if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            connect(pie, &QPieSeries::clicked, this, [this, pie](QPieSlice *slice) {
                const qsizetype i = pie->slices().indexOf(slice);
                if (i >= 0 && i < m_data.bars.size())
                    emit selected(m_data.bars.at(i).key, QVariant());
            });
            connect(pie, &QPieSeries::hovered, this, [](QPieSlice *slice, bool on) { slice->setExploded(on); });
        }
    }
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG, SVG or PDF…"), this, &ChartPanel::exportChart);
    menu.exec(event->globalPos());
}

void ChartPanel::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), dashboardChartName(m_chart) + QStringLiteral(".svg"),
        tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ChartExporter::save(m_data, path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

} // namespace liaison
