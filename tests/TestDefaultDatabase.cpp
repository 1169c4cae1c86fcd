#include "demo/DefaultDatabase.h"
#include "storage/Database.h"
#include "storage/Repository.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

// First run: the user's own database appears, with the demo story in it.
class TestDefaultDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunWritesTheDemoOnce();

private:
    QTemporaryDir m_home;
};

void TestDefaultDatabase::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Liaison"));
    QCoreApplication::setApplicationName(QStringLiteral("Liaison"));
}

void TestDefaultDatabase::firstRunWritesTheDemoOnce()
{
    const QString path = DefaultDatabase::path();
    QVERIFY2(path.startsWith(m_home.path()), qPrintable(path));
    QVERIFY(!QFile::exists(path));
    qint64 activities = 0;
    {
        Database db;
        DefaultDatabase::open(db);
        QVERIFY(QFile::exists(path));
        Repository repo(db);
        QVERIFY(repo.organisations().findByName(QStringLiteral("GovTech")).has_value());
        activities = repo.activities().count();
        QVERIFY(activities > 10);
    }
    // The second start opens what is there; it does not write the demo again.
    Database db;
    DefaultDatabase::open(db);
    Repository repo(db);
    QCOMPARE(repo.activities().count(), activities);
}

QTEST_GUILESS_MAIN(TestDefaultDatabase)
#include "TestDefaultDatabase.moc"
