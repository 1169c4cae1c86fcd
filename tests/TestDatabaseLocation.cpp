#include "storage/DatabaseLocation.h"

#include <QTest>

using namespace liaison;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void filePath();
    void postgresUrl();
    void postgresUrlDefaultsPort();
    void malformedUrl_data();
    void malformedUrl();
    void displayHidesPassword();
};

void TestDatabaseLocation::filePath()
{
    const DatabaseLocation location = DatabaseLocation::parse(QStringLiteral("/tmp/x.sqlite"));
    QVERIFY(location.isValid());
    QCOMPARE(location.backend(), DatabaseLocation::Backend::SQLite);
    QCOMPARE(location.filePath(), QStringLiteral("/tmp/x.sqlite"));
}

void TestDatabaseLocation::postgresUrl()
{
    const DatabaseLocation location =
        DatabaseLocation::parse(QStringLiteral("postgresql://team:s3cret@db.example:6543/liaison"));
    QVERIFY(location.isValid());
    QCOMPARE(location.backend(), DatabaseLocation::Backend::PostgreSQL);
    QCOMPARE(location.user(), QStringLiteral("team"));
    QCOMPARE(location.password(), QStringLiteral("s3cret"));
    QCOMPARE(location.host(), QStringLiteral("db.example"));
    QCOMPARE(location.port(), 6543);
    QCOMPARE(location.databaseName(), QStringLiteral("liaison"));
}

void TestDatabaseLocation::postgresUrlDefaultsPort()
{
    const DatabaseLocation location = DatabaseLocation::parse(QStringLiteral("postgres://me@localhost/team"));
    QVERIFY(location.isValid());
    QCOMPARE(location.port(), 5432);
}

void TestDatabaseLocation::malformedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no host") << "postgresql:///liaison";
    QTest::newRow("no database") << "postgresql://me@host:5432/";
    QTest::newRow("bad port") << "postgresql://me@host:port/x";
}

void TestDatabaseLocation::malformedUrl()
{
    QFETCH(QString, url);
    QString error;
    QVERIFY(!DatabaseLocation::parse(url, &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestDatabaseLocation::displayHidesPassword()
{
    const DatabaseLocation location = DatabaseLocation::parse(QStringLiteral("postgresql://team:s3cret@h:1/d"));
    QVERIFY(!location.toDisplayString().contains(QLatin1String("s3cret")));
    QCOMPARE(location.toDisplayString(), QStringLiteral("postgresql://team@h:1/d"));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "TestDatabaseLocation.moc"
