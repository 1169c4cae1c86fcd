#include "demo/DemoStory.h"
#include "domain/Activity.h"
#include "storage/ActivityRepository.h"
#include "timeline/TimelineLayout.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"
#include "timeline/TimelineWidget.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace liaison;
using liaison::test::TestDatabase;

// The timeline widget on the demo story, driven like a user would under the
// offscreen platform: zoom, pan, click, and what a month-precision activity
// looks like.
class TestTimelineWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void zoomAndPanChangeTheVisibleRange();
    void clickSelectsTheActivityUnderTheCursor();
    void monthPrecisionActivityCoversItsMonth();
    void partnershipTimelineShowsOnlyItsActivities();
    void lanesByOrganisationAndPartnership();
    void crowdedDaysShowBadgesNotPiles();

private:
    int markIndex(TimelineWidget &widget, const QString &title);
    void screenshot(QWidget &widget, const QString &name);

    TestDatabase *m_testDb = nullptr;
    Database *m_db = nullptr;
    Repository *m_repo = nullptr;
};

void TestTimelineWidget::initTestCase()
{
    m_testDb = new TestDatabase;
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    m_db = new Database;
    m_db->open(m_testDb->location());
    m_repo = new Repository(*m_db);
    DemoStory::write(*m_repo);
}

void TestTimelineWidget::cleanupTestCase()
{
    delete m_repo;
    delete m_db;
    delete m_testDb;
}

int TestTimelineWidget::markIndex(TimelineWidget &widget, const QString &title)
{
    const TimelineContent &content = widget.currentContent();
    for (int i = 0; i < content.marks.size(); ++i) {
        if (content.marks.at(i).title == title)
            return i;
    }
    return -1;
}

void TestTimelineWidget::screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name));
}

void TestTimelineWidget::zoomAndPanChangeTheVisibleRange()
{
    TimelineWidget widget(*m_db);
    widget.resize(1200, 520);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_VERIFY(!widget.isLoading());
    widget.fitToData();
    const double first = widget.firstVisibleDay(), last = widget.lastVisibleDay();
    // The demo runs from October 2012 to 2026: fitting shows all of it.
    QVERIFY(first <= QDate(2012, 10, 1).toJulianDay());
    QVERIFY(last >= QDate(2026, 1, 1).toJulianDay());
    screenshot(widget, QStringLiteral("timeline-fit.png"));

    QSignalSpy rangeSpy(&widget, &TimelineWidget::visibleRangeChanged);
    QTest::keyClick(&widget, Qt::Key_Plus);
    const double zoomedSpan = widget.lastVisibleDay() - widget.firstVisibleDay();
    QVERIFY(zoomedSpan < (last - first) * 0.8);
    QCOMPARE(rangeSpy.count(), 1);

    widget.zoomOut();
    QVERIFY(widget.lastVisibleDay() - widget.firstVisibleDay() > zoomedSpan * 1.2);

    // Panning keeps the span and moves the window.
    const double before = widget.firstVisibleDay(), span = widget.lastVisibleDay() - widget.firstVisibleDay();
    QTest::keyClick(&widget, Qt::Key_Right);
    QVERIFY(widget.firstVisibleDay() > before);
    QVERIFY(qAbs((widget.lastVisibleDay() - widget.firstVisibleDay()) - span) < 1e-6);
    const double afterKey = widget.firstVisibleDay();
    const QPoint start = widget.currentLayout().plotRect().center().toPoint();
    QTest::mousePress(&widget, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(&widget, start + QPoint(200, 0));
    QTest::mouseRelease(&widget, Qt::LeftButton, Qt::NoModifier, start + QPoint(200, 0));
    QVERIFY(widget.firstVisibleDay() < afterKey); // dragging right shows earlier days

    // The wheel zooms around the cursor: the day under it stays put.
    const QPointF at = widget.currentLayout().plotRect().center() + QPointF(150, 0);
    const double dayUnder = widget.currentLayout().dayForX(at.x());
    const double wheelSpan = widget.lastVisibleDay() - widget.firstVisibleDay();
    QWheelEvent wheel(at, widget.mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &wheel);
    QVERIFY(widget.lastVisibleDay() - widget.firstVisibleDay() < wheelSpan * 0.8);
    QVERIFY(qAbs(widget.currentLayout().dayForX(at.x()) - dayUnder) < 0.5);

    // Zooming to days changes the axis unit.
    widget.setVisibleRange(QDate(2013, 2, 1).toJulianDay(), QDate(2013, 2, 21).toJulianDay());
    QCOMPARE(widget.currentLayout().axis().minorUnit(), TimelineAxis::Unit::Day);
    widget.setVisibleRange(QDate(2000, 1, 1).toJulianDay(), QDate(2030, 1, 1).toJulianDay());
    QVERIFY(widget.currentLayout().axis().minorUnit() >= TimelineAxis::Unit::Year);
}

void TestTimelineWidget::clickSelectsTheActivityUnderTheCursor()
{
    TimelineWidget widget(*m_db);
    widget.resize(1200, 520);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_VERIFY(!widget.isLoading());
    widget.setVisibleRange(QDate(2012, 9, 1).toJulianDay(), QDate(2014, 1, 1).toJulianDay());
    const int index = markIndex(widget, QStringLiteral("GDS delegation to Singapore"));
    QVERIFY(index >= 0);
    const TimelineLayout::PlacedMark *placed = widget.currentLayout().placedMark(index);
    QVERIFY(placed);
    QSignalSpy spy(&widget, &TimelineWidget::activitySelected);
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, placed->shapeRect.center().toPoint());
    const qint64 id = widget.currentContent().marks.at(index).id;
    QCOMPARE(widget.selectedActivity(), id);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), id);
    const auto stored = m_repo->activities().find(id);
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("GDS delegation to Singapore"));
    screenshot(widget, QStringLiteral("timeline-selected.png"));

    // Hovering tells what it is.
    QHelpEvent help(QEvent::ToolTip, placed->shapeRect.center().toPoint(),
                    widget.mapToGlobal(placed->shapeRect.center().toPoint()));
    QApplication::sendEvent(&widget, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("GDS delegation to Singapore")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Feb 2013")));

    // A click on empty plot clears the selection.
    const QRectF plot = widget.currentLayout().plotRect();
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, QPoint(int(plot.right()) - 3, int(plot.bottom()) - 3));
    QCOMPARE(widget.selectedActivity(), qint64(0));
}

void TestTimelineWidget::monthPrecisionActivityCoversItsMonth()
{
    TimelineWidget widget(*m_db);
    widget.resize(1200, 520);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_VERIFY(!widget.isLoading());
    widget.setVisibleRange(QDate(2012, 8, 1).toJulianDay(), QDate(2013, 3, 1).toJulianDay());
    // "Scoping call with GovTech international team" is known only as October 2012.
    const int index = markIndex(widget, QStringLiteral("Scoping call with GovTech international team"));
    QVERIFY(index >= 0);
    const TimelineLayout &layout = widget.currentLayout();
    const TimelineLayout::PlacedMark *placed = layout.placedMark(index);
    QVERIFY(placed);
    QCOMPARE(placed->shape, TimelineLayout::Shape::Span);
    const double monthStart = layout.xForDay(QDate(2012, 10, 1).toJulianDay());
    const double monthEnd = layout.xForDay(QDate(2012, 11, 1).toJulianDay());
    QVERIFY(monthEnd - monthStart > 100); // the month is wide enough to tell
    QVERIFY(qAbs(placed->shapeRect.left() - monthStart) < 1.0);
    QVERIFY(qAbs(placed->shapeRect.right() - monthEnd) < 1.0);

    // And the pixels say so: the kind's colour near both ends of the month
    // and in its middle, plain background just outside it.
    const QImage image = widget.grab().toImage();
    const int y = int(placed->shapeRect.center().y());
    auto isPainted = [&](double x) {
        const QColor c = image.pixelColor(int(x), y);
        return c.red() < 235 || c.green() < 235 || c.blue() < 235;
    };
    QVERIFY(isPainted(monthStart + 4));
    QVERIFY(isPainted((monthStart + monthEnd) / 2));
    QVERIFY(isPainted(monthEnd - 4));
    QVERIFY(!isPainted(monthStart - 12));
    screenshot(widget, QStringLiteral("timeline-month.png"));
}

void TestTimelineWidget::partnershipTimelineShowsOnlyItsActivities()
{
    const auto partnership = m_repo->partnerships().findByName(QStringLiteral("GDS–GovTech digital government partnership"));
    QVERIFY(partnership);
    TimelineWidget widget(*m_db);
    widget.setFixedPartnership(partnership->id);
    widget.resize(1000, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_VERIFY(!widget.isLoading());
    widget.fitToData();
    const QList<Activity> expected = m_repo->activities().ofPartnership(partnership->id);
    QCOMPARE(widget.currentContent().marks.size(), expected.size());
    // The fixed partnership survives a filter change.
    ActivityFilter meetings;
    meetings.kinds = {ActivityKind::Meeting};
    widget.setFilter(meetings);
    QTRY_VERIFY(!widget.isLoading());
    for (const TimelineMark &mark : widget.currentContent().marks)
        QCOMPARE(mark.kind, ActivityKind::Meeting);
    QVERIFY(widget.currentContent().marks.size() < expected.size());
    QCOMPARE(widget.filter().partnershipIds, QList<qint64>{partnership->id});
}

void TestTimelineWidget::lanesByOrganisationAndPartnership()
{
    TimelineWidget widget(*m_db);
    widget.resize(1200, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_VERIFY(!widget.isLoading());
    widget.setLanes(TimelineLanes::Partnership);
    QTRY_VERIFY(!widget.isLoading());
    widget.fitToData();
    const TimelineContent &content = widget.currentContent();
    QCOMPARE(content.lanes.size(), int(m_repo->partnerships().count()));
    bool hasStages = false;
    for (const TimelineLane &lane : content.lanes)
        hasStages = hasStages || !lane.stages.isEmpty();
    QVERIFY(hasStages);
    screenshot(widget, QStringLiteral("timeline-partnerships.png"));
    widget.setLanes(TimelineLanes::Organisation);
    QVERIFY(widget.isLoading()); // on a worker thread
    QTRY_VERIFY(!widget.isLoading());
    QVERIFY(widget.currentContent().lanes.size() > 3);
    for (const TimelineMark &mark : widget.currentContent().marks)
        QVERIFY(mark.lane >= 0 && mark.lane < widget.currentContent().lanes.size());
}

// Hundreds of activities on a few days, seen at day zoom: what was a pile
// of overlapping circles is marks that stand clear and count badges; a
// badge's tooltip says what it holds and a click zooms in on it.
void TestTimelineWidget::crowdedDaysShowBadgesNotPiles()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    Database db;
    db.open(testDb.location());
    Repository repo(db);
    db.begin();
    for (int i = 0; i < 300; ++i) {
        Activity a;
        a.kind = i % 3 == 0 ? ActivityKind::Introduction : ActivityKind::Meeting;
        a.title = QStringLiteral("Reception %1").arg(i);
        a.when = DateSpan(PartialDate::day(2031, 3, 3 + i % 3));
        repo.activities().save(a);
    }
    db.commit();
    TimelineWidget widget(db);
    widget.resize(1200, 520);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_VERIFY(!widget.isLoading());
    widget.setVisibleRange(QDate(2031, 3, 1).toJulianDay(), QDate(2031, 3, 9).toJulianDay());
    const TimelineLayout &layout = widget.currentLayout();
    QVERIFY(!widget.currentContent().dense);
    QCOMPARE(widget.currentContent().marks.size(), 300);
    QVERIFY(!layout.badges().isEmpty());
    qsizetype counted = layout.marks().size();
    for (const TimelineLayout::Badge &badge : layout.badges())
        counted += badge.marks.size();
    QCOMPARE(counted, 300);
    for (int i = 0; i < layout.marks().size(); ++i)
        for (int j = i + 1; j < layout.marks().size(); ++j)
            QVERIFY(!layout.marks().at(i).shapeRect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(
                layout.marks().at(j).shapeRect.adjusted(0.5, 0.5, -0.5, -0.5)));
    screenshot(widget, QStringLiteral("timeline-crowded-days.png"));

    const TimelineLayout::Badge badge = layout.badges().first();
    QHelpEvent help(QEvent::ToolTip, badge.rect.center().toPoint(), widget.mapToGlobal(badge.rect.center().toPoint()));
    QApplication::sendEvent(&widget, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("activities")), qPrintable(QToolTip::text()));
    const double span = widget.lastVisibleDay() - widget.firstVisibleDay();
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, badge.rect.center().toPoint());
    QVERIFY(widget.lastVisibleDay() - widget.firstVisibleDay() < span / 2);
    QVERIFY(widget.firstVisibleDay() <= badge.firstDay && widget.lastVisibleDay() >= badge.lastDay + 1);
}

QTEST_MAIN(TestTimelineWidget)
#include "TestTimelineWidget.moc"
