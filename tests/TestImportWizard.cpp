#include "support/TestDatabase.h"
#include "support/TestPrinters.h"

#include "MainWindow.h"
#include "import/ColumnMappingModel.h"
#include "editors/PartialDateEdit.h"
#include "import/ImportWizard.h"
#include "import/RefusedRowsModel.h"
#include "import/ReviewModel.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/Repository.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace liaison;
using liaison::test::TestDatabase;

// The wizard driven through its real widgets, on the backend under test.
// With LIAISON_SCREENSHOT_DIR set, each step is saved there as a PNG.
class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void wholeImport();
    void stopLeavesNothing();
    void mainWindowHooks();
    void titleRowSheet();
    void foundFillDown();
    void refusedRowsFixedBeforeCommit();
    void encodingReasonShown();

private:
    static void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    static void next(ImportWizard &wizard) { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); }
};

void TestImportWizard::wholeImport()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    Database db;
    db.open(testDb.location());
    Repository repo(db);
    Organisation dbt;
    dbt.name = QStringLiteral("Department for Business and Trade");
    repo.organisations().save(dbt);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meetings.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Minister,Date,Name of Organisation,Purpose of meeting\r\n"
               "Jane Doe,22/03/2013,Dept for Business & Trade,Exports\r\n"
               ",02-Jul-13,GovTech,\"Digital skills,\r\nopen standards\"\r\n"
               "Nil return,,,\r\n"
               "John Smith,bad date,GDS,Talk\r\n");
    file.close();

    ImportWizard wizard(testDb.location());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(path);
    auto *preview = wizard.findChild<QTableView *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->model()->rowCount(), 5);
    QCOMPARE(preview->model()->index(2, 3).data(Qt::ToolTipRole).toString(), QStringLiteral("Digital skills,\r\nopen standards"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    shoot(&wizard, QStringLiteral("1-file"));

    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto *mappingView = wizard.findChild<QTableView *>(QStringLiteral("importMapping"));
    auto *mapping = static_cast<ColumnMappingModel *>(mappingView->model());
    QCOMPARE(mapping->rowCount(), 4);
    QCOMPARE(mapping->index(0, ColumnMappingModel::Field).data().toString(), importFieldLabel(ImportField::People));
    QCOMPARE(mapping->index(2, ColumnMappingModel::Field).data().toString(), importFieldLabel(ImportField::Organisations));
    // The minister's name is only on the first row of each group: fill down.
    QVERIFY(mapping->setData(mapping->index(0, ColumnMappingModel::FillDown), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(wizard.mapping().columnFor(ImportField::People)->fillDown, true);
    shoot(&wizard, QStringLiteral("2-mapping"));

    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    QVERIFY(wizard.lastSummary().dryRun);
    QCOMPARE(wizard.lastSummary().activitiesCreated, 2);
    QCOMPARE(wizard.lastSummary().errors, 1);
    auto *reviewView = wizard.findChild<QTableView *>(QStringLiteral("importReview"));
    auto *review = static_cast<ReviewModel *>(reviewView->model());
    QCOMPARE(review->rowCount(), 1);
    QCOMPARE(review->index(0, ReviewModel::Name).data().toString(), QStringLiteral("Dept for Business & Trade"));
    QCOMPARE(review->index(0, ReviewModel::LooksLike).data().toString(), dbt.name);
    QCOMPARE(repo.activities().count(), 0); // a dry run
    // Use the existing record.
    QVERIFY(review->setData(review->index(0, ReviewModel::Decision), 1, Qt::EditRole));
    shoot(&wizard, QStringLiteral("3-review"));

    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::CommitPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 20000);
    shoot(&wizard, QStringLiteral("4-commit"));
    const Importer::Summary s = wizard.lastSummary();
    QVERIFY(!s.dryRun);
    QVERIFY(!s.cancelled);
    QVERIFY(s.batchId > 0);
    QCOMPARE(s.activitiesCreated, 2);
    QCOMPARE(repo.activities().count(), 2);
    QVERIFY(!repo.organisations().findByName(QStringLiteral("Dept for Business & Trade")).has_value());
    bool linked = false;
    for (const Activity &a : repo.activities().list(0, 10)) {
        for (const Participant &p : a.participants)
            linked = linked || p.organisationId == dbt.id;
        if (a.when.start() == PartialDate::day(2013, 7, 2)) // Jane Doe filled down
            QCOMPARE(repo.people().find(a.participants.at(0).personId)->name, QStringLiteral("Jane Doe"));
    }
    QVERIFY(linked);
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("importResult"))->text().contains(QLatin1String("Imported")));
}

void TestImportWizard::stopLeavesNothing()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Date,Title,Organisations\n");
    for (int i = 0; i < 60000; ++i)
        file.write(QStringLiteral("2014-01-%1,Row %2,Org %3\n").arg(1 + i % 28).arg(i).arg(i % 300).toUtf8());
    file.close();
    {
        Database db;
        db.open(testDb.location());
    }
    ImportWizard wizard(testDb.location());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(path);
    next(wizard);
    next(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
    next(wizard);
    auto *stop = wizard.findChild<QPushButton *>(QStringLiteral("importStop"));
    QVERIFY(stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 60000);
    QVERIFY(wizard.lastSummary().cancelled);
    Database db;
    db.open(testDb.location());
    Repository repo(db);
    QCOMPARE(repo.activities().count(), 0);
    QCOMPARE(repo.organisations().count(), 0);
    QVERIFY(ImportBatchRepository(db).list().isEmpty());
}

void TestImportWizard::mainWindowHooks()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto db = std::make_unique<Database>();
    db->open(testDb.location());
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importCsvAction")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportCsvAction")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("undoImportAction")));
    QVERIFY(window.acceptDrops());
    // Dropping a CSV file opens the wizard on it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Country\nGDS,UK\n");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QCOMPARE(wizard->filePath(), path);
    wizard->close();
}

// A sheet as ministries publish them: a title row and a blank row above the
// header, footnotes below the data. The wizard starts with the header found.
void TestImportWizard::titleRowSheet()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    ImportWizard wizard(testDb.location());
    wizard.resize(1000, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(QStringLiteral(LIAISON_TEST_DATA "/csv/title-row-quarterly.csv"));
    QCOMPARE(wizard.findChild<QSpinBox *>(QStringLiteral("importHeaderRow"))->value(), 3);
    QCOMPARE(wizard.findChild<QSpinBox *>(QStringLiteral("importDataStart"))->value(), 4);
    QCOMPARE(wizard.mapping().headerRow, 2);
    shoot(&wizard, QStringLiteral("title-1-file"));

    next(wizard);
    auto *mapping = static_cast<ColumnMappingModel *>(wizard.findChild<QTableView *>(QStringLiteral("importMapping"))->model());
    QCOMPARE(mapping->rowCount(), 5);
    QCOMPARE(mapping->index(1, ColumnMappingModel::Field).data().toString(), importFieldLabel(ImportField::Date));
    QCOMPARE(mapping->index(2, ColumnMappingModel::Field).data().toString(), importFieldLabel(ImportField::Organisations));
    QVERIFY(mapping->setData(mapping->index(0, ColumnMappingModel::FillDown), Qt::Checked, Qt::CheckStateRole));
    shoot(&wizard, QStringLiteral("title-2-mapping"));

    next(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    QCOMPARE(wizard.lastSummary().activitiesCreated, 4);
    QCOMPARE(wizard.lastSummary().errors, 0);
    QCOMPARE(wizard.lastSummary().skipped, 3); // blank row, "Nil return", the note
    shoot(&wizard, QStringLiteral("title-3-review"));

    next(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 20000);
    shoot(&wizard, QStringLiteral("title-4-commit"));
    QCOMPARE(wizard.lastSummary().activitiesCreated, 4);
    Database db;
    db.open(testDb.location());
    QCOMPARE(Repository(db).activities().count(), 4);
}

// The wizard starts from what `liaison import` guesses (ImportSetupGuess): a
// minister named once per block is filled down without asking, a column of
// weekdays is left unmapped, and both say why; fill-down can be switched off.
void TestImportWizard::foundFillDown()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meetings.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Minister,Date,Name of Organisation,Minister's day\r\n"
               "Jane Doe,23/01/2014,GovTech,Thursday\r\n"
               ",24/01/2014,Government Digital Service,Friday\r\n"
               ",28/01/2014,Acme Ltd,Tuesday\r\n"
               "John Smith,03/02/2014,Acme Ltd,Monday\r\n"
               ",13/02/2014,GovTech,Thursday\r\n");
    file.close();
    ImportWizard wizard(testDb.location());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(path);
    next(wizard);
    auto *mapping = static_cast<ColumnMappingModel *>(wizard.findChild<QTableView *>(QStringLiteral("importMapping"))->model());
    QCOMPARE(mapping->rowCount(), 4);
    QCOMPARE(mapping->index(0, ColumnMappingModel::FillDown).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY2(mapping->index(0, ColumnMappingModel::Why).data().toString().contains(QLatin1String("filled down")),
             qPrintable(mapping->index(0, ColumnMappingModel::Why).data().toString()));
    QCOMPARE(mapping->index(3, ColumnMappingModel::Field).data().toString(), importFieldLabel(ImportField::Ignore));
    QVERIFY(mapping->index(3, ColumnMappingModel::Why).data().toString().contains(QLatin1String("days of the week")));
    auto *preview = wizard.findChild<QTableView *>(QStringLiteral("importPreview"));
    QVERIFY(preview->model()->headerData(0, Qt::Horizontal).toString().contains(QLatin1String("filled down")));
    QVERIFY(wizard.mapping().columnFor(ImportField::People)->fillDown);
    // Switched off: the rows below a name have nobody.
    QVERIFY(mapping->setData(mapping->index(0, ColumnMappingModel::FillDown), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!wizard.mapping().columnFor(ImportField::People)->fillDown);
    QCOMPARE(mapping->index(0, ColumnMappingModel::Why).data().toString(), QString()); // the user's choice now
    QVERIFY(!preview->model()->headerData(0, Qt::Horizontal).toString().contains(QLatin1String("filled down")));
    next(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    QCOMPARE(wizard.lastSummary().activitiesCreated, 5);
    QCOMPARE(wizard.lastSummary().peopleCreated, 2);
    QCOMPARE(wizard.lastSummary().peopleMatched, 0);
}

// The review page: the summary follows the decisions ("use all
// suggestions" included), and refused rows are mended in place — a period
// for a date without a year, a corrected cell — before Commit. (Old code:
// "new organisations: 2" whatever was chosen, no refused rows shown, no fix.)
void TestImportWizard::refusedRowsFixedBeforeCommit()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    Database db;
    db.open(testDb.location());
    Repository repo(db);
    Organisation dbt;
    dbt.name = QStringLiteral("Department for Business and Trade");
    repo.organisations().save(dbt);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meetings.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // No cell, title or file name gives the dates a year.
    file.write("Minister,Date,Name of Organisation,Purpose of meeting\r\n"
               "Jane Doe,12 March,Dept for Business & Trade,Exports\r\n"
               "Jane Doe,14 March,GovTech,Skills\r\n"
               "John Smith,bad date,GDS,Talk\r\n"
               "John Smith,1 April,GovTech,Follow-up\r\n");
    file.close();

    ImportWizard wizard(testDb.location());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(path);
    next(wizard);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("importDryRunSummary"));
    QVERIFY(summary);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Would import")), 20000);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing would be imported

    // Refused: every row, each with its cell.
    auto *refusedView = wizard.findChild<QTableView *>(QStringLiteral("importRefused"));
    auto *refused = static_cast<RefusedRowsModel *>(refusedView->model());
    QCOMPARE(refused->rowCount(), 4);
    QCOMPARE(refused->index(0, RefusedRowsModel::Cell).data().toString(), QStringLiteral("12 March"));
    QCOMPARE(refused->index(2, RefusedRowsModel::Cell).data().toString(), QStringLiteral("bad date"));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("importRefusedLabel"))->text().contains(QLatin1String("4 rows will not be imported")));
    shoot(&wizard, QStringLiteral("5-refused-rows"));

    // The period the yearless dates fall in.
    QWidget *periodRow = wizard.findChild<QWidget *>(QStringLiteral("importPeriodRow"));
    QVERIFY(periodRow->isVisible());
    wizard.findChild<PartialDateEdit *>(QStringLiteral("importPeriodFrom"))->setValue(PartialDate(QDate(2014, 1, 1)));
    wizard.findChild<PartialDateEdit *>(QStringLiteral("importPeriodTo"))->setValue(PartialDate(QDate(2014, 12, 31)));
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("importUsePeriod")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(refused->rowCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    QVERIFY(!periodRow->isVisible());
    QVERIFY2(summary->text().contains(QLatin1String("new organisations: 2")), qPrintable(summary->text()));

    // "Use all suggestions": the close name is the existing record; the counts say so at once.
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("importUseSuggestions")), Qt::LeftButton);
    QVERIFY2(summary->text().contains(QLatin1String("new organisations: 1")), qPrintable(summary->text()));

    // The bad cell, corrected in place.
    auto *checkAgain = wizard.findChild<QPushButton *>(QStringLiteral("importCheckAgain"));
    QVERIFY(!checkAgain->isEnabled());
    QVERIFY(refused->setData(refused->index(0, RefusedRowsModel::Cell), QStringLiteral("2014-05-01"), Qt::EditRole));
    QVERIFY(checkAgain->isEnabled());
    QTest::mouseClick(checkAgain, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(refused->rowCount(), 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    QCOMPARE(wizard.lastSummary().activitiesCreated, 4);
    // The decision survived the dry run checked again: GDS is new now, the close name still is not.
    auto *review = static_cast<ReviewModel *>(wizard.findChild<QTableView *>(QStringLiteral("importReview"))->model());
    QCOMPARE(review->index(0, ReviewModel::Decision).data(Qt::EditRole).toInt(), 1);
    QVERIFY2(summary->text().contains(QLatin1String("new organisations: 2")), qPrintable(summary->text()));

    next(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 20000);
    QCOMPARE(wizard.lastSummary().activitiesCreated, 4);
    QCOMPARE(repo.activities().count(), 4);
    QVERIFY(!repo.organisations().findByName(QStringLiteral("Dept for Business & Trade")).has_value());
    QStringList starts;
    for (const Activity &a : repo.activities().list(0, 10))
        starts.append(a.when.start().toIsoString());
    starts.sort();
    QCOMPARE(starts, (QStringList{"2014-03-12", "2014-03-14", "2014-04-01", "2014-05-01"}));
}

// Issue 18: the encoding's guess and its reason are on the file page, so a
// stray byte or an 8-bit file is seen before the import (fails on the old
// code, which said only "read as windows-1252").
void TestImportWizard::encodingReasonShown()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meetings.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Date,Organisation\n");
    for (int i = 0; i < 10; ++i)
        file.write("2014-03-06,Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale\n");
    file.write("2014-03-07,Caf\xE9 Royal\n");
    file.close();
    ImportWizard wizard(testDb.location());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(path);
    const QString status = wizard.findChild<QLabel *>(QStringLiteral("importFileStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("read as utf-8")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Encoding: read as UTF-8: in the first 1 KB 40 characters are valid UTF-8 "
                                            "and 1 byte is not")),
             qPrintable(status));
    auto *preview = wizard.findChild<QTableView *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->model()->index(1, 1).data().toString(), QString::fromUtf8(u8"Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"));
}

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
