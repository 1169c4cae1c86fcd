#include "support/TestDatabase.h"
#include "support/TestPrinters.h"

#include "storage/Database.h"
#include "storage/NameCompletion.h"
#include "storage/QuickLogWriter.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"

#include <QTest>

#include <memory>

using namespace liaison;
using liaison::test::TestDatabase;

// The quick log's database work (issue 14), headless on the backend under
// test: one entry written in one transaction, all or nothing, undone and redone
// under the same ids; what the form fills in by itself; ranked completion.
class TestQuickLogWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void introductionWithTwoNewPeople();
    void failedEntryLeavesNothing();
    void undoRefusedWhenChangedSince();
    void organisationOnADate();
    void sharedPartnership();
    void completionRanksExactShortNameFirst();
    void completionRanksPrefixThenWordThenRecent();

private:
    Organisation organisation(const QString &name, const QString &shortName = {}, const QString &country = {});
    Person person(const QString &name);
    Affiliation affiliate(qint64 person, qint64 organisation, const PartialDate &from = {}, const PartialDate &to = {});
    qint64 count(const QString &table);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repository> m_repo;
};

void TestQuickLogWriter::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    m_db = std::make_unique<Database>();
    m_db->open(m_testDb->location());
    QCOMPARE(m_db->backend(), TestDatabase::backend());
    m_repo = std::make_unique<Repository>(*m_db);
}

void TestQuickLogWriter::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_testDb.reset();
}

Organisation TestQuickLogWriter::organisation(const QString &name, const QString &shortName, const QString &country)
{
    Organisation o;
    o.name = name;
    o.shortName = shortName;
    o.country = country;
    m_repo->organisations().save(o);
    return o;
}

Person TestQuickLogWriter::person(const QString &name)
{
    Person p;
    p.name = name;
    m_repo->people().save(p);
    return p;
}

Affiliation TestQuickLogWriter::affiliate(qint64 personId, qint64 organisationId, const PartialDate &from, const PartialDate &to)
{
    Affiliation a;
    a.personId = personId;
    a.organisationId = organisationId;
    a.from = from;
    a.to = to;
    m_repo->affiliations().save(a);
    return a;
}

qint64 TestQuickLogWriter::count(const QString &table)
{
    QSqlQuery &query = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    const qint64 n = query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return n;
}

void TestQuickLogWriter::introductionWithTwoNewPeople()
{
    const Organisation bhc = organisation(QStringLiteral("British High Commission Singapore"), QStringLiteral("BHC Singapore"));
    const Organisation govtech = organisation(QStringLiteral("Government Technology Agency"), QStringLiteral("GovTech"));
    const Person edward = person(QStringLiteral("Edward Hall"));
    affiliate(edward.id, bhc.id, PartialDate::year(2011));

    QuickLogEntry entry;
    entry.kind = ActivityKind::Introduction;
    entry.date = PartialDate::day(2026, 11, 30);
    entry.purpose = QStringLiteral("Digital identity pilots");
    entry.followUpDue = QDate(2026, 12, 14);
    entry.sides = {{edward.id, edward.name, bhc.id, QStringLiteral("BHC Singapore"), QStringLiteral("introducer")},
                   {0, QStringLiteral("Tan Wei Ling"), govtech.id, QStringLiteral("GovTech"), QStringLiteral("introduced")},
                   {0, QStringLiteral("Ann Lee"), 0, QStringLiteral("Smart Nation Group"), QStringLiteral("introduced")}};
    entry.partnershipName = QStringLiteral("Digital identity exchange");
    QCOMPARE(QuickLogWriter::newRecords(entry),
             QStringList({QStringLiteral("Person: Tan Wei Ling"), QStringLiteral("Affiliation: Tan Wei Ling at GovTech"),
                          QStringLiteral("Person: Ann Lee"), QStringLiteral("Organisation: Smart Nation Group"),
                          QStringLiteral("Affiliation: Ann Lee at Smart Nation Group"),
                          QStringLiteral("Partnership: Digital identity exchange")}));

    QuickLogWriter writer(*m_repo);
    QuickLogResult written = writer.write(entry);
    QCOMPARE(written.people.size(), 2);
    QCOMPARE(written.organisations.size(), 1);
    QCOMPARE(written.affiliations.size(), 2);
    QVERIFY(written.partnership.has_value());

    const auto tan = m_repo->people().findByName(QStringLiteral("Tan Wei Ling"));
    const auto ann = m_repo->people().findByName(QStringLiteral("Ann Lee"));
    const auto sng = m_repo->organisations().findByName(QStringLiteral("Smart Nation Group"));
    QVERIFY(tan && ann && sng);
    QCOMPARE(m_repo->affiliations().ofPerson(tan->id).size(), 1);
    QCOMPARE(m_repo->affiliations().ofPerson(tan->id).first().organisationId, govtech.id);
    QVERIFY(m_repo->affiliations().ofPerson(tan->id).first().isCurrent());
    QCOMPARE(m_repo->affiliations().ofPerson(ann->id).first().organisationId, sng->id);
    QCOMPARE(m_repo->affiliations().ofPerson(edward.id).size(), 1); // a known person's ties are left alone

    const auto activity = m_repo->activities().find(written.activity.id);
    QVERIFY(activity);
    QCOMPARE(activity->kind, ActivityKind::Introduction);
    QCOMPARE(activity->title, QStringLiteral("Introduction of Tan Wei Ling (GovTech) to Ann Lee (Smart Nation Group)"));
    QCOMPARE(activity->when.start(), PartialDate::day(2026, 11, 30));
    QCOMPARE(activity->purpose, entry.purpose);
    QCOMPARE(activity->followUpDue, QDate(2026, 12, 14));
    QCOMPARE(activity->participants.size(), 3);
    QCOMPARE(activity->participants.at(0), (Participant{edward.id, bhc.id, QStringLiteral("introducer")}));
    QCOMPARE(activity->participants.at(1), (Participant{tan->id, govtech.id, QStringLiteral("introduced")}));
    QCOMPARE(activity->participants.at(2), (Participant{ann->id, sng->id, QStringLiteral("introduced")}));
    const auto partnership = m_repo->partnerships().find(written.partnership->id);
    QVERIFY(partnership);
    QCOMPARE(activity->partnershipIds, QList<qint64>{partnership->id});
    // Between the two sides introduced, not the introducer's organisation.
    QCOMPARE(partnership->parties.size(), 2);
    QCOMPARE(partnership->parties.at(0).organisationId, govtech.id);
    QCOMPARE(partnership->parties.at(1).organisationId, sng->id);
    QCOMPARE(partnership->stage(), QStringLiteral("introduced"));

    // Undo removes everything the entry created, and only that.
    writer.remove(written);
    QCOMPARE(count(QStringLiteral("activities")), 0);
    QCOMPARE(count(QStringLiteral("people")), 1);
    QCOMPARE(count(QStringLiteral("organisations")), 2);
    QCOMPARE(count(QStringLiteral("affiliations")), 1);
    QCOMPARE(count(QStringLiteral("partnerships")), 0);

    // Redo puts it back under the same ids.
    writer.restore(written);
    QCOMPARE(m_repo->people().findByName(QStringLiteral("Tan Wei Ling"))->id, tan->id);
    QCOMPARE(m_repo->organisations().findByName(QStringLiteral("Smart Nation Group"))->id, sng->id);
    QCOMPARE(m_repo->affiliations().ofPerson(ann->id).size(), 1);
    const auto again = m_repo->activities().find(activity->id);
    QVERIFY(again);
    QCOMPARE(again->participants, activity->participants);
    QCOMPARE(again->partnershipIds, activity->partnershipIds);
    QCOMPARE(m_repo->partnerships().find(partnership->id)->parties, partnership->parties);
    // …and can be undone again.
    writer.remove(written);
    QCOMPARE(count(QStringLiteral("people")), 1);
}

void TestQuickLogWriter::failedEntryLeavesNothing()
{
    const Organisation govtech = organisation(QStringLiteral("Government Technology Agency"));
    QuickLogEntry entry;
    entry.date = PartialDate::day(2026, 11, 30);
    entry.sides = {{0, QStringLiteral("New Introducer"), 0, QStringLiteral("New Organisation"), QStringLiteral("introducer")},
                   {0, QStringLiteral("Tan Wei Ling"), govtech.id, {}, QStringLiteral("introduced")}};
    entry.partnershipId = 987654; // gone meanwhile: the last write (the activity's link) fails
    QuickLogWriter writer(*m_repo);
    QVERIFY_THROWS_EXCEPTION(StorageError, writer.write(entry));
    QCOMPARE(count(QStringLiteral("people")), 0);
    QCOMPARE(count(QStringLiteral("organisations")), 1);
    QCOMPARE(count(QStringLiteral("affiliations")), 0);
    QCOMPARE(count(QStringLiteral("activities")), 0);
    QCOMPARE(m_db->transactionDepth(), 0);
}

void TestQuickLogWriter::undoRefusedWhenChangedSince()
{
    QuickLogEntry entry;
    entry.date = PartialDate::day(2026, 11, 30);
    entry.sides = {{0, QStringLiteral("Ann Lee"), 0, QStringLiteral("Smart Nation Group"), QStringLiteral("introduced")}};
    QuickLogWriter writer(*m_repo);
    const QuickLogResult written = writer.write(entry);
    Person changed = *m_repo->people().find(written.people.first().id);
    changed.title = QStringLiteral("Director"); // someone else's edit
    m_repo->people().save(changed);
    QVERIFY_THROWS_EXCEPTION(ConflictError, writer.remove(written));
    // Nothing removed, not even the activity removed first.
    QVERIFY(m_repo->activities().find(written.activity.id));
    QCOMPARE(count(QStringLiteral("people")), 1);
    QCOMPARE(count(QStringLiteral("organisations")), 1);
}

void TestQuickLogWriter::organisationOnADate()
{
    const Organisation ida = organisation(QStringLiteral("Infocomm Development Authority"));
    const Organisation govtech = organisation(QStringLiteral("Government Technology Agency"));
    const Organisation nus = organisation(QStringLiteral("National University of Singapore"));
    const Person tan = person(QStringLiteral("Tan Wei Ming"));
    affiliate(tan.id, ida.id, PartialDate::year(2010), PartialDate::month(2016, 9));
    affiliate(tan.id, govtech.id, PartialDate::month(2016, 10));
    affiliate(tan.id, nus.id, PartialDate::year(2015)); // an adjunct post, current too
    QuickLogWriter writer(*m_repo);
    QCOMPARE(writer.organisationOn(tan.id, PartialDate::day(2013, 3, 12)), ida.id);
    // Two ties on the date: the one that began last.
    QCOMPARE(writer.organisationOn(tan.id, PartialDate::day(2016, 9, 30)), nus.id);
    QCOMPARE(writer.organisationOn(tan.id, PartialDate::day(2020, 1, 1)), govtech.id);
    QCOMPARE(writer.organisationOn(tan.id, PartialDate()), govtech.id);
    QCOMPARE(writer.organisationOn(tan.id, PartialDate::year(2005)), 0);
    QCOMPARE(writer.organisationOn(person(QStringLiteral("Nobody Known")).id, PartialDate::year(2020)), 0);
}

void TestQuickLogWriter::sharedPartnership()
{
    const Organisation gds = organisation(QStringLiteral("Government Digital Service"), QStringLiteral("GDS"));
    const Organisation govtech = organisation(QStringLiteral("Government Technology Agency"), QStringLiteral("GovTech"));
    const Organisation csa = organisation(QStringLiteral("Cyber Security Agency of Singapore"), QStringLiteral("CSA"));
    Partnership withCsa;
    withCsa.name = QStringLiteral("Cyber skills");
    withCsa.parties = {{gds.id, QStringLiteral("partner")}, {csa.id, QStringLiteral("partner")}};
    m_repo->partnerships().save(withCsa);
    Partnership digital;
    digital.name = QStringLiteral("Digital government exchange");
    digital.parties = {{govtech.id, QStringLiteral("lead")}, {gds.id, QStringLiteral("partner")}};
    m_repo->partnerships().save(digital);
    QuickLogWriter writer(*m_repo);
    QCOMPARE(writer.sharedPartnership(gds.id, govtech.id)->id, digital.id);
    QCOMPARE(writer.sharedPartnership(govtech.id, gds.id)->id, digital.id);
    QCOMPARE(writer.sharedPartnership(csa.id, gds.id)->id, withCsa.id);
    QVERIFY(!writer.sharedPartnership(csa.id, govtech.id));
    QVERIFY(!writer.sharedPartnership(0, govtech.id));
}

void TestQuickLogWriter::completionRanksExactShortNameFirst()
{
    // The demo's two Singapore posts: the High Commission sorts first by name
    // and matches "SIN Singapore" word by word, but the Science and Innovation
    // Network *is* "SIN Singapore".
    const Organisation bhc = organisation(QStringLiteral("British High Commission Singapore"), QStringLiteral("BHC Singapore"),
                                          QStringLiteral("Singapore"));
    const Organisation sin = organisation(QStringLiteral("UK Science and Innovation Network Singapore"),
                                          QStringLiteral("SIN Singapore"), QStringLiteral("Singapore"));
    NameCompletion completion(*m_db);
    const QList<NameMatch> found = completion.matches(ListKind::Organisations, QStringLiteral("SIN Singapore"), 20);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).id, sin.id);
    QCOMPARE(found.at(0).rank, NameMatch::Rank::Exact);
    QCOMPARE(found.at(0).shortName, QStringLiteral("SIN Singapore"));
    QCOMPARE(found.at(0).detail, QStringLiteral("Singapore"));
    QCOMPARE(found.at(1).id, bhc.id);
    // An alias is a name too.
    Organisation withAlias = *m_repo->organisations().find(sin.id);
    withAlias.aliases = {QStringLiteral("Science & Innovation Network")};
    m_repo->organisations().save(withAlias);
    QCOMPARE(completion.matches(ListKind::Organisations, QStringLiteral("science & innovation network"), 20).first().rank,
             NameMatch::Rank::Exact);
}

void TestQuickLogWriter::completionRanksPrefixThenWordThenRecent()
{
    const Organisation wordStart = organisation(QStringLiteral("Agency for Science")); // a word begins with "sci"
    const Organisation anywhere = organisation(QStringLiteral("Consciousness Lab"));  // "sci" inside a word
    const Organisation prefix = organisation(QStringLiteral("Science Museum"));
    const Organisation prefix2 = organisation(QStringLiteral("Scientific Council"));
    NameCompletion completion(*m_db);
    QList<qint64> ids;
    for (const NameMatch &m : completion.matches(ListKind::Organisations, QStringLiteral("sci"), 20))
        ids.append(m.id);
    QCOMPARE(ids, (QList<qint64>{prefix.id, prefix2.id, wordStart.id, anywhere.id}));
    // Recently used comes first within its rank, never above a better rank.
    ids.clear();
    for (const NameMatch &m : completion.matches(ListKind::Organisations, QStringLiteral("sci"), 20, {anywhere.id, prefix2.id}))
        ids.append(m.id);
    QCOMPARE(ids, (QList<qint64>{prefix2.id, prefix.id, wordStart.id, anywhere.id}));
    // At most `limit` rows are read.
    QCOMPARE(completion.matches(ListKind::Organisations, QStringLiteral("sci"), 2).size(), 2);
    // People show their current organisation.
    const Person tan = person(QStringLiteral("Tan Wei Ming"));
    affiliate(tan.id, prefix.id, PartialDate::year(2020));
    const auto people = completion.matches(ListKind::People, QStringLiteral("tan"), 20);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.first().detail, QStringLiteral("Science Museum"));
}

QTEST_GUILESS_MAIN(TestQuickLogWriter)
#include "TestQuickLogWriter.moc"
