#include "demo/DataGenerator.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"
#include "timeline/TimelineSource.h"

#include <QTest>

using namespace liaison;
using liaison::test::TestDatabase;

// What the timeline is given to draw agrees with the lists' own counts (the
// same ActivityFilterSql), whether as marks or as density.
class TestTimelineSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void marksInAWindowAreExactlyTheOverlappingActivities();
    void densityCountsAddUpToTheStarts();
    void wideWindowsAreDenseNarrowOnesAreMarks();
    void filtersApply();

private:
    TestDatabase *m_testDb = nullptr;
    Database *m_db = nullptr;
    Repository *m_repo = nullptr;
    qint64 m_first = 0, m_last = 0;
};

void TestTimelineSource::initTestCase()
{
    m_testDb = new TestDatabase;
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    m_db = new Database;
    m_db->open(m_testDb->location());
    m_repo = new Repository(*m_db);
    DataGenerator::Options options;
    options.activities = 3000;
    options.organisations = 100;
    options.people = 300;
    options.partnerships = 20;
    DataGenerator::generate(*m_repo, options);
    TimelineSource source(*m_db);
    QVERIFY(source.bounds(&m_first, &m_last));
    QVERIFY(m_last - m_first > 365);
}

void TestTimelineSource::cleanupTestCase()
{
    delete m_repo;
    delete m_db;
    delete m_testDb;
}

void TestTimelineSource::marksInAWindowAreExactlyTheOverlappingActivities()
{
    TimelineSource source(*m_db);
    const qint64 middle = (m_first + m_last) / 2;
    for (qint64 span : {30, 120}) {
        const qint64 first = middle - span / 2, last = first + span;
        const TimelineContent content = source.content(double(first), double(last), 1e9);
        QVERIFY(!content.dense);
        ActivityFilter window;
        window.from = QDate::fromJulianDay(first);
        window.to = QDate::fromJulianDay(last);
        QCOMPARE(qint64(content.marks.size()), m_repo->activities().count(window));
        for (const TimelineMark &mark : content.marks) {
            QVERIFY(mark.firstDay <= last && mark.lastDay >= first);
            QVERIFY(mark.lastDay >= mark.firstDay);
            QCOMPARE(content.lanes.at(mark.lane).key, qint64(mark.kind));
        }
    }
}

void TestTimelineSource::densityCountsAddUpToTheStarts()
{
    TimelineSource source(*m_db);
    const TimelineContent content = source.content(double(m_first), double(m_last), 10);
    QVERIFY(content.dense);
    QVERIFY(content.marks.isEmpty());
    qint64 total = 0;
    for (const TimelineDailyCounts &counts : content.dailyCounts)
        total += counts.countBetween(m_first, m_last);
    QCOMPARE(total, m_repo->activities().count());
    QCOMPARE(source.totalCount(), m_repo->activities().count());
    // Per kind lane, the counts are that kind's activities.
    const auto byKind = m_repo->activities().countByKind();
    for (int lane = 0; lane < content.lanes.size(); ++lane)
        QCOMPARE(content.dailyCounts.at(lane).total(), byKind.value(ActivityKind(content.lanes.at(lane).key)));
}

void TestTimelineSource::wideWindowsAreDenseNarrowOnesAreMarks()
{
    TimelineSource source(*m_db);
    // 3,000 activities over years on 60 ems of width: too many to tell apart.
    QVERIFY(source.content(double(m_first), double(m_last), 60).dense);
    // A week of them: marks.
    const qint64 middle = (m_first + m_last) / 2;
    QVERIFY(!source.content(double(middle), double(middle + 7), 60).dense);
}

void TestTimelineSource::filtersApply()
{
    TimelineSource source(*m_db);
    ActivityFilter filter;
    filter.kinds = {ActivityKind::Delegation, ActivityKind::Agreement};
    filter.partnershipIds = {1};
    source.setFilter(filter);
    const TimelineContent content = source.content(double(m_first), double(m_last + 1), 1e9);
    QCOMPARE(content.lanes.size(), 2);
    QVERIFY(!content.marks.isEmpty());
    QCOMPARE(qint64(content.marks.size()), m_repo->activities().count(filter));
    for (const TimelineMark &mark : content.marks)
        QVERIFY(mark.kind == ActivityKind::Delegation || mark.kind == ActivityKind::Agreement);
    source.setLanes(TimelineLanes::Partnership);
    const TimelineContent byPartnership = source.content(double(m_first), double(m_last + 1), 1e9);
    QCOMPARE(byPartnership.lanes.size(), 1);
    QCOMPARE(byPartnership.lanes.at(0).key, qint64(1));
    QCOMPARE(byPartnership.marks.size(), content.marks.size());
}

QTEST_MAIN(TestTimelineSource)
#include "TestTimelineSource.moc"
