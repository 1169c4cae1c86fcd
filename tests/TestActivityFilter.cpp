#include "support/TestDatabase.h"

#include "demo/DemoStory.h"
#include "storage/Database.h"
#include "storage/ListQuery.h"
#include "storage/Repository.h"

#include <QTest>

#include <memory>

using namespace liaison;
using liaison::test::TestDatabase;

Q_DECLARE_METATYPE(liaison::ActivityFilter)

// The shared activity filter, over the demo story, on the backend under test.
class TestActivityFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void emptyFilterCountsAll();
    void byKind();
    void dateRangeHonoursPrecision();
    void byOrganisationPersonPartnership();
    void byAreaAndCountry();
    void byText();
    void fieldsCombine();
    void everyListPlanGivesTheSameRows_data();
    void everyListPlanGivesTheSameRows();

private:
    qint64 count(const ActivityFilter &filter) { return m_repo->activities().count(filter); }
    qint64 bruteForce(const std::function<bool(const Activity &)> &predicate);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repository> m_repo;
    QList<Activity> m_all;
};

void TestActivityFilter::initTestCase()
{
    m_testDb = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    m_db = std::make_unique<Database>();
    m_db->open(m_testDb->location());
    m_repo = std::make_unique<Repository>(*m_db);
    DemoStory::write(*m_repo);
    m_all = m_repo->activities().list(0, 1000);
    QVERIFY(m_all.size() > 20);
}

void TestActivityFilter::cleanupTestCase()
{
    m_repo.reset();
    m_db.reset();
    m_testDb.reset();
}

qint64 TestActivityFilter::bruteForce(const std::function<bool(const Activity &)> &predicate)
{
    return std::count_if(m_all.begin(), m_all.end(), predicate);
}

void TestActivityFilter::emptyFilterCountsAll()
{
    QVERIFY(ActivityFilter().isEmpty());
    QCOMPARE(count({}), m_all.size());
}

void TestActivityFilter::byKind()
{
    ActivityFilter filter;
    filter.kinds = {ActivityKind::Introduction, ActivityKind::Agreement};
    const qint64 expected = bruteForce([](const Activity &a) {
        return a.kind == ActivityKind::Introduction || a.kind == ActivityKind::Agreement;
    });
    QVERIFY(expected > 0);
    QCOMPARE(count(filter), expected);
}

void TestActivityFilter::dateRangeHonoursPrecision()
{
    // The "Oct-12" scoping call is known only to the month: a range touching
    // any day of October 2012 finds it; one ending in September does not.
    ActivityFilter filter;
    filter.from = QDate(2012, 10, 20);
    filter.to = QDate(2012, 10, 25);
    QCOMPARE(count(filter), 1);
    filter.from = QDate(2012, 1, 1);
    filter.to = QDate(2012, 9, 30);
    QCOMPARE(count(filter), 0);
    // The delegation of 9–10 Feb 2013 overlaps a range starting on its last day.
    filter.from = QDate(2013, 2, 10);
    filter.to = QDate(2013, 2, 12);
    QCOMPARE(count(filter), 1);

    filter.from = QDate(2014, 1, 1);
    filter.to = QDate(2015, 12, 31);
    const qint64 expected = bruteForce([&](const Activity &a) {
        return a.when.last() >= filter.from && a.when.first() <= filter.to;
    });
    QCOMPARE(count(filter), expected);
}

void TestActivityFilter::byOrganisationPersonPartnership()
{
    const qint64 gds = m_repo->organisations().findByName(QStringLiteral("GDS"))->id;
    ActivityFilter filter;
    filter.organisationIds = {gds};
    const qint64 expected = bruteForce([&](const Activity &a) {
        return std::any_of(a.participants.begin(), a.participants.end(),
                           [&](const Participant &p) { return p.organisationId == gds; });
    });
    QVERIFY(expected >= 5);
    QCOMPARE(count(filter), expected);

    const qint64 martin = m_repo->people().findByName(QStringLiteral("Martin Hale"))->id;
    ActivityFilter byPerson;
    byPerson.personIds = {martin};
    QCOMPARE(count(byPerson), bruteForce([&](const Activity &a) {
                 return std::any_of(a.participants.begin(), a.participants.end(),
                                    [&](const Participant &p) { return p.personId == martin; });
             }));

    const qint64 partnership =
        m_repo->partnerships().findByName(QStringLiteral("GDS–GovTech digital government partnership"))->id;
    ActivityFilter byPartnership;
    byPartnership.partnershipIds = {partnership};
    QCOMPARE(count(byPartnership), m_repo->activities().ofPartnership(partnership).size());
}

void TestActivityFilter::byAreaAndCountry()
{
    ActivityFilter filter;
    filter.areas = {QStringLiteral("digital identity")};
    QCOMPARE(count(filter), bruteForce([](const Activity &a) { return a.areas.contains(QStringLiteral("digital identity")); }));
    QVERIFY(count(filter) >= 2);

    ActivityFilter byCountry;
    byCountry.countries = {QStringLiteral("United Kingdom")};
    QVERIFY(count(byCountry) > 0);
    QVERIFY(count(byCountry) < m_all.size());
}

void TestActivityFilter::byText()
{
    ActivityFilter filter;
    filter.text = QStringLiteral("speaker SERIES");
    QCOMPARE(count(filter), 1);
    filter.text = QStringLiteral("Robert'); DROP TABLE activities;--");
    QCOMPARE(count(filter), 0);
    QCOMPARE(count({}), m_all.size());
}

void TestActivityFilter::fieldsCombine()
{
    ActivityFilter filter;
    filter.kinds = {ActivityKind::Delegation};
    filter.from = QDate(2014, 1, 1);
    filter.to = QDate(2014, 12, 31);
    QCOMPARE(count(filter), bruteForce([&](const Activity &a) {
                 return a.kind == ActivityKind::Delegation && a.when.last() >= filter.from && a.when.first() <= filter.to;
             }));
    QCOMPARE(count(filter), 1);
}

// ListQuery plans a filtered list (which condition drives, which are tested
// per row) from how many activities each condition matches. Forcing each plan
// with small thresholds must never change the rows or their order.
void TestActivityFilter::everyListPlanGivesTheSameRows_data()
{
    QTest::addColumn<ActivityFilter>("filter");
    const qint64 gds = m_repo->organisations().findByName(QStringLiteral("GDS"))->id;
    const qint64 martin = m_repo->people().findByName(QStringLiteral("Martin Hale"))->id;
    const qint64 partnership =
        m_repo->partnerships().findByName(QStringLiteral("GDS–GovTech digital government partnership"))->id;
    ActivityFilter f;
    f.text = QStringLiteral("digital");
    QTest::newRow("word") << f;
    f = {};
    f.countries = {QStringLiteral("Singapore"), QStringLiteral("United Kingdom")};
    QTest::newRow("countries") << f;
    f.text = QStringLiteral("digital");
    QTest::newRow("countries + word") << f;
    f.countries = {QStringLiteral("Iceland")};
    QTest::newRow("no such country + word") << f;
    f = {};
    f.areas = {QStringLiteral("digital identity")};
    f.organisationIds = {gds};
    QTest::newRow("area + organisation") << f;
    f = {};
    f.personIds = {martin};
    f.partnershipIds = {partnership};
    f.text = QStringLiteral("gov");
    QTest::newRow("person + partnership + prefix") << f;
    f = {};
    f.kinds = {ActivityKind::Meeting, ActivityKind::Event};
    f.from = QDate(2013, 1, 1);
    f.to = QDate(2016, 12, 31);
    f.countries = {QStringLiteral("Singapore")};
    f.areas = {QStringLiteral("digital identity"), QStringLiteral("open standards")};
    f.text = QStringLiteral("digital");
    QTest::newRow("everything") << f;
}

void TestActivityFilter::everyListPlanGivesTheSameRows()
{
    QFETCH(ActivityFilter, filter);
    ListQuery query(*m_db);
    for (ListKind kind : {ListKind::Activities, ListKind::FollowUps}) {
        for (int column : {0, 2}) {
            ListRequest request;
            request.kind = kind;
            request.sortColumn = column;
            request.descending = column == 0;
            request.includeDone = true;
            request.filter = filter;
            query.setManyMatches(0); // every condition as "id IN (…)": the simple path
            const QList<ListRow> simple = query.rows(request, 0, 1000);
            if (kind == ListKind::Activities)
                QCOMPARE(simple.size(), count(filter));
            QList<qint64> expected;
            for (const ListRow &row : simple)
                expected.append(row.id);
            // 1: every condition matching anything is "many" (all tested per row);
            // large: none is (the rarest drives); between: a mix.
            for (int many : {1, 2, 3, 5, 8, ListQuery::kManyMatches}) {
                query.setManyMatches(many);
                QList<qint64> ids;
                for (const ListRow &row : query.rows(request, 0, 1000))
                    ids.append(row.id);
                QCOMPARE(ids, expected);
                // A second window continues where the first stopped.
                const QList<ListRow> tail = query.rows(request, 1, 1000);
                QCOMPARE(tail.size(), qMax(0, int(expected.size()) - 1));
                if (!tail.isEmpty())
                    QCOMPARE(tail.first().id, expected.at(1));
            }
        }
    }
    if (filter.countries != QStringList{QStringLiteral("Iceland")} && filter.kinds.isEmpty())
        QVERIFY(count(filter) > 0);
}

QTEST_GUILESS_MAIN(TestActivityFilter)
#include "TestActivityFilter.moc"
