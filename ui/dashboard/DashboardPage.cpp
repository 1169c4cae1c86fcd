#include "DashboardPage.h"

#include "ChartExporter.h"
#include "ChartPanel.h"
#include "MatchingActivitiesDialog.h"
#include "storage/ActivityAggregates.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace liaison {

namespace {
// The worker thread's own connection, kept while the location stays the same
// (the pool keeps its one thread alive).
Database &workerDatabase(const DatabaseLocation &location)
{
    thread_local std::unique_ptr<Database> db;
    thread_local QString key;
    const QString wanted = location.toDisplayString() + QLatin1Char('\n') + location.password();
    if (!db || key != wanted) {
        db.reset();
        auto fresh = std::make_unique<Database>();
        fresh->open(location, Database::OpenOptions{false, -1});
        db = std::move(fresh);
        key = wanted;
    }
    return *db;
}

QString kindLabel(ActivityKind kind)
{
    QString name = activityKindName(kind);
    name[0] = name.at(0).toUpper();
    return name + QLatin1Char('s');
}
} // namespace

DashboardPage::DashboardPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("dashboardPage"));
    setAccessibleName(tr("Dashboard"));
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);

    m_exportChart = new QAction(tr("Export &chart…"), this);
    m_exportChart->setObjectName(QStringLiteral("exportChartAction"));
    connect(m_exportChart, &QAction::triggered, this, &DashboardPage::exportChart);
    m_exportReport = new QAction(tr("Export &dashboard as PDF…"), this);
    m_exportReport->setObjectName(QStringLiteral("exportDashboardAction"));
    connect(m_exportReport, &QAction::triggered, this, &DashboardPage::exportReport);

    auto *layout = new QVBoxLayout(this);
    buildControls();
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Per"), this));
    controls->addWidget(m_grouping);
    controls->addSpacing(8);
    controls->addWidget(m_useRange);
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(QStringLiteral("–"), this));
    controls->addWidget(m_to);
    controls->addSpacing(8);
    controls->addWidget(m_partnership, 2);
    controls->addWidget(m_organisation, 2);
    controls->addWidget(m_area, 1);
    controls->addWidget(m_kinds);
    auto *report = new QToolButton(this);
    report->setDefaultAction(m_exportReport);
    report->setToolButtonStyle(Qt::ToolButtonTextOnly);
    controls->addWidget(report);
    layout->addLayout(controls);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    layout->addWidget(m_status);

    auto *grid = new QGridLayout;
    int i = 0;
    for (DashboardChart chart : allDashboardCharts()) {
        auto *panel = new ChartPanel(chart, this);
        m_panels.insert(chart, panel);
        connect(panel, &ChartPanel::selected, this,
                [this, chart](const QVariant &key, const QVariant &kind) { showMatching(chart, key, kind); });
        if (chart == DashboardChart::ActivityPerPeriod) {
            grid->addWidget(panel, 0, 0, 1, 2);
        } else {
            grid->addWidget(panel, 1 + (i - 1) / 3, (i - 1) % 3);
        }
        ++i;
    }
    // The activity chart's row with the stages beside it.
    grid->removeWidget(m_panels.value(DashboardChart::PartnershipsByStage));
    grid->addWidget(m_panels.value(DashboardChart::PartnershipsByStage), 0, 2);
    // The rest: organisations, people, introductions / time to agreement, countries.
    const QList<DashboardChart> rest = {DashboardChart::TopOrganisations, DashboardChart::TopPeople,
                                        DashboardChart::IntroductionOutcomes, DashboardChart::TimeToAgreement,
                                        DashboardChart::ActivityPerCountry};
    for (int r = 0; r < rest.size(); ++r) {
        ChartPanel *panel = m_panels.value(rest.at(r));
        grid->removeWidget(panel);
        if (rest.at(r) == DashboardChart::TimeToAgreement)
            grid->addWidget(panel, 2, 0, 1, 2);
        else if (rest.at(r) == DashboardChart::ActivityPerCountry)
            grid->addWidget(panel, 2, 2);
        else
            grid->addWidget(panel, 1, r);
    }
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    auto *charts = new QWidget(this);
    charts->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);
    layout->addWidget(scroll, 1);
    charts->setMinimumHeight(3 * 300);

    fillChoices();
    applyFilter();
}

DashboardPage::~DashboardPage()
{
    // The worker reads through its own connection; let it finish first.
    ++m_generation;
    m_pool.clear();
    m_pool.waitForDone();
}

void DashboardPage::buildControls()
{
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    m_grouping->addItem(tr("month"), int(PeriodGrouping::Month));
    m_grouping->addItem(tr("quarter"), int(PeriodGrouping::Quarter));
    m_grouping->addItem(tr("year"), int(PeriodGrouping::Year));
    m_grouping->setCurrentIndex(1);
    m_grouping->setAccessibleName(tr("Group activity per"));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &DashboardPage::applyFilter);

    m_useRange = new QCheckBox(tr("From"), this);
    m_useRange->setObjectName(QStringLiteral("dateRangeCheck"));
    m_from = new QDateEdit(QDate(QDate::currentDate().year() - 4, 1, 1), this);
    m_to = new QDateEdit(QDate(QDate::currentDate().year(), 12, 31), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::applyFilter);
    }
    connect(m_useRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });

    m_partnership = new QComboBox(this);
    m_partnership->setObjectName(QStringLiteral("partnershipFilter"));
    m_partnership->setAccessibleName(tr("Partnership"));
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("organisationFilter"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->setAccessibleName(tr("Area of cooperation"));
    for (QComboBox *combo : {m_partnership, m_organisation, m_area}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardPage::applyFilter);
    }
    // Typing finds an organisation among thousands.
    m_organisation->setEditable(true);
    m_organisation->setInsertPolicy(QComboBox::NoInsert);
    m_organisation->completer()->setFilterMode(Qt::MatchContains);
    m_organisation->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_kinds = new QToolButton(this);
    m_kinds->setObjectName(QStringLiteral("kindFilter"));
    m_kinds->setText(tr("Kinds"));
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_kinds);
    for (ActivityKind kind : allActivityKinds()) {
        QAction *action = menu->addAction(kindLabel(kind));
        action->setObjectName(QStringLiteral("kind-") + activityKindName(kind));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(kind));
        connect(action, &QAction::toggled, this, [this, menu, action](bool on) {
            // At least one kind stays ticked: none would mean every kind to the filter.
            bool any = on;
            for (QAction *a : menu->actions())
                any = any || a->isChecked();
            if (!any) {
                action->setChecked(true);
                return;
            }
            applyFilter();
        });
    }
    m_kinds->setMenu(menu);
}

void DashboardPage::fillChoices()
{
    m_filling = true;
    const qint64 partnership = m_partnership->currentData().toLongLong();
    const qint64 organisation = m_organisation->currentData().toLongLong();
    const QString area = m_area->currentData().toString();
    m_partnership->clear();
    m_organisation->clear();
    m_area->clear();
    m_partnership->addItem(tr("All partnerships"), 0);
    m_organisation->addItem(tr("All organisations"), 0);
    m_area->addItem(tr("All areas"), QString());
    try {
        ActivityAggregates aggregates(m_db);
        for (const auto &c : aggregates.partnershipChoices())
            m_partnership->addItem(c.name, c.id);
        for (const auto &c : aggregates.organisationChoices())
            m_organisation->addItem(c.name, c.id);
        for (const QString &name : aggregates.areaChoices())
            m_area->addItem(name, name);
    } catch (const StorageError &e) {
        m_status->setText(e.message());
    }
    m_partnership->setCurrentIndex(qMax(0, m_partnership->findData(partnership)));
    m_organisation->setCurrentIndex(qMax(0, m_organisation->findData(organisation)));
    m_area->setCurrentIndex(qMax(0, m_area->findData(area)));
    m_filling = false;
}

ActivityFilter DashboardPage::filter() const
{
    ActivityFilter f;
    if (m_useRange->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    if (const qint64 id = m_partnership->currentData().toLongLong())
        f.partnershipIds = {id};
    if (const qint64 id = m_organisation->currentData().toLongLong())
        f.organisationIds = {id};
    if (const QString area = m_area->currentData().toString(); !area.isEmpty())
        f.areas = {area};
    const QList<QAction *> actions = m_kinds->menu()->actions();
    QList<ActivityKind> kinds;
    for (QAction *action : actions) {
        if (action->isChecked())
            kinds.append(ActivityKind(action->data().toInt()));
    }
    if (kinds.size() != actions.size())
        f.kinds = kinds;
    return f;
}

PeriodGrouping DashboardPage::grouping() const
{
    return PeriodGrouping(PeriodGrouping::Unit(m_grouping->currentData().toInt()));
}

QString DashboardPage::filterDescription() const
{
    QStringList parts;
    if (m_useRange->isChecked())
        parts.append(tr("%1 to %2").arg(QLocale::c().toString(m_from->date(), QStringLiteral("d MMM yyyy")),
                                       QLocale::c().toString(m_to->date(), QStringLiteral("d MMM yyyy"))));
    if (m_partnership->currentIndex() > 0)
        parts.append(tr("partnership %1").arg(m_partnership->currentText()));
    if (m_organisation->currentIndex() > 0)
        parts.append(tr("organisation %1").arg(m_organisation->currentText()));
    if (m_area->currentIndex() > 0)
        parts.append(tr("area %1").arg(m_area->currentText()));
    const ActivityFilter f = filter();
    if (!f.kinds.isEmpty()) {
        QStringList kinds;
        for (ActivityKind kind : f.kinds)
            kinds.append(activityKindName(kind));
        parts.append(tr("kinds %1").arg(kinds.join(QStringLiteral(", "))));
    }
    parts.append(tr("activity per %1").arg(grouping().name()));
    return parts.join(QStringLiteral("; "));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        applyFilter();
}

void DashboardPage::countNow()
{
    if (!m_stale)
        return;
    ++m_generation; // anything in flight is for older filters
    try {
        ActivityAggregates aggregates(m_db);
        for (DashboardChart chart : allDashboardCharts())
            m_panels.value(chart)->setData(aggregates.chart(chart, filter(), grouping()));
        m_stale = false;
    } catch (const StorageError &e) {
        m_status->setText(e.message());
    }
}

void DashboardPage::applyFilter()
{
    if (m_filling)
        return;
    // A hidden page (the window opens on another) counts nothing until shown:
    // on a million activities that is seconds of work nobody asked for.
    m_stale = true;
    if (!isVisible())
        return;
    m_stale = false;
    const int generation = ++m_generation;
    m_status->setText(tr("Counting…"));
    const DatabaseLocation location = m_db.location();
    const ActivityFilter f = filter();
    const PeriodGrouping g = grouping();
    // One worker thread, one connection: the charts are counted in turn and
    // each is shown as soon as it is ready (the quick ones do not wait for the
    // slow ones); work overtaken by newer filters is skipped or dropped.
    struct Outcome
    {
        ChartData data;
        QString error;
    };
    for (DashboardChart chart : allDashboardCharts()) {
        ++m_pending;
        auto future = QtConcurrent::run(&m_pool, [this, location, f, g, generation, chart]() -> Outcome {
            Outcome outcome;
            outcome.data.chart = chart;
            if (generation != m_generation.load())
                return outcome;
            try {
                outcome.data = ActivityAggregates(workerDatabase(location)).chart(chart, f, g);
            } catch (const StorageError &e) {
                outcome.error = e.message();
            }
            return outcome;
        });
        auto *watcher = new QFutureWatcher<Outcome>(this);
        connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            --m_pending;
            if (generation != m_generation)
                return; // stale: the filters changed meanwhile
            const Outcome outcome = watcher->result();
            if (!outcome.error.isEmpty())
                m_status->setText(outcome.error);
            else
                m_panels.value(outcome.data.chart)->setData(outcome.data);
            if (m_pending == 0) {
                if (outcome.error.isEmpty())
                    m_status->setText(tr("Filters: %1. Click a bar or slice to list its activities; "
                                         "right-click a chart to export it.")
                                          .arg(filterDescription()));
                emit chartsUpdated();
            }
        });
        watcher->setFuture(future);
    }
}

void DashboardPage::reload()
{
    fillChoices();
    applyFilter();
}

void DashboardPage::showMatching(DashboardChart chart, const QVariant &key, const QVariant &kind)
{
    bool truncated = false;
    QList<ActivityAggregates::Row> rows;
    try {
        rows = ActivityAggregates(m_db).matching(chart, filter(), grouping(), key, kind, 500, &truncated);
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Dashboard"), e.message());
        return;
    }
    auto *dialog = new MatchingActivitiesDialog(dashboardChartTitle(chart), rows, truncated, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MatchingActivitiesDialog::activityActivated, this, &DashboardPage::activityActivated);
    dialog->show();
}

void DashboardPage::exportChart()
{
    QStringList titles;
    for (DashboardChart chart : allDashboardCharts())
        titles.append(dashboardChartTitle(chart));
    countNow();
    bool ok = false;
    const QString title = QInputDialog::getItem(this, tr("Export chart"), tr("Chart:"), titles, 0, false, &ok);
    if (!ok)
        return;
    m_panels.value(allDashboardCharts().at(titles.indexOf(title)))->exportChart();
}

void DashboardPage::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dashboard"), QStringLiteral("dashboard.pdf"),
                                                      tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    countNow();
    QList<ChartData> charts;
    for (DashboardChart chart : allDashboardCharts())
        charts.append(m_panels.value(chart)->data());
    QString error;
    if (!ChartExporter::writeDashboardPdf(charts, tr("Liaison dashboard"), filterDescription(), QDate::currentDate(),
                                          path, &error))
        QMessageBox::warning(this, tr("Export dashboard"), error);
}

} // namespace liaison
