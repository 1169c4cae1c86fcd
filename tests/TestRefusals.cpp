#include "support/TestDatabase.h"

#include "demo/DemoStory.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>

using namespace liaison;
using liaison::test::TestDatabase;

// Issue 17: one wrong argument must not destroy what the user has. Each row
// runs the real `liaison` as a user would, with a path a typo could give, and
// checks the exit code, the one-line message and that every file (and the
// database) it names is byte for byte as it was, or still absent.
class TestRefusals : public QObject
{
    Q_OBJECT

private slots:
    void refusedLeavesEverythingAsItWas_data();
    void refusedLeavesEverythingAsItWas();
    void successfulImportStillWritesItsReport();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments);
};

namespace {
bool isSqlite()
{
    return TestDatabase::backend() == DatabaseLocation::Backend::SQLite;
}

// Straight through Qt SQL, not Database: these set up databases Database now
// refuses to open, and read them without opening them as Liaison would.
QSqlDatabase rawConnection(const DatabaseLocation &location, const QString &name)
{
    QSqlDatabase db;
    if (location.backend() == DatabaseLocation::Backend::SQLite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location.filePath());
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setPassword(location.password());
        db.setDatabaseName(location.databaseName());
    }
    return db;
}

bool rawExec(const DatabaseLocation &location, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = rawConnection(location, QStringLiteral("raw-exec"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-exec"));
    return ok;
}

// A server database's state: its tables and the Liaison version row.
QByteArray serverState(const DatabaseLocation &location)
{
    QByteArray state;
    {
        QSqlDatabase db = rawConnection(location, QStringLiteral("raw-state"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                      "ORDER BY table_name"));
            while (query.next())
                state += query.value(0).toByteArray() + ' ';
            if (db.tables().contains(QLatin1String("liaison_meta"))) {
                query.exec(QStringLiteral("SELECT key, value FROM liaison_meta ORDER BY key"));
                while (query.next())
                    state += '|' + query.value(0).toByteArray() + '=' + query.value(1).toByteArray();
            }
            if (db.tables().contains(QLatin1String("activities"))) {
                query.exec(QStringLiteral("SELECT COUNT(*) FROM activities"));
                if (query.next())
                    state += "|activities=" + query.value(0).toByteArray();
            }
        } else {
            state = "cannot connect";
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-state"));
    return state;
}

QByteArray fileState(const QString &path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return "absent";
    if (!file.open(QIODevice::ReadOnly))
        return "unreadable";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}
} // namespace

TestRefusals::Result TestRefusals::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LIAISON_BINARY), arguments);
    Result result;
    // Short: a refusal is immediate, and the window the old code opened on a
    // missing --db would otherwise keep the test waiting.
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestRefusals::refusedLeavesEverythingAsItWas_data()
{
    // {db}: this backend's database; {dbfile}: its SQLite file (rows on SQLite
    // only); {dir}: the folder the files are in. `setup` prepares the
    // database: demo (the demo story), empty (a 0-byte file / a new server
    // database), blank (an SQLite file without tables / a new server
    // database), version:TEXT (the demo with that schema version), no-version
    // (the demo without its version row), drop:TABLE. `message` is what the
    // one line on stderr contains; "sqlite || postgresql" when they differ.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<bool>("sqliteOnly");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("untouched");

    const QString demo = QStringLiteral("demo");
    const QStringList exportCsv{QStringLiteral("export-csv"), QStringLiteral("--db"), QStringLiteral("{db}"),
                                QStringLiteral("--what"), QStringLiteral("activities"), QStringLiteral("--out")};
    const QStringList exportPdf{QStringLiteral("export-pdf"), QStringLiteral("--db"), QStringLiteral("{db}"),
                                QStringLiteral("--out")};
    const QStringList import{QStringLiteral("import"), QStringLiteral("{dir}/meetings.csv"), QStringLiteral("--db"),
                             QStringLiteral("{db}"), QStringLiteral("--quiet"), QStringLiteral("--report")};
    const QString readDb = QStringLiteral("--out names the database being read; choose another file");

    // Output paths that name the database, a file being read or another database.
    QTest::newRow("export-csv --out the database")
        << exportCsv + QStringList{QStringLiteral("{dbfile}")} << demo << true << readDb << QStringList{QStringLiteral("{db}")};
    QTest::newRow("export-csv --out its -wal")
        << exportCsv + QStringList{QStringLiteral("{dbfile}-wal")} << demo << true
        << QStringLiteral("--out names the wal file of the database being read; choose another file")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dbfile}-wal")};
    QTest::newRow("export-csv --out its -journal")
        << exportCsv + QStringList{QStringLiteral("{dbfile}-journal")} << demo << true
        << QStringLiteral("--out names the journal file of the database being read; choose another file")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dbfile}-journal")};
    QTest::newRow("export-csv --out a symlink to it")
        << exportCsv + QStringList{QStringLiteral("{dir}/link-to-db.csv")} << demo << true << readDb
        << QStringList{QStringLiteral("{db}")};
    QTest::newRow("export-csv --out it through ..")
        << exportCsv + QStringList{QStringLiteral("{dir}/sub/../test.sqlite")} << demo << true << readDb
        << QStringList{QStringLiteral("{db}")};
    QTest::newRow("export-csv --out a hard link to it")
        << exportCsv + QStringList{QStringLiteral("{dir}/hard-link.csv")} << demo << true << readDb
        << QStringList{QStringLiteral("{db}")};
    QTest::newRow("export-csv --out another database")
        << exportCsv + QStringList{QStringLiteral("{dir}/other.sqlite")} << demo << false
        << QStringLiteral("--out names an existing database (other.sqlite); choose another file")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/other.sqlite")};
    QTest::newRow("export-csv --out a folder")
        << exportCsv + QStringList{QStringLiteral("{dir}/sub")} << demo << false
        << QStringLiteral("--out names a folder; give a file name") << QStringList{QStringLiteral("{db}")};
    QTest::newRow("export-pdf --out the database")
        << exportPdf + QStringList{QStringLiteral("{dbfile}")} << demo << true << readDb << QStringList{QStringLiteral("{db}")};
    QTest::newRow("export-pdf --out another database")
        << exportPdf + QStringList{QStringLiteral("{dir}/other.sqlite")} << demo << false
        << QStringLiteral("--out names an existing database (other.sqlite); choose another file")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/other.sqlite")};
    QTest::newRow("export-pdf --briefing --out the database")
        << exportPdf + QStringList{QStringLiteral("{dbfile}"), QStringLiteral("--briefing"), QStringLiteral("--partnership"),
                                   QStringLiteral("GDS–GovTech digital government partnership")}
        << demo << true << readDb << QStringList{QStringLiteral("{db}")};
    QTest::newRow("export-chart --out another database")
        << QStringList{QStringLiteral("export-chart"), QStringLiteral("--db"), QStringLiteral("{db}"),
                       QStringLiteral("--chart"), QStringLiteral("activity"), QStringLiteral("--out"),
                       QStringLiteral("{dir}/link-to-other.png")}
        << demo << false << QStringLiteral("--out names an existing database (link-to-other.png); choose another file")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/other.sqlite")};
    QTest::newRow("import --report the database")
        << import + QStringList{QStringLiteral("{dbfile}")} << demo << true
        << QStringLiteral("--report names the database being imported into; choose another file")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/meetings.csv")};
    QTest::newRow("import --report the CSV being imported")
        << import + QStringList{QStringLiteral("{dir}/meetings.csv")} << demo << false
        << QStringLiteral("--report names the file being imported; choose another file")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/meetings.csv")};
    QTest::newRow("import --report another database")
        << import + QStringList{QStringLiteral("{dir}/other.sqlite")} << demo << false
        << QStringLiteral("--report names an existing database (other.sqlite); choose another file")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/other.sqlite")};

    // A failed import leaves an existing report file as it was.
    QTest::newRow("import --report, the database cannot be opened")
        << QStringList{QStringLiteral("import"), QStringLiteral("{dir}/meetings.csv"), QStringLiteral("--db"),
                       QStringLiteral("{dir}/no-folder/x.sqlite"), QStringLiteral("--report"), QStringLiteral("{dir}/notes.txt")}
        << demo << false << QStringLiteral("does not exist")
        << QStringList{QStringLiteral("{dir}/notes.txt"), QStringLiteral("{dir}/no-folder")};
    QTest::newRow("import --report, the database is refused")
        << import + QStringList{QStringLiteral("{dir}/notes.txt")} << QStringLiteral("version:7.0") << false
        << QStringLiteral("schema version (\"7.0\") is not one Liaison wrote; it was left untouched")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/notes.txt")};

    // Commands that read never create or initialise a database.
    const QString empty = QStringLiteral("is an empty file, not a Liaison database; it was left untouched || "
                                         "holds no Liaison database yet; it was left untouched");
    QTest::newRow("export-csv on an empty database")
        << exportCsv + QStringList{QStringLiteral("{dir}/out.csv")} << QStringLiteral("empty") << false << empty
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/out.csv")};
    QTest::newRow("export-pdf on an empty database")
        << exportPdf + QStringList{QStringLiteral("{dir}/out.pdf")} << QStringLiteral("empty") << false << empty
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/out.pdf")};
    QTest::newRow("export-chart on an empty database")
        << QStringList{QStringLiteral("export-chart"), QStringLiteral("--db"), QStringLiteral("{db}"),
                       QStringLiteral("--chart"), QStringLiteral("activity"), QStringLiteral("--out"),
                       QStringLiteral("{dir}/out.png")}
        << QStringLiteral("empty") << false << empty << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/out.png")};
    QTest::newRow("import --batches on an empty database")
        << QStringList{QStringLiteral("import"), QStringLiteral("--batches"), QStringLiteral("--db"), QStringLiteral("{db}")}
        << QStringLiteral("empty") << false << empty << QStringList{QStringLiteral("{db}")};
    QTest::newRow("export-csv on a database without tables")
        << exportCsv + QStringList{QStringLiteral("{dir}/out.csv")} << QStringLiteral("blank") << false
        << QStringLiteral("holds no Liaison database yet; it was left untouched")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/out.csv")};
    QTest::newRow("export-csv on a missing file")
        << QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), QStringLiteral("{dir}/typo.sqlite"),
                       QStringLiteral("--what"), QStringLiteral("activities"), QStringLiteral("--out"),
                       QStringLiteral("{dir}/out.csv")}
        << demo << false << QStringLiteral("typo.sqlite: no such file")
        << QStringList{QStringLiteral("{dir}/typo.sqlite"), QStringLiteral("{dir}/out.csv")};
    QTest::newRow("the window on a missing file")
        << QStringList{QStringLiteral("--db"), QStringLiteral("{dir}/typo.sqlite")} << demo << false
        << QStringLiteral("typo.sqlite: no such file; nothing was created")
        << QStringList{QStringLiteral("{dir}/typo.sqlite")};

    // A schema version Liaison never wrote is refused before anything is written.
    for (const char *version : {"7.0", "abc", "-1", "06", ""}) {
        QTest::addRow("export-csv, schema version \"%s\"", version)
            << exportCsv + QStringList{QStringLiteral("{dir}/out.csv")} << QStringLiteral("version:") + QLatin1String(version)
            << false
            << QStringLiteral("schema version (\"%1\") is not one Liaison wrote; it was left untouched").arg(QLatin1String(version))
            << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/out.csv")};
    }
    QTest::newRow("export-csv, no schema version row")
        << exportCsv + QStringList{QStringLiteral("{dir}/out.csv")} << QStringLiteral("no-version") << false
        << QStringLiteral("has Liaison's tables but no schema version; it was left untouched")
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/out.csv")};
    QTest::newRow("export-csv, tables that match no version")
        << exportCsv + QStringList{QStringLiteral("{dir}/out.csv")} << QStringLiteral("drop:itinerary_stops") << false
        << QStringLiteral("tables do not match schema version %1 (it has no table itinerary_stops); it was left untouched")
               .arg(Schema::currentVersion())
        << QStringList{QStringLiteral("{db}"), QStringLiteral("{dir}/out.csv")};
    QTest::newRow("demo, schema version \"7.0\"")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("{db}")} << QStringLiteral("version:7.0")
        << false << QStringLiteral("schema version (\"7.0\") is not one Liaison wrote; it was left untouched")
        << QStringList{QStringLiteral("{db}")};
    QTest::newRow("import, schema version \"-1\"")
        << QStringList{QStringLiteral("import"), QStringLiteral("{dir}/meetings.csv"), QStringLiteral("--db"),
                       QStringLiteral("{db}"), QStringLiteral("--quiet")}
        << QStringLiteral("version:-1") << false
        << QStringLiteral("schema version (\"-1\") is not one Liaison wrote; it was left untouched")
        << QStringList{QStringLiteral("{db}")};
}

void TestRefusals::refusedLeavesEverythingAsItWas()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, setup);
    QFETCH(bool, sqliteOnly);
    QFETCH(QString, message);
    QFETCH(QStringList, untouched);
    if (sqliteOnly && !isSqlite())
        QSKIP("a file path only an SQLite database has");

    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    const DatabaseLocation location = testDb.location();
    const QString dir = QFileInfo(testDb.filePath(QStringLiteral("x"))).absolutePath();

    // The database as the row wants it.
    if (setup == QLatin1String("empty")) {
        if (isSqlite())
            QVERIFY(QFile(location.filePath()).open(QIODevice::WriteOnly));
    } else if (setup == QLatin1String("blank")) {
        if (isSqlite()) {
            QVERIFY(rawExec(location, QStringLiteral("CREATE TABLE t (x)")));
            QVERIFY(rawExec(location, QStringLiteral("DROP TABLE t")));
        }
    } else {
        {
            Database db;
            db.open(location);
            Repository repository(db);
            DemoStory::write(repository);
        }
        if (setup.startsWith(QLatin1String("version:")))
            QVERIFY(rawExec(location, QStringLiteral("UPDATE liaison_meta SET value = '%1' WHERE key = 'schema_version'")
                                          .arg(setup.mid(8))));
        else if (setup == QLatin1String("no-version"))
            QVERIFY(rawExec(location, QStringLiteral("DELETE FROM liaison_meta")));
        else if (setup.startsWith(QLatin1String("drop:")))
            QVERIFY(rawExec(location, QStringLiteral("DROP TABLE %1").arg(setup.mid(5))));
    }
    // The files around it.
    {
        Database other;
        other.open(DatabaseLocation::sqliteFile(dir + QStringLiteral("/other.sqlite")));
    }
    QFile notes(dir + QStringLiteral("/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("Notes kept by hand.\n") > 0);
    notes.close();
    QFile csv(dir + QStringLiteral("/meetings.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly)
            && csv.write("Date,Title,Organisation\r\n2014-03-12,Visit to GovTech,GovTech\r\n") > 0);
    csv.close();
    QVERIFY(QDir(dir).mkdir(QStringLiteral("sub")));
    QVERIFY(QFile::link(dir + QStringLiteral("/other.sqlite"), dir + QStringLiteral("/link-to-other.png")));
    if (isSqlite()) {
        QVERIFY(QFile::link(location.filePath(), dir + QStringLiteral("/link-to-db.csv")));
        // A second name for the same file, which no path comparison sees.
        if (QFileInfo::exists(location.filePath()))
            QCOMPARE(::link(QFile::encodeName(location.filePath()).constData(),
                            QFile::encodeName(dir + QStringLiteral("/hard-link.csv")).constData()),
                     0);
    }

    const auto expand = [&](QString text) {
        return text.replace(QLatin1String("{dbfile}"), location.filePath())
            .replace(QLatin1String("{db}"), TestDatabase::commandLineArgument(location))
            .replace(QLatin1String("{dir}"), dir);
    };
    const auto state = [&](const QString &name) {
        if (name == QLatin1String("{db}"))
            return isSqlite() ? fileState(location.filePath()) : serverState(location);
        return fileState(expand(name));
    };
    QList<QByteArray> before;
    for (const QString &name : untouched)
        before.append(state(name));
    QStringList expanded;
    for (const QString &argument : arguments)
        expanded.append(expand(argument));

    const Result result = run(expanded);
    QCOMPARE(result.exitCode, 1);
    const QStringList messages = message.split(QStringLiteral(" || "));
    const QString expected = messages.value(isSqlite() ? 0 : 1, messages.first());
    QVERIFY2(result.err.startsWith(QLatin1String("liaison: error: ")) && result.err.contains(expected),
             qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    for (int i = 0; i < untouched.size(); ++i)
        QVERIFY2(state(untouched.at(i)) == before.at(i), qPrintable(untouched.at(i) + QStringLiteral(" changed")));
    if (isSqlite()) // not even a journal left beside it
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QVERIFY2(!QFileInfo::exists(location.filePath() + QLatin1String(suffix)), suffix);
}

// The report is committed when the import succeeds (it is written through a
// QSaveFile now): the guard must not lose the successful case.
void TestRefusals::successfulImportStillWritesItsReport()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    const QString csvPath = testDb.filePath(QStringLiteral("meetings.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly)
            && csv.write("Date,Title,Organisation\r\n2014-03-12,Visit to GovTech,GovTech\r\nnot a date,Bad row,GDS\r\n") > 0);
    csv.close();
    const QString report = testDb.filePath(QStringLiteral("report.csv"));
    QFile old(report);
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("an older report\n") > 0);
    old.close();
    const Result result = run({QStringLiteral("import"), csvPath, QStringLiteral("--db"), testDb.commandLineArgument(),
                               QStringLiteral("--quiet"), QStringLiteral("--kind"), QStringLiteral("meeting"),
                               QStringLiteral("--accept-partial"), QStringLiteral("--report"), report});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile written(report);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    QVERIFY2(text.startsWith("line,column,outcome,reason"), text.constData());
    QVERIFY2(text.contains("\n3,"), text.constData());
}

QTEST_GUILESS_MAIN(TestRefusals)
#include "TestRefusals.moc"
