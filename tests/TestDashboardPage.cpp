// The dashboard page with real widgets (offscreen): its charts follow the
// grouping and the filters, show an empty state, list the activities behind a
// bar; exported PNG/SVG/PDF files and the one-page report are valid and not
// blank; `liaison export-chart` works headless; the briefing pack carries the
// dashboard's activity chart.
#include "dashboard/ChartBuilder.h"
#include "dashboard/ChartExporter.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/MatchingActivitiesDialog.h"
#include "demo/DataGenerator.h"
#include "demo/DemoStory.h"
#include "domain/KindPalette.h"
#include "storage/ActivityAggregates.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"
#include "support/TestPrinters.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QPieSlice>
#include <QRegularExpression>
#include "query/IntroductionOutcome.h"
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QDateEdit>
#include <QGraphicsSimpleTextItem>
#include <QMenu>
#include <QPieSeries>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QPainter>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace liaison;
using liaison::test::TestDatabase;

namespace {
struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Result result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// More than a handful of colours: something was drawn, not a blank page.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            colours.insert(img.pixel(x, y));
    return int(colours.size());
}

QAbstractBarSeries *barSeries(QChart *chart)
{
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars;
    return nullptr;
}

double seriesTotal(QChart *chart)
{
    double total = 0;
    if (QAbstractBarSeries *bars = barSeries(chart))
        for (QBarSet *set : bars->barSets())
            total += set->sum();
    for (QAbstractSeries *s : chart->series())
        if (auto *pie = qobject_cast<QPieSeries *>(s))
            total += pie->sum();
    return total;
}

bool hasEmptyState(QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems())
        if (item->data(0).toString() == QLatin1String("emptyState") && item->isVisible())
            return true;
    return false;
}
} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void chartsMatchTheAggregates();
    void groupingAndFiltersChangeTheSeries();
    void emptyFiltersShowAnEmptyState();
    void clickingABarListsItsActivities();
    void exportedFilesAreValidAndNotBlank();
    void dashboardReportIsOnePage();
    void exportChartCommand();
    void briefingPackHasTheDashboardChart();
    void demoDashboardHasEveryChart();
    void hiddenPageCountsWhenShown();
    void everyPeriodIsLabelled();
    void outcomeSharesAddUpTo100();
    void dashboardPdfTextIsAtLeast8Points();

private:
    bool waitForCharts(DashboardPage &page);

    TestDatabase *m_testDb = nullptr;
    Database *m_db = nullptr;
    Repository *m_repo = nullptr;
    DashboardPage *m_page = nullptr;
    QString m_demo;
};

void TestDashboardPage::initTestCase()
{
    m_testDb = new TestDatabase;
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    m_db = new Database;
    m_db->open(m_testDb->location());
    m_repo = new Repository(*m_db);
    DataGenerator::Options options;
    options.activities = 1500;
    options.organisations = 100;
    options.people = 200;
    options.partnerships = 20;
    DataGenerator::generate(*m_repo, options);
    ChartExporter::installBriefingChart();
    m_page = new DashboardPage(*m_db);
    m_page->resize(1400, 1000);
    m_page->show();
    QVERIFY(waitForCharts(*m_page));
    // A small demo database for the command line.
    m_demo = m_testDb->filePath(QStringLiteral("demo.liaison"));
    const Result demo = run(QStringLiteral(LIAISON_BINARY), {QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestDashboardPage::cleanupTestCase()
{
    delete m_page;
    delete m_repo;
    delete m_db;
    delete m_testDb;
}

bool TestDashboardPage::waitForCharts(DashboardPage &page)
{
    return QTest::qWaitFor([&] { return !page.isBusy(); }, 60000);
}

void TestDashboardPage::chartsMatchTheAggregates()
{
    ActivityAggregates aggregates(*m_db);
    const qint64 all = m_repo->activities().count();
    QCOMPARE(seriesTotal(m_page->panel(DashboardChart::ActivityPerPeriod)->chart()), double(all));
    double intros = 0;
    for (const auto &bar : aggregates.introductionOutcomes({}))
        intros += bar.value;
    QVERIFY(intros > 0);
    QCOMPARE(seriesTotal(m_page->panel(DashboardChart::IntroductionOutcomes)->chart()), intros);
    double top = 0;
    for (const auto &bar : aggregates.topOrganisations({}, ActivityAggregates::kTopBars))
        top += bar.value;
    QCOMPARE(seriesTotal(m_page->panel(DashboardChart::TopOrganisations)->chart()), top);
    // Kinds keep the timeline's colours.
    for (QBarSet *set : barSeries(m_page->panel(DashboardChart::ActivityPerPeriod)->chart())->barSets()) {
        bool found = false;
        for (ActivityKind kind : allActivityKinds()) {
            QString name = activityKindName(kind);
            name[0] = name.at(0).toUpper();
            if (set->label() == name + QLatin1Char('s')) {
                QCOMPARE(set->color(), KindPalette::color(kind));
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(set->label()));
    }
}

void TestDashboardPage::groupingAndFiltersChangeTheSeries()
{
    auto *grouping = m_page->findChild<QComboBox *>(QStringLiteral("groupingCombo"));
    QVERIFY(grouping);
    ActivityAggregates aggregates(*m_db);
    for (int i = 0; i < grouping->count(); ++i) {
        grouping->setCurrentIndex(i);
        QVERIFY(waitForCharts(*m_page));
        const PeriodGrouping g = m_page->grouping();
        const auto expected = aggregates.activityPerPeriod({}, g);
        int periods = 0;
        for (int p = expected.firstKey(); p <= expected.lastKey(); p = g.next(p))
            ++periods;
        QAbstractBarSeries *series = barSeries(m_page->panel(DashboardChart::ActivityPerPeriod)->chart());
        QVERIFY(series);
        QCOMPARE(series->barSets().first()->count(), periods);
        // The stack at each period holds that period's count.
        int index = 0;
        for (int p = expected.firstKey(); p <= expected.lastKey(); p = g.next(p), ++index) {
            qint64 total = 0;
            for (qint64 n : expected.value(p))
                total += n;
            double shown = 0;
            for (QBarSet *set : series->barSets())
                shown += set->at(index);
            QCOMPARE(shown, double(total));
        }
        // Labels never crowd: at most a dozen or so along the time axis.
        auto *axis = qobject_cast<QCategoryAxis *>(series->attachedAxes().first());
        if (!axis)
            axis = qobject_cast<QCategoryAxis *>(series->attachedAxes().last());
        QVERIFY(axis);
        QVERIFY2(axis->count() <= 12, qPrintable(QString::number(axis->count())));
    }
    grouping->setCurrentIndex(2); // per year

    // A kind unticked: its stack disappears and the total drops by its count.
    auto *kinds = m_page->findChild<QToolButton *>(QStringLiteral("kindFilter"));
    QAction *meetings = kinds->menu()->findChild<QAction *>(QStringLiteral("kind-meeting"));
    QVERIFY(meetings);
    meetings->setChecked(false);
    QVERIFY(waitForCharts(*m_page));
    QChart *chart = m_page->panel(DashboardChart::ActivityPerPeriod)->chart();
    for (QBarSet *set : barSeries(chart)->barSets())
        QVERIFY(set->label() != QLatin1String("Meetings"));
    ActivityFilter noMeetings;
    for (ActivityKind kind : allActivityKinds())
        if (kind != ActivityKind::Meeting)
            noMeetings.kinds.append(kind);
    QCOMPARE(seriesTotal(chart), double(m_repo->activities().count(noMeetings)));
    meetings->setChecked(true);

    // A partnership chosen: the charts count its activities only.
    auto *partnership = m_page->findChild<QComboBox *>(QStringLiteral("partnershipFilter"));
    QVERIFY(partnership->count() > 2);
    partnership->setCurrentIndex(2);
    QVERIFY(waitForCharts(*m_page));
    ActivityFilter one;
    one.partnershipIds = {partnership->currentData().toLongLong()};
    QVERIFY(m_repo->activities().count(one) > 0);
    QCOMPARE(m_page->filter().partnershipIds, one.partnershipIds);
    QCOMPARE(seriesTotal(m_page->panel(DashboardChart::ActivityPerPeriod)->chart()),
             double(m_repo->activities().count(one)));
    QCOMPARE(seriesTotal(m_page->panel(DashboardChart::PartnershipsByStage)->chart()), 1.0);
    partnership->setCurrentIndex(0);
    QVERIFY(waitForCharts(*m_page));
    QCOMPARE(seriesTotal(m_page->panel(DashboardChart::ActivityPerPeriod)->chart()),
             double(m_repo->activities().count()));
}

void TestDashboardPage::emptyFiltersShowAnEmptyState()
{
    auto *range = m_page->findChild<QCheckBox *>(QStringLiteral("dateRangeCheck"));
    auto *from = m_page->findChild<QDateEdit *>(QStringLiteral("fromDate"));
    auto *to = m_page->findChild<QDateEdit *>(QStringLiteral("toDate"));
    from->setDate(QDate(1990, 1, 1));
    to->setDate(QDate(1990, 12, 31));
    range->setChecked(true);
    QVERIFY(waitForCharts(*m_page));
    for (DashboardChart chart : allDashboardCharts()) {
        QChart *c = m_page->panel(chart)->chart();
        QVERIFY2(c->series().isEmpty(), qPrintable(dashboardChartName(chart)));
        QVERIFY2(c->axes().isEmpty(), qPrintable(dashboardChartName(chart))); // no broken axis
        QVERIFY2(hasEmptyState(c), qPrintable(dashboardChartName(chart)));
    }
    // An empty chart still exports, with its message.
    const QString png = m_testDb->filePath(QStringLiteral("empty.png"));
    QString error;
    QVERIFY2(ChartExporter::save(m_page->panel(DashboardChart::TopPeople)->data(), png, &error), qPrintable(error));
    QVERIFY(colourCount(QImage(png)) > 2);
    range->setChecked(false);
    QVERIFY(waitForCharts(*m_page));
    QVERIFY(!hasEmptyState(m_page->panel(DashboardChart::ActivityPerPeriod)->chart()));
}

void TestDashboardPage::clickingABarListsItsActivities()
{
    ChartPanel *panel = m_page->panel(DashboardChart::TopOrganisations);
    QVERIFY(!panel->data().bars.isEmpty());
    const ChartData::Bar first = panel->data().bars.first();
    // What a click on the top bar emits (bars are drawn largest at the top).
    QAbstractBarSeries *series = barSeries(panel->chart());
    QSignalSpy selected(panel, &ChartPanel::selected);
    emit series->clicked(int(panel->data().bars.size()) - 1, series->barSets().first());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().at(0), first.key);
    auto *dialog = m_page->findChild<MatchingActivitiesDialog *>();
    QVERIFY(dialog);
    QCOMPARE(double(dialog->model()->rowCount()), first.value);
    QSignalSpy opened(dialog, &MatchingActivitiesDialog::activityActivated);
    emit dialog->view()->activated(dialog->model()->index(0, 2));
    QCOMPARE(opened.count(), 1);
    QVERIFY(opened.first().at(0).toLongLong() > 0);
    delete dialog;
}

void TestDashboardPage::exportedFilesAreValidAndNotBlank()
{
    const ChartData data = m_page->panel(DashboardChart::ActivityPerPeriod)->data();
    QVERIFY(!data.isEmpty());
    QString error;
    const QString png = m_testDb->filePath(QStringLiteral("activity.png"));
    QVERIFY2(ChartExporter::save(data, png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= ChartExporter::kDefaultSize.width());
    QVERIFY2(colourCount(image) > 20, qPrintable(QString::number(colourCount(image))));

    const QString svg = m_testDb->filePath(QStringLiteral("activity.svg"));
    QVERIFY2(ChartExporter::save(data, svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QImage rendered(600, 400, QImage::Format_ARGB32);
    rendered.fill(Qt::white);
    QPainter painter(&rendered);
    renderer.render(&painter);
    painter.end();
    QVERIFY(colourCount(rendered) > 10);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("Meetings")); // text stays text

    const QString pdf = m_testDb->filePath(QStringLiteral("activity.pdf"));
    QVERIFY2(ChartExporter::save(data, pdf, &error), qPrintable(error));
    const Result text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Activity by kind per year")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("Meetings")));
    const QString prefix = m_testDb->filePath(QStringLiteral("activity-page"));
    QCOMPARE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), pdf, prefix}).exitCode, 0);
    const QStringList pages = QDir(m_testDb->filePath(QString())).entryList({QStringLiteral("activity-page*.png")});
    QCOMPARE(pages.size(), 1);
    QVERIFY(colourCount(QImage(m_testDb->filePath(pages.first()))) > 10);

    QVERIFY(!ChartExporter::save(data, m_testDb->filePath(QStringLiteral("activity.gif")), &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
}

void TestDashboardPage::dashboardReportIsOnePage()
{
    QList<ChartData> charts;
    for (DashboardChart chart : allDashboardCharts())
        charts.append(m_page->panel(chart)->data());
    const QString pdf = m_testDb->filePath(QStringLiteral("dashboard.pdf"));
    QString error;
    QVERIFY2(ChartExporter::writeDashboardPdf(charts, QStringLiteral("Liaison dashboard"), m_page->filterDescription(),
                                              QDate(2026, 3, 31), pdf, &error),
             qPrintable(error));
    const Result info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    const Result text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.out.contains(QStringLiteral("Liaison dashboard")));
    QVERIFY(text.out.contains(QStringLiteral("Filters:")));
    QVERIFY(text.out.contains(QStringLiteral("Printed 31 March 2026")));
    for (DashboardChart chart : allDashboardCharts())
        QVERIFY2(text.out.contains(dashboardChartTitle(chart)), qPrintable(dashboardChartTitle(chart)));
}

void TestDashboardPage::exportChartCommand()
{
    const Result list = run(QStringLiteral(LIAISON_BINARY), {QStringLiteral("export-chart"), QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 0);
    for (DashboardChart chart : allDashboardCharts())
        QVERIFY(list.out.contains(dashboardChartName(chart) + QLatin1Char('\t')));
    const QString svg = m_testDb->filePath(QStringLiteral("cli.svg"));
    const Result svgRun = run(QStringLiteral(LIAISON_BINARY),
                              {QStringLiteral("export-chart"), QStringLiteral("--db"), m_demo, QStringLiteral("--chart"),
                               QStringLiteral("activity"), QStringLiteral("--grouping"), QStringLiteral("year"),
                               QStringLiteral("--kind"), QStringLiteral("meeting,event"), QStringLiteral("--out"), svg});
    QVERIFY2(svgRun.exitCode == 0, qPrintable(svgRun.err));
    QVERIFY(QSvgRenderer(svg).isValid());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("Meetings"));
    QVERIFY(!content.contains("Introductions")); // filtered out
    const QString png = m_testDb->filePath(QStringLiteral("cli.png"));
    const Result pngRun = run(QStringLiteral(LIAISON_BINARY),
                              {QStringLiteral("export-chart"), QStringLiteral("--db"), m_demo, QStringLiteral("--chart"),
                               QStringLiteral("stages"), QStringLiteral("--out"), png});
    QVERIFY2(pngRun.exitCode == 0, qPrintable(pngRun.err));
    QVERIFY(colourCount(QImage(png)) > 10);
    const Result bad = run(QStringLiteral(LIAISON_BINARY),
                           {QStringLiteral("export-chart"), QStringLiteral("--db"), m_demo, QStringLiteral("--chart"),
                            QStringLiteral("pie"), QStringLiteral("--out"), png});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(QStringLiteral("--list")));
}

void TestDashboardPage::briefingPackHasTheDashboardChart()
{
    const QString pdf = m_testDb->filePath(QStringLiteral("briefing.pdf"));
    const Result result = run(QStringLiteral(LIAISON_BINARY),
                              {QStringLiteral("export-pdf"), QStringLiteral("--db"), m_demo, QStringLiteral("--briefing"),
                               QStringLiteral("--partnership"), QStringLiteral("GDS–GovTech digital government partnership"),
                               QStringLiteral("--out"), pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const Result text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    // The dashboard chart's own title and legend, inside the pack.
    QVERIFY2(text.out.contains(QStringLiteral("Activity by kind per quarter")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("Introductions")));
}

// The labels Qt Charts cut to almost nothing in the page's charts (axis names,
// legend entries): it ends what it cannot fit with "..." (Liaison's own
// shortening uses "…"). A long name cut at the panel's edge still reads.
static QStringList cutLabels(DashboardPage &page)
{
    QStringList cut;
    for (DashboardChart chart : allDashboardCharts()) {
        const QList<QGraphicsItem *> items = page.panel(chart)->chart()->scene()->items();
        for (QGraphicsItem *item : items) {
            QString text;
            if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                text = rich->toPlainText();
            else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                text = simple->text();
            if (text.endsWith(QLatin1String("...")) && text.size() < 8)
                cut.append(dashboardChartName(chart) + QStringLiteral(": ") + text);
        }
    }
    return cut;
}

// The demo story fills every chart. With LIAISON_SCREENSHOT_DIR set, the page
// is saved there as dashboard-<grouping>.png for a person to look at.
void TestDashboardPage::demoDashboardHasEveryChart()
{
    Database demo;
    demo.open(DatabaseLocation::sqliteFile(m_demo));
    DashboardPage page(demo);
    page.resize(1500, 1050);
    page.show();
    QVERIFY(waitForCharts(page));
    for (DashboardChart chart : allDashboardCharts())
        QVERIFY2(!page.panel(chart)->data().isEmpty(), qPrintable(dashboardChartName(chart)));
    const QString dir = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
    auto *grouping = page.findChild<QComboBox *>(QStringLiteral("groupingCombo"));
    for (int i = 0; i < grouping->count(); ++i) {
        grouping->setCurrentIndex(i);
        QVERIFY(waitForCharts(page));
        const QImage shot = page.grab().toImage();
        QVERIFY(colourCount(shot) > 20);
        if (!dir.isEmpty())
            shot.save(QDir(dir).filePath(QStringLiteral("dashboard-%1.png").arg(page.grouping().name())));
    }
    // In a 1280 x 800 window the page is about 1040 x 760: every name and
    // legend entry still reads (ten organisations were each "..." there).
    page.resize(1040, 760);
    QTRY_VERIFY2(cutLabels(page).isEmpty(), qPrintable(cutLabels(page).join(QStringLiteral(" | "))));
    if (!dir.isEmpty())
        page.grab().save(QDir(dir).filePath(QStringLiteral("dashboard-narrow.png")));
    if (!dir.isEmpty()) {
        QList<ChartData> charts;
        for (DashboardChart chart : allDashboardCharts())
            charts.append(page.panel(chart)->data());
        QString error;
        QVERIFY(ChartExporter::writeDashboardPdf(charts, QStringLiteral("Liaison dashboard"), page.filterDescription(),
                                                 QDate::currentDate(), QDir(dir).filePath(QStringLiteral("dashboard.pdf")),
                                                 &error));
    }
}

void TestDashboardPage::hiddenPageCountsWhenShown()
{
    DashboardPage page(*m_db);
    QVERIFY(!page.isBusy());
    QVERIFY(page.panel(DashboardChart::ActivityPerPeriod)->data().isEmpty()); // nothing counted while hidden
    page.show();
    QVERIFY(page.isBusy() || !page.panel(DashboardChart::ActivityPerPeriod)->data().isEmpty());
    QVERIFY(waitForCharts(page));
    QCOMPARE(seriesTotal(page.panel(DashboardChart::ActivityPerPeriod)->chart()), double(m_repo->activities().count()));
}

namespace {
// The category labels Qt Charts drew (visible text items) of a chart laid out in a view.
QStringList drawnTexts(QChart *chart)
{
    QStringList drawn;
    for (QGraphicsItem *item : chart->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            drawn.append(text->toPlainText());
    return drawn;
}

QCategoryAxis *timeAxisOf(QChart *chart)
{
    for (QAbstractAxis *a : chart->axes(Qt::Horizontal))
        if (auto *axis = qobject_cast<QCategoryAxis *>(a))
            return axis;
    return nullptr;
}
} // namespace

// The activity chart names every period on its axis, the first too: a
// partnership's quarters from October 2012 in the briefing pack's chart had
// no label under 2012-2013 (a first year of one quarter made a category too
// narrow, and Qt Charts drops a label overhanging the axis's start). And on
// the page, for each grouping over the last five years.
void TestDashboardPage::everyPeriodIsLabelled()
{
    ChartData data;
    data.chart = DashboardChart::ActivityPerPeriod;
    data.grouping = PeriodGrouping::Quarter;
    for (int period = 20124; period <= 20264; period = data.grouping.next(period))
        if (period % 3 == 0 || period == 20124 || period == 20264)
            data.periods[period][ActivityKind::Meeting] = 1 + period % 2;
    // The briefing pack's chart as ChartExporter lays it out (420 high), in
    // the widths an A4 page and a narrower report give it.
    for (const int width : {560, 640, 756, 900}) {
        QChartView view(ChartBuilder::build(data));
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.show();
        view.resize(width, 420);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCategoryAxis *axis = timeAxisOf(view.chart());
        QVERIFY(axis);
        const QStringList labels = axis->categoriesLabels();
        QVERIFY(labels.first().startsWith(QStringLiteral("2012")));
        const QStringList drawn = drawnTexts(view.chart());
        for (const QString &label : labels)
            QVERIFY2(drawn.contains(label), qPrintable(QStringLiteral("%1 px: ").arg(width) + label
                                                       + QStringLiteral(" not drawn; drawn: ") + drawn.join(QLatin1Char(','))));
        // Every period is under one label: the categories end at the last period.
        QCOMPARE(axis->endValue(labels.last()), axis->max());
    }

    // A page of its own: the other tests leave theirs filtered.
    DashboardPage page(*m_db);
    page.resize(1400, 1000);
    page.show();
    QVERIFY(waitForCharts(page));
    auto *range = page.findChild<QCheckBox *>(QStringLiteral("dateRangeCheck"));
    auto *grouping = page.findChild<QComboBox *>(QStringLiteral("groupingCombo"));
    QVERIFY(range && grouping);
    range->setChecked(true);
    for (int i = 0; i < grouping->count(); ++i) {
        grouping->setCurrentIndex(i);
        QVERIFY(waitForCharts(page));
        QChart *chart = page.panel(DashboardChart::ActivityPerPeriod)->chart();
        QCategoryAxis *axis = timeAxisOf(chart);
        QVERIFY(axis);
        QApplication::processEvents();
        const QStringList drawn = drawnTexts(chart);
        const QStringList labels = axis->categoriesLabels();
        QVERIFY(!labels.isEmpty());
        for (const QString &label : labels)
            QVERIFY2(drawn.contains(label), qPrintable(grouping->currentText() + QStringLiteral(": ") + label
                                                       + QStringLiteral(" not drawn; drawn: ") + drawn.join(QLatin1Char(','))));
    }
}

// One introduction to an agreement, one to an event, six to nothing yet:
// 12.5 %, 12.5 % and 75 %, which rounded each on its own showed 13 + 13 + 75
// = 101 %. Largest-remainder rounding shows shares that add up to 100.
void TestDashboardPage::outcomeSharesAddUpTo100()
{
    const QList<QList<double>> cases = {{1, 1, 6}, {1, 1, 1}, {2, 1, 1, 3}, {997, 2, 1}, {5, 5, 5, 5, 5, 5, 1}};
    for (const QList<double> &values : cases) {
        ChartData data;
        data.chart = DashboardChart::IntroductionOutcomes;
        const QList<IntroductionOutcome> outcomes = {IntroductionOutcome::Agreement, IntroductionOutcome::Event,
                                                     IntroductionOutcome::Meeting, IntroductionOutcome::NothingYet};
        for (int i = 0; i < values.size(); ++i)
            data.bars.append({int(outcomes.at(i % outcomes.size())), QString(), values.at(i), QString()});
        std::unique_ptr<QChart> chart(ChartBuilder::build(data));
        QPieSeries *pie = nullptr;
        for (QAbstractSeries *series : chart->series())
            if ((pie = qobject_cast<QPieSeries *>(series)))
                break;
        QVERIFY(pie);
        double sum = 0;
        QStringList shown;
        for (QPieSlice *slice : pie->slices()) {
            // "Agreement 13%": the share is the last word.
            const QString share = slice->label().section(QLatin1Char(' '), -1).chopped(1);
            bool ok = false;
            const double percent = share.toDouble(&ok);
            QVERIFY2(ok, qPrintable(slice->label()));
            QVERIFY2(percent > 0, qPrintable(slice->label())); // nothing that happened shows as 0 %
            sum += percent;
            shown.append(slice->label());
        }
        QVERIFY2(qAbs(sum - 100) < 1e-9, qPrintable(shown.join(QStringLiteral(", "))));
    }
}

// The one-page dashboard report: no text on it is smaller than 8 pt (the
// axis numbers printed at about 6, Qt Charts' screen layout scaled onto A4).
void TestDashboardPage::dashboardPdfTextIsAtLeast8Points()
{
    DashboardPage page(*m_db);
    page.resize(1400, 1000);
    page.show();
    QVERIFY(waitForCharts(page));
    QList<ChartData> charts;
    for (DashboardChart chart : allDashboardCharts())
        charts.append(page.panel(chart)->data());
    // And a chart with nothing to show: its message too.
    ChartData empty;
    empty.chart = DashboardChart::TimeToAgreement;
    charts.replace(int(allDashboardCharts().indexOf(DashboardChart::TimeToAgreement)), empty);
    const QString pdf = m_testDb->filePath(QStringLiteral("sizes.pdf"));
    QString error;
    QVERIFY2(ChartExporter::writeDashboardPdf(charts, QStringLiteral("Liaison dashboard"), QString(), QDate::currentDate(),
                                              pdf, &error),
             qPrintable(error));
    // poppler's word boxes (in points): a word's box is about as tall as its font.
    const QString html = m_testDb->filePath(QStringLiteral("sizes.html"));
    QCOMPARE(run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, html}).exitCode, 0);
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString boxes = QString::fromUtf8(file.readAll());
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    int words = 0;
    double smallest = 1e9;
    QString smallestWord;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double height = m.captured(4).toDouble() - m.captured(2).toDouble();
        ++words;
        if (height < smallest) {
            smallest = height;
            smallestWord = m.captured(5);
        }
    }
    QVERIFY(words > 50);
    // 8 pt type gives boxes of about 8 points or more (ascent to descent).
    QVERIFY2(smallest >= 8.0, qPrintable(QStringLiteral("\"%1\" is %2 pt high").arg(smallestWord).arg(smallest)));
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
