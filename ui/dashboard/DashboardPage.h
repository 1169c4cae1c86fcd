#pragma once

#include "query/ActivityFilter.h"
#include "query/ChartData.h"

#include <QHash>

#include <atomic>
#include <QThreadPool>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace liaison {

class ChartPanel;
class Database;

// The dashboard: every chart of DashboardChart over the shared filters (date
// range, partnership, organisation, area, kind) and a grouping in time.
// The database aggregates on a worker thread with its own connection, chart
// by chart, each shown when ready; a result that arrives after the filters
// changed again is dropped.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Database &db, QWidget *parent = nullptr);
    ~DashboardPage() override;

    ChartPanel *panel(DashboardChart chart) const { return m_panels.value(chart); }
    ActivityFilter filter() const;
    PeriodGrouping grouping() const;
    bool isBusy() const { return m_pending > 0; }
    QString filterDescription() const;

    // File ▸ Export chart… and the dashboard as a one-page PDF.
    QAction *exportChartAction() const { return m_exportChart; }
    QAction *exportReportAction() const { return m_exportReport; }

public slots:
    // Re-reads the filter choices and the charts (after edits or an import).
    void reload();
    void exportChart();
    void exportReport();
    // Lists the activities behind a chart's bar, stack or slice.
    void showMatching(DashboardChart chart, const QVariant &key, const QVariant &kind);

signals:
    void chartsUpdated();
    void activityActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Counts on the UI thread what a hidden page has not counted yet (exports).
    void countNow();
    void buildControls();
    void fillChoices();
    void applyFilter();

    Database &m_db;
    QHash<DashboardChart, ChartPanel *> m_panels;
    QComboBox *m_grouping = nullptr;
    QCheckBox *m_useRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_partnership = nullptr;
    QComboBox *m_organisation = nullptr;
    QComboBox *m_area = nullptr;
    QToolButton *m_kinds = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_exportChart = nullptr;
    QAction *m_exportReport = nullptr;
    QThreadPool m_pool;
    std::atomic<int> m_generation{0};
    int m_pending = 0;
    bool m_filling = false;
    bool m_stale = true; // filters changed while hidden: counted when shown
};

} // namespace liaison
