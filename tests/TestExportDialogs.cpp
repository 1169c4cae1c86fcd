#include "ListPage.h"
#include "MainWindow.h"
#include "editors/RecordEditor.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "support/FileDialogAnswer.h"
#include "support/TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QScopeGuard>
#include <QUrl>

using namespace liaison;
using liaison::test::TestDatabase;

// Catches what the app asks the desktop to open, instead of starting a PDF viewer.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// Export dialogs start on the record selected, and a finished export says
// where the file is and offers to open it. Real window, real database, real PDF.
class TestExportDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void briefingPackPreselectsTheSelectedPartnership();
};

void TestExportDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// Fails on the old code: the chooser started on the first partnership in the
// list (OK exported another partnership's pack) and the export said nothing.
void TestExportDialogs::briefingPackPreselectsTheSelectedPartnership()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto db = std::make_unique<Database>();
    db->open(testDb.location());
    qint64 selected = 0;
    {
        Repository repo(*db);
        for (const QString &name : {QStringLiteral("Alpha digital government partnership"),
                                    QStringLiteral("Beta open standards partnership"),
                                    QStringLiteral("Gamma skills partnership")}) {
            Partnership p;
            p.name = name;
            repo.partnerships().save(p);
            if (name.startsWith(QLatin1String("Beta")))
                selected = p.id;
        }
        Activity meeting; // a pack needs something to brief on
        meeting.title = QStringLiteral("Open standards working group");
        meeting.when = DateSpan(PartialDate::day(2026, 3, 12));
        meeting.partnershipIds = {selected};
        repo.activities().save(meeting);
    }
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openRecord(QStringLiteral("partnerships"), selected);
    QCOMPARE(window.listPage(QStringLiteral("partnerships"))->editor()->currentId(), selected);

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    const QString pdf = testDb.filePath(QStringLiteral("beta-briefing.pdf"));
    QString preselected;
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [&preselected, timer] {
        auto *chooser = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!chooser)
            return;
        timer->stop();
        preselected = chooser->textValue();
        chooser->accept(); // OK, as the user would
    });
    timer->start();
    liaison::test::answerNextFileDialog(pdf);
    QAction *action = window.findChild<QAction *>(QStringLiteral("exportBriefingPack"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(preselected, QStringLiteral("Beta open standards partnership"));
    QVERIFY(QFileInfo(pdf).size() > 0);

    auto *notice = window.findChild<QMessageBox *>(QStringLiteral("exportFinishedBox"));
    QVERIFY(notice);
    QVERIFY2(notice->text().contains(QFileInfo(pdf).fileName()), qPrintable(notice->text()));
    auto *open = notice->findChild<QPushButton *>(QStringLiteral("exportOpenFile"));
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(pdf).absoluteFilePath())});
}

QTEST_MAIN(TestExportDialogs)
#include "TestExportDialogs.moc"
