#include "demo/DemoStory.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "demo/DataGenerator.h"
#include "support/FileDialogAnswer.h"
#include "support/TestDatabase.h"
#include "timeline/TimelinePage.h"
#include "timeline/TimelineWidget.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QTest>
#include <QToolButton>

using namespace liaison;
using liaison::test::TestDatabase;

// The timeline page's controls reach the widget, and printing goes through
// the same report as the PDF export (to a PDF printer here, read back), which
// runs on a worker thread.
class TestTimelinePage : public QObject
{
    Q_OBJECT

    // The PDF's text as poppler's pdftotext reads it.
    static QString pdfText(const QString &path)
    {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        text.waitForFinished();
        return QString::fromUtf8(text.readAllStandardOutput());
    }


private slots:
    void controlsFilterTheTimeline();
    void printsAndExportsThePartnershipTimeline();
    void listFiltersFilterTheTimeline();
};

void TestTimelinePage::controlsFilterTheTimeline()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    Database db;
    db.open(testDb.location());
    Repository repo(db);
    DemoStory::write(repo);
    TimelinePage page(repo);
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TimelineWidget *timeline = page.findChild<TimelineWidget *>(QStringLiteral("timelineWidget"));
    QVERIFY(timeline);
    QTRY_VERIFY(!timeline->isLoading());
    timeline->fitToData();
    const int all = int(timeline->currentContent().marks.size());
    QCOMPARE(qint64(all), repo.activities().count());

    auto *search = page.findChild<QLineEdit *>(QStringLiteral("timelineSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("delegation"));
    QMetaObject::invokeMethod(search, "editingFinished");
    QTRY_VERIFY(!timeline->isLoading());
    const TimelineContent &content = timeline->currentContent();
    QVERIFY(!content.marks.isEmpty());
    QVERIFY(content.marks.size() < all);
    for (const TimelineMark &mark : content.marks)
        QVERIFY(mark.title.contains(QStringLiteral("delegation"), Qt::CaseInsensitive));

    auto *lanes = page.findChild<QComboBox *>(QStringLiteral("timelineLanes"));
    QVERIFY(lanes);
    lanes->setCurrentIndex(2);
    QCOMPARE(timeline->lanes(), TimelineLanes::Partnership);

    // The lists' filter comes in from outside; the page's words still apply.
    ActivityFilter base;
    base.partnershipIds = {repo.partnerships().findByName(QStringLiteral("GDS–GovTech digital government partnership"))->id};
    page.setBaseFilter(base);
    QTRY_VERIFY(!timeline->isLoading());
    timeline->fitToData();
    ActivityFilter expected = base;
    expected.text = QStringLiteral("delegation");
    QCOMPARE(qint64(timeline->currentContent().marks.size()), repo.activities().count(expected));
    QVERIFY(!timeline->currentContent().marks.isEmpty());

    auto *zoomIn = page.findChild<QToolButton *>(QStringLiteral("timelineZoomIn"));
    const double span = timeline->lastVisibleDay() - timeline->firstVisibleDay();
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QVERIFY(timeline->lastVisibleDay() - timeline->firstVisibleDay() < span);
}

void TestTimelinePage::printsAndExportsThePartnershipTimeline()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    Database db;
    db.open(testDb.location());
    Repository repo(db);
    DemoStory::write(repo);
    const auto partnership = repo.partnerships().findByName(QStringLiteral("GDS–GovTech digital government partnership"));
    QVERIFY(partnership);
    TimelinePage page(repo, partnership->id); // a partnership's own timeline
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = testDb.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    QVERIFY(page.printTo(&printer));
    const QString out = pdfText(path);
    QVERIFY(out.contains(QStringLiteral("GDS delegation to Singapore")));
    QVERIFY(out.contains(QStringLiteral("partnership GDS–GovTech digital government partnership")));
    QVERIFY(!out.contains(QStringLiteral("CSA delegation to CYBERUK"))); // another partnership's

    // File ▸ Export timeline as PDF… runs on a worker with its own connection:
    // the PDF holds the same activities; Cancel leaves the file as it was.
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy exported(&page, &TimelinePage::pdfExported);
    const QString exportedPath = testDb.filePath(QStringLiteral("exported.pdf"));
    liaison::test::answerNextFileDialog(exportedPath);
    page.exportPdfAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    QCOMPARE(exported.at(0).at(2).toBool(), false);
    const QString exportedText = pdfText(exportedPath);
    QVERIFY(exportedText.contains(QStringLiteral("GDS delegation to Singapore")));
    QVERIFY(!exportedText.contains(QStringLiteral("CSA delegation to CYBERUK"))); // another partnership's

    // Cancelled at once (a user's click on Cancel): the earlier file stays as it was.
    DataGenerator::Options options;
    options.activities = 20000;
    DataGenerator::generate(repo, options);
    QFile before(exportedPath);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray earlier = before.readAll();
    before.close();
    TimelinePage all(repo);
    all.resize(1000, 600);
    all.show();
    QSignalSpy allExported(&all, &TimelinePage::pdfExported);
    all.exportPdfTo(exportedPath);
    auto *progress = all.window()->findChild<QProgressDialog *>(QStringLiteral("jobProgress"));
    QVERIFY(progress);
    QVERIFY(progress->findChild<QPushButton *>());
    progress->findChild<QPushButton *>()->click();
    QTRY_COMPARE_WITH_TIMEOUT(allExported.size(), 1, 20000);
    QCOMPARE(allExported.at(0).at(2).toBool(), true);
    QFile after(exportedPath);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), earlier);
}

// The organisation, person, partnership, area and country filters are the
// lists' own filter bar, and they reach the timeline.
void TestTimelinePage::listFiltersFilterTheTimeline()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    Database db;
    db.open(testDb.location());
    Repository repo(db);
    DemoStory::write(repo);
    TimelinePage page(repo);
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TimelineWidget *timeline = page.findChild<TimelineWidget *>(QStringLiteral("timelineWidget"));
    QVERIFY(timeline);
    const qint64 all = repo.activities().count();
    auto shown = [&](const QString &field, const QString &text) {
        auto *edit = page.findChild<QLineEdit *>(field);
        if (!edit)
            qFatal("no %s", qPrintable(field));
        edit->setText(text);
        QMetaObject::invokeMethod(edit, "editingFinished");
        if (!QTest::qWaitFor([&] { return !timeline->isLoading(); }, 10000))
            qWarning("still loading");
        timeline->fitToData();
        return qint64(timeline->currentContent().marks.size());
    };
    ActivityFilter expected;
    expected.countries = {QStringLiteral("United Kingdom")};
    const qint64 uk = shown(QStringLiteral("timelineCountryFilter"), QStringLiteral("United Kingdom"));
    QCOMPARE(uk, repo.activities().count(expected));
    QVERIFY(uk > 0 && uk < all);

    expected.organisationIds = {repo.organisations().findByName(QStringLiteral("GDS"))->id};
    const qint64 gds = shown(QStringLiteral("timelineOrganisationFilter"), QStringLiteral("GDS"));
    QCOMPARE(gds, repo.activities().count(expected));
    QVERIFY(gds > 0 && gds <= uk);

    expected = {};
    expected.areas = {QStringLiteral("digital identity")};
    shown(QStringLiteral("timelineOrganisationFilter"), QString());
    shown(QStringLiteral("timelineCountryFilter"), QString());
    const qint64 area = shown(QStringLiteral("timelineAreaFilter"), QStringLiteral("digital identity"));
    QCOMPARE(area, repo.activities().count(expected));
    QVERIFY(area > 0 && area < all);

    // A person nobody is called filters to nothing, not to everything.
    QCOMPARE(shown(QStringLiteral("timelinePersonFilter"), QStringLiteral("Nobody Known")), 0);
    QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("timelinePartnershipFilter")));
}

QTEST_MAIN(TestTimelinePage)
#include "TestTimelinePage.moc"
