#include "support/TestDatabase.h"

#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/Repository.h"
#include "storage/Schema.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

#include <memory>

using namespace liaison;
using liaison::test::TestDatabase;

// Opening brings any older database to the current schema, and refuses newer ones.
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyDatabaseGetsCurrentSchema();
    void reopeningChangesNothing();
    void firstVersionIsMigratedWithItsData();
    void firstVersionFixtureFileIsMigrated();
    void newerSchemaIsRefused();
    void newerSqliteFileIsLeftByteIdentical();
    void foreignFilesAreRefused_data();
    void foreignFilesAreRefused();
    void missingFileIsNotCreatedWhenNotAsked();
    void fingerprintsTableAddedToAnOlderDatabase();
    void killedBackupLeavesNoBak();

private:
    static QByteArray fileHash(const QString &path);
    void setStoredVersion(int version);
    bool isSqlite() const { return TestDatabase::backend() == DatabaseLocation::Backend::SQLite; }

    std::unique_ptr<TestDatabase> m_testDb;
};

void TestMigrations::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_testDb);
}

void TestMigrations::cleanup()
{
    m_testDb.reset();
}

QByteArray TestMigrations::fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestMigrations::setStoredVersion(int version)
{
    Database db;
    db.open(m_testDb->location());
    db.exec(QStringLiteral("UPDATE liaison_meta SET value = ? WHERE key = 'schema_version'"), {QString::number(version)});
}

void TestMigrations::emptyDatabaseGetsCurrentSchema()
{
    Database db;
    db.open(m_testDb->location());
    QCOMPARE(db.schemaVersion(), Schema::currentVersion());
    QVERIFY(db.backupPath().isEmpty()); // nothing to back up in a new database
    const QStringList tables = db.connection().tables();
    for (const QString &table : {QStringLiteral("organisations"), QStringLiteral("people"), QStringLiteral("affiliations"),
                                 QStringLiteral("partnerships"), QStringLiteral("activities"),
                                 QStringLiteral("activity_participants"), QStringLiteral("import_batches")})
        QVERIFY2(tables.contains(table), qPrintable(table));
    if (isSqlite()) {
        QSqlQuery &mode = db.exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        mode.finish();
        QSqlQuery &fk = db.exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
    }
}

void TestMigrations::reopeningChangesNothing()
{
    {
        Database db;
        db.open(m_testDb->location());
    }
    Database db;
    db.open(m_testDb->location());
    QCOMPARE(db.schemaVersion(), Schema::currentVersion());
    QVERIFY(db.backupPath().isEmpty());
}

void TestMigrations::firstVersionIsMigratedWithItsData()
{
    {
        Database v1;
        Database::OpenOptions options;
        options.schemaVersion = 1;
        v1.open(m_testDb->location(), options);
        QCOMPARE(v1.schemaVersion(), 1);
        QVERIFY(!v1.connection().tables().contains(QStringLiteral("import_batches")));
        // Written as version 1 knew it: no import_batch_id column yet.
        v1.exec(QStringLiteral("INSERT INTO organisations (name, row_version, updated_at, updated_by) "
                               "VALUES ('GovTech', 1, '2015-01-01T00:00:00.000Z', 'old')"));
        v1.exec(QStringLiteral("INSERT INTO activities (kind, title, start_date, start_precision, last_date, "
                               "start_month, row_version, updated_at, updated_by) "
                               "VALUES ('meeting', 'Oct-12 call', '2012-10-01', 1, '2012-10-31', 201210, 1, "
                               "'2015-01-01T00:00:00.000Z', 'old')"));
    }

    Database db;
    db.open(m_testDb->location());
    QCOMPARE(db.schemaVersion(), Schema::currentVersion());
    QVERIFY(db.connection().tables().contains(QStringLiteral("import_batches")));
    Repository repo(db);
    QCOMPARE(repo.organisations().findByName(QStringLiteral("GovTech"))->updatedBy, QStringLiteral("old"));
    const QList<Activity> activities = repo.activities().list(0, 10);
    QCOMPARE(activities.size(), 1);
    QCOMPARE(activities.first().when.start(), PartialDate::month(2012, 10));
    QCOMPARE(activities.first().importBatchId, 0);

    if (isSqlite()) {
        // The backup is the database as it was: still version 1, with its data.
        QVERIFY(!db.backupPath().isEmpty());
        QVERIFY(QFile::exists(db.backupPath()));
        Database backup;
        Database::OpenOptions options;
        options.schemaVersion = 1;
        options.createIfMissing = false;
        const QString copy = m_testDb->filePath(QStringLiteral("backup-copy.sqlite"));
        QVERIFY(QFile::copy(db.backupPath(), copy));
        backup.open(DatabaseLocation::sqliteFile(copy), options);
        QCOMPARE(backup.schemaVersion(), 1);
        QSqlQuery &count = backup.exec(QStringLiteral("SELECT COUNT(*) FROM activities"));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        count.finish();
    }
}

void TestMigrations::firstVersionFixtureFileIsMigrated()
{
    if (!isSqlite())
        QSKIP("the fixture is an SQLite file; the PostgreSQL path is covered by firstVersionIsMigratedWithItsData");
    // A real database as the first release wrote it, kept as an SQL dump.
    QFile dump(QFINDTESTDATA("data/schema-v1.sql"));
    QVERIFY(dump.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString path = m_testDb->location().filePath();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        for (const QString &statement : QString::fromUtf8(dump.readAll()).split(QStringLiteral(";\n"))) {
            if (!statement.trimmed().isEmpty())
                QVERIFY2(query.exec(statement), qPrintable(statement.left(80)));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

    Database db;
    db.open(m_testDb->location());
    QCOMPARE(db.schemaVersion(), Schema::currentVersion());
    QVERIFY(QFile::exists(db.backupPath()));
    Repository repo(db);
    const auto govtech = repo.organisations().findByName(QStringLiteral("IDA"));
    QVERIFY(govtech.has_value());
    QCOMPARE(govtech->name, QStringLiteral("Government Technology Agency"));
    QCOMPARE(repo.people().findByName(QStringLiteral("陈伟明"))->name, QStringLiteral("Tan Wei Ming"));
    const QList<Activity> activities = repo.activities().list(0, 10);
    QCOMPARE(activities.size(), 2);
    QCOMPARE(activities.last().when, DateSpan(PartialDate::month(2012, 10)));
    QCOMPARE(activities.first().participants.size(), 2);
}

void TestMigrations::newerSchemaIsRefused()
{
    {
        Database db;
        db.open(m_testDb->location());
    }
    setStoredVersion(Schema::currentVersion() + 1);
    Database db;
    try {
        db.open(m_testDb->location());
        QFAIL("a newer database was opened");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QLatin1String("newer version of Liaison")), qPrintable(e.message()));
    }
    QVERIFY(!db.isOpen());
}

void TestMigrations::newerSqliteFileIsLeftByteIdentical()
{
    if (!isSqlite())
        QSKIP("a PostgreSQL database is not a file; refusal is covered by newerSchemaIsRefused");
    {
        Database db;
        db.open(m_testDb->location());
        Repository repo(db);
        Organisation o;
        o.name = QStringLiteral("Keep me");
        repo.organisations().save(o);
    }
    setStoredVersion(99);
    const QString path = m_testDb->location().filePath();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // closed cleanly: all in the main file
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
    QVERIFY(!before.isEmpty());

    Database db;
    QVERIFY_THROWS_EXCEPTION(StorageError, db.open(m_testDb->location()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), filesBefore); // and no backup made
}

void TestMigrations::foreignFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("name,date\nGDS,2013-01-22\n") << QStringLiteral("not an SQLite file");
}

void TestMigrations::foreignFilesAreRefused()
{
    if (!isSqlite())
        QSKIP("files only");
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_testDb->filePath(QStringLiteral("foreign.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    Database db;
    try {
        db.open(DatabaseLocation::sqliteFile(path));
        QFAIL("a foreign file was opened");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), content);

    // Another application's SQLite database is refused too, and not altered.
    const QString other = m_testDb->filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(other);
    try {
        db.open(DatabaseLocation::sqliteFile(other));
        QFAIL("another application's database was opened");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QLatin1String("not a Liaison database")), qPrintable(e.message()));
    }
    QCOMPARE(fileHash(other), before);
}

void TestMigrations::missingFileIsNotCreatedWhenNotAsked()
{
    if (!isSqlite())
        QSKIP("files only");
    const QString path = m_testDb->filePath(QStringLiteral("absent.sqlite"));
    Database db;
    Database::OpenOptions options;
    options.createIfMissing = false;
    QVERIFY_THROWS_EXCEPTION(StorageError, db.open(DatabaseLocation::sqliteFile(path), options));
    QVERIFY(!QFile::exists(path));
}

// Migration 8 (import fingerprints) on a database with an import batch
// already: the table comes empty (rows imported before it left no
// fingerprint to go by), and undoing the older batch works with it.
void TestMigrations::fingerprintsTableAddedToAnOlderDatabase()
{
    {
        Database v6;
        Database::OpenOptions options;
        options.schemaVersion = 6;
        v6.open(m_testDb->location(), options);
        QVERIFY(!v6.connection().tables().contains(QStringLiteral("import_fingerprints")));
        v6.exec(QStringLiteral("INSERT INTO import_batches (source, imported_at, imported_by, row_count) "
                               "VALUES ('old.csv', '2015-01-01T00:00:00.000Z', 'old', 0)"));
    }
    Database db;
    db.open(m_testDb->location());
    QCOMPARE(db.schemaVersion(), Schema::currentVersion());
    QVERIFY(db.connection().tables().contains(QStringLiteral("import_fingerprints")));
    QSqlQuery &q = db.exec(QStringLiteral("SELECT COUNT(*) FROM import_fingerprints"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    QCOMPARE(ImportBatchRepository(db).list().size(), 1);
    ImportBatchRepository(db).undo(ImportBatchRepository(db).list().first().id); // undo knows the new table
    QVERIFY(ImportBatchRepository(db).list().isEmpty());
}

// Issue 18: a migration killed during its backup copy left a .bak with no
// tables beside the good file. liaison is killed the moment a backup file
// shows in the folder: any .bak there must be a whole copy (the old code's,
// written in place, had a fraction of the data).
void TestMigrations::killedBackupLeavesNoBak()
{
    if (!isSqlite())
        QSKIP("only an SQLite file is copied before a migration");
    const QString path = m_testDb->location().filePath();
    {
        Database v1;
        Database::OpenOptions options;
        options.schemaVersion = 1;
        v1.open(m_testDb->location(), options);
        // About 100 MB, so that the copy takes long enough to be caught.
        v1.begin();
        const QString notes(256 * 1024, QLatin1Char('n'));
        for (int i = 0; i < 400; ++i)
            v1.exec(QStringLiteral("INSERT INTO organisations (name, notes, row_version, updated_at, updated_by) "
                                   "VALUES (?, ?, 1, '2015-01-01T00:00:00.000Z', 'old')"),
                    {QStringLiteral("Organisation %1").arg(i), notes + QString::number(i)});
        v1.commit();
    }
    const QDir folder = QFileInfo(path).dir();
    const QStringList pattern{QFileInfo(path).fileName() + QStringLiteral(".schema*")};
    QProcess liaison;
    liaison.start(QStringLiteral(LIAISON_BINARY),
                  {QStringLiteral("import"), QStringLiteral("--batches"), QStringLiteral("--db"), path});
    QVERIFY(liaison.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    QStringList seen;
    while (seen.isEmpty() && liaison.state() == QProcess::Running && timer.elapsed() < 60000) {
        seen = folder.entryList(pattern, QDir::Files);
        if (seen.isEmpty())
            QThread::usleep(200);
    }
    liaison.kill();
    liaison.waitForFinished();
    QVERIFY2(!seen.isEmpty(), "no backup was started");
    const QStringList left = folder.entryList(pattern, QDir::Files);
    for (const QString &name : left) {
        if (!name.endsWith(QLatin1String(".bak")))
            continue;
        // A .bak must hold the whole database.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        raw.setDatabaseName(folder.filePath(name));
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        int count = -1;
        if (raw.open()) {
            QSqlQuery query(raw);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM organisations")) && query.next())
                count = query.value(0).toInt();
        }
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        QVERIFY2(count == 400, qPrintable(QStringLiteral("%1 (seen first: %2) holds %3 organisations of 400")
                                              .arg(name, seen.join(QLatin1Char(' ')))
                                              .arg(count)));
    }
    // The next migration clears what the killed copy left and makes a whole one.
    Database db;
    db.open(m_testDb->location());
    QCOMPARE(db.schemaVersion(), Schema::currentVersion());
    const QStringList after = folder.entryList(pattern, QDir::Files);
    QVERIFY2(std::none_of(after.cbegin(), after.cend(), [](const QString &n) { return n.endsWith(QLatin1String(".part")); }),
             qPrintable(after.join(QLatin1Char(' '))));
    QVERIFY(after.contains(QFileInfo(db.backupPath()).fileName()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
