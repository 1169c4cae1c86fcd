#include "support/TestDatabase.h"

#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/Repository.h"
#include "storage/WritePermission.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace liaison;
using liaison::test::TestDatabase;

// Issue 18: a role that may only read got "query failed: ERROR: permission
// denied for table import_batches" from liaison import. It hears that its
// role can read but not import here, before anything is written.
class TestImportPermissions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readerIsToldItCannotImport();
    void partialGrantsNameTheTables();

private:
    struct Result
    {
        int exitCode = -1;
        QString err;
    };
    Result importAs(const QString &role);
    bool createRole(const QString &grants);

    std::unique_ptr<TestDatabase> m_testDb;
    QString m_role;
    QString m_csv;
};

void TestImportPermissions::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    if (TestDatabase::backend() != DatabaseLocation::Backend::PostgreSQL)
        QSKIP("roles and grants are PostgreSQL's; an SQLite file's permissions are checked on opening");
    {
        Database db; // the schema, made by the owner
        db.open(m_testDb->location());
    }
    m_role = QStringLiteral("reader_%1").arg(m_testDb->location().databaseName());
    m_csv = m_testDb->filePath(QStringLiteral("meetings.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Date,Organisation,Purpose\n2014-03-06,GovTech,Digital identity\n");
}

void TestImportPermissions::cleanup()
{
    if (m_testDb && !m_role.isEmpty()) {
        m_testDb->execAsAdmin(QStringLiteral("DROP OWNED BY %1").arg(m_role), true);
        m_testDb->execAsAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role));
    }
    m_role.clear();
    m_testDb.reset();
}

bool TestImportPermissions::createRole(const QString &grants)
{
    return m_testDb->execAsAdmin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader-pw'").arg(m_role))
        && m_testDb->execAsAdmin(grants.arg(m_role), true);
}

TestImportPermissions::Result TestImportPermissions::importAs(const QString &role)
{
    const DatabaseLocation location = m_testDb->location();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("reader-pw"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIAISON_BINARY),
            {QStringLiteral("import"), m_csv, QStringLiteral("--kind"), QStringLiteral("meeting"), QStringLiteral("--quiet"),
             QStringLiteral("--db"),
             QStringLiteral("postgresql://%1@%2:%3/%4").arg(role, location.host()).arg(location.port()).arg(location.databaseName())});
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

void TestImportPermissions::readerIsToldItCannotImport()
{
    QVERIFY(createRole(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1")));
    const Result r = importAs(m_role);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nothing was imported: your role (%1) can read but not import here").arg(m_role)),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("permission denied")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    Database db;
    db.open(m_testDb->location());
    QVERIFY(ImportBatchRepository(db).list().isEmpty());
    QCOMPARE(Repository(db).activities().count(), 0);
}

// The case of the issue: the records may be written, the batch list not.
void TestImportPermissions::partialGrantsNameTheTables()
{
    QVERIFY(createRole(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1; "
                                      "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1; "
                                      "REVOKE INSERT, UPDATE, DELETE ON import_batches FROM %1")));
    const Result r = importAs(m_role);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("can read but not import here: it may not write to import_batches;")),
             qPrintable(r.err));
    Database db;
    db.open(m_testDb->location());
    QCOMPARE(Repository(db).activities().count(), 0);
    // And the owner may: nothing is refused.
    QVERIFY(WritePermission::notWritable(db).isEmpty());
}

QTEST_GUILESS_MAIN(TestImportPermissions)
#include "TestImportPermissions.moc"
