#include "support/TestDatabase.h"
#include "support/TestPrinters.h"

#include "csv/CsvReader.h"
#include "csv/CsvSniffer.h"
#include "csv/CsvWriter.h"
#include "import/ImportPresets.h"
#include "import/Importer.h"
#include "storage/BulkWriter.h"
#include "storage/DashboardSummary.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/ListQuery.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "query/ActivityFilter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>
#include <sys/types.h>

using namespace liaison;
using liaison::test::TestDatabase;

// The import pipeline on the backend under test: mapping, fill-down, note
// rows, matching and review, dry run, failure, cancel, undo, round trip, CLI.
class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void excelExport();
    void matchingAndReview();
    void reviewDecisionUsesExisting();
    void dryRunLeavesDatabaseUnchanged();
    void failingRowAbortsCleanly();
    void cancelLeavesNothing();
    void undoBatch();
    void undoKeepsRecordsInUse();
    void exportImportRoundTrip();
    void organisationsAndPeople();
    void suggestedMapping();
    void mappingJsonRoundTrip();
    void presets();
    void commandLine();
    void reviewAskJson();
    void headerAfterTitleRow();
    void fullTextIndexAfterLoad();
    void dashboardCountsAfterLoad();
    void exclusiveLoadOnlyWhenAlone();
    void exclusiveLoadChecksForeignKeys();
    void killedImportLeavesNothing();
    void continuationRowsHeldBack();
    // The outcome of an import (issue 13) and empty or broken files (issue 18).
    void refusedRowsCountedPerReason();
    void fewRefusedRowsStillImport();
    void acceptPartialImportsTheRest();
    void cellFixesMendRefusedRows();
    void reimportSkipsRowsAlreadyImported();
    void overlappingFileSkipsOnlyTheOverlap();
    void sameCellsInAnotherPeriodAreNotDuplicates();
    void twinsWithinOneFileAreKept();
    void allowDuplicatesImportsAgain();
    void undoForgetsTheBatchsFingerprints();
    void deletedActivityCanBeImportedAgain();
    void noDataRowsIsAnError();
    void unclosedQuoteIsAnErrorWithAShortMessage();
    void dateInPartsSuggested();
    void hugeDateCellRefusedQuickly();
    void systemOrderWithoutEvidence();

private:
    QByteArray digest();
    QStringList keptCounts();
    Importer::Summary importBytes(const QByteArray &bytes, ImportMapping mapping, bool dryRun = false,
                                  Importer::Options options = {});
    static QString dataFile(const QString &name) { return QStringLiteral(LIAISON_TEST_DATA "/csv/") + name; }
    Organisation organisation(const QString &name, const QStringList &aliases = {}, const QString &shortName = {});
    QList<Activity> allActivities() { return m_repo->activities().list(0, 1000); }
    qint64 fingerprintCount();
    static QByteArray meetingRows(int from, int to, const QByteArray &header = "Date,Organisation,Purpose");

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repository> m_repo;
};

void TestImporter::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    m_db = std::make_unique<Database>();
    m_db->open(m_testDb->location());
    m_repo = std::make_unique<Repository>(*m_db);
}

void TestImporter::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_testDb.reset();
}

// Everything a user could see, in a stable order: the four exports and the batch list.
QByteArray TestImporter::digest()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    ImportBatchRepository batches(*m_db);
    ListQuery lists(*m_db);
    for (const QString &what : ListQuery::exportNames()) {
        ListRequest request;
        request.kind = *ListQuery::kindOfExportName(what);
        lists.exportRows(request, [&](const QStringList &cells) {
            hash.addData(cells.join(QChar(0x1F)).toUtf8() + '\n');
            return true;
        });
    }
    for (const ImportBatch &b : batches.list())
        hash.addData(QByteArray::number(b.id) + b.source.toUtf8());
    hash.addData(QByteArray::number(m_repo->organisations().count()));
    hash.addData(QByteArray::number(m_repo->activities().count()));
    return hash.result().toHex();
}

Organisation TestImporter::organisation(const QString &name, const QStringList &aliases, const QString &shortName)
{
    Organisation o;
    o.name = name;
    o.aliases = aliases;
    o.shortName = shortName;
    m_repo->organisations().save(o);
    return o;
}

Importer::Summary TestImporter::importBytes(const QByteArray &bytes, ImportMapping mapping, bool dryRun,
                                            Importer::Options options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.format = CsvSniffer::sniff(&buffer);
    if (mapping.columns.isEmpty())
        mapping.columns = ImportMapping::suggestColumns(Importer::header(buffer, options.format, mapping.headerRow),
                                                        mapping.target);
    options.mapping = mapping;
    options.dryRun = dryRun;
    options.source = QStringLiteral("test.csv");
    return Importer(*m_db).run(buffer, options);
}

// Day 2 of the design notes: Excel, Windows-1252, a name only on its first
// row, "Nil return" lines and footnotes, dates like "Oct-12".
void TestImporter::excelExport()
{
    QFile file(dataFile(QStringLiteral("excel-windows1252.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Importer::Options options;
    options.format = CsvSniffer::sniff(&file);
    QCOMPARE(options.format.encoding, CsvEncoding::Windows1252);
    ImportMapping &m = options.mapping;
    m.headerRow = 1; // a title line comes first
    m.dataStart = 2;
    const QStringList header = Importer::header(file, options.format, m.headerRow);
    QCOMPARE(header.value(2), QStringLiteral("Name of Organisation"));
    m.columns = ImportMapping::suggestColumns(header, ImportTarget::Activity);
    // Suggested from the wording.
    QCOMPARE(m.columnFor(ImportField::People)->column, 0);      // Minister
    QCOMPARE(m.columnFor(ImportField::Date)->column, 1);        // Date
    QCOMPARE(m.columnFor(ImportField::Organisations)->column, 2); // Name of Organisation
    QCOMPARE(m.columnFor(ImportField::Purpose)->column, 3);     // Purpose of meeting
    QCOMPARE(m.columnFor(ImportField::Location)->column, 4);    // Destination
    for (ColumnMapping &c : m.columns) {
        if (c.field == ImportField::People)
            c.fillDown = true;
        if (c.field == ImportField::Organisations)
            c.split = SplitMode::Commas;
    }
    QList<ImportIssue> streamed;
    options.issueSink = [&](const ImportIssue &issue) { streamed.append(issue); };
    const Importer::Summary s = Importer(*m_db).run(file, options);
    QCOMPARE(s.rowsRead, 8);
    QCOMPARE(s.activitiesCreated, 5);
    QCOMPARE(s.skipped, 3); // blank, "Nil return", "Note:"
    QCOMPARE(s.errors, 0);
    QCOMPARE(s.peopleCreated, 3);
    QCOMPARE(s.organisationsCreated, 7); // GDS, O2, EE, Three, Vodafone, GovTech Singapore, Déjà Vu Institute
    QCOMPARE(s.organisationsMatched, 1); // "The Government Digital Service Ltd"
    QVERIFY(s.batchId > 0);
    QCOMPARE(streamed.size(), s.issues.size());
    // The report names the file's physical lines.
    bool nilReturn = false, note = false;
    for (const ImportIssue &issue : s.issues) {
        if (issue.reason.contains(QLatin1String("Nil return"))) {
            nilReturn = true;
            QCOMPARE(issue.line, 8);
            QCOMPARE(issue.severity, ImportIssue::Severity::Skipped);
        }
        if (issue.reason.startsWith(QLatin1String("note row: Note:"))) {
            note = true;
            QCOMPARE(issue.line, 10);
        }
    }
    QVERIFY(nilReturn && note);

    const QList<Activity> activities = allActivities();
    QCOMPARE(activities.size(), 5);
    const auto byPurpose = [&](const QString &purpose) {
        for (const Activity &a : activities) {
            if (a.purpose == purpose)
                return a;
        }
        return Activity();
    };
    const Activity spectrum = byPurpose(QString::fromUtf8(u8"Spectrum “auction”"));
    QCOMPARE(spectrum.when.start(), PartialDate::day(2014, 3, 14));
    QCOMPARE(spectrum.kind, ActivityKind::Meeting);
    QCOMPARE(spectrum.participants.size(), 5); // Jane Doe filled down + four operators
    const Person jane = *m_repo->people().find(spectrum.participants.at(0).personId);
    // The cell said "Rt Hon Jane Doe MP": the name without the honorifics, which are kept apart.
    QCOMPARE(jane.name, QStringLiteral("Jane Doe"));
    QCOMPARE(jane.notes, QStringLiteral("Honorifics: Rt Hon, MP"));
    QCOMPARE(m_repo->organisations().find(spectrum.participants.at(4).organisationId)->name, QStringLiteral("Vodafone"));
    const Activity first = byPurpose(QString::fromUtf8(u8"Digital identity – next steps"));
    QCOMPARE(first.when.start(), PartialDate::month(2012, 10)); // "Oct-12"
    const Activity cafe = byPurpose(QString::fromUtf8(u8"Café meeting on open standards"));
    QCOMPARE(cafe.participants.at(1).organisationId, first.participants.at(1).organisationId); // matched, not duplicated
    QCOMPARE(cafe.participants.at(0).personId, jane.id);
    QCOMPARE(byPurpose(QStringLiteral("Visit")).when.start(), PartialDate::month(2019, 3));
    QVERIFY(m_repo->organisations().findByName(QString::fromUtf8(u8"Déjà Vu Institute")).has_value());
    QCOMPARE(activities.first().importBatchId, s.batchId);

    // The report saves as CSV with line, column, outcome and reason.
    QBuffer report;
    report.open(QIODevice::WriteOnly);
    QVERIFY(Importer::writeReport(report, s.issues));
    QVERIFY(report.data().startsWith("line,column,outcome,reason\r\n"));
    QVERIFY(report.data().contains("8,,skipped,note row: Nil return"));
}

void TestImporter::matchingAndReview()
{
    const Organisation gds = organisation(QStringLiteral("Government Digital Service"), {QStringLiteral("UK GDS")}, QStringLiteral("GDS"));
    const Organisation dbt = organisation(QStringLiteral("Department for Business and Trade"));
    const Organisation govtech = organisation(QStringLiteral("GovTech Singapore"));
    const QByteArray csv = "Date,Organisation\n"
                           "2014-01-01,Government Digital Service\n" // exact
                           "2014-01-02,UK GDS\n"                     // alias
                           "2014-01-03,GDS\n"                        // short name
                           "2014-01-04,\"the government digital service, ltd.\"\n" // normalised
                           "2014-01-05,Dept for Business & Trade\n"  // close: review
                           "2014-01-06,Govtech Singapore Pte\n"      // normalised (case, Pte)
                           "2014-01-07,Ministry of Magic\n";         // new
    const qint64 before = m_repo->organisations().count();
    const Importer::Summary s = importBytes(csv, {});
    QCOMPARE(s.activitiesCreated, 7);
    QCOMPARE(s.organisationsMatched, 5);
    QCOMPARE(s.organisationsCreated, 2);
    QCOMPARE(m_repo->organisations().count(), before + 2);
    QCOMPARE(s.review.size(), 1);
    QCOMPARE(s.review.first().name, QStringLiteral("Dept for Business & Trade"));
    QCOMPARE(s.review.first().firstLine, 6);
    QVERIFY(!s.review.first().candidates.isEmpty());
    QCOMPARE(s.review.first().candidates.first().id, dbt.id);
    // Never merged silently: the close name became a record of its own.
    QVERIFY(m_repo->organisations().findByName(QStringLiteral("Dept for Business & Trade")).has_value());
    const QList<Activity> activities = allActivities();
    for (const Activity &a : activities) {
        const qint64 id = a.participants.value(0).organisationId;
        if (a.when.start().first().day() <= 4)
            QCOMPARE(id, gds.id);
        if (a.when.start().first().day() == 6)
            QCOMPARE(id, govtech.id);
    }
    // Normalisation itself.
    QCOMPARE(NameMatcher::normalise(u"The  Government Digital-Service Ltd."), QStringLiteral("government digital service"));
    QCOMPARE(NameMatcher::normalise(u"AT&T Inc"), QStringLiteral("at and t"));
}

void TestImporter::reviewDecisionUsesExisting()
{
    const Organisation dbt = organisation(QStringLiteral("Department for Business and Trade"));
    const QByteArray csv = "Date,Organisation\n2014-01-05,Dept for Business & Trade\n2014-02-05,Dept for Business & Trade\n";
    Importer::Options options;
    options.organisationDecisions.insert(QStringLiteral("Dept for Business & Trade"), dbt.id);
    const Importer::Summary s = importBytes(csv, {}, false, options);
    QCOMPARE(s.organisationsCreated, 0);
    QCOMPARE(s.organisationsMatched, 2);
    QVERIFY(s.review.isEmpty());
    for (const Activity &a : allActivities())
        QCOMPARE(a.participants.value(0).organisationId, dbt.id);
}

void TestImporter::dryRunLeavesDatabaseUnchanged()
{
    organisation(QStringLiteral("Government Digital Service"));
    const QByteArray before = digest();
    QList<QJsonObject> records;
    Importer::Options options;
    options.recordSink = [&](const QJsonObject &r) { records.append(r); };
    const Importer::Summary s = importBytes("Date,Organisations,Title\n2014-01-01,Government Digital Service; New Org,Talk\n"
                                            "nope,X,Bad date\n2014-03,Y,Month\n",
                                            {}, true, options);
    QVERIFY(s.dryRun);
    QCOMPARE(s.activitiesCreated, 2);
    QCOMPARE(s.organisationsCreated, 2); // New Org, Y
    QCOMPARE(s.organisationsMatched, 1);
    QCOMPARE(s.errors, 1);
    QCOMPARE(s.batchId, 0);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.first().value(QStringLiteral("title")).toString(), QStringLiteral("Talk"));
    QCOMPARE(records.last().value(QStringLiteral("start")).toString(), QStringLiteral("2014-03"));
    QCOMPARE(digest(), before);
}

void TestImporter::failingRowAbortsCleanly()
{
    organisation(QStringLiteral("Existing"));
    const QByteArray before = digest();
    // A real failure from the database, on the third row.
    if (m_db->backend() == DatabaseLocation::Backend::SQLite) {
        m_db->execDirect(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON activities WHEN NEW.title = 'boom' "
                                        "BEGIN SELECT RAISE(ABORT, 'boom row refused'); END"));
    } else {
        m_db->execDirect(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.title = 'boom' THEN "
                                        "RAISE EXCEPTION 'boom row refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"));
        m_db->execDirect(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON activities FOR EACH ROW EXECUTE FUNCTION boom()"));
    }
    bool threw = false;
    try {
        importBytes("Date,Title,Organisations\n2014-01-01,fine,New One\n2014-01-02,also fine,New Two\n2014-01-03,boom,X\n", {});
    } catch (const StorageError &e) {
        threw = true;
        QVERIFY2(e.message().contains(QLatin1String("boom row refused")), qPrintable(e.message()));
    }
    QVERIFY(threw);
    QCOMPARE(digest(), before);
    QVERIFY(ImportBatchRepository(*m_db).list().isEmpty());
    QCOMPARE(m_db->transactionDepth(), 0);
    // The connection still works afterwards.
    QCOMPARE(importBytes("Date,Title\n2014-01-01,fine\n", {}).activitiesCreated, 1);
}

void TestImporter::cancelLeavesNothing()
{
    const QByteArray before = digest();
    QByteArray csv = "Date,Title,Organisations\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("2014-01-%1,Row %2,Org %3\n").arg(1 + i % 28).arg(i).arg(i % 50).toUtf8();
    Importer::Options options;
    qint64 seen = 0;
    options.progress = [&](qint64 rows, qint64) {
        seen = rows;
        return rows < 1024;
    };
    const Importer::Summary s = importBytes(csv, {}, false, options);
    QVERIFY(s.cancelled);
    QCOMPARE(seen, 1024);
    QCOMPARE(digest(), before);
    QVERIFY(ImportBatchRepository(*m_db).list().isEmpty());
}

void TestImporter::undoBatch()
{
    organisation(QStringLiteral("Government Digital Service"));
    const QByteArray before = digest();
    const Importer::Summary s = importBytes("Date,Organisations,People\n2014-01-01,Government Digital Service; Brand New,"
                                            "Jane Doe\n2014-02-01,Brand New,\n",
                                            {});
    QCOMPARE(s.activitiesCreated, 2);
    QVERIFY(digest() != before);
    const QList<ImportBatch> batches = ImportBatchRepository(*m_db).list();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().source, QStringLiteral("test.csv"));
    QCOMPARE(batches.first().rowCount, 4); // 2 activities, 1 organisation, 1 person
    const ImportBatchRepository::UndoResult undone = ImportBatchRepository(*m_db).undo(s.batchId);
    QCOMPARE(undone.activities, 2);
    QCOMPARE(undone.organisations, 1);
    QCOMPARE(undone.people, 1);
    QCOMPARE(digest(), before);
    QVERIFY_THROWS_EXCEPTION(StorageError, ImportBatchRepository(*m_db).undo(s.batchId));
}

void TestImporter::undoKeepsRecordsInUse()
{
    const Importer::Summary s = importBytes("Date,Organisations\n2014-01-01,Brand New\n", {});
    const qint64 id = m_repo->organisations().findByName(QStringLiteral("Brand New"))->id;
    // Someone records a meeting with the imported organisation by hand.
    Activity manual;
    manual.title = QStringLiteral("By hand");
    manual.when = DateSpan(PartialDate::day(2014, 5, 1));
    manual.participants.append({0, id, QStringLiteral("attendee")});
    m_repo->activities().save(manual);
    const ImportBatchRepository::UndoResult undone = ImportBatchRepository(*m_db).undo(s.batchId);
    QCOMPARE(undone.activities, 1);
    QCOMPARE(undone.organisations, 0);
    QCOMPARE(undone.keptOrganisations, 1);
    QVERIFY(m_repo->organisations().find(id).has_value());
    QVERIFY(m_repo->activities().find(manual.id).has_value());
}

void TestImporter::exportImportRoundTrip()
{
    const Organisation dsit = organisation(QStringLiteral("Department for Science, Innovation and Technology"));
    const Organisation gt = organisation(QStringLiteral("GovTech \"Singapore\""));
    Person tan;
    tan.name = QString::fromUtf8(u8"Tan Wei Ming 陈伟明");
    m_repo->people().save(tan);
    const auto add = [&](ActivityKind kind, const QString &title, DateSpan when, QList<Participant> who,
                         const QString &description = {}) {
        Activity a;
        a.kind = kind;
        a.title = title;
        a.when = when;
        a.participants = who;
        a.description = description;
        a.location = QStringLiteral("London, UK");
        m_repo->activities().save(a);
    };
    add(ActivityKind::Meeting, QStringLiteral("=HYPERLINK(\"x\")"), DateSpan(PartialDate::day(2013, 3, 22)),
        {{tan.id, 0, QStringLiteral("attendee")}, {0, dsit.id, QStringLiteral("attendee")}, {0, gt.id, QStringLiteral("attendee")}},
        QStringLiteral("multi\nline, with \"quotes\""));
    add(ActivityKind::Delegation, QStringLiteral("Visit"), DateSpan(PartialDate::day(2014, 2, 9), PartialDate::day(2014, 2, 10)),
        {{0, dsit.id, QStringLiteral("visiting")}});
    add(ActivityKind::Agreement, QStringLiteral("-MoU"), DateSpan(PartialDate::month(2012, 10)), {{0, gt.id, QStringLiteral("party")}});
    add(ActivityKind::Event, QStringLiteral("Lecture"), DateSpan(PartialDate::quarter(2015, 3)), {});

    const auto exportAll = [](Database &db) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&out, true);
            ListRequest activities;
            activities.kind = ListKind::Activities;
            ListQuery(db).exportRows(activities, [&](const QStringList &cells) {
                writer.writeRecord(cells);
                return true;
            });
        }
        return out.data();
    };
    const QByteArray first = exportAll(*m_db);
    QVERIFY(first.contains("'=HYPERLINK"));

    // Into a second, empty database on the same backend.
    TestDatabase other;
    LIAISON_REQUIRE_DATABASE(other);
    Database db2;
    db2.open(other.location());
    QBuffer in;
    in.setData(first);
    in.open(QIODevice::ReadOnly);
    Importer::Options options;
    options.format = CsvSniffer::sniff(&in);
    QVERIFY(options.format.hasBom);
    options.mapping.columns = ImportMapping::suggestColumns(Importer::header(in, options.format, 0), ImportTarget::Activity);
    const Importer::Summary s = Importer(db2).run(in, options);
    QCOMPARE(s.activitiesCreated, 4);
    QCOMPARE(s.errors, 0);
    QCOMPARE(s.organisationsCreated, 2);
    QCOMPARE(s.peopleCreated, 1);
    const QByteArray second = exportAll(db2);
    QCOMPARE(QString::fromUtf8(second), QString::fromUtf8(first));
}

void TestImporter::organisationsAndPeople()
{
    organisation(QStringLiteral("Government Digital Service"));
    ImportMapping m;
    m.target = ImportTarget::Organisation;
    Importer::Summary s = importBytes("Organisation name,Acronym,Country,Aliases\n"
                                      "Government Digital Service,GDS,UK,\n"
                                      "Infocomm Media Development Authority,IMDA,Singapore,IDA; iDA\n",
                                      m);
    QCOMPARE(s.organisationsCreated, 1);
    QCOMPARE(s.organisationsMatched, 1); // not added twice
    const auto imda = m_repo->organisations().findByName(QStringLiteral("IDA"));
    QVERIFY(imda.has_value());
    QCOMPARE(imda->shortName, QStringLiteral("IMDA"));
    QCOMPARE(imda->country, QStringLiteral("Singapore"));

    ImportMapping p;
    p.target = ImportTarget::Person;
    s = importBytes(u8"Name,Chinese name,Job title,Organisation\nTan Wei Ming,陈伟明,Director,IMDA\n", p);
    QCOMPARE(s.peopleCreated, 1);
    QCOMPARE(s.affiliationsCreated, 1);
    QCOMPARE(s.organisationsMatched, 1); // IMDA by its short name
    QCOMPARE(m_repo->people().find(m_repo->people().list(0, 10).first().id)->nativeName, QString::fromUtf8(u8"陈伟明"));
}

void TestImporter::suggestedMapping()
{
    const QStringList header = {"Date of Trip", "Destination", "Purpose of meeting", "Minister", "Name of Organisation",
                                "Type", "End date", "Notes"};
    const QList<ColumnMapping> columns = ImportMapping::suggestColumns(header, ImportTarget::Activity);
    const auto fieldOf = [&](int column) {
        for (const ColumnMapping &c : columns) {
            if (c.column == column)
                return c.field;
        }
        return ImportField::Ignore;
    };
    QCOMPARE(fieldOf(0), ImportField::Date);
    QCOMPARE(fieldOf(1), ImportField::Location);
    QCOMPARE(fieldOf(2), ImportField::Purpose);
    QCOMPARE(fieldOf(3), ImportField::People);
    QCOMPARE(fieldOf(4), ImportField::Organisations);
    QCOMPARE(fieldOf(5), ImportField::Kind);
    QCOMPARE(fieldOf(6), ImportField::EndDate);
    QCOMPARE(fieldOf(7), ImportField::Description);

    // Kind row by row, from a column.
    ActivityKind kind;
    QVERIFY(activityKindFromCell(QStringLiteral("MoU"), &kind));
    QCOMPARE(kind, ActivityKind::Agreement);
    QVERIFY(activityKindFromCell(QStringLiteral("Visit"), &kind));
    QCOMPARE(kind, ActivityKind::Delegation);
    QVERIFY(!activityKindFromCell(QStringLiteral("lunch?"), &kind));
    Importer::Options partial; // one row in three is refused: more than 2%
    partial.acceptPartial = true;
    const Importer::Summary s = importBytes("Type,Date,Title\nIntroduction,2014-01-01,A\nConference,2014-01-02,B\nlunch?,2014-01-03,C\n",
                                            {}, false, partial);
    QCOMPARE(s.activitiesCreated, 2);
    QCOMPARE(s.errors, 1);
    QCOMPARE(m_repo->activities().countByKind().value(ActivityKind::Introduction), 1);
    QCOMPARE(m_repo->activities().countByKind().value(ActivityKind::Event), 1);

    // Split on request only.
    QCOMPARE(Importer::splitNames(QStringLiteral("O2, EE, Three and Vodafone"), SplitMode::Commas),
             (QStringList{"O2", "EE", "Three", "Vodafone"}));
    QCOMPARE(Importer::splitNames(QStringLiteral("Department for Science, Innovation and Technology"), SplitMode::Semicolons),
             QStringList{"Department for Science, Innovation and Technology"});
    QCOMPARE(Importer::splitNames(QStringLiteral("A; B\nC"), SplitMode::Semicolons), (QStringList{"A", "B", "C"}));
}

void TestImporter::mappingJsonRoundTrip()
{
    ImportMapping m;
    m.target = ImportTarget::Activity;
    m.kind = ActivityKind::Delegation;
    m.headerRow = 1;
    m.dataStart = 3;
    m.encoding = CsvEncoding::Windows1252;
    m.delimiter = QLatin1Char(';');
    m.dayOrder = DateParser::DayOrder::MonthFirst;
    m.dayOrderGiven = true;
    m.referenceFrom = QDate(2013, 4, 1);
    m.referenceTo = QDate(2014, 3, 31);
    m.columns = {{0, ImportField::Date, false, SplitMode::None, {}},
                 {2, ImportField::People, true, SplitMode::Commas, QStringLiteral("leader")}};
    const QStringList header = {"When", "x", "Who"};
    const QJsonObject json = m.toJson(header);
    QCOMPARE(json.value(QStringLiteral("columns")).toArray().at(1).toObject().value(QStringLiteral("column")).toString(),
             QStringLiteral("Who"));
    ImportMapping back;
    QString error;
    QVERIFY2(ImportMapping::fromJson(json, header, back, &error), qPrintable(error));
    QCOMPARE(back.toJson(header), json);
    QCOMPARE(back.columns, m.columns);
    QCOMPARE(back.kind, ActivityKind::Delegation);
    QVERIFY(!ImportMapping::fromJson(json, {"When"}, back, &error));
    QVERIFY(error.contains(QLatin1String("no column \"Who\"")));
}

void TestImporter::presets()
{
    ImportPresets::remove(QStringLiteral("Quarterly"));
    QVERIFY(!ImportPresets::names().contains(QStringLiteral("Quarterly")));
    ImportMapping m;
    m.columns = {{0, ImportField::Date, false, SplitMode::None, {}}};
    QVERIFY(ImportPresets::save(QStringLiteral("Quarterly"), m.toJson()));
    QVERIFY(ImportPresets::names().contains(QStringLiteral("Quarterly")));
    QJsonObject loaded;
    QVERIFY(ImportPresets::load(QStringLiteral("Quarterly"), &loaded));
    QCOMPARE(loaded, m.toJson());
    QVERIFY(ImportPresets::remove(QStringLiteral("Quarterly")));
}

void TestImporter::commandLine()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("meetings.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Date;Name of Organisation;Purpose\r\n22/03/2013;GDS;Intro\r\n13/04/2013;GovTech;Follow-up\r\nbad;X;Y\r\n");
    f.close();
    const auto run = [&](const QStringList &args, QByteArray *out = nullptr) {
        QProcess p;
        p.start(QStringLiteral(LIAISON_BINARY), args);
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--preview"), QStringLiteral("2"), QStringLiteral("--json")}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).array(),
             QJsonArray({QJsonArray{"Date", "Name of Organisation", "Purpose"}, QJsonArray{"22/03/2013", "GDS", "Intro"}}));

    const QString dbArg = TestDatabase::commandLineArgument(m_testDb->location());
    const QByteArray before = digest();
    const QString report = dir.filePath(QStringLiteral("report.csv"));
    QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--db"), dbArg, QStringLiteral("--dry-run"), QStringLiteral("--json"),
                  QStringLiteral("--report"), report},
                 &out),
             3); // one row in three refused: more than 2%
    const QJsonObject summary = QJsonDocument::fromJson(out).object();
    QCOMPARE(summary.value(QStringLiteral("rowsRead")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("created")).toObject().value(QStringLiteral("activities")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(summary.value(QStringLiteral("records")).toArray().size(), 2);
    QCOMPARE(summary.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(digest(), before);
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    QVERIFY(reportFile.readAll().contains("4,Date,error,\"\"\"bad\"\": not a date\""));

    QVERIFY(summary.value(QStringLiteral("refusedAsPartial")).toBool());
    QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--db"), dbArg, QStringLiteral("--kind"), QStringLiteral("introduction")}, &out), 3);
    QCOMPARE(digest(), before);
    QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--db"), dbArg, QStringLiteral("--kind"), QStringLiteral("introduction"),
                  QStringLiteral("--accept-partial")}, &out), 0);
    QVERIFY(out.startsWith("created 2 activities"));
    QCOMPARE(m_repo->activities().countByKind().value(ActivityKind::Introduction), 2);
    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(run({QStringLiteral("export-csv"), QStringLiteral("--db"), dbArg, QStringLiteral("--what"), QStringLiteral("activities"),
                  QStringLiteral("--from"), QStringLiteral("2013-04-01"), QStringLiteral("--out"), exported}),
             0);
    QFile e(exported);
    QVERIFY(e.open(QIODevice::ReadOnly));
    const QByteArray text = e.readAll();
    QVERIFY(text.contains("2013-04-13"));
    QVERIFY(!text.contains("2013-03-22")); // the filter applied
    QCOMPARE(run({QStringLiteral("import"), dir.filePath(QStringLiteral("missing.csv")), QStringLiteral("--db"), dbArg}), 1);
    QCOMPARE(run({QStringLiteral("export-csv"), QStringLiteral("--db"), dbArg, QStringLiteral("--what"), QStringLiteral("cats"),
                  QStringLiteral("--out"), exported}),
             1);
    // Batches listed and undone from the command line.
    const QList<ImportBatch> batches = ImportBatchRepository(*m_db).list();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), dbArg, QStringLiteral("--batches")}, &out), 0);
    QVERIFY(out.contains("meetings.csv"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), dbArg, QStringLiteral("--undo"),
                  QString::number(batches.first().id)},
                 &out),
             0);
    QVERIFY2(out.startsWith("undid batch"), out.constData());
    QCOMPARE(m_repo->activities().count(), 0);
    QCOMPARE(digest(), before);
}

// `--review ask-json`: the names that need a decision, as JSON, and nothing imported.
void TestImporter::reviewAskJson()
{
    organisation(QStringLiteral("Beatbullying"));
    organisation(QStringLiteral("BT Group plc"));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("meetings.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Date,Organisations\r\n01/06/2014,Beat Bullying\r\n02/06/2014,BT\r\n03/06/2014,Acme Widgets\r\n"
            "04/06/2014,Acme Widget\r\n05/06/2014,Imperial College and UCL\r\n");
    f.close();
    const QString dbArg = TestDatabase::commandLineArgument(m_testDb->location());
    const QByteArray before = digest();
    QProcess p;
    p.start(QStringLiteral(LIAISON_BINARY), {QStringLiteral("import"), csv, QStringLiteral("--db"), dbArg,
                                             QStringLiteral("--review"), QStringLiteral("ask-json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonArray review = json.value(QStringLiteral("review")).toArray();
    QCOMPARE(review.size(), 3);
    QCOMPARE(review.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Beat Bullying"));
    QCOMPARE(review.at(0).toObject().value(QStringLiteral("candidates")).toArray().first().toObject()
                 .value(QStringLiteral("name")).toString(),
             QStringLiteral("Beatbullying"));
    QCOMPARE(review.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("BT"));
    const QJsonObject acme = review.at(2).toObject().value(QStringLiteral("candidates")).toArray().first().toObject();
    QCOMPARE(acme.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Widgets"));
    QVERIFY(acme.value(QStringLiteral("inFile")).toBool());
    QVERIFY(QJsonDocument(json.value(QStringLiteral("reviewLines")).toArray()).toJson().contains("Imperial College and UCL"));
    QCOMPARE(digest(), before); // nothing imported
    p.start(QStringLiteral(LIAISON_BINARY), {QStringLiteral("import"), csv, QStringLiteral("--db"), dbArg,
                                             QStringLiteral("--review"), QStringLiteral("maybe")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
}

// A sheet that starts with a title row and a blank row, then the header, and
// ends with footnotes: the header is found below the title, the footnotes are
// skipped, and the command line does the same without being told.
void TestImporter::headerAfterTitleRow()
{
    QFile file(dataFile(QStringLiteral("title-row-quarterly.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvFormat format = CsvSniffer::sniff(&file);
    const QList<QStringList> rows = Importer::preview(file, format, 40);
    int dataStart = -1;
    QCOMPARE(CsvSniffer::guessHeaderRow(rows, &dataStart), 2);
    QCOMPARE(dataStart, 3);
    // A plain sheet keeps its first row; so does one whose header names fewer columns than some rows fill.
    QCOMPARE(CsvSniffer::guessHeaderRow({{"Date", "Title"}, {"2014-01-01", "Talk"}}), 0);
    QCOMPARE(CsvSniffer::guessHeaderRow({{"Date", "Title", "Where", "Who"}, {"2014-01-01", "Talk", "London", "GDS", "x"}}), 0);
    QCOMPARE(CsvSniffer::guessHeaderRow({{"Report 2014", "", ""}, {"", "", ""}, {"Date", "Title", "Organisation"},
                                         {"2014-01-01", "Talk", "GDS"}}),
             2);

    ImportMapping mapping;
    mapping.headerRow = 2;
    mapping.dataStart = dataStart;
    mapping.columns = ImportMapping::suggestColumns(rows.at(2), ImportTarget::Activity);
    QVERIFY(mapping.isMapped(ImportField::Date));
    QVERIFY(mapping.isMapped(ImportField::Organisations));
    Importer::Options options;
    options.format = format;
    options.mapping = mapping;
    const Importer::Summary s = Importer(*m_db).run(file, options);
    QCOMPARE(s.rowsRead, 7);
    QCOMPARE(s.activitiesCreated, 4);
    QCOMPARE(s.errors, 0);
    QCOMPARE(s.skipped, 3); // the blank row, "Nil return" and the note
    QStringList skipped;
    for (const ImportIssue &issue : s.issues)
        if (issue.severity == ImportIssue::Severity::Skipped)
            skipped.append(QString::number(issue.line));
    QCOMPARE(skipped, QStringList({"8", "9", "10"}));
    QStringList titles;
    for (const Activity &a : allActivities()) {
        titles.append(a.title);
        QCOMPARE(a.when.start().first().year(), 2013);
    }
    titles.sort();
    QCOMPARE(titles, QStringList({"Digital identity: next steps", "Open standards", "Speaker series, 2013", "Spectrum auction"}));

    // The command line, with no mapping: the same guess.
    QCOMPARE(ImportBatchRepository(*m_db).undo(s.batchId).activities, 4);
    const QString dbArg = TestDatabase::commandLineArgument(m_testDb->location());
    QProcess p;
    p.start(QStringLiteral(LIAISON_BINARY), {QStringLiteral("import"), file.fileName(), QStringLiteral("--db"), dbArg,
                                             QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("created")).toObject().value(QStringLiteral("activities")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("skipped")).toInt(), 3);
    QCOMPARE(m_repo->activities().count(), 4);
}

// The load fills the full-text index in one pass at the end: every new row is
// found, the rows that were there before still are, and the trigger is back.
void TestImporter::fullTextIndexAfterLoad()
{
    QCOMPARE(importBytes("Date,Title,Location\n2014-01-01,Existing zebra talk,Paris\n", {}).activitiesCreated, 1);
    QByteArray csv = "Date,Title,Location\n";
    for (int i = 0; i < 300; ++i)
        csv += QStringLiteral("2014-02-%1,Quokka review %2,Perth\n").arg(1 + i % 28).arg(i).toUtf8();
    QCOMPARE(importBytes(csv, {}).activitiesCreated, 300);
    ActivityFilter quokka;
    quokka.text = QStringLiteral("quokka");
    QCOMPARE(m_repo->activities().count(quokka), 300);
    ActivityFilter zebra;
    zebra.text = QStringLiteral("zebra");
    QCOMPARE(m_repo->activities().count(zebra), 1);
    // Rows saved one by one afterwards are indexed again by the trigger.
    Activity a;
    a.kind = ActivityKind::Meeting;
    a.title = QStringLiteral("Wombat briefing");
    a.when = DateSpan(PartialDate(QDate(2015, 1, 1)));
    m_repo->activities().save(a);
    ActivityFilter wombat;
    wombat.text = QStringLiteral("wombat");
    QCOMPARE(m_repo->activities().count(wombat), 1);
}

// The dashboard's kept counts (DashboardSummary), every nonzero row in order.
QStringList TestImporter::keptCounts()
{
    QStringList rows;
    // Areas by name: ids may differ between a load and a recount.
    for (const QString &sql :
         {QStringLiteral("SELECT 'o', COALESCE(a.name, ''), organisation_id, kind, activities FROM organisation_kind_counts k "
                         "LEFT JOIN areas a ON a.id = k.area_id WHERE activities <> 0 ORDER BY 2, 3, 4"),
          QStringLiteral("SELECT 'p', COALESCE(a.name, ''), person_id, kind, activities FROM person_kind_counts k "
                         "LEFT JOIN areas a ON a.id = k.area_id WHERE activities <> 0 ORDER BY 2, 3, 4"),
          QStringLiteral("SELECT 'oy', COALESCE(a.name, ''), organisation_id, kind, start_year, last_year, activities "
                         "FROM organisation_year_counts k LEFT JOIN areas a ON a.id = k.area_id WHERE activities <> 0 "
                         "ORDER BY 2, 3, 4, 5, 6"),
          QStringLiteral("SELECT 'py', COALESCE(a.name, ''), person_id, kind, start_year, last_year, activities "
                         "FROM person_year_counts k LEFT JOIN areas a ON a.id = k.area_id WHERE activities <> 0 "
                         "ORDER BY 2, 3, 4, 5, 6"),
          QStringLiteral("SELECT 'c', COALESCE(a.name, ''), country, kind, start_month, last_month, activities "
                         "FROM country_month_counts k LEFT JOIN areas a ON a.id = k.area_id WHERE activities <> 0 "
                         "ORDER BY 2, 3, 4, 5, 6"),
          QStringLiteral("SELECT 'a', COALESCE(a.name, ''), kind, start_month, last_month, activities "
                         "FROM activity_month_counts k LEFT JOIN areas a ON a.id = k.area_id WHERE activities <> 0 "
                         "ORDER BY 2, 3, 4, 5")}) {
        QSqlQuery &query = m_db->exec(sql);
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells.append(query.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        query.finish();
    }
    return rows;
}

// A load counts its activities for the dashboard itself (the row triggers are
// off meanwhile): the kept counts then equal a recount from scratch, and rows
// saved afterwards are counted by the triggers again.
void TestImporter::dashboardCountsAfterLoad()
{
    Organisation institute;
    institute.name = QStringLiteral("Korea Institute");
    institute.country = QStringLiteral("Korea");
    m_repo->organisations().save(institute);
    Activity earlier;
    earlier.kind = ActivityKind::Meeting;
    earlier.title = QStringLiteral("Earlier meeting");
    earlier.when = DateSpan(PartialDate::day(2014, 1, 5));
    earlier.participants = {{0, institute.id, QStringLiteral("host")}};
    m_repo->activities().save(earlier);

    ImportMapping mapping;
    mapping.columns = ImportMapping::suggestColumns(
        {QStringLiteral("Date"), QStringLiteral("Title"), QStringLiteral("Type"), QStringLiteral("Organisations"),
         QStringLiteral("People"), QStringLiteral("Areas")},
        ImportTarget::Activity);
    QCOMPARE(mapping.columnFor(ImportField::Areas)->column, 5);
    for (ColumnMapping &c : mapping.columns) {
        if (c.field == ImportField::Organisations || c.field == ImportField::People || c.field == ImportField::Areas)
            c.split = SplitMode::Commas;
    }
    const Importer::Summary s = importBytes(
        "Date,Title,Type,Organisations,People,Areas\n"
        "2014-01-10,Visit one,meeting,\"Korea Institute, New Agency\",Kim Min-jun,open standards\n"
        "2014-02-01,Visit two,event,\"Korea Institute, Korea Institute\",,\"open standards, quantum\"\n"
        "9 Feb to 2 Mar 2014,Secondment,delegation,New Agency,\"Kim Min-jun, Lee Ji-woo\",\n",
        mapping);
    QCOMPARE(s.errors, 0);
    QCOMPARE(s.activitiesCreated, 3);
    const QStringList loaded = keptCounts();
    // The institute: two meetings (one saved, one loaded) and one event, counted once though named twice.
    QVERIFY2(loaded.contains(QStringLiteral("o||%1|meeting|2").arg(institute.id)), qPrintable(loaded.join(QLatin1Char(' '))));
    QVERIFY2(loaded.contains(QStringLiteral("o||%1|event|1").arg(institute.id)), qPrintable(loaded.join(QLatin1Char(' '))));
    // Per area too: both loaded visits are tagged "open standards", one also "quantum".
    QVERIFY2(loaded.contains(QStringLiteral("o|open standards|%1|meeting|1").arg(institute.id)),
             qPrintable(loaded.join(QLatin1Char(' '))));
    QVERIFY(loaded.contains(QStringLiteral("o|quantum|%1|event|1").arg(institute.id)));
    QVERIFY(loaded.contains(QStringLiteral("a|open standards|event|201402|201402|1")));

    {
        Transaction transaction(*m_db);
        DashboardSummary summary(*m_db);
        summary.suspend();
        summary.resume(); // recounts every table from the records
        QCOMPARE(keptCounts(), loaded);
    }

    Activity later = earlier;
    later.id = 0;
    later.title = QStringLiteral("Later meeting");
    m_repo->activities().save(later);
    QVERIFY(keptCounts().contains(QStringLiteral("o||%1|meeting|3").arg(institute.id)));
}

// The exclusive load (rollback journal, foreign keys checked at the end) is
// only taken when no other connection has the file open, and the connection
// is put back as it was afterwards.
void TestImporter::exclusiveLoadOnlyWhenAlone()
{
    if (m_db->backend() != DatabaseLocation::Backend::SQLite)
        QSKIP("an SQLite load mode");
    const auto pragma = [&](const char *name) {
        QSqlQuery &q = m_db->exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        const QString value = q.next() ? q.value(0).toString() : QString();
        q.finish();
        return value;
    };
    {
        Database other;
        other.open(m_testDb->location());
        QElapsedTimer timer;
        timer.start();
        BulkWriter writer(*m_db, BulkWriter::Mode::Exclusive);
        QVERIFY(!writer.isExclusive());
        QVERIFY(timer.elapsed() < 2000); // refused at once, not after the busy timeout
        QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    }
    {
        BulkWriter writer(*m_db, BulkWriter::Mode::Exclusive);
        QVERIFY(writer.isExclusive());
        QCOMPARE(pragma("journal_mode"), QStringLiteral("delete"));
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("0"));
    }
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma("busy_timeout"), QStringLiteral("5000"));
    // And others can open the file again.
    Database other;
    other.open(m_testDb->location());
    QCOMPARE(Repository(other).activities().count(), 0);
}

// Without row-by-row foreign-key checks, a row that refers to nothing is still
// caught before the commit, and the whole load rolls back.
void TestImporter::exclusiveLoadChecksForeignKeys()
{
    if (m_db->backend() != DatabaseLocation::Backend::SQLite)
        QSKIP("an SQLite load mode");
    const Organisation existing = organisation(QStringLiteral("Existing"));
    const QByteArray before = digest();
    bool threw = false;
    {
        BulkWriter writer(*m_db, BulkWriter::Mode::Exclusive);
        QVERIFY(writer.isExclusive());
        try {
            Transaction transaction(*m_db);
            Activity a;
            a.kind = ActivityKind::Meeting;
            a.title = QStringLiteral("Fine");
            a.when = DateSpan(PartialDate(QDate(2014, 1, 1)));
            a.participants.append({0, existing.id, QStringLiteral("attendee")});
            writer.insertActivity(a);
            a.title = QStringLiteral("Refers to nothing");
            a.participants = {{0, existing.id + 1000, QStringLiteral("attendee")}};
            writer.insertActivity(a);
            writer.finish();
            transaction.commit();
        } catch (const StorageError &e) {
            threw = true;
            QVERIFY2(e.message().contains(QLatin1String("activity_participants")), qPrintable(e.message()));
        }
    }
    QVERIFY(threw);
    QCOMPARE(digest(), before);
    QCOMPARE(m_db->transactionDepth(), 0);
}

// A command-line import killed half-way (the exclusive load, with its
// rollback journal) leaves the database exactly as it was.
void TestImporter::killedImportLeavesNothing()
{
    if (m_db->backend() != DatabaseLocation::Backend::SQLite)
        QSKIP("the exclusive load is SQLite's");
    organisation(QStringLiteral("Government Digital Service"));
    const QByteArray before = digest();
    const QString path = m_db->location().filePath();
    m_repo.reset();
    m_db.reset(); // alone with the file, as the command line usually is

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Date,Title,Organisations,Description\n");
    for (int i = 0; i < 200000; ++i)
        f.write(QStringLiteral("%1/%2/2014,Meeting %3,\"Org %4; Government Digital Service\",\"Notes, and more\"\n")
                    .arg(1 + i % 28).arg(1 + i % 12).arg(i).arg(i % 300).toUtf8());
    f.close();
    QProcess p;
    p.start(QStringLiteral(LIAISON_BINARY), {QStringLiteral("import"), csv, QStringLiteral("--db"), path, QStringLiteral("--quiet")});
    QVERIFY(p.waitForStarted());
    // The rollback journal shows that the exclusive load has begun writing.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral("-journal")) || p.state() == QProcess::NotRunning, 30000);
    QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed");
    QTest::qWait(300);
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    m_db = std::make_unique<Database>();
    m_db->open(m_testDb->location());
    m_repo = std::make_unique<Repository>(*m_db);
    QCOMPARE(digest(), before);
    QVERIFY(ImportBatchRepository(*m_db).list().isEmpty());
    QSqlQuery &check = m_db->exec(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    check.finish();
    QSqlQuery &journal = m_db->exec(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(journal.next());
    QCOMPARE(journal.value(0).toString(), QStringLiteral("wal"));
    journal.finish();
    // The full-text trigger is there again (the load had dropped it).
    QSqlQuery &trigger = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'activities_fts_insert'"));
    QVERIFY(trigger.next());
    QCOMPARE(trigger.value(0).toInt(), 1);
    trigger.finish();
}

// A row is held back until the next shows whether it continues it: the
// continuation of a refused row is refused with it; the last row is written.
void TestImporter::continuationRowsHeldBack()
{
    const QByteArray csv("Date,Organisation,Purpose\n"
                         "30/02/2014,GovTech,Talks\n"
                         ",Acme Ltd,\n"
                         "06/03/2014,Beta Systems,Trade and\n"
                         ",,investment\n"
                         "07/03/2014,Delta Group,Skills\n"
                         ",Gamma Partners,\n");
    ImportMapping mapping;
    for (const auto &[column, field] : {std::pair{0, ImportField::Date}, std::pair{1, ImportField::Organisations},
                                        std::pair{2, ImportField::Purpose}}) {
        ColumnMapping c;
        c.column = column;
        c.field = field;
        mapping.columns.append(c);
    }
    Importer::Options options;
    options.acceptPartial = true; // one row in three is refused on purpose
    const Importer::Summary s = importBytes(csv, mapping, false, options);
    QCOMPARE(s.errors, 1);      // 30 February
    QCOMPARE(s.joined, 2);
    QCOMPARE(s.activitiesCreated, 2);
    QCOMPARE(s.skipped, 2);     // the refused row and its continuation
    QCOMPARE(m_repo->activities().count(), 2);
    QStringList purposes, organisations;
    for (const Activity &a : m_repo->activities().list(0, 10)) {
        purposes.append(a.purpose);
        for (const Participant &p : a.participants)
            organisations.append(m_repo->organisations().find(p.organisationId)->name);
    }
    purposes.sort();
    organisations.sort();
    QCOMPARE(purposes, QStringList({QStringLiteral("Skills"), QStringLiteral("Trade and investment")}));
    QCOMPARE(organisations, QStringList({QStringLiteral("Beta Systems"), QStringLiteral("Delta Group"), QStringLiteral("Gamma Partners")}));
    QVERIFY(!m_repo->organisations().findByName(QStringLiteral("Acme Ltd")).has_value());
    bool refusedWithIt = false, joinedLast = false;
    for (const ImportIssue &issue : s.issues) {
        refusedWithIt = refusedWithIt || (issue.line == 3 && issue.severity == ImportIssue::Severity::Skipped
                                          && issue.reason.contains(QLatin1String("continues line 2, which was not imported")));
        joinedLast = joinedLast || (issue.line == 7 && issue.severity == ImportIssue::Severity::Joined);
    }
    QVERIFY(refusedWithIt);
    QVERIFY(joinedLast);
}

qint64 TestImporter::fingerprintCount()
{
    QSqlQuery &q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM import_fingerprints"));
    const qint64 n = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return n;
}

// Rows from..to (inclusive) of one made-up return: a date, an organisation, a purpose.
QByteArray TestImporter::meetingRows(int from, int to, const QByteArray &header)
{
    QByteArray csv = header + "\r\n";
    for (int i = from; i <= to; ++i)
        csv += QByteArray("2014-%1-%2,Partner %3,\"Review, round %3\"\r\n")
                   .replace("%1", QByteArray::number(i % 12 + 1).rightJustified(2, '0'))
                   .replace("%2", QByteArray::number(i % 28 + 1).rightJustified(2, '0'))
                   .replace("%3", QByteArray::number(i));
    return csv;
}

// More than 2% refused: nothing written, no batch, every refused row listed
// with its cell, and counts per reason. (Old code: imported 97 rows quietly.)
void TestImporter::refusedRowsCountedPerReason()
{
    QByteArray csv = meetingRows(1, 100);
    csv.replace("2014-05-05,Partner 4,", "2014-02-30,Partner 4,");
    csv.replace("2014-11-11,Partner 10,", "TBC,Partner 10,");
    csv.replace("2014-09-21,Partner 20,", "soon,Partner 20,");
    const QByteArray before = digest();
    const Importer::Summary s = importBytes(csv, {});
    QCOMPARE(s.rowsRead, 100);
    QCOMPARE(s.outcome.refusedRows(), 3);
    QCOMPARE(s.outcome.dataRows(s.rowsRead), 100);
    QVERIFY(s.outcome.refusedAsPartial);
    QCOMPARE(s.batchId, 0);
    QCOMPARE(s.outcome.refusedByReason().value(QStringLiteral("not a date")), 2);
    QCOMPARE(s.outcome.refusedByReason().size(), 2); // the impossible day has its own reason
    QCOMPARE(s.refused.size(), 3);
    QCOMPARE(s.refused.at(0).line, 5);
    QCOMPARE(s.refused.at(0).columnIndex, 0);
    QCOMPARE(s.refused.at(0).cell, QStringLiteral("2014-02-30"));
    QCOMPARE(s.refused.at(1).cell, QStringLiteral("TBC"));
    QCOMPARE(digest(), before);
    QVERIFY(ImportBatchRepository(*m_db).list().isEmpty());
    QCOMPARE(fingerprintCount(), 0);
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("refused")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("refusedByReason")).toObject().value(QStringLiteral("not a date")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("refusedLines")).toArray().size(), 3);
    QVERIFY(json.value(QStringLiteral("refusedAsPartial")).toBool());
    QVERIFY(s.outcome.summaryLines(s.rowsRead).first().startsWith(QLatin1String("refused 3 of 100 data rows (3.0%)")));
}

// 2% and less is imported, the refused rows reported; blank and note rows
// are not data rows and do not count against the file.
void TestImporter::fewRefusedRowsStillImport()
{
    QByteArray csv = meetingRows(1, 50);
    csv.replace("2014-05-05,Partner 4,", "TBC,Partner 4,");
    csv += ",,\r\nNote: figures are provisional,,\r\n\r\n";
    const Importer::Summary s = importBytes(csv, {});
    QCOMPARE(s.outcome.refusedRows(), 1);
    QCOMPARE(s.outcome.dataRows(s.rowsRead), 50);
    QCOMPARE(s.outcome.notDataRows(), 3);
    QVERIFY(!s.outcome.refusedAsPartial);
    QVERIFY(s.batchId > 0);
    QCOMPARE(m_repo->activities().count(), 49);
}

void TestImporter::acceptPartialImportsTheRest()
{
    QByteArray csv = meetingRows(1, 10);
    csv.replace("2014-05-05,Partner 4,", "TBC,Partner 4,");
    Importer::Options options;
    options.acceptPartial = true;
    const Importer::Summary s = importBytes(csv, {}, false, options);
    QVERIFY(!s.outcome.refusedAsPartial);
    QCOMPARE(s.outcome.refusedRows(), 1);
    QVERIFY(s.batchId > 0);
    QCOMPARE(m_repo->activities().count(), 9);
}

// The wizard's fix in place: the refused cell's new text, by line and column.
void TestImporter::cellFixesMendRefusedRows()
{
    QByteArray csv = meetingRows(1, 10);
    csv.replace("2014-05-05,Partner 4,", "5 Mya,Partner 4,");
    const Importer::Summary dry = importBytes(csv, {}, true);
    QCOMPARE(dry.refused.size(), 1);
    Importer::Options options;
    options.cellFixes.insert({dry.refused.first().line, dry.refused.first().columnIndex}, QStringLiteral(" 2014-05-05 "));
    const Importer::Summary s = importBytes(csv, {}, false, options);
    QCOMPARE(s.outcome.refusedRows(), 0);
    QCOMPARE(s.activitiesCreated, 10);
    const auto fixed = m_repo->activities().list(0, 100);
    QVERIFY(std::any_of(fixed.cbegin(), fixed.cend(), [](const Activity &a) {
        return a.when.start() == PartialDate::day(2014, 5, 5) && a.title == QLatin1String("Review, round 4");
    }));
}

// The same file again: nothing added, each row said to come from the first
// import. (Old code: 20 exact twins.)
void TestImporter::reimportSkipsRowsAlreadyImported()
{
    const QByteArray csv = meetingRows(1, 20);
    const Importer::Summary first = importBytes(csv, {});
    QCOMPARE(first.activitiesCreated, 20);
    QCOMPARE(fingerprintCount(), 20);
    const QByteArray before = digest();
    const Importer::Summary again = importBytes(csv, {});
    QCOMPARE(again.activitiesCreated, 0);
    QCOMPARE(again.organisationsCreated, 0);
    QCOMPARE(again.outcome.duplicateRows(), 20);
    QCOMPARE(again.outcome.refusedRows(), 0);
    QCOMPARE(again.batchId, 0); // nothing new: no empty batch
    QCOMPARE(again.outcome.duplicatesBySource().value(QStringLiteral("test.csv (batch %1)").arg(first.batchId)), 20);
    const auto it = std::find_if(again.issues.cbegin(), again.issues.cend(), [](const ImportIssue &i) { return i.line == 3; });
    QVERIFY(it != again.issues.cend());
    QCOMPARE(it->severity, ImportIssue::Severity::Skipped);
    QCOMPARE(it->reason, QStringLiteral("already imported from test.csv, line 3 (batch %1); not imported again").arg(first.batchId));
    QCOMPARE(digest(), before);
    QCOMPARE(m_repo->activities().count(), 20);
}

// A longer return that repeats last quarter's rows, its columns in another
// order under other headings: only the new rows are imported.
void TestImporter::overlappingFileSkipsOnlyTheOverlap()
{
    Importer::Options a;
    a.source = QStringLiteral("q1.csv");
    QBuffer first;
    first.setData(meetingRows(1, 10));
    first.open(QIODevice::ReadOnly);
    a.format = CsvSniffer::sniff(&first);
    a.mapping.columns = ImportMapping::suggestColumns(Importer::header(first, a.format, 0), ImportTarget::Activity);
    const Importer::Summary s1 = Importer(*m_db).run(first, a);
    QCOMPARE(s1.activitiesCreated, 10);

    // Rows 6..15, as "Purpose of meeting,Name of organisation,Date of meeting", with spacing and case changed.
    QByteArray csv = "Purpose of meeting,Name of organisation,Date of meeting\r\n";
    for (int i = 6; i <= 15; ++i) {
        const QByteArray date = QByteArray("2014-") + QByteArray::number(i % 12 + 1).rightJustified(2, '0') + '-'
            + QByteArray::number(i % 28 + 1).rightJustified(2, '0');
        csv += "\"Review,  round " + QByteArray::number(i) + "\"," + (i == 7 ? "PARTNER 7" : "Partner " + QByteArray::number(i))
            + "," + date + "\r\n";
    }
    QBuffer second;
    second.setData(csv);
    second.open(QIODevice::ReadOnly);
    Importer::Options b;
    b.source = QStringLiteral("q1-q2.csv");
    b.format = CsvSniffer::sniff(&second);
    b.mapping.columns = ImportMapping::suggestColumns(Importer::header(second, b.format, 0), ImportTarget::Activity);
    QVERIFY(b.mapping.columnFor(ImportField::Date) && b.mapping.columnFor(ImportField::Date)->column == 2);
    const Importer::Summary s2 = Importer(*m_db).run(second, b);
    QCOMPARE(s2.outcome.duplicateRows(), 5);
    QCOMPARE(s2.activitiesCreated, 5);
    QCOMPARE(s2.outcome.duplicatesBySource().value(QStringLiteral("q1.csv (batch %1)").arg(s1.batchId)), 5);
    QCOMPARE(m_repo->activities().count(), 15);
}

// "Jan" in the 2014 return and "Jan" in the 2015 one are different meetings.
void TestImporter::sameCellsInAnotherPeriodAreNotDuplicates()
{
    const QByteArray csv = "Date,Organisation\r\nJan,Partner A\r\nFeb,Partner B\r\n";
    ImportMapping m;
    m.referenceFrom = QDate(2014, 1, 1);
    m.referenceTo = QDate(2014, 12, 31);
    QCOMPARE(importBytes(csv, m).activitiesCreated, 2);
    m.referenceFrom = QDate(2015, 1, 1);
    m.referenceTo = QDate(2015, 12, 31);
    const Importer::Summary s = importBytes(csv, m);
    QCOMPARE(s.outcome.duplicateRows(), 0);
    QCOMPARE(s.activitiesCreated, 2);
    m.referenceFrom = QDate(2014, 1, 1);
    m.referenceTo = QDate(2014, 12, 31);
    QCOMPARE(importBytes(csv, m).outcome.duplicateRows(), 2);
    // The year from the file's name: the 2016 return's "Jan" is new, the same return again is not.
    const auto fromFile = [&](const QString &name) {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        Importer::Options options;
        options.format = CsvSniffer::sniff(&buffer);
        options.mapping.columns = ImportMapping::suggestColumns(Importer::header(buffer, options.format, 0), ImportTarget::Activity);
        options.source = name;
        return Importer(*m_db).run(buffer, options);
    };
    const Importer::Summary y2016 = fromFile(QStringLiteral("meetings-jan-mar-2016.csv"));
    QCOMPARE(y2016.outcome.duplicateRows(), 0);
    QCOMPARE(y2016.activitiesCreated, 2);
    QCOMPARE(fromFile(QStringLiteral("meetings-jan-mar-2017.csv")).activitiesCreated, 2);
    QCOMPARE(fromFile(QStringLiteral("meetings-jan-mar-2016.csv")).outcome.duplicateRows(), 2);
}

// Two equal rows in one file may be two meetings: only earlier imports count.
void TestImporter::twinsWithinOneFileAreKept()
{
    const Importer::Summary s = importBytes("Date,Organisation\n2014-01-01,Partner A\n2014-01-01,Partner A\n", {});
    QCOMPARE(s.activitiesCreated, 2);
    QCOMPARE(s.outcome.duplicateRows(), 0);
}

void TestImporter::allowDuplicatesImportsAgain()
{
    const QByteArray csv = meetingRows(1, 5);
    importBytes(csv, {});
    Importer::Options options;
    options.allowDuplicates = true;
    const Importer::Summary s = importBytes(csv, {}, false, options);
    QCOMPARE(s.activitiesCreated, 5);
    QCOMPARE(s.outcome.duplicateRows(), 0);
    QCOMPARE(m_repo->activities().count(), 10);
    QCOMPARE(fingerprintCount(), 10);
}

void TestImporter::undoForgetsTheBatchsFingerprints()
{
    const QByteArray csv = meetingRows(1, 8);
    const Importer::Summary first = importBytes(csv, {});
    const Importer::Summary second = importBytes(meetingRows(9, 12), {});
    QCOMPARE(fingerprintCount(), 12);
    ImportBatchRepository(*m_db).undo(first.batchId);
    QCOMPARE(fingerprintCount(), 4); // the other batch's stay
    const Importer::Summary again = importBytes(csv, {});
    QCOMPARE(again.outcome.duplicateRows(), 0);
    QCOMPARE(again.activitiesCreated, 8);
    QCOMPARE(importBytes(meetingRows(9, 12), {}).outcome.duplicateRows(), 4);
    Q_UNUSED(second);
}

// An activity deleted by hand takes its fingerprint with it: importing the
// file again brings back that row alone.
void TestImporter::deletedActivityCanBeImportedAgain()
{
    const QByteArray csv = meetingRows(1, 6);
    importBytes(csv, {});
    const QList<Activity> all = allActivities();
    QCOMPARE(all.size(), 6);
    m_repo->activities().remove(all.first());
    const Importer::Summary again = importBytes(csv, {});
    QCOMPARE(again.outcome.duplicateRows(), 5);
    QCOMPARE(again.activitiesCreated, 1);
    QCOMPARE(m_repo->activities().count(), 6);
}

// A header and nothing else (or only blank lines) is an error, not an
// empty batch. (Old code: a batch of 0 records, no error.)
void TestImporter::noDataRowsIsAnError()
{
    const Importer::Summary s = importBytes("Date,Organisation,Purpose\r\n", {});
    QVERIFY2(s.outcome.failure.contains(QLatin1String("no data rows")), qPrintable(s.outcome.failure));
    QCOMPARE(s.batchId, 0);
    const Importer::Summary blank = importBytes("Date,Organisation,Purpose\r\n,,\r\n\r\n", {});
    QVERIFY2(blank.outcome.failure.contains(QLatin1String("all blank")), qPrintable(blank.outcome.failure));
    QVERIFY(ImportBatchRepository(*m_db).list().isEmpty());
    // The dry run says the same.
    QVERIFY(!importBytes("Date,Organisation\r\n", {}, true).outcome.failure.isEmpty());
}

// A quote opened on line 4 and never closed makes one cell of the rest of
// the file: the import is refused, and no message echoes the rest of the
// file. (Old code: 2 rows imported, exit 0, a 30 KB row error.)
void TestImporter::unclosedQuoteIsAnErrorWithAShortMessage()
{
    QByteArray csv = meetingRows(1, 2);
    csv += "\"2014-03-03,Partner 3,Review\r\n";
    for (int i = 4; i <= 600; ++i) // no quote after it to close it
        csv += "2014-04-01,Partner " + QByteArray::number(i) + ",Review\r\n";
    Importer::Options options;
    QList<ImportIssue> all;
    options.issueSink = [&](const ImportIssue &issue) { all.append(issue); };
    const Importer::Summary s = importBytes(csv, {}, false, options);
    QVERIFY2(s.outcome.failure.startsWith(QLatin1String("line 4: a quoted cell opens and is not closed")) && s.outcome.failure.size() < 300,
             qPrintable(s.outcome.failure));
    QCOMPARE(s.batchId, 0);
    QCOMPARE(m_repo->activities().count(), 0);
    QVERIFY(ImportBatchRepository(*m_db).list().isEmpty());
    QVERIFY(!all.isEmpty());
    for (const ImportIssue &issue : std::as_const(all))
        QVERIFY2(issue.reason.size() < 200, qPrintable(QStringLiteral("%1 characters: %2").arg(issue.reason.size()).arg(issue.reason.left(200))));
    const auto refused = std::find_if(all.cbegin(), all.cend(), [](const ImportIssue &i) { return i.line == 4; });
    QVERIFY(refused != all.cend());
    QVERIFY2(refused->reason.contains(QLatin1String("characters)")), qPrintable(refused->reason));
}


// Year, Month and Day columns are suggested from those whole header words
// only, and make one date (a Month column alone is the date, as before).
void TestImporter::dateInPartsSuggested()
{
    const auto fieldOf = [](const QString &header) { return ImportMapping::suggestField(header, ImportTarget::Activity); };
    QCOMPARE(fieldOf(QStringLiteral("Year")), ImportField::Year);
    QCOMPARE(fieldOf(QStringLiteral("Financial year")), ImportField::Year);
    QCOMPARE(fieldOf(QStringLiteral("Month")), ImportField::Month);
    QCOMPARE(fieldOf(QStringLiteral("Month of meeting")), ImportField::Month);
    QCOMPARE(fieldOf(QStringLiteral("Day")), ImportField::Day);
    QCOMPARE(fieldOf(QStringLiteral("Date")), ImportField::Date);
    QVERIFY(fieldOf(QStringLiteral("Days abroad")) != ImportField::Day);
    QVERIFY(fieldOf(QStringLiteral("Yearly total")) != ImportField::Year);
    QVERIFY(fieldOf(QStringLiteral("Monthly cost")) != ImportField::Month);
    QCOMPARE(importFieldFromName(QStringLiteral("month")), ImportField::Month);
    QCOMPARE(importFieldLabel(ImportField::Year), QStringLiteral("Year"));
    QVERIFY(importFieldsFor(ImportTarget::Activity).contains(ImportField::Day));

    ImportMapping mapping;
    mapping.columns = ImportMapping::suggestColumns({QStringLiteral("Year"), QStringLiteral("Month"), QStringLiteral("Day"),
                                                     QStringLiteral("Title")},
                                                    ImportTarget::Activity);
    Importer::Options partial; // one row in four refused: more than 2%
    partial.acceptPartial = true;
    const Importer::Summary s =
        importBytes("Year,Month,Day,Title\n2014,March,12,A\n2014,4,,B\n,Jan-15,,C\n2014,Smarch,1,D\n", mapping, false, partial);
    QCOMPARE(s.activitiesCreated, 3);
    QCOMPARE(s.errors, 1);
    QList<Activity> list = allActivities();
    std::sort(list.begin(), list.end(), [](const Activity &a, const Activity &b) { return a.title < b.title; });
    QCOMPARE(list.at(0).when.start(), PartialDate::day(2014, 3, 12));
    QCOMPARE(list.at(1).when.start(), PartialDate::month(2014, 4));
    QCOMPARE(list.at(2).when.start(), PartialDate::month(2015, 1));

    // Beside a Date column, a blank date with only its Year is still "no date"; a Month fills it.
    ImportMapping withDate;
    withDate.columns = ImportMapping::suggestColumns({QStringLiteral("Date"), QStringLiteral("Year"), QStringLiteral("Month"),
                                                      QStringLiteral("Title")},
                                                     ImportTarget::Activity);
    const Importer::Summary t =
        importBytes("Date,Year,Month,Title\n12 Feb,2013,,E\n,2013,,F\n,2013,May,G\n", withDate, false, partial);
    QCOMPARE(t.activitiesCreated, 2);
    QCOMPARE(t.errors, 1);
}

// Issue 18: a 1 MB date cell stalled the importer (the range splitting was
// quadratic: 80 KB took 21.6 s) and its error echoed the whole cell.
void TestImporter::hugeDateCellRefusedQuickly()
{
    QByteArray bytes = "Date,Title\n";
    bytes += QByteArray("1-").repeated(512 * 1024) + ",Huge\n2014-03-06,Fine\n";
    QElapsedTimer timer;
    timer.start();
    Importer::Options options;
    QList<ImportIssue> issues;
    options.issueSink = [&](const ImportIssue &issue) { issues.append(issue); };
    const Importer::Summary s = importBytes(bytes, {}, false, options);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(s.activitiesCreated, 1);
    QCOMPARE(s.errors, 1);
    const auto error = std::find_if(issues.cbegin(), issues.cend(),
                                    [](const ImportIssue &i) { return i.severity == ImportIssue::Severity::Error; });
    QVERIFY(error != issues.cend());
    QCOMPARE(error->line, 2);
    QVERIFY2(error->reason.contains(QLatin1String("longer than 100 characters")), qPrintable(error->reason.left(200)));
    QVERIFY2(error->reason.size() < 200, qPrintable(QString::number(error->reason.size())));
}

// A file whose dates never show their order is read in the system locale's
// order (it was always day-first), and the summary says so once.
void TestImporter::systemOrderWithoutEvidence()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("meetings.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Date,Title\r\n03/04/2014,A\r\n06/05/2014,B\r\n2014-07-07,C\r\n");
    f.close();
    const QString dbArg = TestDatabase::commandLineArgument(m_testDb->location());
    for (const auto &[locale, first, order] : {std::tuple{"en_US.UTF-8", "2014-03-04", "month-first, the system's order (M/d/yy)"},
                                               std::tuple{"en_GB.UTF-8", "2014-04-03", "day-first, the system's order (dd/MM/yyyy)"}}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QLatin1String(locale));
        env.insert(QStringLiteral("LANG"), QLatin1String(locale));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LIAISON_BINARY), {QStringLiteral("import"), csv, QStringLiteral("--db"), dbArg,
                                                 QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray records = json.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("start")).toString(), QLatin1String(first));
        QCOMPARE(records.at(2).toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2014-07-07"));
        const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).toString().contains(QLatin1String(order)), qPrintable(warnings.at(0).toString()));
    }
}

QTEST_GUILESS_MAIN(TestImporter)
#include "TestImporter.moc"
