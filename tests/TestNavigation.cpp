#include "ListPage.h"
#include "MainWindow.h"
#include "RecordListModel.h"
#include "demo/DemoStory.h"
#include "editors/RecordEditor.h"
#include "help/GuideDialog.h"
#include "help/ShortcutsDialog.h"
#include "navigation/GlobalSearch.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace liaison;
using liaison::test::TestDatabase;

// Getting about the window by keyboard, on the demo database through the real
// widgets: Help ▸ Keyboard shortcuts, Help ▸ Guide, Ctrl+K and Back/Forward.
class TestNavigation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void shortcutsDialogListsEveryShortcut();
    void guideHasAPagePerDay();
    void searchEverythingFindsAndOpensEachKind();
    void backAndForwardThroughOpenedRecords();

private:
    template<typename T>
    T *child(QWidget &parent, const QString &name)
    {
        T *widget = parent.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    void screenshot(QWidget &widget, const QString &name);
    // The first row's id and column-0 text of a page's list.
    QPair<qint64, QString> firstRow(MainWindow &window, const QString &pageId, int row = 0, int column = 0);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<MainWindow> m_window;
};

void TestNavigation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_testDb = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    auto db = std::make_unique<Database>();
    db->open(m_testDb->location());
    {
        Repository repo(*db);
        DemoStory::write(repo);
    }
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNavigation::init()
{
    // Shortcuts go to the active window: after a dialog, the main one again
    // (the offscreen platform does not always hand activation back itself).
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestNavigation::screenshot(QWidget &widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QTest::qWait(50);
    widget.grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QPair<qint64, QString> TestNavigation::firstRow(MainWindow &window, const QString &pageId, int row, int column)
{
    QAbstractItemModel *model = child<QTableView>(window, pageId + QStringLiteral("List"))->model();
    const QModelIndex index = model->index(row, column);
    return {index.data(RecordListModel::IdRole).toLongLong(), index.data().toString()};
}

void TestNavigation::shortcutsDialogListsEveryShortcut()
{
    QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
    auto *dialog = m_window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *table = child<QTableWidget>(*dialog, QStringLiteral("shortcutsTable"));
    QHash<QString, QString> byKeys;
    QHash<QString, QString> menus;
    for (int row = 0; row < table->rowCount(); ++row) {
        byKeys.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        menus.insert(table->item(row, 1)->text(), table->item(row, 2)->text());
    }
    QCOMPARE(menus.value(QStringLiteral("Search everything…")), QStringLiteral("View"));
    QCOMPARE(menus.value(QStringLiteral("Keyboard shortcuts")), QStringLiteral("Help"));
    const auto native = [](const QKeySequence &key) { return key.toString(QKeySequence::NativeText); };
    QCOMPARE(byKeys.value(native(QKeySequence(Qt::CTRL | Qt::Key_K))), QStringLiteral("Search everything…"));
    QCOMPARE(byKeys.value(native(QKeySequence(Qt::ALT | Qt::Key_Left))), QStringLiteral("Back"));
    QCOMPARE(byKeys.value(native(QKeySequence(Qt::ALT | Qt::Key_Right))), QStringLiteral("Forward"));
    QCOMPARE(byKeys.value(native(QKeySequence(Qt::CTRL | Qt::Key_Z))), QStringLiteral("Undo"));
    QCOMPARE(byKeys.value(native(QKeySequence(Qt::CTRL | Qt::Key_4))), QStringLiteral("Activities"));
    QCOMPARE(byKeys.value(native(QKeySequence(Qt::CTRL | Qt::Key_End))), QStringLiteral("Last row (counts a long list to its end)"));
    // Every action of the window that has a shortcut is there, with each of its keys.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            bool listed = false;
            for (int row = 0; row < table->rowCount() && !listed; ++row)
                listed = table->item(row, 0)->text().split(QStringLiteral(", ")).contains(native(key));
            QVERIFY2(listed, qPrintable(action->text() + QLatin1Char(' ') + native(key)));
        }
    }
    screenshot(*dialog, QStringLiteral("help-shortcuts"));
    dialog->close();
}

void TestNavigation::guideHasAPagePerDay()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *dialog = m_window->findChild<GuideDialog *>(QStringLiteral("guideDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *contents = child<QListWidget>(*dialog, QStringLiteral("guideContents"));
    auto *browser = child<QTextBrowser>(*dialog, QStringLiteral("guideBrowser"));
    // A welcome page and the six days in the life of the design notes.
    QCOMPARE(contents->count(), 7);
    QStringList headings;
    for (int row = 0; row < contents->count(); ++row) {
        contents->setCurrentRow(row);
        const QString text = browser->toPlainText();
        QVERIFY2(text.size() > 300, qPrintable(contents->item(row)->text()));
        headings.append(text.section(QLatin1Char('\n'), 0, 0));
    }
    QVERIFY(headings.at(1).contains(QStringLiteral("introductions")));
    QVERIFY(headings.at(6).contains(QStringLiteral("decade")));
    // A link to another page opens it, and the contents follow.
    contents->setCurrentRow(0);
    browser->setSource(QUrl(QStringLiteral("briefing.html")));
    QCOMPARE(contents->currentRow(), 3);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("briefing pack")));
    screenshot(*dialog, QStringLiteral("help-guide"));
    dialog->close();
}

void TestNavigation::searchEverythingFindsAndOpensEachKind()
{
    struct Case
    {
        QString page;
        int column; // the list column the record's name is in
    };
    for (const Case &c : {Case{QStringLiteral("organisations"), 0}, Case{QStringLiteral("people"), 0},
                          Case{QStringLiteral("partnerships"), 0}, Case{QStringLiteral("activities"), 2}}) {
        // A record from the middle of its list, not the one each page opens first.
        QAbstractItemModel *model = child<QTableView>(*m_window, c.page + QStringLiteral("List"))->model();
        const auto [id, name] = firstRow(*m_window, c.page, model->rowCount() / 2, c.column);
        QVERIFY(id != 0);
        m_window->showPage(QStringLiteral("dashboard")); // search works from any page
        init();
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        auto *search = m_window->findChild<GlobalSearch *>(QStringLiteral("globalSearch"));
        QVERIFY(search);
        QTRY_VERIFY(search->isVisible());
        auto *box = child<QLineEdit>(*search, QStringLiteral("globalSearchBox"));
        box->clear();
        bool ascii = true;
        for (const QChar ch : name)
            ascii = ascii && ch.unicode() < 128;
        if (ascii)
            QTest::keyClicks(box, name);
        else
            box->setText(name);
        search->search();
        auto *results = child<QTreeWidget>(*search, QStringLiteral("globalSearchResults"));
        // Grouped: a heading per kind with matches, the record under its own kind's.
        QTreeWidgetItem *found = nullptr;
        QStringList headings;
        for (int group = 0; group < results->topLevelItemCount(); ++group) {
            QTreeWidgetItem *heading = results->topLevelItem(group);
            headings.append(heading->text(0));
            for (int i = 0; i < heading->childCount(); ++i)
                if (heading->child(i)->text(0) == name)
                    found = heading->child(i);
        }
        QVERIFY2(found, qPrintable(name + QStringLiteral(" in ") + headings.join(QLatin1Char(','))));
        QCOMPARE(found->parent()->text(0).toLower(), c.page);
        if (c.page == QLatin1String("people"))
            screenshot(*search, QStringLiteral("search-everything"));
        // Down from the box until the record is current, then Enter opens it.
        results->setCurrentItem(results->topLevelItem(0)->child(0));
        for (int guard = 0; results->currentItem() != found && guard < 40; ++guard)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(results->currentItem(), found);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!search->isVisible());
        QCOMPARE(m_window->currentPageId(), c.page);
        QCOMPARE(m_window->listPage(c.page)->editor()->currentId(), id);
    }
}

void TestNavigation::backAndForwardThroughOpenedRecords()
{
    auto *organisations = child<QTableView>(*m_window, QStringLiteral("organisationsList"));
    auto *people = child<QTableView>(*m_window, QStringLiteral("peopleList"));
    m_window->showPage(QStringLiteral("organisations"));
    organisations->selectRow(0);
    organisations->selectRow(1);
    const qint64 second = firstRow(*m_window, QStringLiteral("organisations"), 1).first;
    const qint64 first = firstRow(*m_window, QStringLiteral("organisations"), 0).first;
    m_window->showPage(QStringLiteral("people"));
    people->selectRow(2);
    const qint64 person = firstRow(*m_window, QStringLiteral("people"), 2).first;
    const auto shows = [this](const QString &page, qint64 id) {
        return m_window->currentPageId() == page && m_window->listPage(page)->editor()->currentId() == id;
    };

    people->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(shows(QStringLiteral("organisations"), second));
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(shows(QStringLiteral("organisations"), first));
    QCOMPARE(organisations->currentIndex().row(), 0); // and the list selects it
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QVERIFY(shows(QStringLiteral("organisations"), second));
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QVERIFY(shows(QStringLiteral("people"), person));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("forwardAction"))->isEnabled());
    // Opening another record after going back drops what was ahead.
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    people->selectRow(0);
    m_window->showPage(QStringLiteral("people"));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("forwardAction"))->isEnabled());
}

QTEST_MAIN(TestNavigation)
#include "TestNavigation.moc"
