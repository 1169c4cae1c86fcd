#include "support/TestDatabase.h"

#include "import/ImportMapping.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QJsonObject>
#include <QSqlQuery>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using liaison::test::TestDatabase;

// The real `liaison` executable, run as a user would run it.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void helpListsCommands();
    void versionIsPrinted();
    void demoWritesTheStory();
    void demoRefusesANonEmptyDatabase();
    void exportsPrintNoQtWarnings();
    void generateIsDeterministic();
    void errorsAreOneLine_data();
    void errorsAreOneLine();
    void newerDatabaseIsRefused();
    void passwordInUrlIsWarnedOf();
    void windowWithoutDisplaySaysHow();
    void windowWithBadDatabaseSaysWhy();
    void windowTakesAFileManagersArgument_data();
    void windowTakesAFileManagersArgument();
    // liaison import: the outcome of an import.
    void importHelpListsEveryMappingKey();
    void importTooManyRefusedExitsThree();
    void importTwiceSkipsWhatIsThere();
    void importDryRunOnAMissingFileCreatesNothing();
    void importEmptyOrBrokenFileIsAnError();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static QByteArray contentDigest(const DatabaseLocation &location);
    static qint64 count(const DatabaseLocation &location, const QString &table);
};

qint64 TestCommandLine::count(const DatabaseLocation &location, const QString &table)
{
    Database db;
    db.open(location);
    QSqlQuery &q = db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    const qint64 n = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return n;
}

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    // The password goes in PGPASSWORD, as users are told to: one in the URL is
    // warned of on stderr (see passwordInUrlIsWarnedOf).
    QProcessEnvironment withPassword = env;
    const DatabaseLocation server = DatabaseLocation::parse(qEnvironmentVariable("LIAISON_TEST_PG_URL"));
    if (!withPassword.contains(QStringLiteral("PGPASSWORD")) && server.isValid())
        withPassword.insert(QStringLiteral("PGPASSWORD"), server.password());
    process.setProcessEnvironment(withPassword);
    process.start(QStringLiteral(LIAISON_BINARY), arguments);
    Result result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray TestCommandLine::contentDigest(const DatabaseLocation &location)
{
    Database db;
    db.open(location);
    Repository repo(db);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Organisation &o : repo.organisations().list(0, 100000))
        hash.addData((o.name + o.country + o.kind + QString::number(o.parentId != 0)).toUtf8());
    for (const Person &p : repo.people().list(0, 100000))
        hash.addData((p.name + p.title).toUtf8());
    for (const Activity &a : repo.activities().list(0, 100000)) {
        hash.addData((activityKindName(a.kind) + a.title + a.when.toDisplayString()).toUtf8());
        hash.addData(QByteArray::number(a.participants.size()));
    }
    return hash.result();
}

void TestCommandLine::helpListsCommands()
{
    const Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("Usage: liaison")));
    for (const char *command : {"demo", "generate"})
        QVERIFY2(result.out.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' ')), command);
    QVERIFY(result.err.isEmpty());
}

void TestCommandLine::versionIsPrinted()
{
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("liaison " LIAISON_VERSION));
}

void TestCommandLine::demoWritesTheStory()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    const Result result = run({QStringLiteral("demo"), QStringLiteral("--db"), testDb.commandLineArgument()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("wrote the demo story")));

    Database db;
    db.open(testDb.location());
    Repository repo(db);
    const auto gds = repo.organisations().findByName(QStringLiteral("GDS"));
    const auto govtech = repo.organisations().findByName(QStringLiteral("GovTech"));
    QVERIFY(gds && govtech);
    QCOMPARE(govtech->name, QStringLiteral("Government Technology Agency"));
    QCOMPARE(repo.people().findByName(QStringLiteral("Tan Wei Ming"))->nativeName, QStringLiteral("陈伟明"));
    QCOMPARE(repo.people().findByName(QStringLiteral("Kumar Selvam"))->nativeName, QStringLiteral("குமார் செல்வம்"));

    const auto partnership = repo.partnerships().findByName(QStringLiteral("GDS–GovTech digital government partnership"));
    QVERIFY(partnership.has_value());
    QCOMPARE(partnership->stage(), QStringLiteral("active"));
    const QList<Activity> story = repo.activities().ofPartnership(partnership->id);
    QVERIFY(story.size() >= 10);
    // Three years from the first high-level introduction to the signed MoU.
    const auto introduction = std::find_if(story.begin(), story.end(), [](const Activity &a) {
        return a.kind == ActivityKind::Introduction;
    });
    const auto mou = std::find_if(story.begin(), story.end(), [](const Activity &a) {
        return a.kind == ActivityKind::Agreement && a.agreementStatus == QLatin1String("signed");
    });
    QVERIFY(introduction != story.end() && mou != story.end());
    QCOMPARE(mou->signedDate.year() - introduction->when.first().year(), 3);
    QVERIFY(mou->areas.contains(QStringLiteral("digital identity")));
    QVERIFY(std::any_of(story.begin(), story.end(), [](const Activity &a) {
        return a.kind == ActivityKind::Delegation && a.when.isRange() && !a.itinerary.isEmpty();
    }));
    QVERIFY(std::any_of(story.begin(), story.end(), [](const Activity &a) {
        return a.kind == ActivityKind::Event && a.title.contains(QLatin1String("Speaker Series"));
    }));
    QVERIFY(std::any_of(story.begin(), story.end(), [](const Activity &a) {
        return a.when.start().precision() == DatePrecision::Month; // "Oct-12"
    }));
    QVERIFY(repo.partnerships().count() >= 5);
}

// Qt's notes about font fallbacks, the offscreen platform or a missing
// XDG_RUNTIME_DIR (root, ssh) mean nothing to a user: stderr stays for errors.
void TestCommandLine::exportsPrintNoQtWarnings()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    const Result demo = run({QStringLiteral("demo"), QStringLiteral("--db"), testDb.commandLineArgument()});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString pdf = dir.filePath(QStringLiteral("briefing.pdf"));
    const Result result = run({QStringLiteral("export-pdf"), QStringLiteral("--db"), testDb.commandLineArgument(),
                               QStringLiteral("--briefing"), QStringLiteral("--partnership"),
                               QStringLiteral("GDS–GovTech digital government partnership"), QStringLiteral("--out"), pdf},
                              env);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QCOMPARE(result.err, QString());
}

void TestCommandLine::demoRefusesANonEmptyDatabase()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), testDb.commandLineArgument()}).exitCode, 0);
    const QByteArray before = contentDigest(testDb.location());
    const Result again = run({QStringLiteral("demo"), QStringLiteral("--db"), testDb.commandLineArgument()});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(again.err.contains(QLatin1String("already holds records")));
    QCOMPARE(contentDigest(testDb.location()), before);
}

void TestCommandLine::generateIsDeterministic()
{
    TestDatabase first, second, third;
    LIAISON_REQUIRE_DATABASE(first);
    LIAISON_REQUIRE_DATABASE(second);
    LIAISON_REQUIRE_DATABASE(third);
    const auto generate = [](const TestDatabase &testDb, const QString &seed) {
        return run({QStringLiteral("generate"), QStringLiteral("--db"), testDb.commandLineArgument(),
                    QStringLiteral("--activities"), QStringLiteral("300"), QStringLiteral("--seed"), seed,
                    QStringLiteral("--quiet")});
    };
    const Result r1 = generate(first, QStringLiteral("7"));
    QVERIFY2(r1.exitCode == 0, qPrintable(r1.err));
    QCOMPARE(generate(second, QStringLiteral("7")).exitCode, 0);
    QCOMPARE(generate(third, QStringLiteral("8")).exitCode, 0);

    Database db;
    db.open(first.location());
    Repository repo(db);
    QCOMPARE(repo.activities().count(), 300);
    QCOMPARE(repo.organisations().count(), 2000);
    QCOMPARE(repo.people().count(), 10000);
    db.close();

    QCOMPARE(contentDigest(first.location()), contentDigest(second.location()));
    QVERIFY(contentDigest(first.location()) != contentDigest(third.location()));
}

void TestCommandLine::errorsAreOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("pgPassword"); // PGPASSWORD for the run, else none
    const QString folder = QDir::tempPath();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command") << QString();
    QTest::newRow("missing --db") << QStringList{QStringLiteral("demo")} << QStringLiteral("--db") << QString();
    QTest::newRow("folder as file") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), folder}
                                    << QStringLiteral("is a folder") << QString();
    QTest::newRow("missing folder")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("/nonexistent/dir/x.sqlite")}
        << QStringLiteral("does not exist") << QString();
    QTest::newRow("server unreachable")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("postgresql://me@127.0.0.1:9/x")}
        << QStringLiteral("cannot connect to postgresql://me@127.0.0.1:9/x") << QString();
    QTest::newRow("malformed url") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                                                  QStringLiteral("postgresql://")}
                                   << QStringLiteral("malformed PostgreSQL URL") << QString();
    QTest::newRow("bad count") << QStringList{QStringLiteral("generate"), QStringLiteral("--db"),
                                              QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--activities"),
                                              QStringLiteral("many")}
                               << QStringLiteral("--activities N") << QString();
    QTest::newRow("unknown option") << QStringList{QStringLiteral("demo"), QStringLiteral("--frob")}
                                    << QStringLiteral("frob") << QString();
    const QString pgUrl = qEnvironmentVariable("LIAISON_TEST_PG_URL");
    if (!pgUrl.isEmpty()) {
        DatabaseLocation admin = DatabaseLocation::parse(pgUrl);
        QTest::newRow("wrong password")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                           QStringLiteral("postgresql://%1@%2:%3/%4")
                               .arg(admin.user(), admin.host())
                               .arg(admin.port())
                               .arg(admin.databaseName())}
            << QStringLiteral("password authentication failed") << QStringLiteral("wrong-password");
    }
}

void TestCommandLine::errorsAreOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QFETCH(QString, pgPassword);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("PGPASSWORD"), pgPassword);
    const Result result = run(arguments, env);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1, qPrintable(result.err));
    QVERIFY2(result.err.startsWith(QLatin1String("liaison: error: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
}

// Issue 18: a password typed into the URL is in the process list for every
// local user. Said once, with the way out; nothing said without one.
void TestCommandLine::passwordInUrlIsWarnedOf()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("PGPASSWORD"), QString());
    const Result typed = run({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("postgresql://me:s3cret@127.0.0.1:9/x")}, env);
    QCOMPARE(typed.exitCode, 1);
    const QStringList lines = typed.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("liaison: warning: the password in the --db URL")), qPrintable(typed.err));
    QVERIFY2(lines.at(0).contains(QLatin1String("PGPASSWORD")), qPrintable(typed.err));
    QVERIFY2(!typed.err.contains(QLatin1String("s3cret")), qPrintable(typed.err));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("liaison: error: cannot connect")), qPrintable(typed.err));

    // The window's way in (the database as the one argument) warns too, and once.
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Result window = run({QStringLiteral("--db"), QStringLiteral("postgresql://me:s3cret@127.0.0.1:9/x")}, env);
    QCOMPARE(window.err.count(QLatin1String("liaison: warning: the password in the --db URL")), 1);

    const Result none = run({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("postgresql://me@127.0.0.1:9/x")}, env);
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(!none.err.contains(QLatin1String("warning")), qPrintable(none.err));
}

void TestCommandLine::newerDatabaseIsRefused()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    {
        Database db;
        db.open(testDb.location());
        db.exec(QStringLiteral("UPDATE liaison_meta SET value = ? WHERE key = 'schema_version'"),
                {QString::number(Schema::currentVersion() + 5)});
    }
    const Result result = run({QStringLiteral("demo"), QStringLiteral("--db"), testDb.commandLineArgument()});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.contains(QLatin1String("newer version of Liaison")), qPrintable(result.err));
}

void TestCommandLine::windowWithoutDisplaySaysHow()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Result result = run({}, env);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.contains(QLatin1String("xvfb-run")), qPrintable(result.err));
}

void TestCommandLine::windowWithBadDatabaseSaysWhy()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Result result = run({QStringLiteral("--db"), QStringLiteral("/nonexistent/dir/x.sqlite")}, env);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("liaison: error: /nonexistent/dir/x.sqlite")), qPrintable(result.err));
}

void TestCommandLine::windowTakesAFileManagersArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    // A database named on its own is opened like --db (here: refused, with why).
    QTest::newRow("database file") << QStringList{QStringLiteral("/nonexistent/dir/x.liaison")}
                                   << QStringLiteral("liaison: error: /nonexistent/dir/x.liaison");
    QTest::newRow("two files") << QStringList{QStringLiteral("a.liaison"), QStringLiteral("b.liaison")}
                               << QStringLiteral("unexpected argument 'b.liaison'");
    QTest::newRow("two databases") << QStringList{QStringLiteral("--db"), QStringLiteral("a.liaison"), QStringLiteral("b.liaison")}
                                   << QStringLiteral("two databases given");
}

void TestCommandLine::windowTakesAFileManagersArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // As in a desktop session; without it Qt warns about it (root, no session).
    QTemporaryDir runtime;
    QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    const Result result = run(arguments, env);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
}

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QByteArray meetings(int rows, const QList<int> &badRows = {})
{
    QByteArray csv = "Date,Organisation,Purpose\r\n";
    for (int i = 1; i <= rows; ++i)
        csv += (badRows.contains(i) ? QByteArray("TBC") : "2014-02-" + QByteArray::number(i % 28 + 1).rightJustified(2, '0'))
            + ",Partner " + QByteArray::number(i) + ",\"Talk, " + QByteArray::number(i) + "\"\r\n";
    return csv;
}

void collectKeys(const QJsonObject &object, QStringList &keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        keys.append(it.key());
        if (it.value().isObject())
            collectKeys(it.value().toObject(), keys);
        for (const QJsonValue &v : it.value().toArray())
            collectKeys(v.toObject(), keys);
    }
}
} // namespace

// Every key a mapping file can hold, and every field, is in `liaison import
// --help`. (Old code: --help named the mapping file and nothing of its keys.)
void TestCommandLine::importHelpListsEveryMappingKey()
{
    const Result result = run({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    ImportMapping full;
    full.kind = ActivityKind::Event;
    full.encoding = CsvEncoding::Windows1252;
    full.delimiter = QLatin1Char(';');
    full.dayOrderGiven = true;
    full.referenceFrom = QDate(2014, 1, 1);
    full.referenceTo = QDate(2014, 3, 31);
    full.columns.append({0, ImportField::People, true, SplitMode::Commas, QStringLiteral("host")});
    QStringList keys;
    collectKeys(full.toJson({QStringLiteral("Minister")}), keys);
    QVERIFY(keys.contains(QLatin1String("fillDown")) && keys.contains(QLatin1String("split")));
    for (const QString &key : std::as_const(keys))
        QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(key))), qPrintable(key));
    for (ImportTarget target : {ImportTarget::Activity, ImportTarget::Organisation, ImportTarget::Person, ImportTarget::Affiliation})
        for (ImportField field : importFieldsFor(target))
            QVERIFY2(result.out.contains(importFieldName(field)), qPrintable(importFieldName(field)));
    for (const char *option : {"--accept-partial", "--allow-duplicates", "Exit status"})
        QVERIFY2(result.out.contains(QLatin1String(option)), option);
}

// More than 2% refused: exit status 3, the database as it was, one line on
// stderr saying what to do. (Old code: exit 0, 9 of 10 rows imported.)
void TestCommandLine::importTooManyRefusedExitsThree()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("meetings.csv"), meetings(10, {4}));
    const QString db = testDb.commandLineArgument();
    const QByteArray before = contentDigest(testDb.location());
    const Result refused = run({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--quiet")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.out.contains(QLatin1String("refused 1 of 10 data rows (10.0%): 1 not a date")), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(QLatin1String("line 5, Date: \"TBC\": not a date")), qPrintable(refused.out));
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(refused.err.contains(QLatin1String("nothing was imported")) && refused.err.contains(QLatin1String("--accept-partial")),
             qPrintable(refused.err));
    QCOMPARE(contentDigest(testDb.location()), before);
    QCOMPARE(count(testDb.location(), QStringLiteral("import_batches")), 0);
    // The dry run says the same, with the same status.
    QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--dry-run")}).exitCode, 3);
    const Result accepted = run({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--quiet"),
                                 QStringLiteral("--accept-partial")});
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(count(testDb.location(), QStringLiteral("activities")), 9);
    // 1 in 60 is not more than 2%.
    const QString few = writeFile(dir, QStringLiteral("few.csv"), meetings(60, {7}).replace("Partner", "Other"));
    QCOMPARE(run({QStringLiteral("import"), few, QStringLiteral("--db"), db, QStringLiteral("--quiet")}).exitCode, 0);
    QCOMPARE(count(testDb.location(), QStringLiteral("activities")), 9 + 59);
}

// The second run of the same file adds nothing and says where the rows came
// from; --allow-duplicates imports them again. (Old code: 10 twins, silently.)
void TestCommandLine::importTwiceSkipsWhatIsThere()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("meetings-feb-2014.csv"), meetings(10));
    const QString db = testDb.commandLineArgument();
    QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--quiet")}).exitCode, 0);
    const Result again = run({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--quiet")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("10 rows were imported before, not imported again: 10 from meetings-feb-2014.csv (batch 1)")),
             qPrintable(again.out));
    QCOMPARE(count(testDb.location(), QStringLiteral("activities")), 10);
    QCOMPARE(count(testDb.location(), QStringLiteral("import_batches")), 1); // no empty batch
    const Result json = run({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("duplicates")).toInt(), 10);
    QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--quiet"),
                  QStringLiteral("--allow-duplicates")}).exitCode, 0);
    QCOMPARE(count(testDb.location(), QStringLiteral("activities")), 20);
}

// A dry run against a database that does not exist yet: an empty schema in
// memory, no file created. (Old code: "no such file", exit 1.)
void TestCommandLine::importDryRunOnAMissingFileCreatesNothing()
{
    if (qEnvironmentVariable("LIAISON_TEST_BACKEND") == QLatin1String("postgresql"))
        QSKIP("a file that does not exist is an SQLite case");
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("meetings.csv"), meetings(3));
    const QString db = dir.filePath(QStringLiteral("team.sqlite"));
    const Result result = run({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--dry-run"),
                               QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("created")).toObject().value(QStringLiteral("activities")).toInt(), 3);
    QVERIFY(summary.value(QStringLiteral("warnings")).toArray().first().toString().contains(QLatin1String("does not exist yet")));
    QVERIFY(!QFileInfo::exists(db));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{QStringLiteral("meetings.csv")}));
    // Without --dry-run the file is created, as before.
    QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--quiet")}).exitCode, 0);
    QVERIFY(QFileInfo::exists(db));
}

// A header and nothing else, and a file that is one open quote: an error,
// no batch, and a message of one short line. (Old code: exit 0, an empty
// batch, and the rest of the file echoed in a row error.)
void TestCommandLine::importEmptyOrBrokenFileIsAnError()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    QTemporaryDir dir;
    const QString db = testDb.commandLineArgument();
    const QString header = writeFile(dir, QStringLiteral("header.csv"), "Date,Organisation,Purpose\r\n");
    const Result empty = run({QStringLiteral("import"), header, QStringLiteral("--db"), db, QStringLiteral("--quiet")});
    QCOMPARE(empty.exitCode, 1);
    QCOMPARE(empty.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(empty.err.contains(QLatin1String("no data rows")), qPrintable(empty.err));
    QByteArray broken = "Date,Organisation\r\n\"2014-01-01,Partner 1\r\n";
    for (int i = 2; i < 5000; ++i)
        broken += "2014-01-02,Partner " + QByteArray::number(i) + "\r\n";
    const QString quote = writeFile(dir, QStringLiteral("quote.csv"), broken);
    const Result open = run({QStringLiteral("import"), quote, QStringLiteral("--db"), db, QStringLiteral("--quiet")});
    QCOMPARE(open.exitCode, 1);
    QVERIFY2(open.err.contains(QLatin1String("line 2: a quoted cell opens and is not closed")), qPrintable(open.err.left(500)));
    QVERIFY2(open.out.size() + open.err.size() < 1500, qPrintable(QString::number(open.out.size() + open.err.size())));
    QCOMPARE(count(testDb.location(), QStringLiteral("import_batches")), 0);
    QCOMPARE(count(testDb.location(), QStringLiteral("activities")), 0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
