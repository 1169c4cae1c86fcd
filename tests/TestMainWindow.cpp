#include "DatabaseUpgrade.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "RecordListModel.h"
#include "demo/DemoStory.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/Schema.h"
#include "csv/CsvReader.h"
#include "demo/DataGenerator.h"
#include "import/CsvFileActions.h"
#include "support/FileDialogAnswer.h"
#include "support/MessageBoxAnswer.h"
#include "support/TestDatabase.h"
#include "timeline/TimelinePage.h"
#include "timeline/TimelineWidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace liaison;
using liaison::test::TestDatabase;

// The window driven through its real widgets, by objectName, on a real database.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesOnTheDemo();
    void createUndoRedoSearchRollUp();
    void mergeOrganisationsAndUndo();
    void modelFetchesInWindowsAndSortsInSql();
    void stageChangeFollowUpsAndSavedFilters();
    void conflictingEditIsRefusedAndKept();
    void partnershipEditorShowsItsTimeline();
    void exportListWritesWhatTheListShows();
    void cancelledExportLeavesTheFileAlone();
    void reopensOnTheLastPage();
    void fitsA1280By800Window();
    void upgradesAnOlderDatabaseFirst();
    void asksBeforeCreatingAMissingDatabase();
    void exportRefusesTheDatabaseFile();

private:
    std::unique_ptr<MainWindow> openWindow(TestDatabase &testDb, bool demo);
    template<typename T>
    T *child(MainWindow &window, const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    static QStringList column(QAbstractItemModel *model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->index(row, column).data().toString());
        return values;
    }
    void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        // QTest types ASCII keys only; other scripts are set as if pasted.
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(edit, text);
        else
            edit->setText(text);
    }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(TestDatabase &testDb, bool demo)
{
    auto db = std::make_unique<Database>();
    db->open(testDb.location());
    if (demo) {
        Repository repo(*db);
        DemoStory::write(repo);
    }
    auto window = std::make_unique<MainWindow>(std::move(db));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestMainWindow::pagesOnTheDemo()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb, true);
    auto *navigation = child<QListView>(*window, QStringLiteral("navigation"));
    // The five record pages, then the timeline and the dashboard the other parts plug in.
    QCOMPARE(navigation->model()->rowCount(), 7);
    QCOMPARE(window->currentPageId(), QStringLiteral("organisations"));
    // A page shown for the first time opens its first record, not a blank form.
    auto *firstOrganisation = child<QTableView>(*window, QStringLiteral("organisationsList"))->model();
    QCOMPARE(child<QLineEdit>(*window, QStringLiteral("organisationName"))->text(),
             firstOrganisation->index(0, 0).data().toString());
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentPageId(), QStringLiteral("people"));
    QCOMPARE(child<QLineEdit>(*window, QStringLiteral("personName"))->text(),
             child<QTableView>(*window, QStringLiteral("peopleList"))->model()->index(0, 0).data().toString());
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window->currentPageId(), QStringLiteral("followups"));
    QTest::keyClick(window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window->currentPageId(), QStringLiteral("timeline"));
    QTest::keyClick(window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(window->currentPageId(), QStringLiteral("dashboard"));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("exportChartAction")));

    for (const QString &id : {QStringLiteral("organisations"), QStringLiteral("people"), QStringLiteral("partnerships"),
                              QStringLiteral("activities"), QStringLiteral("followups")}) {
        auto *view = child<QTableView>(*window, id + QStringLiteral("List"));
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (id != QLatin1String("followups"))
            QVERIFY2(view->model()->rowCount() > 0, qPrintable(id));
    }
    auto *organisations = child<QTableView>(*window, QStringLiteral("organisationsList"))->model();
    const QStringList names = column(organisations, 0);
    QVERIFY(names.contains(QStringLiteral("Government Digital Service")));
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
    // Sorting by a column asks the database again, descending this time.
    organisations->sort(0, Qt::DescendingOrder);
    QCOMPARE(organisations->index(0, 0).data().toString(), sorted.constLast());

    // Follow-ups: the overdue come first and are counted in the side bar.
    auto *followUps = child<QTableView>(*window, QStringLiteral("followupsList"))->model();
    bool seenOpen = false;
    for (int row = 0; row < followUps->rowCount(); ++row) {
        const bool overdue = followUps->index(row, 0).data(RecordListModel::OverdueRole).toBool();
        QVERIFY(!(overdue && seenOpen));
        seenOpen = seenOpen || !overdue;
    }
    QVERIFY(window->windowTitle().contains(testDb.location().toDisplayString()));

    // Screenshots of each page for people to look at (not asserted).
    const QString shots = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        window->resize(1400, 860);
        QDir().mkpath(shots);
        for (int row = 0; row < navigation->model()->rowCount(); ++row) {
            navigation->setCurrentIndex(navigation->model()->index(row, 0));
            const QString id = window->currentPageId();
            // The timeline and the dashboard have no list.
            auto *view = window->findChild<QTableView *>(id + QStringLiteral("List"));
            if (view && view->model()->rowCount() > 0)
                view->selectRow(id == QLatin1String("organisations") ? qMax(0, column(view->model(), 1).indexOf(QStringLiteral("GovTech"))) : 0);
            QTest::qWait(50);
            window->grab().save(shots + QLatin1Char('/') + id + QStringLiteral(".png"));
        }
    }
}

void TestMainWindow::createUndoRedoSearchRollUp()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb, false);
    Repository &repo = window->repository();
    QUndoStack *undo = window->undoStack();

    // An organisation
    window->showPage(QStringLiteral("organisations"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("organisationsNew")), Qt::LeftButton);
    type(child<QLineEdit>(*window, QStringLiteral("organisationName")), QStringLiteral("Acme Digital Agency"));
    type(child<QLineEdit>(*window, QStringLiteral("organisationShortName")), QStringLiteral("ADA"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("organisationSave")), Qt::LeftButton);
    auto *organisations = child<QTableView>(*window, QStringLiteral("organisationsList"))->model();
    QCOMPARE(organisations->rowCount(), 1);
    const qint64 acme = organisations->index(0, 0).data(RecordListModel::IdRole).toLongLong();
    QVERIFY(repo.organisations().find(acme));
    undo->undo();
    QVERIFY(!repo.organisations().find(acme));
    QCOMPARE(organisations->rowCount(), 0);
    undo->redo();
    QVERIFY(repo.organisations().find(acme)); // back under the same id
    QCOMPARE(organisations->rowCount(), 1);

    // A person with an affiliation
    window->showPage(QStringLiteral("people"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("peopleNew")), Qt::LeftButton);
    type(child<QLineEdit>(*window, QStringLiteral("personName")), QStringLiteral("Jane Tan"));
    type(child<QLineEdit>(*window, QStringLiteral("personNativeName")), QStringLiteral("陈珍"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("personSave")), Qt::LeftButton);
    const auto jane = repo.people().findByName(QStringLiteral("Jane Tan"));
    QVERIFY(jane);
    QCOMPARE(jane->nativeName, QStringLiteral("陈珍"));
    type(child<QLineEdit>(*window, QStringLiteral("affiliationOrganisation")), QStringLiteral("ADA"));
    type(child<QLineEdit>(*window, QStringLiteral("affiliationRole")), QStringLiteral("Director"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("affiliationAdd")), Qt::LeftButton);
    QCOMPARE(repo.affiliations().ofPerson(jane->id).size(), 1);
    QCOMPARE(repo.affiliations().ofPerson(jane->id).first().organisationId, acme); // picked by short name
    QCOMPARE(child<QTableView>(*window, QStringLiteral("personAffiliations"))->model()->rowCount(), 1);
    undo->undo();
    QCOMPARE(repo.affiliations().ofPerson(jane->id).size(), 0);
    undo->redo();
    QCOMPARE(repo.affiliations().ofPerson(jane->id).size(), 1);

    // An introduction between Jane and a person not yet known (created on the fly)
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    auto *kind = child<QComboBox>(*window, QStringLiteral("activityKind"));
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Introduction)));
    type(child<QLineEdit>(*window, QStringLiteral("activityTitle")), QStringLiteral("Jane meets Bob about academies"));
    type(child<QLineEdit>(*window, QStringLiteral("activityPurpose")), QStringLiteral("digital skills"));
    type(child<QLineEdit>(*window, QStringLiteral("participantPerson")), QStringLiteral("Jane Tan"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("participantAdd")), Qt::LeftButton);
    type(child<QLineEdit>(*window, QStringLiteral("participantPerson")), QStringLiteral("Bob Lee"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("participantAdd")), Qt::LeftButton);
    Partnership partnership;
    partnership.name = QStringLiteral("Acme academies partnership");
    partnership.stageHistory = {{QStringLiteral("scoping"), PartialDate::year(2024), QString()}};
    repo.partnerships().save(partnership);
    type(child<QLineEdit>(*window, QStringLiteral("activityPartnership")), partnership.name);
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activityLinkPartnership")), Qt::LeftButton);
    QString question;
    liaison::test::answerNextMessageBox(QMessageBox::Yes, &question); // Bob Lee is new: create him
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitySave")), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("Person: Bob Lee")), qPrintable(question));
    QCOMPARE(repo.activities().count(), 1);
    QCOMPARE(repo.activities().list(0, 1).first().partnershipIds, QList<qint64>{partnership.id});
    const Activity intro = repo.activities().list(0, 1).first();
    QCOMPARE(intro.kind, ActivityKind::Introduction);
    QCOMPARE(intro.participants.size(), 2);
    const auto bob = repo.people().findByName(QStringLiteral("Bob Lee"));
    QVERIFY(bob);
    undo->undo(); // one step: the activity and the person created for it
    QCOMPARE(repo.activities().count(), 0);
    QVERIFY(!repo.people().findByName(QStringLiteral("Bob Lee")));
    undo->redo();
    QCOMPARE(repo.activities().count(), 1);
    QCOMPARE(repo.activities().find(intro.id)->participants.size(), 2);

    // Search finds each of them
    auto *activitySearch = child<QLineEdit>(*window, QStringLiteral("activitiesSearch"));
    auto *activities = child<QTableView>(*window, QStringLiteral("activitiesList"))->model();
    type(activitySearch, QStringLiteral("academ"));
    QTRY_COMPARE(activities->rowCount(), 1);
    type(activitySearch, QStringLiteral("nothing-like-this"));
    QTRY_COMPARE(activities->rowCount(), 0);
    activitySearch->clear();
    window->showPage(QStringLiteral("people"));
    auto *peopleSearch = child<QLineEdit>(*window, QStringLiteral("peopleSearch"));
    type(peopleSearch, QStringLiteral("陈"));
    QTRY_COMPARE(child<QTableView>(*window, QStringLiteral("peopleList"))->model()->rowCount(), 1);
    type(child<QLineEdit>(*window, QStringLiteral("organisationsSearch")), QStringLiteral("acme"));
    QTRY_COMPARE(organisations->rowCount(), 1);

    // Roll-up: a meeting of Jane's, as a person only, shows on her organisation
    Activity meeting;
    meeting.kind = ActivityKind::Meeting;
    meeting.title = QStringLiteral("Jane's workshop");
    meeting.when = DateSpan(PartialDate(QDate::currentDate()));
    meeting.participants = {{jane->id, 0, QStringLiteral("attendee")}};
    repo.activities().save(meeting);
    window->openRecord(QStringLiteral("organisations"), acme);
    auto *rollUp = child<QTableView>(*window, QStringLiteral("organisationActivities"))->model();
    QAbstractItemModelTester tester(rollUp, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(column(rollUp, 2).contains(QStringLiteral("Jane's workshop")));
    QVERIFY(column(rollUp, 2).contains(QStringLiteral("Jane meets Bob about academies")));
}

void TestMainWindow::mergeOrganisationsAndUndo()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb, false);
    Repository &repo = window->repository();
    Organisation kept;
    kept.name = QStringLiteral("Government Technology Agency");
    repo.organisations().save(kept);
    Organisation duplicate;
    duplicate.name = QStringLiteral("GovTech Singapore");
    duplicate.shortName = QStringLiteral("GovTech");
    duplicate.aliases = {QStringLiteral("GTA")};
    repo.organisations().save(duplicate);
    Person p;
    p.name = QStringLiteral("Lim Hui Min");
    repo.people().save(p);
    Affiliation a;
    a.personId = p.id;
    a.organisationId = duplicate.id;
    repo.affiliations().save(a);
    Activity meeting;
    meeting.title = QStringLiteral("Standards call");
    meeting.when = DateSpan(PartialDate::month(2014, 3));
    meeting.participants = {{0, duplicate.id, QStringLiteral("host")}};
    repo.activities().save(meeting);

    window->openRecord(QStringLiteral("organisations"), kept.id);
    type(child<QLineEdit>(*window, QStringLiteral("organisationMergePicker")), QStringLiteral("GovTech Singapore"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("organisationMerge")), Qt::LeftButton);
    QCOMPARE(repo.organisations().count(), 1);
    const Organisation merged = *repo.organisations().find(kept.id);
    QVERIFY(merged.aliases.contains(QStringLiteral("GovTech Singapore")));
    QVERIFY(merged.aliases.contains(QStringLiteral("GTA")));
    QCOMPARE(merged.shortName, QStringLiteral("GovTech"));
    QCOMPARE(repo.affiliations().ofPerson(p.id).first().organisationId, kept.id);
    QCOMPARE(repo.activities().find(meeting.id)->participants.first().organisationId, kept.id);
    QCOMPARE(child<QTableView>(*window, QStringLiteral("organisationsList"))->model()->rowCount(), 1);

    window->undoStack()->undo();
    QCOMPARE(repo.organisations().count(), 2);
    const Organisation back = *repo.organisations().find(duplicate.id);
    QCOMPARE(back.aliases, QStringList{QStringLiteral("GTA")});
    QCOMPARE(repo.organisations().find(kept.id)->aliases, QStringList());
    QCOMPARE(repo.affiliations().ofPerson(p.id).first().organisationId, duplicate.id);
    QCOMPARE(repo.activities().find(meeting.id)->participants.first().organisationId, duplicate.id);
    window->undoStack()->redo();
    QCOMPARE(repo.organisations().count(), 1);

    // Deleting an organisation with links, then undoing, puts every link back.
    window->undoStack()->undo();
    window->openRecord(QStringLiteral("organisations"), duplicate.id);
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("organisationDelete")), Qt::LeftButton);
    QVERIFY(!repo.organisations().find(duplicate.id));
    QCOMPARE(repo.affiliations().ofPerson(p.id).size(), 0);
    window->undoStack()->undo();
    QCOMPARE(repo.affiliations().ofPerson(p.id).first().organisationId, duplicate.id);
    QCOMPARE(repo.activities().find(meeting.id)->participants.size(), 1);
}

void TestMainWindow::modelFetchesInWindowsAndSortsInSql()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    Database db;
    db.open(testDb.location());
    Repository repo(db);
    db.begin();
    for (int i = 0; i < 450; ++i) {
        Organisation o;
        o.name = QStringLiteral("Organisation %1").arg(i, 3, 10, QLatin1Char('0'));
        o.country = i % 2 ? QStringLiteral("Singapore") : QStringLiteral("United Kingdom");
        repo.organisations().save(o);
    }
    db.commit();
    ListQuery query(db);
    ListRequest request;
    request.kind = ListKind::Organisations;
    RecordListModel model(query, request);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200); // one window, not the whole table
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    model.sort(0, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Organisation 449"));
    QCOMPARE(model.rowCount(), 200);

    for (ListKind kind : {ListKind::Organisations, ListKind::People, ListKind::Partnerships, ListKind::Activities,
                          ListKind::FollowUps}) {
        ListRequest r;
        r.kind = kind;
        RecordListModel checked(query, r);
        QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (checked.canFetchMore({}))
            checked.fetchMore({});
        if (kind == ListKind::Organisations)
            QCOMPARE(checked.rowCount(), 450);
    }
}

void TestMainWindow::stageChangeFollowUpsAndSavedFilters()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb, true);
    Repository &repo = window->repository();

    // Change a partnership's stage, then undo it
    const Partnership before = *repo.partnerships().findByName(QStringLiteral("NTU–UKRI research fellowships"));
    window->openRecord(QStringLiteral("partnerships"), before.id);
    child<QComboBox>(*window, QStringLiteral("partnershipNewStage"))->setCurrentText(QStringLiteral("formalising"));
    type(child<QLineEdit>(*window, QStringLiteral("partnershipStageNote")), QStringLiteral("draft MoU"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("partnershipChangeStage")), Qt::LeftButton);
    const Partnership changed = *repo.partnerships().find(before.id);
    QCOMPARE(changed.stage(), QStringLiteral("formalising"));
    QCOMPARE(changed.stageHistory.size(), before.stageHistory.size() + 1);
    QCOMPARE(child<QTableView>(*window, QStringLiteral("partnershipStages"))->model()->index(0, 0).data().toString(),
             QStringLiteral("formalising")); // latest first
    window->showPage(QStringLiteral("organisations")); // undo still works after switching records
    window->undoStack()->undo();
    QCOMPARE(repo.partnerships().find(before.id)->stage(), before.stage());

    // Mark the first overdue follow-up done: it leaves the list and the count
    window->showPage(QStringLiteral("followups"));
    auto *view = child<QTableView>(*window, QStringLiteral("followupsList"));
    const int rows = view->model()->rowCount();
    QVERIFY(rows > 0);
    view->selectRow(0);
    const qint64 first = view->model()->index(0, 0).data(RecordListModel::IdRole).toLongLong();
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("followupsMarkDone")), Qt::LeftButton);
    QVERIFY(repo.activities().find(first)->followUpDone);
    QCOMPARE(view->model()->rowCount(), rows - 1);
    window->undoStack()->undo();
    QVERIFY(!repo.activities().find(first)->followUpDone);
    QCOMPARE(view->model()->rowCount(), rows);

    // A filter set saved under a name and applied again
    window->showPage(QStringLiteral("activities"));
    ListPage *page = window->listPage(QStringLiteral("activities"));
    auto *kind = child<QComboBox>(*window, QStringLiteral("activitiesKindFilter"));
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Delegation)));
    auto *list = child<QTableView>(*window, QStringLiteral("activitiesList"))->model();
    const int delegations = list->rowCount();
    QVERIFY(delegations > 0);
    for (int row = 0; row < delegations; ++row)
        QCOMPARE(list->index(row, 1).data().toString(), QStringLiteral("Delegation"));
    page->saveFilterAs(QStringLiteral("Delegations"));
    kind->setCurrentIndex(0);
    QVERIFY(list->rowCount() > delegations);
    QVERIFY(page->savedFilterNames().contains(QStringLiteral("Delegations")));
    page->applySavedFilter(QStringLiteral("Delegations"));
    QCOMPARE(list->rowCount(), delegations);
}

void TestMainWindow::conflictingEditIsRefusedAndKept()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb, false);
    Organisation o;
    o.name = QStringLiteral("Digital Academy");
    window->repository().organisations().save(o);
    window->openRecord(QStringLiteral("organisations"), o.id);
    QCOMPARE(child<QLineEdit>(*window, QStringLiteral("organisationName"))->text(), o.name);

    // A colleague changes it through their own connection meanwhile.
    {
        Database other;
        other.open(testDb.location());
        Repository theirs(other);
        Organisation copy = *theirs.organisations().find(o.id);
        copy.country = QStringLiteral("United Kingdom");
        theirs.organisations().save(copy);
    }
    type(child<QLineEdit>(*window, QStringLiteral("organisationName")), QStringLiteral("Digital Academy UK"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("organisationSave")), Qt::LeftButton);
    const Organisation stored = *window->repository().organisations().find(o.id);
    QCOMPARE(stored.name, QStringLiteral("Digital Academy"));      // not overwritten…
    QCOMPARE(stored.country, QStringLiteral("United Kingdom"));    // …their change kept
    QCOMPARE(child<QLineEdit>(*window, QStringLiteral("organisationName"))->text(), QStringLiteral("Digital Academy UK")); // ours still on screen
    QVERIFY(window->bannerText().contains(QStringLiteral("changed or deleted by someone else")));
    QCOMPARE(window->undoStack()->count(), 0); // the refused edit is not on the stack
}

void TestMainWindow::partnershipEditorShowsItsTimeline()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb, true);
    window->resize(1400, 900);
    Repository &repo = window->repository();
    auto *timeline = child<TimelineWidget>(*window, QStringLiteral("partnershipTimelineWidget"));
    auto *global = child<TimelineWidget>(*window, QStringLiteral("timelineWidget"));
    QVERIFY(timeline != global);

    auto marksOf = [&](qint64 partnershipId) {
        window->openRecord(QStringLiteral("partnerships"), partnershipId);
        if (!QTest::qWaitFor([&] { return !timeline->isLoading(); }, 10000))
            qWarning("the partnership's timeline is still loading");
        timeline->fitToData();
        QSet<qint64> ids;
        for (const TimelineMark &mark : timeline->currentContent().marks)
            ids.insert(mark.id);
        return ids;
    };
    auto activitiesOf = [&](qint64 partnershipId) {
        QSet<qint64> ids;
        for (const Activity &a : repo.activities().ofPartnership(partnershipId))
            ids.insert(a.id);
        return ids;
    };
    const qint64 gds = repo.partnerships().findByName(QStringLiteral("GDS–GovTech digital government partnership"))->id;
    const QSet<qint64> expected = activitiesOf(gds);
    QVERIFY(expected.size() >= 5);
    QVERIFY(expected.size() < repo.activities().count());
    QCOMPARE(marksOf(gds), expected);
    QVERIFY(timeline->isVisible());
    // One lane, the partnership's, with its stages as bands behind it.
    const TimelineContent &content = timeline->currentContent();
    QCOMPARE(content.lanes.size(), 1);
    QVERIFY(content.lanes.constFirst().stages.size() >= 2);
    // LIAISON_SHOTS=DIR keeps a picture of it to look at.
    if (const QString shots = qEnvironmentVariable("LIAISON_SHOTS"); !shots.isEmpty())
        QVERIFY(window->grab().save(shots + QStringLiteral("/partnership-timeline.png")));

    // Another partnership: only its activities.
    const qint64 ntu = repo.partnerships().findByName(QStringLiteral("NTU–UKRI research fellowships"))->id;
    QCOMPARE(marksOf(ntu), activitiesOf(ntu));
    QVERIFY(marksOf(ntu) != expected);

    // Choosing an activity on it (Enter, as a double click) opens the activity.
    marksOf(gds);
    const qint64 chosen = *expected.constBegin();
    timeline->setSelectedActivity(chosen);
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Return);
    QCOMPARE(window->currentPageId(), QStringLiteral("activities"));
    auto *activities = child<ListPage>(*window, QStringLiteral("activitiesPage"));
    auto *title = activities->findChild<QLineEdit *>(QStringLiteral("activityTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), repo.activities().find(chosen)->title);
    if (const QString shots = qEnvironmentVariable("LIAISON_SHOTS"); !shots.isEmpty()) {
        QVERIFY(window->grab().save(shots + QStringLiteral("/activities.png")));
        window->showPage(QStringLiteral("timeline"));
        QTRY_VERIFY(!global->isLoading());
        global->fitToData();
        QVERIFY(window->grab().save(shots + QStringLiteral("/timeline.png")));
    }
}


// File ▸ Export list as CSV… writes the page's list as searched, filtered and
// sorted, in that order, and is off on the pages without a list.
void TestMainWindow::exportListWritesWhatTheListShows()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb, true);
    auto *exportAction = child<QAction>(*window, QStringLiteral("exportCsvAction"));
    window->showPage(QStringLiteral("timeline"));
    QVERIFY(!exportAction->isEnabled());
    window->showPage(QStringLiteral("activities"));
    QVERIFY(exportAction->isEnabled());

    auto *view = child<QTableView>(*window, QStringLiteral("activitiesList"));
    auto *list = view->model();
    const int all = list->rowCount();
    type(child<QLineEdit>(*window, QStringLiteral("activitiesSearch")), QStringLiteral("delegation"));
    QTRY_VERIFY(list->rowCount() > 0 && list->rowCount() < all);
    view->sortByColumn(2, Qt::DescendingOrder); // by title, Z to A
    QTRY_VERIFY(list->index(0, 2).data().toString() >= list->index(list->rowCount() - 1, 2).data().toString());
    const QStringList titles = column(list, 2);

    QTemporaryDir dir;
    QSignalSpy finished(window->csvActions(), &CsvFileActions::exportFinished);
    // File ▸ Export list as CSV… into `name` as a user would; the file's records, header first.
    const auto exportCurrentList = [&](const QString &name) {
        const QString path = dir.filePath(name);
        const qsizetype before = finished.size();
        liaison::test::answerNextFileDialog(path);
        exportAction->trigger();
        QList<QStringList> records;
        if (!QTest::qWaitFor([&] { return finished.size() > before; }) || finished.last().at(2).toBool())
            return records;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return records;
        CsvReader reader(&file, CsvFormat());
        QStringList fields;
        while (reader.readRecord(fields))
            records.append(fields);
        return records;
    };
    const auto columnOf = [](const QList<QStringList> &records, qsizetype column) {
        QStringList values;
        for (qsizetype i = 1; i < records.size(); ++i)
            values.append(records.at(i).at(column));
        return values;
    };

    const QList<QStringList> delegations = exportCurrentList(QStringLiteral("delegations.csv"));
    QVERIFY(!delegations.isEmpty());
    QCOMPARE(finished.last().at(0).toLongLong(), qint64(titles.size()));
    QCOMPARE(delegations.first().at(1), QStringLiteral("Title"));
    QCOMPARE(columnOf(delegations, 1), titles);

    // The organisations page exports organisations, as its search leaves them.
    window->showPage(QStringLiteral("organisations"));
    auto *organisations = child<QTableView>(*window, QStringLiteral("organisationsList"))->model();
    QTRY_VERIFY(organisations->rowCount() > 0);
    const int allOrganisations = organisations->rowCount();
    type(child<QLineEdit>(*window, QStringLiteral("organisationsSearch")), QStringLiteral("singapore"));
    // Until the search has applied (after a pause in typing) the list is the whole one.
    QTRY_VERIFY(organisations->rowCount() > 0 && organisations->rowCount() < allOrganisations);
    const QList<QStringList> exportedOrganisations = exportCurrentList(QStringLiteral("organisations.csv"));
    QVERIFY(!exportedOrganisations.isEmpty());
    QCOMPARE(exportedOrganisations.first().first(), QStringLiteral("Name"));
    QCOMPARE(columnOf(exportedOrganisations, 0), column(organisations, 0));

    // The follow-ups page adds each one's due day and whether it is done.
    window->showPage(QStringLiteral("followups"));
    auto *followUps = child<QTableView>(*window, QStringLiteral("followupsList"))->model();
    QTRY_VERIFY(followUps->rowCount() > 0);
    QStringList dueDays;
    for (int row = 0; row < followUps->rowCount(); ++row)
        dueDays.append(QLocale().toDate(followUps->index(row, 0).data().toString(), QStringLiteral("d MMM yyyy")).toString(Qt::ISODate));
    const QList<QStringList> exportedFollowUps = exportCurrentList(QStringLiteral("follow-ups.csv"));
    QVERIFY(!exportedFollowUps.isEmpty());
    const QStringList header = exportedFollowUps.first();
    QCOMPARE(header.mid(header.size() - 2), QStringList({QStringLiteral("Follow-up due"), QStringLiteral("Follow-up done")}));
    for (const QString &start : columnOf(exportedFollowUps, 2))
        QVERIFY(!start.isEmpty()); // the activity's start, a partial date
    QCOMPARE(columnOf(exportedFollowUps, header.size() - 2), dueDays);
}

// Cancel stops the worker and leaves the file as it was (QSaveFile).
void TestMainWindow::cancelledExportLeavesTheFileAlone()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    {
        Database db;
        db.open(testDb.location());
        Repository repo(db);
        DataGenerator::Options options;
        options.activities = 20000;
        DataGenerator::generate(repo, options);
    }
    auto window = openWindow(testDb, false);
    window->showPage(QStringLiteral("activities"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("activities.csv"));
    {
        QFile before(path);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("kept\n");
    }
    QSignalSpy finished(window->csvActions(), &CsvFileActions::exportFinished);
    window->csvActions()->exportListTo(window->listPage(QStringLiteral("activities"))->model()->request(),
                                       QStringLiteral("activities"), path);
    // Its Cancel button, clicked at once (before the dialog shows itself).
    auto *progress = child<QProgressDialog>(*window, QStringLiteral("exportProgress"));
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(2).toBool(), true);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("kept\n"));

    // Not cancelled, the same export writes every activity.
    window->csvActions()->exportListTo(window->listPage(QStringLiteral("activities"))->model()->request(),
                                       QStringLiteral("activities"), path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(finished.at(1).at(0).toLongLong(), qint64(20000));
}

// Closed on a page, the window opens on it again (QSettings).
void TestMainWindow::reopensOnTheLastPage()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    {
        auto window = openWindow(testDb, true);
        QCOMPARE(window->currentPageId(), QStringLiteral("organisations"));
        window->showPage(QStringLiteral("timeline"));
        QVERIFY(window->close());
    }
    {
        auto window = openWindow(testDb, false);
        QCOMPARE(window->currentPageId(), QStringLiteral("timeline"));
        window->showPage(QStringLiteral("people"));
        QVERIFY(window->close());
    }
    auto window = openWindow(testDb, false);
    QCOMPARE(window->currentPageId(), QStringLiteral("people"));
    QSettings().remove(QStringLiteral("window/page")); // the other tests start on the first page
}

// On a 1280 x 800 screen every list page shows its list and its editor
// without scrolling sideways: the editor has at least the width its form needs.
void TestMainWindow::fitsA1280By800Window()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb, true);
    window->resize(1280, 800);
    for (const QString &id : {QStringLiteral("organisations"), QStringLiteral("people"), QStringLiteral("partnerships"),
                              QStringLiteral("activities"), QStringLiteral("followups")}) {
        window->showPage(id);
        auto *scroll = child<QScrollArea>(*window, id + QStringLiteral("EditorScroll"));
        QTRY_VERIFY(scroll->isVisible());
        // With room to spare: a desktop's fonts run wider than the offscreen platform's.
        QVERIFY2(scroll->widget()->minimumSizeHint().width() + 40 <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1: the editor needs %2 px, has %3").arg(id)
                                .arg(scroll->widget()->minimumSizeHint().width()).arg(scroll->viewport()->width())));
        QTRY_VERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(QStringLiteral("%1: %2 wide in %3, minimum %4").arg(id).arg(scroll->widget()->width()).arg(scroll->viewport()->width()).arg(scroll->widget()->minimumWidth())));
    }
}

// An older database is brought up to date on a worker thread behind a
// progress dialog: the window's own connection finds it current and did not
// migrate it itself (on SQLite the worker, not it, wrote the backup copy).
void TestMainWindow::upgradesAnOlderDatabaseFirst()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    {
        Database old;
        Database::OpenOptions first;
        first.schemaVersion = 1;
        old.open(testDb.location(), first);
        QCOMPARE(old.schemaVersion(), 1);
    }
    Database db;
    DatabaseUpgrade::open(db, testDb.location());
    QCOMPARE(db.schemaVersion(), Schema::currentVersion());
    QVERIFY(db.backupPath().isEmpty());
    if (testDb.location().backend() == DatabaseLocation::Backend::SQLite) {
        const QFileInfo file(testDb.location().filePath());
        QCOMPARE(file.dir().entryList({file.fileName() + QStringLiteral(".schema1-*.bak")}).size(), 1);
    }
    // Up to date already: opened once, nothing written beside it.
    Database again;
    DatabaseUpgrade::open(again, testDb.location());
    QCOMPARE(again.schemaVersion(), Schema::currentVersion());
}

// Issue 17: a recent entry (or --db) naming a file that is not there is never
// created silently: the window asks, and Cancel, Choose another… and Create a
// new database here each do what they say.
void TestMainWindow::asksBeforeCreatingAMissingDatabase()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    QTemporaryDir dir;
    const QString typo = dir.filePath(QStringLiteral("team-typo.sqlite"));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        Database db;
        db.open(DatabaseLocation::sqliteFile(other));
    }
    QSettings().setValue(QStringLiteral("database/recent"), QStringList{typo});
    auto window = openWindow(testDb, false);
    QAction *recentTypo = nullptr;
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (action->text() == typo)
                recentTypo = action;
        }
    }
    QVERIFY(recentTypo);
    QVERIFY(!QFile::exists(typo));
    const auto otherWindow = [&]() -> MainWindow * {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *opened = qobject_cast<MainWindow *>(widget);
            if (opened && opened != window.get() && opened->isVisible())
                return opened;
        }
        return nullptr;
    };

    QString asked;
    test::answerNextMessageBox(QMessageBox::Cancel, &asked);
    recentTypo->trigger();
    QVERIFY2(asked.contains(QDir::toNativeSeparators(typo)), qPrintable(asked + QStringLiteral(" / ") + typo));
    QVERIFY(!QFile::exists(typo));
    QVERIFY(window->isVisible());
    QVERIFY(!otherWindow());

    test::answerNextMessageBox(QStringLiteral("Choose another…"));
    test::answerNextFileDialog(other);
    recentTypo->trigger();
    QVERIFY(!QFile::exists(typo));
    MainWindow *opened = otherWindow();
    QVERIFY(opened);
    QCOMPARE(QFileInfo(opened->database().location().filePath()).canonicalFilePath(), QFileInfo(other).canonicalFilePath());
    opened->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    test::answerNextMessageBox(QStringLiteral("Create a new database here"));
    recentTypo->trigger();
    opened = otherWindow();
    QVERIFY(opened);
    QCOMPARE(opened->database().location().filePath(), typo);
    QVERIFY(QFile::exists(typo));
    opened->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// The window's exports go through the same guard as the commands: the list
// exported over the open database file is refused and the database kept.
void TestMainWindow::exportRefusesTheDatabaseFile()
{
    if (TestDatabase::backend() != DatabaseLocation::Backend::SQLite)
        QSKIP("a file path only an SQLite database has");
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto window = openWindow(testDb, true);
    window->showPage(QStringLiteral("activities"));
    const QString path = testDb.location().filePath();
    QSignalSpy finished(window->csvActions(), &CsvFileActions::exportFinished);
    QString warning;
    test::answerNextMessageBox(QMessageBox::Ok, &warning);
    window->csvActions()->exportListTo(window->listPage(QStringLiteral("activities"))->model()->request(),
                                       QStringLiteral("activities"), path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(warning.contains(QLatin1String("test.sqlite is an existing database; choose another file")),
             qPrintable(warning));
    Database db;
    db.open(testDb.location());
    QVERIFY(Repository(db).activities().count() > 0);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
