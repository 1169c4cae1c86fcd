#include "ListPage.h"
#include "MainWindow.h"
#include "RecordListModel.h"
#include "editors/ActivityEditor.h"
#include "editors/OrganisationEditor.h"
#include "editors/PartialDateEdit.h"
#include "demo/DemoStory.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "editors/RecordPicker.h"
#include "support/MessageBoxAnswer.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace liaison;
using liaison::test::TestDatabase;

// Editing records in the window, and what happens when the database refuses
// (read-only, a role without write rights, a server gone): driven through the
// real widgets by objectName, on a real database.
class TestRecordEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyDatabaseRefusesEditsAndKeepsText();
    void roleWithoutWriteRightsIsReadOnly();
    void serverGoneMidSession();
    void undoHistoryView();
    void delegationItinerary();
    void tripCostTransportOfficialsSource();
    void pickersCompleteAndCreateOnTheFly();
    void eventSeriesPickedOrCreated();
    void screenshotsOnTheDemo();

private:
    std::unique_ptr<MainWindow> openWindow(const DatabaseLocation &location, bool readOnly = false);
    template<typename T>
    T *child(QWidget &window, const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    // Checks the window refuses edits the way a user sees it.
    void verifyRefusesEdits(MainWindow &window, qint64 organisationId, const QString &storedName);
};

void TestRecordEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestRecordEditing::openWindow(const DatabaseLocation &location, bool readOnly)
{
    auto db = std::make_unique<Database>();
    Database::OpenOptions options;
    options.readOnly = readOnly;
    db->open(location, options);
    auto window = std::make_unique<MainWindow>(std::move(db));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

namespace {
qint64 storeOrganisation(const DatabaseLocation &location, const QString &name)
{
    Database db;
    db.open(location);
    Repository repo(db);
    Organisation o;
    o.name = name;
    repo.organisations().save(o);
    return o.id;
}
} // namespace

void TestRecordEditing::verifyRefusesEdits(MainWindow &window, qint64 organisationId, const QString &storedName)
{
    QVERIFY(window.isReadOnly());
    QVERIFY2(window.bannerText().contains(QStringLiteral("read-only")), qPrintable(window.bannerText()));
    QVERIFY(!child<QPushButton>(window, QStringLiteral("organisationsNew"))->isEnabled());
    QVERIFY(!child<QPushButton>(window, QStringLiteral("followupsMarkDone"))->isEnabled());
    QVERIFY(!child<QAction>(window, QStringLiteral("importCsvAction"))->isEnabled());

    // Browsing still works: the list shows the record, the editor shows it.
    window.openRecord(QStringLiteral("organisations"), organisationId);
    auto *list = child<QTableView>(window, QStringLiteral("organisationsList"))->model();
    QCOMPARE(list->rowCount(), 1);
    auto *name = child<QLineEdit>(window, QStringLiteral("organisationName"));
    QCOMPARE(name->text(), storedName);
    auto *save = child<QPushButton>(window, QStringLiteral("organisationSave"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPushButton>(window, QStringLiteral("organisationDelete"))->isEnabled());
    // The fields stay usable: text can be typed, selected and copied.
    QVERIFY(name->isEnabled());
    type(name, QStringLiteral("Renamed while read-only"));

    // A save that gets through anyway (a keyboard shortcut, a script) is refused by the database, with a message.
    child<OrganisationEditor>(window, QStringLiteral("organisationsEditor"))->save();
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(name->text(), QStringLiteral("Renamed while read-only")); // nothing typed is lost
    QVERIFY(!window.bannerText().isEmpty());
    QCOMPARE(window.repository().organisations().find(organisationId)->name, storedName);
}

void TestRecordEditing::readOnlyDatabaseRefusesEditsAndKeepsText()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    const qint64 id = storeOrganisation(testDb.location(), QStringLiteral("Open Standards Board"));
    if (TestDatabase::backend() == DatabaseLocation::Backend::SQLite) {
        // Opened read-only on purpose (File ▸ Open database read-only…). File
        // permissions alone do not stop root, so the option is what is tested.
        auto window = openWindow(testDb.location(), true);
        QVERIFY(window->database().isReadOnly());
        verifyRefusesEdits(*window, id, QStringLiteral("Open Standards Board"));
    } else {
        // A server whose transactions are read-only by default: detected on opening.
        QVERIFY(testDb.execAsAdmin(QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on")
                                       .arg(testDb.location().databaseName())));
        auto window = openWindow(testDb.location());
        QVERIFY(window->database().isReadOnly());
        verifyRefusesEdits(*window, id, QStringLiteral("Open Standards Board"));
        window.reset();
        QVERIFY(testDb.execAsAdmin(QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = off")
                                       .arg(testDb.location().databaseName())));
    }
    // The same database opened normally is writable.
    Database db;
    db.open(testDb.location());
    QVERIFY(!db.isReadOnly());
}

void TestRecordEditing::roleWithoutWriteRightsIsReadOnly()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    if (TestDatabase::backend() != DatabaseLocation::Backend::PostgreSQL)
        QSKIP("roles are PostgreSQL's; SQLite's read-only case is readOnlyDatabaseRefusesEditsAndKeepsText");
    const qint64 id = storeOrganisation(testDb.location(), QStringLiteral("Digital Academy"));
    const QString role = testDb.location().databaseName() + QStringLiteral("_reader");
    QVERIFY(testDb.execAsAdmin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader'").arg(role)));
    QVERIFY(testDb.execAsAdmin(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role), true));
    const DatabaseLocation reader = DatabaseLocation::parse(
        QStringLiteral("postgresql://%1:reader@%2:%3/%4")
            .arg(role, testDb.location().host())
            .arg(testDb.location().port())
            .arg(testDb.location().databaseName()));
    QVERIFY(reader.isValid());
    {
        auto window = openWindow(reader);
        verifyRefusesEdits(*window, id, QStringLiteral("Digital Academy"));
        QVERIFY2(window->bannerText().contains(QStringLiteral("permission denied")), qPrintable(window->bannerText()));
    }
    QVERIFY(testDb.execAsAdmin(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(role), true));
    QVERIFY(testDb.execAsAdmin(QStringLiteral("DROP ROLE %1").arg(role)));
}

void TestRecordEditing::serverGoneMidSession()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    if (TestDatabase::backend() != DatabaseLocation::Backend::PostgreSQL)
        QSKIP("a server that goes away is PostgreSQL's case");
    const qint64 id = storeOrganisation(testDb.location(), QStringLiteral("National Digital Identity Office"));
    auto window = openWindow(testDb.location());
    QVERIFY(!window->isReadOnly());
    window->openRecord(QStringLiteral("organisations"), id);
    auto *name = child<QLineEdit>(*window, QStringLiteral("organisationName"));
    QCOMPARE(name->text(), QStringLiteral("National Digital Identity Office"));
    type(name, QStringLiteral("NDI Office"));
    type(child<QLineEdit>(*window, QStringLiteral("organisationCountry")), QStringLiteral("Singapore"));

    // The server drops the window's connection (a restart, a network cut).
    QVERIFY(testDb.execAsAdmin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                              "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                   .arg(testDb.location().databaseName())));
    auto *save = child<QPushButton>(*window, QStringLiteral("organisationSave"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(window->bannerText().contains(QStringLiteral("connection")), qPrintable(window->bannerText()));
    QVERIFY(window->bannerText().contains(QStringLiteral("still in the editor")));
    QCOMPARE(name->text(), QStringLiteral("NDI Office")); // what was typed is still there
    QCOMPARE(child<QLineEdit>(*window, QStringLiteral("organisationCountry"))->text(), QStringLiteral("Singapore"));
    QVERIFY(window->isReadOnly());
    QVERIFY(!save->isEnabled());
    QCOMPARE(window->undoStack()->count(), 0);

    // Reading through the dead connection fails with a message, not a crash,
    // and the editor keeps the typed text.
    window->listPage(QStringLiteral("organisations"))->reload();
    QCOMPARE(name->text(), QStringLiteral("NDI Office"));

    Database check;
    check.open(testDb.location());
    QCOMPARE(Repository(check).organisations().find(id)->name, QStringLiteral("National Digital Identity Office"));
}

void TestRecordEditing::undoHistoryView()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb.location());
    auto *dock = child<QDockWidget>(*window, QStringLiteral("undoHistoryDock"));
    QVERIFY(dock->isHidden());
    QAction *show = dock->toggleViewAction();
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    show->trigger();
    QVERIFY(dock->isVisible());
    auto *history = child<QUndoView>(*window, QStringLiteral("undoHistory"));
    QCOMPARE(history->model()->rowCount(), 1); // the empty state

    window->showPage(QStringLiteral("organisations"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("organisationsNew")), Qt::LeftButton);
    auto *remove = child<QPushButton>(*window, QStringLiteral("organisationDelete"));
    QVERIFY(!remove->isEnabled()); // nothing to delete on a blank form
    type(child<QLineEdit>(*window, QStringLiteral("organisationName")), QStringLiteral("Smart Nation Office"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("organisationSave")), Qt::LeftButton);
    QVERIFY(remove->isEnabled());
    QCOMPARE(history->model()->rowCount(), 2);
    QCOMPARE(history->model()->index(1, 0).data().toString(), QStringLiteral("Create organisation Smart Nation Office"));
    // Clicking the empty state in the history undoes back to it.
    history->setCurrentIndex(history->model()->index(0, 0));
    QCOMPARE(window->repository().organisations().count(), 0);
    history->setCurrentIndex(history->model()->index(1, 0));
    QCOMPARE(window->repository().organisations().count(), 1);
}

// What returns list per trip, shown and edited in the activity editor: the
// cost as typed (with the amount read from it), transport, officials, source.
void TestRecordEditing::tripCostTransportOfficialsSource()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb.location());
    Repository &repo = window->repository();
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    auto *kind = child<QComboBox>(*window, QStringLiteral("activityKind"));
    auto *transport = child<QLineEdit>(*window, QStringLiteral("activityTransport"));
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Meeting)));
    QVERIFY(!transport->isVisibleTo(transport->parentWidget())); // trips only, unless given
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Delegation)));
    QVERIFY(transport->isVisibleTo(transport->parentWidget()));
    type(child<QLineEdit>(*window, QStringLiteral("activityTitle")), QStringLiteral("Trade mission to India"));
    child<PartialDateEdit>(*window, QStringLiteral("activityStart"))->setValue(PartialDate::day(2014, 3, 6));
    auto *cost = child<QLineEdit>(*window, QStringLiteral("activityCost"));
    type(cost, QStringLiteral("£1,207.39 (met by FCO)"));
    QVERIFY2(child<QLabel>(*window, QStringLiteral("activityCostRead"))->text().contains(QLatin1String("GBP")),
             qPrintable(child<QLabel>(*window, QStringLiteral("activityCostRead"))->text()));
    type(transport, QStringLiteral("Scheduled flight"));
    auto *officials = child<QSpinBox>(*window, QStringLiteral("activityOfficials"));
    QCOMPARE(officials->value(), -1); // not known until given
    officials->setValue(2);
    type(child<QLineEdit>(*window, QStringLiteral("activitySource")), QStringLiteral("travel-q1-2014.pdf"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitySave")), Qt::LeftButton);
    QCOMPARE(repo.activities().count(), 1);
    const Activity saved = repo.activities().list(0, 1).first();
    QCOMPARE(saved.cost, QStringLiteral("£1,207.39 (met by FCO)")); // kept as typed
    QCOMPARE(saved.costMinor, std::optional<qint64>(120739));
    QCOMPARE(saved.costCurrency, QStringLiteral("GBP"));
    QCOMPARE(saved.transport, QStringLiteral("Scheduled flight"));
    QCOMPARE(saved.officials, std::optional<int>(2));
    QCOMPARE(saved.source, QStringLiteral("travel-q1-2014.pdf"));

    // Changed and undone as one edit; the editor shows the value back.
    cost->clear();
    type(cost, QStringLiteral("Met by host"));
    officials->setValue(-1);
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitySave")), Qt::LeftButton);
    const Activity changed = *repo.activities().find(saved.id);
    QCOMPARE(changed.cost, QStringLiteral("Met by host"));
    QVERIFY(!changed.costMinor.has_value());
    QVERIFY(!changed.officials.has_value());
    window->undoStack()->undo();
    QCOMPARE(repo.activities().find(saved.id)->costMinor, std::optional<qint64>(120739));
    QCOMPARE(cost->text(), QStringLiteral("£1,207.39 (met by FCO)"));
    QCOMPARE(officials->value(), 2);
}

void TestRecordEditing::delegationItinerary()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb.location());
    Repository &repo = window->repository();
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    auto *kind = child<QComboBox>(*window, QStringLiteral("activityKind"));
    auto *tabs = child<QTabWidget>(*window, QStringLiteral("activityTabs"));
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Meeting)));
    QVERIFY(!tabs->isTabVisible(1)); // no itinerary for a meeting
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Delegation)));
    QVERIFY(tabs->isTabVisible(1));
    tabs->setCurrentIndex(1);
    type(child<QLineEdit>(*window, QStringLiteral("activityTitle")), QStringLiteral("GovTech study visit to London"));
    auto *start = child<PartialDateEdit>(*window, QStringLiteral("activityStart"));
    start->setValue(PartialDate::day(2014, 3, 10));
    child<PartialDateEdit>(*window, QStringLiteral("activityEnd"))->setValue(PartialDate::day(2014, 3, 14));

    auto *view = child<QTableView>(*window, QStringLiteral("activityItinerary"));
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *place = child<QLineEdit>(*window, QStringLiteral("stopPlace"));
    auto *stopDate = child<PartialDateEdit>(*window, QStringLiteral("stopDate"));
    auto *purpose = child<QLineEdit>(*window, QStringLiteral("stopPurpose"));
    type(place, QStringLiteral("London"));
    type(stopDate->lineEdit(), QStringLiteral("11 Mar 2014"));
    type(purpose, QStringLiteral("GDS academy"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("stopAdd")), Qt::LeftButton);
    type(place, QStringLiteral("Manchester"));
    type(stopDate->lineEdit(), QStringLiteral("Mar 2014"));
    type(purpose, QStringLiteral("wrong stop"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("stopAdd")), Qt::LeftButton);
    type(place, QStringLiteral("Cambridge"));
    // A quarter is typed as a quarter and kept as one, not as its first month.
    type(stopDate->lineEdit(), QStringLiteral("Q1 2014"));
    QCOMPARE(stopDate->value(), PartialDate::quarter(2014, 1));
    type(purpose, QStringLiteral("open standards"));
    QTest::keyClick(place, Qt::Key_Return); // Return in the place adds the stop too
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(place->text(), QString());
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("stopRemove")), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("Cambridge"));
    QCOMPARE(view->model()->index(1, 1).data().toString(), QStringLiteral("Q1 2014"));

    // The date cell is edited with its precision: London becomes "March 2014".
    const QModelIndex when = view->model()->index(0, 1);
    view->setCurrentIndex(when);
    view->edit(when);
    auto *cell = view->findChild<PartialDateEdit *>(QStringLiteral("partialDateCellEditor"));
    QVERIFY(cell);
    QCOMPARE(cell->value(), PartialDate::day(2014, 3, 11));
    type(cell->lineEdit(), QStringLiteral("March 2014"));
    view->setCurrentIndex(view->model()->index(0, 2)); // moving on commits the cell
    QCOMPARE(view->model()->index(0, 1).data().toString(), PartialDate::month(2014, 3).toDisplayString());

    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitySave")), Qt::LeftButton);
    QCOMPARE(repo.activities().count(), 1);
    const Activity saved = repo.activities().list(0, 1).first();
    QCOMPARE(saved.kind, ActivityKind::Delegation);
    QCOMPARE(saved.when.end(), PartialDate::day(2014, 3, 14));
    const QList<ItineraryStop> expected = {{QStringLiteral("London"), PartialDate::month(2014, 3), QStringLiteral("GDS academy")},
                                           {QStringLiteral("Cambridge"), PartialDate::quarter(2014, 1), QStringLiteral("open standards")}};
    QCOMPARE(saved.itinerary, expected);

    // A change to the itinerary is one undoable edit.
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("stopRemove")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitySave")), Qt::LeftButton);
    QCOMPARE(repo.activities().find(saved.id)->itinerary.size(), 1);
    window->undoStack()->undo();
    QCOMPARE(repo.activities().find(saved.id)->itinerary, expected);
    QCOMPARE(view->model()->rowCount(), 2); // the editor shows the restored stops
    window->undoStack()->undo();
    QCOMPARE(repo.activities().count(), 0);
    window->undoStack()->redo();
    QCOMPARE(repo.activities().find(saved.id)->itinerary, expected);
}

void TestRecordEditing::pickersCompleteAndCreateOnTheFly()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb.location());
    Repository &repo = window->repository();
    Organisation govtech;
    govtech.name = QStringLiteral("Government Technology Agency");
    govtech.shortName = QStringLiteral("GovTech");
    govtech.aliases = {QStringLiteral("GTA")};
    repo.organisations().save(govtech);
    for (int i = 0; i < 30; ++i) {
        Organisation o;
        o.name = QStringLiteral("Regional Agency %1").arg(i, 2, 10, QLatin1Char('0'));
        repo.organisations().save(o);
    }

    window->showPage(QStringLiteral("people"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("peopleNew")), Qt::LeftButton);
    type(child<QLineEdit>(*window, QStringLiteral("personName")), QStringLiteral("Tan Wei Ling"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("personSave")), Qt::LeftButton);
    const qint64 person = repo.people().findByName(QStringLiteral("Tan Wei Ling"))->id;

    auto *picker = child<RecordPicker>(*window, QStringLiteral("affiliationOrganisation"));
    picker->setFocus();
    // Inside a word, not only at the start of the name
    type(picker, QStringLiteral("nology"));
    QCOMPARE(picker->suggestions(), QStringList{govtech.name});
    QVERIFY(picker->completer()->popup()->isVisible());
    // By alias and by short name
    type(picker, QStringLiteral("GTA"));
    QCOMPARE(picker->suggestions(), QStringList{govtech.name});
    type(picker, QStringLiteral("govtech"));
    QCOMPARE(picker->suggestions(), QStringList{govtech.name});
    QCOMPARE(picker->selectedId(), govtech.id); // the short name picks the record, case aside
    // A window of matches, never the whole table
    type(picker, QStringLiteral("agency"));
    QCOMPARE(picker->suggestions().size(), RecordPicker::kMatches);

    // A new name: the user is asked; Cancel creates nothing and keeps the text.
    const int organisations = int(repo.organisations().count());
    type(picker, QStringLiteral("Smart Nation Group"));
    type(child<QLineEdit>(*window, QStringLiteral("affiliationRole")), QStringLiteral("Director"));
    QString question;
    liaison::test::answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("affiliationAdd")), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("Organisation: Smart Nation Group")), qPrintable(question));
    QCOMPARE(int(repo.organisations().count()), organisations);
    QCOMPARE(picker->text(), QStringLiteral("Smart Nation Group"));
    QCOMPARE(window->undoStack()->count(), 1); // only the person's creation

    // Yes creates it and the affiliation, as one undoable step.
    liaison::test::answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("affiliationAdd")), Qt::LeftButton);
    QCOMPARE(int(repo.organisations().count()), organisations + 1);
    const auto created = repo.organisations().findByName(QStringLiteral("Smart Nation Group"));
    QVERIFY(created);
    QCOMPARE(repo.affiliations().ofPerson(person).size(), 1);
    QCOMPARE(repo.affiliations().ofPerson(person).first().organisationId, created->id);
    window->undoStack()->undo();
    QCOMPARE(repo.affiliations().ofPerson(person).size(), 0);
    QVERIFY(!repo.organisations().findByName(QStringLiteral("Smart Nation Group")));
    window->undoStack()->redo();
    QCOMPARE(repo.affiliations().ofPerson(person).first().organisationId, created->id);

    // An existing organisation chosen by alias creates nothing and asks nothing.
    type(picker, QStringLiteral("GovTech"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("affiliationAdd")), Qt::LeftButton);
    QCOMPARE(int(repo.organisations().count()), organisations + 1);
    QCOMPARE(repo.affiliations().ofPerson(person).size(), 2);
}

void TestRecordEditing::eventSeriesPickedOrCreated()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb.location());
    Repository &repo = window->repository();
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    auto *kind = child<QComboBox>(*window, QStringLiteral("activityKind"));
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Event)));
    type(child<QLineEdit>(*window, QStringLiteral("activityTitle")), QStringLiteral("Lecture by the Director General"));
    auto *series = child<QComboBox>(*window, QStringLiteral("activitySeries"));
    QVERIFY(series->isEditable());
    type(series->lineEdit(), QStringLiteral("Digital Leaders Lectures"));
    QString question;
    liaison::test::answerNextMessageBox(QMessageBox::Yes, &question);
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitySave")), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("Series: Digital Leaders Lectures")), qPrintable(question));
    QCOMPARE(repo.series().list().size(), 1);
    const Series created = repo.series().list().first();
    const Activity lecture = repo.activities().list(0, 1).first();
    QCOMPARE(lecture.seriesId, created.id);
    QCOMPARE(series->currentText(), QStringLiteral("Digital Leaders Lectures")); // the editor shows it picked

    // Undo takes back the event and the series made for it; redo restores both.
    window->undoStack()->undo();
    QCOMPARE(repo.activities().count(), 0);
    QCOMPARE(repo.series().list().size(), 0);
    window->undoStack()->redo();
    QCOMPARE(repo.activities().find(lecture.id)->seriesId, created.id);

    // The next occurrence picks the existing series by name, whatever the case: nothing new.
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Event)));
    type(child<QLineEdit>(*window, QStringLiteral("activityTitle")), QStringLiteral("Second lecture"));
    type(series->lineEdit(), QStringLiteral("digital leaders lectures"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitySave")), Qt::LeftButton);
    QCOMPARE(repo.series().list().size(), 1);
    QCOMPARE(repo.activities().count(), 2);
    for (const Activity &a : repo.activities().list(0, 2))
        QCOMPARE(a.seriesId, created.id);
}

// Pictures of each page and editor on the demo story for people to look at,
// when LIAISON_SCREENSHOT_DIR names a folder (run under xvfb-run with
// QT_QPA_PLATFORM=xcb for the real look). Checks only that the records shown exist.
void TestRecordEditing::screenshotsOnTheDemo()
{
    const QString shots = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
    if (shots.isEmpty())
        QSKIP("LIAISON_SCREENSHOT_DIR not set");
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    {
        Database db;
        db.open(testDb.location());
        Repository repo(db);
        DemoStory::write(repo);
    }
    auto window = openWindow(testDb.location());
    window->resize(1400, 860);
    QDir().mkpath(shots);
    auto grab = [&](const QString &name) {
        QTest::qWait(150);
        QVERIFY(window->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    for (const QString &id : {QStringLiteral("organisations"), QStringLiteral("people"), QStringLiteral("partnerships"),
                              QStringLiteral("activities"), QStringLiteral("followups")}) {
        window->showPage(id);
        auto *view = child<QTableView>(*window, id + QStringLiteral("List"));
        if (view->model()->rowCount() > 0)
            view->selectRow(0);
        grab(id);
    }
    Repository &repo = window->repository();
    const auto govtech = repo.organisations().findByName(QStringLiteral("Government Technology Agency"));
    QVERIFY(govtech);
    window->openRecord(QStringLiteral("organisations"), govtech->id);
    grab(QStringLiteral("organisation-editor-rollup"));
    qint64 delegation = 0;
    qint64 introduction = 0;
    for (const Activity &a : repo.activities().list(0, 1000)) {
        if (a.title == QLatin1String("GDS delegation to Singapore"))
            delegation = a.id;
        if (a.title == QLatin1String("Introduction of GDS Director General to GovTech Chief Executive"))
            introduction = a.id;
    }
    QVERIFY(delegation && introduction);
    window->openRecord(QStringLiteral("activities"), delegation);
    auto *tabs = child<QTabWidget>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityTabs"));
    tabs->setCurrentIndex(1);
    grab(QStringLiteral("delegation-editor-itinerary"));
    tabs->setCurrentIndex(0);
    window->openRecord(QStringLiteral("activities"), introduction);
    grab(QStringLiteral("introduction-editor"));
    const auto person = repo.people().list(0, 1);
    window->openRecord(QStringLiteral("people"), person.first().id);
    grab(QStringLiteral("person-editor"));
    // The same window read-only
    window.reset();
    window = openWindow(testDb.location(), true);
    window->resize(1400, 860);
    window->openRecord(QStringLiteral("organisations"), govtech->id);
    grab(QStringLiteral("read-only"));
}

QTEST_MAIN(TestRecordEditing)
#include "TestRecordEditing.moc"
