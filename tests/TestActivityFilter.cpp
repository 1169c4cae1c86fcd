#include "support/TestDatabase.h"

#include "demo/DemoStory.h"
#include "storage/Database.h"
#include "storage/Repository.h"

#include <QTest>

#include <memory>

using namespace liaison;
using liaison::test::TestDatabase;

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

QTEST_GUILESS_MAIN(TestActivityFilter)
#include "TestActivityFilter.moc"
