// The dashboard's aggregates, run by the database, against a brute-force count
// over the same generated activities loaded into memory — on SQLite and
// PostgreSQL, for each grouping and with filters. Also the date-precision rule.
#include "demo/DataGenerator.h"
#include "domain/Vocabulary.h"
#include "query/IntroductionOutcome.h"
#include "query/PeriodGrouping.h"
#include "storage/ActivityAggregates.h"
#include "storage/Database.h"
#include "storage/RecordMerger.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <QSet>
#include <QtTest>

using namespace liaison;
using liaison::test::TestDatabase;

class TestActivityAggregates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void activityPerPeriodEqualsBruteForce_data();
    void activityPerPeriodEqualsBruteForce();
    void rankingsEqualBruteForce_data();
    void rankingsEqualBruteForce();
    void stagesEqualBruteForce();
    void introductionOutcomesEqualBruteForce();
    void timeToAgreementEqualsBruteForce();
    void matchingListsTheActivitiesOfABar();
    void datePrecisionRule();
    void emptyFilterResultIsEmpty();
    void keptFiguresFollowEdits();

private:
    QList<ActivityFilter> filters() const;
    void reload();
    void compareOutcomes();
    void compareTimeToAgreement();
    void compareRankings(const ActivityFilter &filter, int limit);
    void compareActivityPerPeriod(const ActivityFilter &filter, const PeriodGrouping &grouping);
    static constexpr int kFilters = 11;
    bool matches(const Activity &a, const ActivityFilter &f) const;

    TestDatabase *m_testDb = nullptr;
    Database *m_db = nullptr;
    Repository *m_repo = nullptr;
    QList<Activity> m_activities;
    QHash<qint64, Organisation> m_organisations;
    QList<Partnership> m_partnerships;
};

void TestActivityAggregates::initTestCase()
{
    m_testDb = new TestDatabase;
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    m_db = new Database;
    m_db->open(m_testDb->location());
    m_repo = new Repository(*m_db);
    DataGenerator::Options options;
    options.activities = 4000;
    options.organisations = 100;
    options.people = 200;
    options.partnerships = 25;
    DataGenerator::generate(*m_repo, options);
    reload();
    QCOMPARE(m_activities.size(), 4000);
}

void TestActivityAggregates::reload()
{
    m_activities = m_repo->activities().list(0, 100000);
    m_organisations.clear();
    for (const Organisation &o : m_repo->organisations().list(0, 100000))
        m_organisations.insert(o.id, o);
    m_partnerships = m_repo->partnerships().list(0, 100000);
}

void TestActivityAggregates::cleanupTestCase()
{
    delete m_repo;
    delete m_db;
    delete m_testDb;
}

QList<ActivityFilter> TestActivityAggregates::filters() const
{
    QList<ActivityFilter> list;
    const auto add = [&](const QList<ActivityKind> &kinds, const QStringList &areas, QDate from, QDate to) {
        ActivityFilter f;
        f.kinds = kinds;
        f.areas = areas;
        f.from = from;
        f.to = to;
        list.append(f);
    };
    const QString openStandards = QStringLiteral("open standards");
    using K = ActivityKind;
    add({}, {}, {}, {});
    add({K::Meeting, K::Agreement}, {}, {}, {});
    // A range cutting months and years at both ends, near their starts and ends.
    add({}, {}, QDate(2012, 3, 15), QDate(2015, 11, 2));
    ActivityFilter partnership;
    partnership.partnershipIds = {m_partnerships.at(3).id};
    list.append(partnership);
    ActivityFilter organisation;
    // The first organisation (by id) that takes part in something: the same one every run.
    QList<qint64> ids = m_organisations.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        bool takesPart = false;
        for (const Activity &a : m_activities)
            for (const Participant &p : a.participants)
                takesPart = takesPart || p.organisationId == id;
        if (takesPart) {
            organisation.organisationIds = {id};
            break;
        }
    }
    list.append(organisation);
    add({}, {QStringLiteral("digital identity")}, QDate(2010, 1, 1), {});
    // Two areas: outside the kept counts.
    add({K::Introduction, K::Event}, {openStandards, QStringLiteral("digital skills")}, {}, QDate(2020, 6, 30));
    // Whole years: the kept counts alone answer.
    add({K::Meeting, K::Event}, {}, QDate(2013, 1, 1), QDate(2016, 12, 31));
    // Open at one end, starting late in a year and in a month: the part inside counted.
    add({}, {}, QDate(2014, 9, 20), {});
    // One area with kinds, cutting months and years at both ends.
    add({K::Meeting, K::Introduction}, {openStandards}, QDate(2013, 5, 10), QDate(2018, 2, 14));
    // Both ends within one year, near its start and end: both outer parts taken away.
    add({}, {}, QDate(2015, 2, 10), QDate(2015, 11, 20));
    Q_ASSERT(list.size() == kFilters);
    return list;
}

bool TestActivityAggregates::matches(const Activity &a, const ActivityFilter &f) const
{
    if (!f.kinds.isEmpty() && !f.kinds.contains(a.kind))
        return false;
    if (f.from.isValid() && a.when.last() < f.from)
        return false;
    if (f.to.isValid() && a.when.first() > f.to)
        return false;
    if (!f.organisationIds.isEmpty()) {
        bool any = false;
        for (const Participant &p : a.participants)
            any = any || f.organisationIds.contains(p.organisationId);
        if (!any)
            return false;
    }
    if (!f.partnershipIds.isEmpty()) {
        bool any = false;
        for (qint64 id : a.partnershipIds)
            any = any || f.partnershipIds.contains(id);
        if (!any)
            return false;
    }
    if (!f.areas.isEmpty()) {
        bool any = false;
        for (const QString &area : a.areas)
            any = any || f.areas.contains(area);
        if (!any)
            return false;
    }
    return true;
}

void TestActivityAggregates::activityPerPeriodEqualsBruteForce_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("filterIndex");
    for (const PeriodGrouping g : PeriodGrouping::all())
        for (int i = 0; i < kFilters; ++i)
            QTest::addRow("%s-filter%d", qPrintable(g.name()), i) << int(g.unit()) << i;
}

void TestActivityAggregates::activityPerPeriodEqualsBruteForce()
{
    QFETCH(int, unit);
    QFETCH(int, filterIndex);
    compareActivityPerPeriod(filters().at(filterIndex), PeriodGrouping{PeriodGrouping::Unit(unit)});
}

void TestActivityAggregates::compareActivityPerPeriod(const ActivityFilter &filter, const PeriodGrouping &grouping)
{
    QMap<int, QMap<ActivityKind, qint64>> expected;
    for (const Activity &a : std::as_const(m_activities)) {
        if (matches(a, filter))
            ++expected[grouping.periodOf(a.when.first())][a.kind];
    }
    QVERIFY(!expected.isEmpty());
    const auto actual = ActivityAggregates(*m_db).activityPerPeriod(filter, grouping);
    QCOMPARE(actual, expected);
}

void TestActivityAggregates::rankingsEqualBruteForce_data()
{
    QTest::addColumn<int>("filterIndex");
    for (int i = 0; i < kFilters; ++i)
        QTest::addRow("filter%d", i) << i;
}

void TestActivityAggregates::rankingsEqualBruteForce()
{
    QFETCH(int, filterIndex);
    compareRankings(filters().at(filterIndex), 10);
}

void TestActivityAggregates::compareRankings(const ActivityFilter &filter, int limit)
{
    QHash<qint64, qint64> perOrganisation, perPerson;
    QHash<QString, qint64> perCountry;
    for (const Activity &a : std::as_const(m_activities)) {
        if (!matches(a, filter))
            continue;
        QSet<qint64> organisations, people;
        QSet<QString> countries;
        for (const Participant &p : a.participants) {
            if (p.organisationId) {
                organisations.insert(p.organisationId);
                countries.insert(m_organisations.value(p.organisationId).country);
            }
            if (p.personId)
                people.insert(p.personId);
        }
        for (qint64 id : organisations)
            ++perOrganisation[id];
        for (qint64 id : people)
            ++perPerson[id];
        for (const QString &c : countries)
            ++perCountry[c];
    }
    ActivityAggregates aggregates(*m_db);
    int more = -1;
    const auto organisations = aggregates.topOrganisations(filter, limit, &more);
    QCOMPARE(organisations.size(), qMin<qsizetype>(limit, perOrganisation.size()));
    QCOMPARE(more, qMax(0, int(perOrganisation.size()) - limit));
    double previous = 1e18;
    for (const auto &bar : organisations) {
        QCOMPARE(bar.value, double(perOrganisation.value(bar.key.toLongLong())));
        QVERIFY(bar.value <= previous);
        previous = bar.value;
    }
    // Nobody left out has more than the last one shown.
    if (!organisations.isEmpty()) {
        int above = 0;
        for (qint64 n : std::as_const(perOrganisation))
            above += double(n) > organisations.constLast().value ? 1 : 0;
        QVERIFY(above < limit);
    }
    const auto people = aggregates.topPeople(filter, limit);
    QCOMPARE(people.size(), qMin<qsizetype>(limit, perPerson.size()));
    for (const auto &bar : people)
        QCOMPARE(bar.value, double(perPerson.value(bar.key.toLongLong())));
    const auto countries = aggregates.activityPerCountry(filter, 100);
    QCOMPARE(countries.size(), perCountry.size());
    for (const auto &bar : countries)
        QCOMPARE(bar.value, double(perCountry.value(bar.key.toString())));
}

void TestActivityAggregates::stagesEqualBruteForce()
{
    ActivityAggregates aggregates(*m_db);
    for (const ActivityFilter &filter : filters()) {
        QHash<QString, double> expected;
        for (const Partnership &p : std::as_const(m_partnerships)) {
            if (!filter.partnershipIds.isEmpty() && !filter.partnershipIds.contains(p.id))
                continue;
            ActivityFilter rest = filter;
            rest.partnershipIds.clear();
            bool any = rest.isEmpty();
            for (const Activity &a : std::as_const(m_activities))
                any = any || (a.partnershipIds.contains(p.id) && matches(a, rest));
            if (any)
                expected[p.stage()] += 1;
        }
        QHash<QString, double> actual;
        const auto bars = aggregates.partnershipsByStage(filter);
        for (const auto &bar : bars)
            actual[bar.key.toString()] = bar.value;
        QCOMPARE(actual, expected);
        // In the usual order of stages.
        const QStringList order = Vocabulary::partnershipStages();
        for (int i = 1; i < bars.size(); ++i)
            QVERIFY(order.indexOf(bars.at(i - 1).key.toString()) < order.indexOf(bars.at(i).key.toString()));
    }
}

void TestActivityAggregates::introductionOutcomesEqualBruteForce()
{
    compareOutcomes();
    // The generated data has every outcome.
    ActivityAggregates aggregates(*m_db);
    QHash<int, double> all;
    for (const auto &bar : aggregates.introductionOutcomes({}))
        all[bar.key.toInt()] = bar.value;
    QVERIFY(all.value(int(IntroductionOutcome::Agreement)) > 0);
    QVERIFY(all.value(int(IntroductionOutcome::NothingYet)) > 0);
}

void TestActivityAggregates::compareOutcomes()
{
    ActivityAggregates aggregates(*m_db);
    for (ActivityFilter filter : filters()) {
        filter.kinds.clear(); // the outcome chart ignores kinds
        QHash<int, double> expected;
        for (const Activity &a : std::as_const(m_activities)) {
            if (a.kind != ActivityKind::Introduction || !matches(a, filter))
                continue;
            int outcome = 0;
            for (const Activity &later : std::as_const(m_activities)) {
                bool shared = false;
                for (qint64 id : later.partnershipIds)
                    shared = shared || a.partnershipIds.contains(id);
                if (!shared || later.when.first() < a.when.first())
                    continue;
                if (later.kind == ActivityKind::Agreement)
                    outcome = qMax(outcome, 3);
                else if (later.kind == ActivityKind::Event)
                    outcome = qMax(outcome, 2);
                else if (later.kind == ActivityKind::Meeting)
                    outcome = qMax(outcome, 1);
            }
            expected[outcome] += 1;
        }
        QHash<int, double> actual;
        for (const auto &bar : aggregates.introductionOutcomes(filter))
            actual[bar.key.toInt()] = bar.value;
        QCOMPARE(actual, expected);
        // Each slice lists its own introductions.
        for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
            bool truncated = true;
            const auto rows = aggregates.matching(DashboardChart::IntroductionOutcomes, filter, PeriodGrouping(),
                                                  it.key(), {}, 100000, &truncated);
            QCOMPARE(double(rows.size()), it.value());
            QVERIFY(!truncated);
        }
    }
}

void TestActivityAggregates::timeToAgreementEqualsBruteForce()
{
    compareTimeToAgreement();
}

void TestActivityAggregates::compareTimeToAgreement()
{
    ActivityAggregates aggregates(*m_db);
    for (ActivityFilter filter : filters()) {
        filter.kinds.clear();
        QHash<qint64, double> expected;
        for (const Partnership &p : std::as_const(m_partnerships)) {
            QDate introduced, signedOn;
            for (const Activity &a : std::as_const(m_activities)) {
                if (!a.partnershipIds.contains(p.id) || !matches(a, filter))
                    continue;
                if (a.kind == ActivityKind::Introduction && (!introduced.isValid() || a.when.first() < introduced))
                    introduced = a.when.first();
                if (a.kind == ActivityKind::Agreement && a.signedDate.isValid()
                    && (!signedOn.isValid() || a.signedDate < signedOn))
                    signedOn = a.signedDate;
            }
            if (introduced.isValid() && signedOn.isValid() && signedOn >= introduced)
                expected.insert(p.id, double(introduced.daysTo(signedOn)));
        }
        int more = 0;
        const auto bars = aggregates.timeToAgreement(filter, 1000, &more);
        QCOMPARE(more, 0);
        QHash<qint64, double> actual;
        for (const auto &bar : bars)
            actual.insert(bar.key.toLongLong(), bar.value);
        QCOMPARE(actual, expected);
        for (int i = 1; i < bars.size(); ++i)
            QVERIFY(bars.at(i - 1).value >= bars.at(i).value);
    }
}

void TestActivityAggregates::matchingListsTheActivitiesOfABar()
{
    ActivityAggregates aggregates(*m_db);
    const PeriodGrouping grouping = PeriodGrouping::Year;
    ActivityFilter filter;
    filter.kinds = {ActivityKind::Meeting, ActivityKind::Event};
    const auto perPeriod = aggregates.activityPerPeriod(filter, grouping);
    const int year = perPeriod.firstKey() + 3;
    const qint64 events = perPeriod.value(year).value(ActivityKind::Event);
    QVERIFY(events > 0);
    bool truncated = true;
    const auto rows = aggregates.matching(DashboardChart::ActivityPerPeriod, filter, grouping, year,
                                          int(ActivityKind::Event), 1000, &truncated);
    QVERIFY(!truncated);
    QCOMPARE(qint64(rows.size()), events);
    for (const auto &row : rows)
        QCOMPARE(row.kind, ActivityKind::Event);
    // Each slice of the outcome chart lists as many introductions as it counts,
    // under every filter (the filter's values are bound twice in that query).
    for (ActivityFilter f : filters()) {
        f.kinds.clear();
        for (const auto &bar : aggregates.introductionOutcomes(f)) {
            const auto slice = aggregates.matching(DashboardChart::IntroductionOutcomes, f, grouping, bar.key, {}, 100000);
            QCOMPARE(double(slice.size()), bar.value);
        }
    }
    for (const auto &bar : aggregates.activityPerCountry({}, 3)) {
        const auto rows = aggregates.matching(DashboardChart::ActivityPerCountry, {}, grouping, bar.key, {}, 100000);
        QCOMPARE(double(rows.size()), bar.value);
    }
    const auto stages = aggregates.partnershipsByStage({});
    QVERIFY(!stages.isEmpty());
    const auto stageRows = aggregates.matching(DashboardChart::PartnershipsByStage, {}, grouping, stages.first().key, {}, 100000);
    QVERIFY(!stageRows.isEmpty());
}

void TestActivityAggregates::datePrecisionRule()
{
    // A separate database: a few activities known to a month, quarter, year.
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    Database db;
    db.open(testDb.location());
    Repository repo(db);
    auto add = [&](const PartialDate &date, ActivityKind kind) {
        Activity a;
        a.kind = kind;
        a.title = QStringLiteral("at %1").arg(date.toIsoString());
        a.when = DateSpan(date);
        repo.activities().save(a);
    };
    add(PartialDate::day(2014, 8, 20), ActivityKind::Meeting);
    add(PartialDate::month(2014, 8), ActivityKind::Meeting);   // August
    add(PartialDate::quarter(2014, 3), ActivityKind::Meeting); // Q3: July per month
    add(PartialDate::year(2014), ActivityKind::Event);         // Q1 and January
    ActivityAggregates aggregates(db);
    const auto months = aggregates.activityPerPeriod({}, PeriodGrouping::Month);
    QCOMPARE(months.value(201408).value(ActivityKind::Meeting), 2);
    QCOMPARE(months.value(201407).value(ActivityKind::Meeting), 1);
    QCOMPARE(months.value(201401).value(ActivityKind::Event), 1);
    QCOMPARE(months.size(), 3);
    const auto quarters = aggregates.activityPerPeriod({}, PeriodGrouping::Quarter);
    QCOMPARE(quarters.value(20143).value(ActivityKind::Meeting), 3);
    QCOMPARE(quarters.value(20141).value(ActivityKind::Event), 1);
    const auto years = aggregates.activityPerPeriod({}, PeriodGrouping::Year);
    QCOMPARE(years.value(2014).value(ActivityKind::Meeting), 3);
    QCOMPARE(years.value(2014).value(ActivityKind::Event), 1);
    // A date range touching only August still finds the quarter- and
    // year-precision activities (their spans overlap it) and counts them at
    // the start of their span, as above.
    ActivityFilter august;
    august.from = QDate(2014, 8, 1);
    august.to = QDate(2014, 8, 31);
    const auto inAugust = aggregates.activityPerPeriod(august, PeriodGrouping::Month);
    QCOMPARE(inAugust.value(201408).value(ActivityKind::Meeting), 2);
    QCOMPARE(inAugust.value(201407).value(ActivityKind::Meeting), 1);
    QCOMPARE(inAugust.value(201401).value(ActivityKind::Event), 1);

    // The grouping's own arithmetic.
    const PeriodGrouping q = PeriodGrouping::Quarter;
    QCOMPARE(q.periodOfMonth(201412), 20144);
    QCOMPARE(q.next(20144), 20151);
    QCOMPARE(q.firstDay(20143), QDate(2014, 7, 1));
    QCOMPARE(q.lastDay(20143), QDate(2014, 9, 30));
    QCOMPARE(q.label(20143), QStringLiteral("2014 Q3"));
    QCOMPARE(PeriodGrouping(PeriodGrouping::Month).next(201412), 201501);
    QCOMPARE(PeriodGrouping(PeriodGrouping::Month).lastDay(201402), QDate(2014, 2, 28));
    PeriodGrouping parsed;
    QVERIFY(PeriodGrouping::fromName(QStringLiteral("Year"), &parsed));
    QCOMPARE(parsed.unit(), PeriodGrouping::Year);
    QVERIFY(!PeriodGrouping::fromName(QStringLiteral("week"), &parsed));
}

void TestActivityAggregates::emptyFilterResultIsEmpty()
{
    ActivityFilter none;
    none.from = QDate(1990, 1, 1);
    none.to = QDate(1990, 12, 31);
    ActivityAggregates aggregates(*m_db);
    for (DashboardChart chart : allDashboardCharts())
        QVERIFY2(aggregates.chart(chart, none).isEmpty(), qPrintable(dashboardChartName(chart)));
}

// The kept milestones and outcomes (DashboardSummary) after each kind of edit
// the triggers watch, against the brute force over the edited records. Last,
// because it changes the data the other tests share.
void TestActivityAggregates::keptFiguresFollowEdits()
{
    ActivityAggregates aggregates(*m_db);
    const auto outcomes = [&] {
        QHash<int, double> counts;
        for (const auto &bar : aggregates.introductionOutcomes({}))
            counts[bar.key.toInt()] = bar.value;
        return counts;
    };
    const auto check = [&](const char *step) {
        qInfo("after: %s", step);
        compareOutcomes();
        compareTimeToAgreement();
        // Every organisation's, person's and country's count, and every period's.
        for (const ActivityFilter &filter : filters()) {
            compareRankings(filter, 100000);
            compareActivityPerPeriod(filter, PeriodGrouping{PeriodGrouping::Unit::Month});
        }
    };
    // The brute force's copy follows each edit (reloading every activity after
    // each step took 2 s on PostgreSQL).
    const auto save = [&](Activity &a) {
        m_repo->activities().save(a);
        const auto it = std::find_if(m_activities.begin(), m_activities.end(),
                                     [&](const Activity &known) { return known.id == a.id; });
        if (it == m_activities.end())
            m_activities.append(a);
        else
            *it = a;
    };
    const auto removeIf = [&](auto predicate) {
        m_activities.erase(std::remove_if(m_activities.begin(), m_activities.end(), predicate), m_activities.end());
    };
    const qint64 first = m_partnerships.at(0).id, second = m_partnerships.at(1).id;

    // A new introduction after everything else in two partnerships: nothing yet.
    Activity introduction;
    introduction.kind = ActivityKind::Introduction;
    introduction.title = QStringLiteral("Late introduction");
    introduction.when = DateSpan(PartialDate::day(2031, 1, 10));
    introduction.partnershipIds = {first, second};
    save(introduction);
    const QHash<int, double> before = outcomes();
    check("a new introduction");

    // A meeting after it in one partnership: it led to a meeting.
    Activity meeting;
    meeting.kind = ActivityKind::Meeting;
    meeting.title = QStringLiteral("Follow-up meeting");
    meeting.when = DateSpan(PartialDate::day(2031, 2, 1));
    meeting.partnershipIds = {second};
    save(meeting);
    QCOMPARE(outcomes().value(int(IntroductionOutcome::Meeting)), before.value(int(IntroductionOutcome::Meeting)) + 1);
    check("a meeting after it");

    // The meeting turns into a signed agreement, then moves before the introduction.
    meeting.kind = ActivityKind::Agreement;
    meeting.signedDate = QDate(2031, 2, 1);
    save(meeting);
    check("the meeting becomes an agreement");
    meeting.when = DateSpan(PartialDate::day(2030, 12, 1));
    meeting.signedDate = QDate(2030, 12, 1);
    save(meeting);
    check("the agreement moves earlier");

    // Unlinked from its partnership, then linked to the other one.
    meeting.partnershipIds = {};
    save(meeting);
    check("the agreement unlinked");
    meeting.partnershipIds = {first};
    meeting.when = DateSpan(PartialDate::day(2032, 1, 1));
    save(meeting);
    check("the agreement linked to the other partnership");

    // A change written without the repository (which rewrites an activity's
    // links on each save, and so refreshes its partnerships anyway).
    m_db->exec(QStringLiteral("UPDATE activities SET kind = 'event' WHERE id = ?"), {meeting.id}).finish();
    meeting.kind = ActivityKind::Event;
    std::find_if(m_activities.begin(), m_activities.end(), [&](const Activity &a) { return a.id == meeting.id; })->kind =
        ActivityKind::Event;
    check("the agreement becomes an event in SQL");

    // The introduction becomes a note; an agreement is deleted; a partnership is deleted.
    introduction.kind = ActivityKind::Note;
    save(introduction);
    check("the introduction becomes a note");
    const auto agreement = std::find_if(m_activities.cbegin(), m_activities.cend(), [&](const Activity &a) {
        return a.kind == ActivityKind::Agreement && a.partnershipIds.contains(second) && a.signedDate.isValid();
    });
    QVERIFY(agreement != m_activities.cend());
    const qint64 agreementId = agreement->id;
    m_repo->activities().remove(*agreement);
    removeIf([&](const Activity &a) { return a.id == agreementId; });
    check("an agreement deleted");
    m_repo->partnerships().remove(m_partnerships.at(1));
    m_partnerships.removeAt(1);
    for (Activity &a : m_activities)
        a.partnershipIds.removeAll(second);
    check("a partnership deleted");
    // Participants: one organisation twice (two rows), over two months.
    QList<qint64> organisationIds = m_organisations.keys();
    std::sort(organisationIds.begin(), organisationIds.end());
    const qint64 host = organisationIds.at(0), guest = organisationIds.at(1);
    QVERIFY(m_organisations.value(host).country != m_organisations.value(guest).country);
    const qint64 person = m_activities.at(0).participants.at(0).personId;
    QVERIFY(person > 0);
    Activity visit;
    visit.kind = ActivityKind::Meeting;
    visit.title = QStringLiteral("Visit");
    visit.when = DateSpan(PartialDate::day(2014, 6, 25), PartialDate::day(2014, 7, 3));
    visit.participants = {{0, host, QStringLiteral("host")},
                          {person, host, QStringLiteral("attendee")},
                          {0, guest, QStringLiteral("attendee")}};
    save(visit);
    check("a visit with participants");
    visit.kind = ActivityKind::Event;
    visit.when = DateSpan(PartialDate::day(2014, 7, 25), PartialDate::day(2014, 8, 2));
    save(visit);
    check("the visit moved and made an event");
    visit.participants.removeAt(0);
    save(visit);
    check("one of the host's two rows removed");
    visit.areas = {QStringLiteral("open standards"), QStringLiteral("digital identity")};
    save(visit);
    check("the visit tagged with two areas");
    visit.areas = {QStringLiteral("open standards")};
    save(visit);
    check("one area taken off");
    m_db->exec(QStringLiteral("DELETE FROM activity_areas WHERE activity_id = ?"), {visit.id}).finish();
    visit.areas.clear();
    std::find_if(m_activities.begin(), m_activities.end(), [&](const Activity &a) { return a.id == visit.id; })->areas.clear();
    check("its last area taken off in SQL");
    visit.areas = {QStringLiteral("open standards")};
    save(visit);
    check("tagged again");
    m_db->exec(QStringLiteral("UPDATE activities SET last_date = ? WHERE id = ?"), {QDate(2014, 9, 30), visit.id}).finish();
    visit.when = DateSpan(PartialDate::day(2014, 7, 25), PartialDate::day(2014, 9, 30));
    std::find_if(m_activities.begin(), m_activities.end(), [&](const Activity &a) { return a.id == visit.id; })->when =
        visit.when;
    check("the visit's end moved in SQL");

    // The guest moves to the host's country, then is merged into the host and
    // the merge undone, then deleted with its participant rows.
    Organisation moved = m_organisations.value(guest);
    moved.country = m_organisations.value(host).country;
    m_repo->organisations().save(moved);
    m_organisations.insert(guest, moved);
    check("an organisation changes country");
    const QList<Activity> beforeMerge = m_activities;
    RecordMerger merger(*m_repo);
    const MergeJournal journal = merger.mergeOrganisations(host, guest);
    for (Activity &a : m_activities)
        for (Participant &p : a.participants)
            if (p.organisationId == guest)
                p.organisationId = host;
    m_organisations.remove(guest);
    check("an organisation merged into another");
    merger.undo(journal);
    m_activities = beforeMerge;
    m_organisations.insert(guest, moved);
    check("the merge undone");
    const std::optional<Organisation> restored = m_repo->organisations().find(guest);
    QVERIFY(restored.has_value());
    QCOMPARE(restored->country, moved.country);
    m_repo->organisations().remove(*restored);
    m_organisations.remove(guest);
    for (Activity &a : m_activities)
        a.participants.erase(std::remove_if(a.participants.begin(), a.participants.end(),
                                            [&](const Participant &p) { return p.organisationId == guest; }),
                             a.participants.end());
    check("an organisation deleted");
    const std::optional<Person> someone = m_repo->people().find(person);
    QVERIFY(someone.has_value());
    m_repo->people().remove(*someone);
    for (Activity &a : m_activities)
        a.participants.erase(std::remove_if(a.participants.begin(), a.participants.end(),
                                            [&](const Participant &p) { return p.personId == person; }),
                             a.participants.end());
    check("a person deleted");

    // The copy matches what the database holds.
    const QList<Activity> stored = m_repo->activities().list(0, 100000);
    QCOMPARE(stored.size(), m_activities.size());
    for (const Activity &a : stored) {
        const auto copy = std::find_if(m_activities.cbegin(), m_activities.cend(),
                                       [&](const Activity &known) { return known.id == a.id; });
        QVERIFY(copy != m_activities.cend());
        QCOMPARE(copy->participants.size(), a.participants.size());
        QCOMPARE(copy->partnershipIds, a.partnershipIds);
        QCOMPARE(copy->kind, a.kind);
    }
}

QTEST_GUILESS_MAIN(TestActivityAggregates)
#include "TestActivityAggregates.moc"
