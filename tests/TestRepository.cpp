#include "support/TestDatabase.h"
#include "support/TestPrinters.h"

#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QTest>

#include <memory>

using namespace liaison;
using liaison::test::TestDatabase;

// Every record kind written and read back on the backend under test.
class TestRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void organisationRoundTrip_data();
    void organisationRoundTrip();
    void personRoundTrip();
    void affiliationRoundTrip();
    void partnershipRoundTrip();
    void seriesRoundTrip();
    void activityRoundTrip_data();
    void activityRoundTrip();
    void updateReplacesChildren();
    void concurrentEditIsRefused();
    void concurrentDeleteIsRefused();
    void failedSaveLeavesNothing();
    void failedBatchLeavesNothing();
    void deletingOrganisationCascades();
    void listsAreWindowed();
    void countByKind();

private:
    Organisation newOrganisation(const QString &name);
    Person newPerson(const QString &name);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repository> m_repo;
};

void TestRepository::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    m_db = std::make_unique<Database>();
    m_db->open(m_testDb->location());
    QCOMPARE(m_db->backend(), TestDatabase::backend());
    m_repo = std::make_unique<Repository>(*m_db);
}

void TestRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_testDb.reset();
}

Organisation TestRepository::newOrganisation(const QString &name)
{
    Organisation o;
    o.name = name;
    m_repo->organisations().save(o);
    return o;
}

Person TestRepository::newPerson(const QString &name)
{
    Person p;
    p.name = name;
    m_repo->people().save(p);
    return p;
}

void TestRepository::organisationRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("Government Digital Service");
    QTest::newRow("apostrophe") << QStringLiteral("O'Brien & Partners");
    QTest::newRow("injection") << QStringLiteral("Robert'); DROP TABLE organisations;--");
    QTest::newRow("emoji") << QStringLiteral("Rocket 🚀 Labs 👩🏽‍🔬");
    QTest::newRow("chinese") << QStringLiteral("新加坡政府科技局");
    QTest::newRow("tamil") << QStringLiteral("சிங்கப்பூர் அரசு");
    QTest::newRow("percent and underscore") << QStringLiteral("100%_sure \\ backslash");
}

void TestRepository::organisationRoundTrip()
{
    QFETCH(QString, name);
    const Organisation parent = newOrganisation(QStringLiteral("Cabinet Office"));
    Organisation o;
    o.name = name;
    o.shortName = QStringLiteral("新加坡");
    o.kind = QStringLiteral("agency");
    o.country = QStringLiteral("Singapore");
    o.parentId = parent.id;
    o.website = QStringLiteral("https://example.org/?a=1&b='2'");
    o.notes = QStringLiteral("line one\nline two\ttab");
    o.aliases = {QStringLiteral("Zeta alias"), name, QStringLiteral("Alpha alias")};
    m_repo->organisations().save(o);
    QVERIFY(o.id > 0);
    QCOMPARE(o.rowVersion, 1);

    const auto read = m_repo->organisations().find(o.id);
    QVERIFY(read.has_value());
    QCOMPARE(read->name, name);
    QCOMPARE(read->shortName, o.shortName);
    QCOMPARE(read->kind, o.kind);
    QCOMPARE(read->country, o.country);
    QCOMPARE(read->parentId, parent.id);
    QCOMPARE(read->website, o.website);
    QCOMPARE(read->notes, o.notes);
    QCOMPARE(read->aliases, o.aliases);
    QCOMPARE(read->aliases.size(), 3);
    QCOMPARE(read->rowVersion, 1);
    QVERIFY(!read->updatedBy.isEmpty());
    QVERIFY(read->updatedAt.isValid());

    // Found by name and by alias, and the other tables are still there.
    QCOMPARE(m_repo->organisations().findByName(name)->id, o.id);
    QCOMPARE(m_repo->organisations().findByName(QStringLiteral("Alpha alias"))->id, o.id);
    QCOMPARE(m_repo->organisations().count(), 2);
}

void TestRepository::personRoundTrip()
{
    Person p;
    p.name = QStringLiteral("Kumar Selvam");
    p.nativeName = QStringLiteral("குமார் செல்வம்");
    p.title = QStringLiteral("Director, National Digital Identity");
    p.email = QStringLiteral("kumar@example.sg");
    p.phone = QStringLiteral("+65 6123 4567");
    p.notes = QStringLiteral("Prefers \"Kumar\"");
    m_repo->people().save(p);

    const auto read = m_repo->people().find(p.id);
    QVERIFY(read.has_value());
    QCOMPARE(read->name, p.name);
    QCOMPARE(read->nativeName, p.nativeName);
    QCOMPARE(read->title, p.title);
    QCOMPARE(read->email, p.email);
    QCOMPARE(read->phone, p.phone);
    QCOMPARE(read->notes, p.notes);
    QCOMPARE(m_repo->people().findByName(QStringLiteral("குமார் செல்வம்"))->id, p.id);
}

void TestRepository::affiliationRoundTrip()
{
    const Person person = newPerson(QStringLiteral("Lim Mei Ling"));
    const Organisation ministry = newOrganisation(QStringLiteral("SNDGO"));
    const Organisation agency = newOrganisation(QStringLiteral("GovTech"));

    Affiliation past;
    past.personId = person.id;
    past.organisationId = ministry.id;
    past.role = QStringLiteral("Senior Manager");
    past.from = PartialDate::year(2010);
    past.to = PartialDate::month(2012, 12);
    m_repo->affiliations().save(past);
    Affiliation current;
    current.personId = person.id;
    current.organisationId = agency.id;
    current.role = QStringLiteral("Director");
    current.from = PartialDate::quarter(2013, 1);
    m_repo->affiliations().save(current);

    const QList<Affiliation> read = m_repo->affiliations().ofPerson(person.id);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).organisationId, agency.id); // most recent first
    QCOMPARE(read.at(0).from, PartialDate::quarter(2013, 1));
    QVERIFY(read.at(0).isCurrent());
    QCOMPARE(read.at(1).from, PartialDate::year(2010));
    QCOMPARE(read.at(1).to, PartialDate::month(2012, 12));
    QCOMPARE(read.at(1).role, QStringLiteral("Senior Manager"));
    QCOMPARE(m_repo->affiliations().ofOrganisation(ministry.id).size(), 1);
}

void TestRepository::partnershipRoundTrip()
{
    const Organisation gds = newOrganisation(QStringLiteral("GDS"));
    const Organisation govtech = newOrganisation(QStringLiteral("GovTech"));
    Partnership p;
    p.name = QStringLiteral("GDS–GovTech");
    p.focus = QStringLiteral("digital government");
    p.owner = QStringLiteral("Helen");
    p.parties = {{govtech.id, QStringLiteral("partner")}, {gds.id, QStringLiteral("lead")}};
    p.stageHistory = {{QStringLiteral("scoping"), PartialDate::month(2012, 10), QStringLiteral("Oct-12")},
                      {QStringLiteral("introduced"), PartialDate::day(2013, 1, 22), {}},
                      {QStringLiteral("agreement signed"), PartialDate::quarter(2016, 1), QStringLiteral("MoU")}};
    p.areas = {QStringLiteral("open standards"), QStringLiteral("digital identity"), QStringLiteral("open standards")};
    m_repo->partnerships().save(p);
    QCOMPARE(p.areas, QStringList({QStringLiteral("digital identity"), QStringLiteral("open standards")}));

    const auto read = m_repo->partnerships().find(p.id);
    QVERIFY(read.has_value());
    QCOMPARE(read->name, p.name);
    QCOMPARE(read->focus, p.focus);
    QCOMPARE(read->owner, p.owner);
    QCOMPARE(read->parties, p.parties);
    QCOMPARE(read->stageHistory, p.stageHistory);
    QCOMPARE(read->stage(), QStringLiteral("agreement signed"));
    QCOMPARE(read->areas, p.areas);
}

void TestRepository::seriesRoundTrip()
{
    Series s;
    s.name = QStringLiteral("Smart Nation Speaker Series");
    s.notes = QStringLiteral("Public lectures");
    m_repo->series().save(s);
    const auto read = m_repo->series().findByName(s.name);
    QVERIFY(read.has_value());
    QCOMPARE(read->id, s.id);
    QCOMPARE(read->notes, s.notes);
    QCOMPARE(m_repo->series().list().size(), 1);
}

void TestRepository::activityRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<DateSpan>("when");
    QTest::newRow("introduction, day") << int(ActivityKind::Introduction) << DateSpan(PartialDate::day(2013, 1, 22));
    QTest::newRow("meeting, month") << int(ActivityKind::Meeting) << DateSpan(PartialDate::month(2012, 10));
    QTest::newRow("meeting, quarter") << int(ActivityKind::Meeting) << DateSpan(PartialDate::quarter(2013, 3));
    QTest::newRow("note, year") << int(ActivityKind::Note) << DateSpan(PartialDate::year(2022));
    QTest::newRow("delegation, day range")
        << int(ActivityKind::Delegation) << DateSpan(PartialDate::day(2013, 2, 9), PartialDate::day(2013, 2, 10));
    QTest::newRow("event, month range")
        << int(ActivityKind::Event) << DateSpan(PartialDate::month(2014, 5), PartialDate::month(2014, 6));
    QTest::newRow("agreement, mixed range")
        << int(ActivityKind::Agreement) << DateSpan(PartialDate::day(2015, 3, 1), PartialDate::quarter(2015, 4));
}

void TestRepository::activityRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(DateSpan, when);
    const Organisation gds = newOrganisation(QStringLiteral("GDS"));
    const Person martin = newPerson(QStringLiteral("Martin Hale"));
    const Person tan = newPerson(QStringLiteral("Tan Wei Ming"));
    Series series;
    series.name = QStringLiteral("Digital Government Exchange");
    m_repo->series().save(series);
    Partnership partnership;
    partnership.name = QStringLiteral("P");
    m_repo->partnerships().save(partnership);

    Activity a;
    a.kind = ActivityKind(kind);
    a.title = QStringLiteral("Robert'); DROP TABLE activities;-- 新加坡 🚀");
    a.description = QStringLiteral("multi\nline");
    a.location = QStringLiteral("Marina Bay");
    a.when = when;
    a.seriesId = series.id;
    a.participants = {{martin.id, gds.id, QStringLiteral("introduced")},
                      {tan.id, 0, QStringLiteral("introduced")},
                      {0, gds.id, QStringLiteral("party")}};
    a.partnershipIds = {partnership.id};
    a.areas = {QStringLiteral("open standards")};
    a.purpose = QStringLiteral("Open a conversation");
    a.outcome = QStringLiteral("led to a meeting");
    a.followUpDue = QDate(2013, 2, 28);
    a.followUpDone = true;
    a.itinerary = {{QStringLiteral("GovTech HQ"), PartialDate::day(2013, 2, 9), QStringLiteral("Visit")},
                   {QStringLiteral("SNDGO"), PartialDate::month(2013, 2), {}}};
    a.agreementStatus = QStringLiteral("in force");
    a.signedDate = QDate(2016, 1, 19);
    a.renewalDate = QDate(2019, 1, 19);
    m_repo->activities().save(a);
    QVERIFY(a.id > 0);

    const auto read = m_repo->activities().find(a.id);
    QVERIFY(read.has_value());
    QCOMPARE(read->kind, a.kind);
    QCOMPARE(read->title, a.title);
    QCOMPARE(read->description, a.description);
    QCOMPARE(read->location, a.location);
    QCOMPARE(read->when, when);
    QCOMPARE(read->when.first(), when.first());
    QCOMPARE(read->when.last(), when.last());
    QCOMPARE(read->seriesId, series.id);
    QCOMPARE(read->participants, a.participants);
    QCOMPARE(read->partnershipIds, a.partnershipIds);
    QCOMPARE(read->areas, a.areas);
    QCOMPARE(read->purpose, a.purpose);
    QCOMPARE(read->outcome, a.outcome);
    QCOMPARE(read->followUpDue, a.followUpDue);
    QCOMPARE(read->followUpDone, true);
    QCOMPARE(read->itinerary, a.itinerary);
    QCOMPARE(read->agreementStatus, a.agreementStatus);
    QCOMPARE(read->signedDate, a.signedDate);
    QCOMPARE(read->renewalDate, a.renewalDate);
    QCOMPARE(m_repo->activities().ofPartnership(partnership.id).size(), 1);
}

void TestRepository::updateReplacesChildren()
{
    const Person a1 = newPerson(QStringLiteral("A"));
    const Person b1 = newPerson(QStringLiteral("B"));
    Activity a;
    a.title = QStringLiteral("Meeting");
    a.when = DateSpan(PartialDate::day(2020, 1, 1));
    a.participants = {{a1.id, 0, QStringLiteral("attendee")}, {b1.id, 0, QStringLiteral("attendee")}};
    a.areas = {QStringLiteral("x"), QStringLiteral("y")};
    m_repo->activities().save(a);
    a.participants = {{b1.id, 0, QStringLiteral("host")}};
    a.areas = {QStringLiteral("z")};
    a.followUpDone = false;
    a.when = DateSpan(PartialDate::month(2020, 2));
    m_repo->activities().save(a);
    QCOMPARE(a.rowVersion, 2);

    const auto read = m_repo->activities().find(a.id);
    QCOMPARE(read->participants, a.participants);
    QCOMPARE(read->areas, QStringList{QStringLiteral("z")});
    QCOMPARE(read->when, DateSpan(PartialDate::month(2020, 2)));
    QCOMPARE(read->rowVersion, 2);
}

void TestRepository::concurrentEditIsRefused()
{
    Organisation mine = newOrganisation(QStringLiteral("Original"));
    Organisation theirs = *m_repo->organisations().find(mine.id);
    theirs.name = QStringLiteral("Their edit");
    m_repo->organisations().save(theirs);

    mine.name = QStringLiteral("My edit");
    QVERIFY_THROWS_EXCEPTION(ConflictError, m_repo->organisations().save(mine));
    QCOMPARE(m_repo->organisations().find(mine.id)->name, QStringLiteral("Their edit"));
    QCOMPARE(mine.rowVersion, 1); // unchanged by the refused save
}

void TestRepository::concurrentDeleteIsRefused()
{
    Organisation mine = newOrganisation(QStringLiteral("Original"));
    Organisation theirs = *m_repo->organisations().find(mine.id);
    theirs.notes = QStringLiteral("changed");
    m_repo->organisations().save(theirs);
    QVERIFY_THROWS_EXCEPTION(ConflictError, m_repo->organisations().remove(mine));
    QVERIFY(m_repo->organisations().find(mine.id).has_value());
    m_repo->organisations().remove(theirs);
    QVERIFY(!m_repo->organisations().find(mine.id).has_value());
}

void TestRepository::failedSaveLeavesNothing()
{
    const Person p = newPerson(QStringLiteral("Someone"));
    Activity a;
    a.title = QStringLiteral("Doomed");
    a.when = DateSpan(PartialDate::day(2020, 1, 1));
    // The second participant points at no one: the insert fails halfway.
    a.participants = {{p.id, 0, QStringLiteral("attendee")}, {p.id + 1000, 0, QStringLiteral("attendee")}};
    a.areas = {QStringLiteral("never stored")};
    QVERIFY_THROWS_EXCEPTION(StorageError, m_repo->activities().save(a));
    QCOMPARE(a.id, 0);
    QCOMPARE(m_repo->activities().count(), 0);
    QCOMPARE(m_db->transactionDepth(), 0);

    // The connection is still usable, and nothing half-written is in the way.
    a.participants.removeLast();
    m_repo->activities().save(a);
    QCOMPARE(m_repo->activities().count(), 1);
    QCOMPARE(m_repo->activities().find(a.id)->participants.size(), 1);
}

void TestRepository::failedBatchLeavesNothing()
{
    const qint64 before = m_repo->organisations().count();
    try {
        Transaction batch(*m_db);
        newOrganisation(QStringLiteral("First of the batch"));
        newPerson(QStringLiteral("Second of the batch"));
        Affiliation broken;
        broken.personId = 999999;
        broken.organisationId = 999999;
        m_repo->affiliations().save(broken);
        batch.commit();
        QFAIL("the broken affiliation was accepted");
    } catch (const StorageError &) {
    }
    QCOMPARE(m_repo->organisations().count(), before);
    QCOMPARE(m_repo->people().count(), 0);
    QVERIFY(!m_repo->organisations().findByName(QStringLiteral("First of the batch")).has_value());
}

void TestRepository::deletingOrganisationCascades()
{
    const Organisation o = newOrganisation(QStringLiteral("Gone"));
    const Person p = newPerson(QStringLiteral("Stays"));
    Affiliation a;
    a.personId = p.id;
    a.organisationId = o.id;
    m_repo->affiliations().save(a);
    m_repo->organisations().remove(o);
    QVERIFY(m_repo->affiliations().ofPerson(p.id).isEmpty());
    QVERIFY(m_repo->people().find(p.id).has_value());
}

void TestRepository::listsAreWindowed()
{
    for (int i = 0; i < 25; ++i)
        newOrganisation(QStringLiteral("Org %1").arg(i, 2, 10, QLatin1Char('0')));
    const QList<Organisation> first = m_repo->organisations().list(0, 10);
    const QList<Organisation> third = m_repo->organisations().list(20, 10);
    QCOMPARE(first.size(), 10);
    QCOMPARE(third.size(), 5);
    QCOMPARE(first.first().name, QStringLiteral("Org 00"));
    QCOMPARE(third.last().name, QStringLiteral("Org 24"));
}

void TestRepository::countByKind()
{
    const QList<ActivityKind> kinds = {ActivityKind::Meeting, ActivityKind::Meeting, ActivityKind::Agreement};
    for (ActivityKind kind : kinds) {
        Activity a;
        a.kind = kind;
        a.title = QStringLiteral("x");
        a.when = DateSpan(PartialDate::year(2020));
        m_repo->activities().save(a);
    }
    const auto counts = m_repo->activities().countByKind();
    QCOMPARE(counts.value(ActivityKind::Meeting), 2);
    QCOMPARE(counts.value(ActivityKind::Agreement), 1);
    QCOMPARE(counts.value(ActivityKind::Event), 0);
}

QTEST_GUILESS_MAIN(TestRepository)
#include "TestRepository.moc"
