#include "ListPage.h"
#include "MainWindow.h"
#include "RecordListModel.h"
#include "editors/RecordEditor.h"
#include "demo/DataGenerator.h"
#include "domain/Activity.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/ListQuery.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace liaison;
using liaison::test::TestDatabase;

// The main window's lists on 10,000 activities, through the real widgets:
// the count, Ctrl+End, scrolling on new results, the editor's record leaving
// the results, Clear filters, and column widths.
class TestListPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void countsAndCtrlEndReachesTheLastRow();
    void longerListsCountToTheEndOnCtrlEnd();
    void newResultsStartAtTheTop();
    void editorSaysWhenItsRecordLeavesTheResults();
    void titleGetsTheRoomAndWidthsAreSaved();

private:
    std::unique_ptr<MainWindow> openWindow();
    template<typename T>
    T *child(MainWindow &window, const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QStringList lastRowBySql(ListQuery &query, const ListRequest &request);
    void screenshot(MainWindow &window, const QString &name);

    std::unique_ptr<TestDatabase> m_testDb;
};

void TestListPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_testDb = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    Database db;
    db.open(m_testDb->location());
    Repository repo(db);
    DataGenerator::Options options;
    options.activities = 10000;
    options.organisations = 60;
    options.people = 150;
    options.partnerships = 12;
    DataGenerator::generate(repo, options);
}

void TestListPage::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestListPage::openWindow()
{
    auto db = std::make_unique<Database>();
    db->open(m_testDb->location());
    auto window = std::make_unique<MainWindow>(std::move(db));
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

// The list's last row as the database orders it, read backwards on its own.
QStringList TestListPage::lastRowBySql(ListQuery &query, const ListRequest &request)
{
    ListRequest reversed = request;
    reversed.descending = !request.descending;
    const QList<ListRow> first = query.rows(reversed, 0, 1);
    QStringList values;
    if (!first.isEmpty())
        for (const QVariant &v : first.first().values)
            values.append(v.toString());
    return values;
}

void TestListPage::screenshot(MainWindow &window, const QString &name)
{
    const QString shots = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QTest::qWait(50);
    window.grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestListPage::countsAndCtrlEndReachesTheLastRow()
{
    auto window = openWindow();
    window->showPage(QStringLiteral("activities"));
    auto *view = child<QTableView>(*window, QStringLiteral("activitiesList"));
    auto *count = child<QLabel>(*window, QStringLiteral("activitiesCount"));
    QCOMPARE(count->text(), QStringLiteral("10,000 activities"));
    // Every row is in the model from the start: the scroll bar spans them all.
    QCOMPARE(view->model()->rowCount(), 10000);
    QVERIFY2(view->verticalScrollBar()->maximum() > 9900, qPrintable(QString::number(view->verticalScrollBar()->maximum())));

    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view->currentIndex().row(), 9999);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    // The row shown last is the database's last in the list's order (newest first: the oldest).
    auto *model = qobject_cast<RecordListModel *>(view->model());
    ListQuery query(window->database());
    QStringList shown;
    for (int column = 0; column < model->columnCount(); ++column)
        shown.append(model->index(9999, column).data().toString());
    QStringList expected = lastRowBySql(query, model->request());
    expected[1] = RecordListModel::kindTitle(expected.at(1));
    QCOMPARE(shown, expected);
    // The editor follows the row.
    QTRY_COMPARE(window->listPage(QStringLiteral("activities"))->editor()->currentId(),
                 model->index(9999, 0).data(RecordListModel::IdRole).toLongLong());
    // And back: Ctrl+Home is the first row, the one the list started with.
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    screenshot(*window, QStringLiteral("list-count"));

    // A search narrows the count ("1 activity" for a single match).
    auto *search = child<QLineEdit>(*window, QStringLiteral("activitiesSearch"));
    const QString title = model->index(0, 2).data().toString();
    QTest::keyClicks(search, title);
    QTRY_VERIFY(count->text() != QStringLiteral("10,000 activities"));
    const qint64 matches = query.count(model->request());
    QCOMPARE(count->text(), matches == 1 ? QStringLiteral("1 activity")
                                         : QStringLiteral("%1 activities").arg(QLocale().toString(matches)));
}

void TestListPage::longerListsCountToTheEndOnCtrlEnd()
{
    Activity extra;
    {
        Database db;
        db.open(m_testDb->location());
        Repository repo(db);
        extra.kind = ActivityKind::Note;
        extra.title = QStringLiteral("The ten-thousand-and-first");
        extra.when = DateSpan(PartialDate::day(1990, 1, 1), PartialDate());
        repo.activities().save(extra);
    }
    auto window = openWindow();
    window->showPage(QStringLiteral("activities"));
    auto *view = child<QTableView>(*window, QStringLiteral("activitiesList"));
    auto *count = child<QLabel>(*window, QStringLiteral("activitiesCount"));
    // Past the limit the list is not counted to the end until asked.
    QCOMPARE(count->text(), QStringLiteral("10,000+ activities"));
    QVERIFY(view->model()->rowCount() < 10001);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(count->text(), QStringLiteral("10,001 activities"));
    QCOMPARE(view->currentIndex().row(), 10000);
    // Newest first: the oldest, 1990, is last.
    QCOMPARE(view->currentIndex().siblingAtColumn(2).data().toString(), extra.title);

    Database db;
    db.open(m_testDb->location());
    Repository repo(db);
    repo.activities().remove(extra);
}

void TestListPage::newResultsStartAtTheTop()
{
    auto window = openWindow();
    window->showPage(QStringLiteral("activities"));
    auto *view = child<QTableView>(*window, QStringLiteral("activitiesList"));
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    QVERIFY(view->verticalScrollBar()->value() > 1000);
    auto *search = child<QLineEdit>(*window, QStringLiteral("activitiesSearch"));
    // A word most generated activities have in their titles or notes: still a long list.
    QTest::keyClicks(search, QStringLiteral("e"));
    QTRY_VERIFY(qobject_cast<RecordListModel *>(view->model())->request().filter.text == QLatin1String("e"));
    QVERIFY(view->model()->rowCount() > 100);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    // Sorting by another column is new results too.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    view->horizontalHeader()->setSortIndicator(2, Qt::AscendingOrder);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
}

void TestListPage::editorSaysWhenItsRecordLeavesTheResults()
{
    auto window = openWindow();
    window->showPage(QStringLiteral("activities"));
    auto *view = child<QTableView>(*window, QStringLiteral("activitiesList"));
    ListPage *page = window->listPage(QStringLiteral("activities"));
    QTRY_VERIFY(page->editor()->currentId() != 0);
    auto *note = child<QLabel>(*window, QStringLiteral("activitiesNotInResults"));
    auto *clear = child<QPushButton>(*window, QStringLiteral("activitiesClearFilters"));
    QVERIFY(!note->isVisible());
    QVERIFY(!clear->isEnabled());
    const qint64 shown = page->editor()->currentId();

    auto *search = child<QLineEdit>(*window, QStringLiteral("activitiesSearch"));
    QTest::keyClicks(search, QStringLiteral("zzqxnothing"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("activitiesCount"))->text(), QStringLiteral("0 activities"));
    QVERIFY(note->isVisible());
    QCOMPARE(page->editor()->currentId(), shown); // kept, with anything typed in it
    QVERIFY(clear->isEnabled());
    screenshot(*window, QStringLiteral("list-not-in-results"));

    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QCOMPARE(view->model()->rowCount(), 10000);
    QVERIFY(!note->isVisible());
    QVERIFY(!clear->isEnabled());
}

void TestListPage::titleGetsTheRoomAndWidthsAreSaved()
{
    {
        auto window = openWindow();
        window->showPage(QStringLiteral("activities"));
        auto *view = child<QTableView>(*window, QStringLiteral("activitiesList"));
        QTRY_VERIFY(view->isVisible());
        screenshot(*window, QStringLiteral("list-columns"));
        const int title = view->columnWidth(2);
        // The title is the widest column and readable; the dates are not cut.
        for (int column : {0, 1, 3})
            QVERIFY2(title > view->columnWidth(column),
                     qPrintable(QStringLiteral("title %1, column %2: %3").arg(title).arg(column).arg(view->columnWidth(column))));
        QVERIFY2(title >= 180, qPrintable(QString::number(title)));
        // Every column is on screen: no scrolling sideways to see the location.
        QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width());
        const QFontMetrics metrics(view->font());
        const QString when = view->model()->index(0, 0).data().toString();
        QVERIFY(view->columnWidth(0) >= metrics.horizontalAdvance(when));
        // The user's widths stay.
        view->horizontalHeader()->resizeSection(0, 123);
        view->horizontalHeader()->resizeSection(2, 333);
        QVERIFY(window->close());
    }
    auto window = openWindow();
    window->showPage(QStringLiteral("activities"));
    auto *view = child<QTableView>(*window, QStringLiteral("activitiesList"));
    QCOMPARE(view->columnWidth(0), 123);
    QCOMPARE(view->columnWidth(2), 333);
}

QTEST_MAIN(TestListPage)
#include "TestListPage.moc"
