#include "MainWindow.h"
#include "import/ImportWizard.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "support/MessageBoxAnswer.h"
#include "support/TestDatabase.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace liaison;
using liaison::test::TestDatabase;

// An import committed in the wizard is one step of Edit ▸ Undo: Ctrl+Z after
// it takes the import back (not the edit made before it), Ctrl+Shift+Z
// imports it again. And a wizard with columns mapped asks before it closes.
class TestImportUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importIsOneUndoStep();
    void closingWithAMappingAsks();

private:
    static void next(ImportWizard &wizard) { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); }
    static QString writeSheet(QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("partners.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("Name,Country\r\nGovernment Digital Service,United Kingdom\r\nGovTech,Singapore\r\n");
        return path;
    }
};

void TestImportUndo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// Fails on the old code: the import was not on the undo stack, so Ctrl+Z
// after it undid the organisation created before it.
void TestImportUndo::importIsOneUndoStep()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto db = std::make_unique<Database>();
    db->open(testDb.location());
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    Repository &repo = window.repository();

    // An edit first, through the editor.
    window.showPage(QStringLiteral("organisations"));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("organisationsNew")), Qt::LeftButton);
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("organisationName"));
    QTest::keyClicks(name, QStringLiteral("Smart Nation Office"));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("organisationSave")), Qt::LeftButton);
    QCOMPARE(repo.organisations().count(), 1);
    QCOMPARE(window.undoStack()->count(), 1);

    QTemporaryDir dir;
    emit window.importCsvRequested(writeSheet(dir));
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    next(*wizard); // mapping: each row is an organisation, columns as suggested
    auto *target = wizard->findChild<QComboBox *>(QStringLiteral("importTarget"));
    QVERIFY(target);
    target->setCurrentIndex(target->findText(QStringLiteral("An organisation")));
    next(*wizard); // review: the dry run
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
    next(*wizard); // commit
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 20000);
    QVERIFY(wizard->lastSummary().batchId > 0);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(repo.organisations().count(), 3);
    QCOMPARE(window.undoStack()->count(), 2);
    QVERIFY2(window.undoStack()->undoText().contains(QStringLiteral("partners.csv")), qPrintable(window.undoStack()->undoText()));

    // Ctrl+Z, in the window: the import goes, the organisation typed before stays.
    window.activateWindow(); // back in the window, as when the wizard closes on a desktop
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *list = window.findChild<QTableView *>(QStringLiteral("organisationsList"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(repo.organisations().count(), 1);
    QVERIFY(repo.organisations().findByName(QStringLiteral("Smart Nation Office")));
    QVERIFY(!repo.organisations().findByName(QStringLiteral("GovTech")));
    QCOMPARE(list->model()->rowCount(), 1); // the list shows it

    // Redo imports it again, as a new batch.
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(repo.organisations().count(), 3);
    QVERIFY(repo.organisations().findByName(QStringLiteral("GovTech")));
    QCOMPARE(list->model()->rowCount(), 3);
    // And undo again, twice: the import, then the edit.
    window.undoStack()->undo();
    window.undoStack()->undo();
    QCOMPARE(repo.organisations().count(), 0);
}

// Fails on the old code: Cancel on a wizard with its columns mapped closed it at once.
void TestImportUndo::closingWithAMappingAsks()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    QTemporaryDir dir;
    ImportWizard wizard(testDb.location());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(writeSheet(dir));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QString question;
    liaison::test::answerNextMessageBox(QMessageBox::Cancel, &question);
    wizard.reject();
    QVERIFY2(question.contains(QStringLiteral("partners.csv")), qPrintable(question));
    QVERIFY(wizard.isVisible());
    liaison::test::answerNextMessageBox(QMessageBox::Discard);
    wizard.reject();
    QVERIFY(!wizard.isVisible());
}

QTEST_MAIN(TestImportUndo)
#include "TestImportUndo.moc"
