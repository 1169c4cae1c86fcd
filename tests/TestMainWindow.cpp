#include "MainWindow.h"
#include "OrganisationListModel.h"
#include "demo/DemoStory.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTest>

using namespace liaison;
using liaison::test::TestDatabase;

// The window on the demo database, driven through its real widgets.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheOrganisations();
    void modelFetchesInWindows();
};

void TestMainWindow::showsTheOrganisations()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto db = std::make_unique<Database>();
    db->open(testDb.location());
    {
        Repository repo(*db);
        DemoStory::write(repo);
    }
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *view = window.findChild<QTableView *>(QStringLiteral("organisationList"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 17);
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names.append(view->model()->index(row, OrganisationListModel::Name).data().toString());
    QVERIFY(names.contains(QStringLiteral("Government Digital Service")));
    QVERIFY(names.contains(QStringLiteral("Government Technology Agency")));
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    QVERIFY(window.windowTitle().contains(testDb.location().toDisplayString()));
}

void TestMainWindow::modelFetchesInWindows()
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
        repo.organisations().save(o);
    }
    db.commit();

    OrganisationListModel model(repo);
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200); // one window, not the whole table
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    // The tester fetches on its own; attach it after checking the windows.
    OrganisationListModel checked(repo);
    QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (checked.canFetchMore({}))
        checked.fetchMore({});
    QCOMPARE(checked.rowCount(), 450);
    QCOMPARE(checked.index(449, OrganisationListModel::Name).data().toString(), QStringLiteral("Organisation 449"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
