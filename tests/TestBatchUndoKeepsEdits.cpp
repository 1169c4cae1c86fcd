#include "support/TestDatabase.h"

#include "csv/CsvSniffer.h"
#include "import/Importer.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/Repository.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace liaison;
using liaison::test::TestDatabase;

// Issue 18: undoing an import batch deleted colleagues' later edits without a
// word. Two connections to one database (alice imports, bob edits): the undo
// keeps and lists what bob changed, and removes it only when forced.
class TestBatchUndoKeepsEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void keepsRecordsEditedByOthers();
    void forceRemovesThemToo();
    void importersOwnUntouchedRecordsGo();
    void commandLineSaysWhoEdited();

private:
    // alice imports five meetings, each with its own organisation and person;
    // bob then renames the first meeting and the third organisation.
    qint64 importAndLetBobEdit();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_alice;
    std::unique_ptr<Database> m_bob;
    qint64 m_editedActivity = 0;
    qint64 m_editedOrganisation = 0;
};

void TestBatchUndoKeepsEdits::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    m_alice = std::make_unique<Database>();
    m_alice->open(m_testDb->location());
    m_alice->setUserName(QStringLiteral("alice"));
    m_bob = std::make_unique<Database>();
    m_bob->open(m_testDb->location());
    m_bob->setUserName(QStringLiteral("bob"));
}

void TestBatchUndoKeepsEdits::cleanup()
{
    m_bob.reset();
    m_alice.reset();
    m_testDb.reset();
}

qint64 TestBatchUndoKeepsEdits::importAndLetBobEdit()
{
    QByteArray csv = "Date,Title,Organisations,People\n";
    for (int i = 1; i <= 5; ++i)
        csv += QStringLiteral("2014-01-0%1,Meeting %1,Organisation %1,Person %1\n").arg(i).toUtf8();
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    Importer::Options options;
    options.format = CsvSniffer::sniff(&buffer);
    options.mapping.columns = ImportMapping::suggestColumns(Importer::header(buffer, options.format, 0),
                                                            ImportTarget::Activity);
    options.source = QStringLiteral("meetings.csv");
    const Importer::Summary summary = Importer(*m_alice).run(buffer, options);
    if (summary.activitiesCreated != 5 || summary.organisationsCreated != 5 || summary.peopleCreated != 5)
        qFatal("the import did not create 5 of each");

    // bob, on his own connection, edits what alice imported.
    Repository bob(*m_bob);
    QList<Activity> activities = bob.activities().list(0, 10);
    std::sort(activities.begin(), activities.end(), [](const Activity &a, const Activity &b) { return a.id < b.id; });
    Activity meeting = activities.first();
    meeting.title = QStringLiteral("Meeting 1 (notes added by bob)");
    bob.activities().save(meeting);
    m_editedActivity = meeting.id;
    Organisation organisation = *bob.organisations().findByName(QStringLiteral("Organisation 3"));
    organisation.name = QStringLiteral("Organisation Three");
    bob.organisations().save(organisation);
    m_editedOrganisation = organisation.id;
    return summary.batchId;
}

// Fails on the old code: it removed all five meetings and organisations.
void TestBatchUndoKeepsEdits::keepsRecordsEditedByOthers()
{
    const qint64 batch = importAndLetBobEdit();
    const ImportBatchRepository::UndoResult r = ImportBatchRepository(*m_alice).undo(batch);
    QCOMPARE(r.activities, 4);
    // Organisation 1 stays for bob's meeting, Organisation 3 for his edit.
    QCOMPARE(r.organisations, 3);
    QCOMPARE(r.people, 4); // Person 1 stays for bob's meeting
    QCOMPARE(r.edited.size(), 2);
    QCOMPARE(r.edited.at(0).what, QStringLiteral("activity"));
    QCOMPARE(r.edited.at(0).id, m_editedActivity);
    QCOMPARE(r.edited.at(0).name, QStringLiteral("Meeting 1 (notes added by bob)"));
    QCOMPARE(r.edited.at(1).what, QStringLiteral("organisation"));
    QCOMPARE(r.edited.at(1).id, m_editedOrganisation);
    QCOMPARE(r.edited.at(1).editedBy, QStringLiteral("bob"));
    QCOMPARE(r.editedBy(), QStringLiteral("bob"));

    // bob's connection still sees his work, and alice's sees it too.
    Repository bob(*m_bob);
    QCOMPARE(bob.activities().find(m_editedActivity)->title, QStringLiteral("Meeting 1 (notes added by bob)"));
    QCOMPARE(bob.organisations().find(m_editedOrganisation)->name, QStringLiteral("Organisation Three"));
    QCOMPARE(Repository(*m_alice).activities().count(), 1);
    // The batch stays with what is left of it (the two edited records, and
    // Organisation 1 and Person 1 that bob's meeting uses), for a forced undo.
    const QList<ImportBatch> batches = ImportBatchRepository(*m_alice).list();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().rowCount, 4);
}

void TestBatchUndoKeepsEdits::forceRemovesThemToo()
{
    const qint64 batch = importAndLetBobEdit();
    QCOMPARE(ImportBatchRepository(*m_alice).undo(batch).edited.size(), 2);
    const ImportBatchRepository::UndoResult forced = ImportBatchRepository(*m_alice).undo(batch, true);
    QVERIFY(forced.forced);
    QCOMPARE(forced.activities, 1);
    QCOMPARE(forced.organisations, 2); // Organisation 3, and 1 now that bob's meeting is gone
    QCOMPARE(forced.people, 1);
    Repository bob(*m_bob);
    QCOMPARE(bob.activities().count(), 0);
    QCOMPARE(bob.organisations().count(), 0);
    QVERIFY(ImportBatchRepository(*m_bob).list().isEmpty());
}

// The importer's own records, untouched, are not "edited": the whole batch goes.
void TestBatchUndoKeepsEdits::importersOwnUntouchedRecordsGo()
{
    QBuffer buffer;
    buffer.setData("Date,Organisations\n2014-01-01,Brand New\n");
    buffer.open(QIODevice::ReadOnly);
    Importer::Options options;
    options.format = CsvSniffer::sniff(&buffer);
    options.mapping.columns = ImportMapping::suggestColumns(Importer::header(buffer, options.format, 0),
                                                            ImportTarget::Activity);
    const qint64 batch = Importer(*m_alice).run(buffer, options).batchId;
    const ImportBatchRepository::UndoResult r = ImportBatchRepository(*m_bob).undo(batch); // bob undoes it
    QVERIFY(r.edited.isEmpty());
    QCOMPARE(r.activities, 1);
    QCOMPARE(r.organisations, 1);
    QVERIFY(ImportBatchRepository(*m_alice).list().isEmpty());
}

void TestBatchUndoKeepsEdits::commandLineSaysWhoEdited()
{
    const qint64 batch = importAndLetBobEdit();
    const auto run = [&](const QStringList &extra) {
        QProcess p;
        p.start(QStringLiteral(LIAISON_BINARY),
                QStringList{QStringLiteral("import"), QStringLiteral("--undo"), QString::number(batch),
                            QStringLiteral("--db"), m_testDb->commandLineArgument()}
                    + extra);
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
    };
    const auto [code, out] = run({});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral("removed 4 activities, 3 organisations, 4 people")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("kept 2 records edited since by bob (use --force to remove them too)")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("kept activity %1 \"Meeting 1 (notes added by bob)\", edited by bob").arg(m_editedActivity)),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("kept organisation %1 \"Organisation Three\", edited by bob").arg(m_editedOrganisation)),
             qPrintable(out));
    QCOMPARE(Repository(*m_bob).activities().count(), 1);

    const auto [forcedCode, forcedOut] = run({QStringLiteral("--force")});
    QCOMPARE(forcedCode, 0);
    QVERIFY2(forcedOut.contains(QStringLiteral("removed 1 activities, 2 organisations, 1 people; 2 of them edited since by bob")),
             qPrintable(forcedOut));
    QCOMPARE(Repository(*m_bob).activities().count(), 0);
}

QTEST_GUILESS_MAIN(TestBatchUndoKeepsEdits)
#include "TestBatchUndoKeepsEdits.moc"
