#include "support/TestDatabase.h"

#include "csv/CsvReader.h"
#include "domain/Activity.h"
#include "domain/Organisation.h"
#include "domain/Person.h"
#include "storage/Database.h"
#include "storage/Repository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace liaison;
using liaison::test::TestDatabase;

// Golden-file import tests: each folder of tests/data/import/ is one problem
// real sheets show, imported the way a user does it — `liaison import FILE`
// with the folder's `args` (often nothing but --kind) — and compared with what
// `expected.json` says must be stored. Folder layout (README of the folder):
//   <any name>.csv|.tsv|.txt   the input; its file name is part of the case
//   args                       optional: extra command-line arguments, one line
//   existing.json              optional: records in the database beforehand
//   expected.json              what must hold afterwards (keys are optional):
//     "exit"           exit code (0)
//     "created"        subset of the JSON summary's "created" counts
//     "skipped", "errors"  the summary's counts
//     "activities"     every stored activity, in file order; each object's keys
//                      (kind, title, start, end, location, description,
//                      purpose, outcome, people, organisations, cost,
//                      costMinor and officials as text, costCurrency,
//                      transport, source, itinerary as ["1 Place", …]) compared
//     "organisations"  every stored organisation name (sorted compare)
//     "people"         every stored person: names, or {name, title}
//     "affiliations"   every stored affiliation: {person, organisation, role}
//     "issues"         report lines that must be there: {line, outcome, reason
//                      (a part of it)}
//     "noIssues"       outcomes that must not appear at all, e.g. ["error"]
//     "warnings"       parts of file-wide warnings that must be there
//     "noWarnings"     true: there must be none
//     "summary"        keys of the JSON summary that must hold: numbers and
//                      booleans equal, strings contained, objects compared
//                      key by key the same way (refused, refusedByReason,
//                      duplicates, refusedAsPartial, failure, batch…)
//     "again"          import the same file a second time and check this
//                      object the same way (exit, created, skipped, issues…)
class TestImportFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fixture_data();
    void fixture();

private:
    struct Run
    {
        int exit = -1;
        QJsonObject json;
        QList<QStringList> report;
        QString stderrText;
    };
    Run import(const QString &input, const QStringList &extra, const QString &dbArg, const QString &reportPath);
    void check(const QJsonObject &expected, const Run &run, Database &db);
    static QJsonArray storedActivities(Repository &repo, Database &db);
    static void checkSubset(const QJsonObject &want, const QJsonObject &got, const QString &path);
};

void TestImportFixtures::checkSubset(const QJsonObject &want, const QJsonObject &got, const QString &path)
{
    for (auto it = want.begin(); it != want.end(); ++it) {
        const QString key = path + it.key();
        const QJsonValue g = got.value(it.key());
        QVERIFY2(!g.isUndefined(), qPrintable(QStringLiteral("summary has no %1").arg(key)));
        if (it.value().isObject()) {
            checkSubset(it.value().toObject(), g.toObject(), key + QLatin1Char('.'));
            if (QTest::currentTestFailed())
                return;
        } else if (it.value().isString()) {
            QVERIFY2(g.toString().contains(it.value().toString(), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("summary %1: \"%2\" does not contain \"%3\"").arg(key, g.toString(), it.value().toString())));
        } else {
            QVERIFY2(g == it.value(), qPrintable(QStringLiteral("summary %1: %2, expected %3")
                                                     .arg(key, QString::fromUtf8(QJsonDocument(QJsonArray{g}).toJson(QJsonDocument::Compact)),
                                                          QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)))));
        }
    }
}

void TestImportFixtures::fixture_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(LIAISON_TEST_DATA "/import"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!cases.isEmpty(), "no fixture folders under tests/data/import");
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

TestImportFixtures::Run TestImportFixtures::import(const QString &input, const QStringList &extra, const QString &dbArg,
                                                   const QString &reportPath)
{
    Run run;
    QProcess p;
    // One locale everywhere: a file whose dates never show their order is
    // read in the system's order (en_GB: day-first), so the cases mean the
    // same on every machine.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_GB.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
    p.setProcessEnvironment(env);
    QStringList args{QStringLiteral("import"), input, QStringLiteral("--db"), dbArg, QStringLiteral("--json"),
                     QStringLiteral("--report"), reportPath};
    args += extra;
    p.start(QStringLiteral(LIAISON_BINARY), args);
    if (!p.waitForFinished(120000))
        return run;
    run.exit = p.exitCode();
    run.stderrText = QString::fromUtf8(p.readAllStandardError());
    run.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QFile report(reportPath);
    if (report.open(QIODevice::ReadOnly)) {
        CsvReader reader(&report, CsvFormat());
        QStringList cells;
        while (reader.readRecord(cells))
            run.report.append(cells); // line, column, outcome, reason
    }
    return run;
}

QJsonArray TestImportFixtures::storedActivities(Repository &repo, Database &db)
{
    QJsonArray list;
    QSqlQuery &ids = db.exec(QStringLiteral("SELECT id FROM activities ORDER BY id"));
    QList<qint64> idList;
    while (ids.next())
        idList.append(ids.value(0).toLongLong());
    for (qint64 id : std::as_const(idList)) {
        const std::optional<Activity> a = repo.activities().find(id);
        if (!a)
            continue;
        QStringList people, organisations;
        for (const Participant &p : a->participants) {
            if (p.personId) {
                if (const auto person = repo.people().find(p.personId))
                    people.append(person->name);
            } else if (p.organisationId) {
                if (const auto o = repo.organisations().find(p.organisationId))
                    organisations.append(o->name);
            }
        }
        people.sort();
        organisations.sort();
        QJsonObject o{{QStringLiteral("kind"), activityKindName(a->kind)},
                      {QStringLiteral("title"), a->title},
                      {QStringLiteral("start"), a->when.start().toIsoString()},
                      {QStringLiteral("end"), a->when.isRange() ? a->when.end().toIsoString() : QString()},
                      {QStringLiteral("location"), a->location},
                      {QStringLiteral("description"), a->description},
                      {QStringLiteral("purpose"), a->purpose},
                      {QStringLiteral("outcome"), a->outcome},
                      {QStringLiteral("people"), QJsonArray::fromStringList(people)},
                      {QStringLiteral("organisations"), QJsonArray::fromStringList(organisations)},
                      {QStringLiteral("cost"), a->cost},
                      {QStringLiteral("costMinor"), a->costMinor ? QString::number(*a->costMinor) : QString()},
                      {QStringLiteral("costCurrency"), a->costCurrency},
                      {QStringLiteral("transport"), a->transport},
                      {QStringLiteral("officials"), a->officials ? QString::number(*a->officials) : QString()},
                      {QStringLiteral("source"), a->source}};
        QStringList stops; // in order: compared sorted, so numbered
        for (int i = 0; i < a->itinerary.size(); ++i)
            stops.append(QStringLiteral("%1 %2").arg(i + 1).arg(a->itinerary.at(i).place));
        o.insert(QStringLiteral("itinerary"), QJsonArray::fromStringList(stops));
        list.append(o);
    }
    return list;
}

namespace {
QStringList sortedStrings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list.append(v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
    list.sort();
    return list;
}

QStringList column(Database &db, const QString &sql)
{
    QStringList list;
    QSqlQuery &q = db.exec(sql);
    while (q.next()) {
        QJsonObject o;
        if (q.record().count() == 1) {
            list.append(q.value(0).toString());
            continue;
        }
        for (int i = 0; i < q.record().count(); ++i)
            o.insert(q.record().fieldName(i), q.value(i).toString());
        list.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    list.sort();
    return list;
}
} // namespace

void TestImportFixtures::check(const QJsonObject &expected, const Run &run, Database &db)
{
    Repository repo(db);
    QVERIFY2(run.exit != -1, "the import did not finish");
    QCOMPARE(run.exit, expected.value(QStringLiteral("exit")).toInt(0));
    const QJsonObject created = run.json.value(QStringLiteral("created")).toObject();
    const QJsonObject wantCreated = expected.value(QStringLiteral("created")).toObject();
    for (auto it = wantCreated.begin(); it != wantCreated.end(); ++it)
        QVERIFY2(created.value(it.key()).toInt() == it.value().toInt(),
                 qPrintable(QStringLiteral("created %1: %2, expected %3")
                                .arg(it.key())
                                .arg(created.value(it.key()).toInt())
                                .arg(it.value().toInt())));
    for (const char *key : {"skipped", "errors"}) {
        if (expected.contains(QLatin1String(key))) {
            const QJsonValue got = run.json.value(QLatin1String(key));
            const int count = got.isArray() ? int(got.toArray().size()) : got.toInt();
            QVERIFY2(count == expected.value(QLatin1String(key)).toInt(),
                     qPrintable(QStringLiteral("%1: %2, expected %3").arg(QLatin1String(key)).arg(count)
                                    .arg(expected.value(QLatin1String(key)).toInt())));
        }
    }
    checkSubset(expected.value(QStringLiteral("summary")).toObject(), run.json, QString());
    if (QTest::currentTestFailed())
        return;
    if (expected.contains(QStringLiteral("activities"))) {
        const QJsonArray want = expected.value(QStringLiteral("activities")).toArray();
        const QJsonArray got = storedActivities(repo, db);
        QVERIFY2(got.size() == want.size(), qPrintable(QStringLiteral("%1 activities stored, expected %2: %3")
                                                           .arg(got.size())
                                                           .arg(want.size())
                                                           .arg(QString::fromUtf8(QJsonDocument(got).toJson()))));
        for (qsizetype i = 0; i < want.size(); ++i) {
            const QJsonObject w = want.at(i).toObject();
            const QJsonObject g = got.at(i).toObject();
            for (auto it = w.begin(); it != w.end(); ++it) {
                QJsonValue wantValue = it.value();
                QJsonValue gotValue = g.value(it.key());
                if (wantValue.isArray())
                    QVERIFY2(sortedStrings(wantValue.toArray()) == sortedStrings(gotValue.toArray()),
                             qPrintable(QStringLiteral("activity %1 %2: got %3, expected %4")
                                            .arg(i + 1)
                                            .arg(it.key(), sortedStrings(gotValue.toArray()).join(QStringLiteral(" | ")),
                                                 sortedStrings(wantValue.toArray()).join(QStringLiteral(" | ")))));
                else
                    QVERIFY2(wantValue.toString() == gotValue.toString(),
                             qPrintable(QStringLiteral("activity %1 %2: got \"%3\", expected \"%4\"")
                                            .arg(i + 1)
                                            .arg(it.key(), gotValue.toString(), wantValue.toString())));
            }
        }
    }
    if (expected.contains(QStringLiteral("organisations"))) {
        const QStringList want = sortedStrings(expected.value(QStringLiteral("organisations")).toArray());
        const QStringList got = column(db, QStringLiteral("SELECT name FROM organisations"));
        QVERIFY2(got == want, qPrintable(QStringLiteral("organisations: %1\nexpected: %2")
                                             .arg(got.join(QStringLiteral(" | ")), want.join(QStringLiteral(" | ")))));
    }
    if (expected.contains(QStringLiteral("people"))) {
        const QJsonArray people = expected.value(QStringLiteral("people")).toArray();
        const bool withTitles = !people.isEmpty() && people.first().isObject();
        const QStringList want = sortedStrings(people);
        const QStringList got = column(db, withTitles ? QStringLiteral("SELECT name, COALESCE(title, '') AS title FROM people")
                                                      : QStringLiteral("SELECT name FROM people"));
        QVERIFY2(got == want, qPrintable(QStringLiteral("people: %1\nexpected: %2")
                                             .arg(got.join(QStringLiteral(" | ")), want.join(QStringLiteral(" | ")))));
    }
    if (expected.contains(QStringLiteral("affiliations"))) {
        const QStringList want = sortedStrings(expected.value(QStringLiteral("affiliations")).toArray());
        const QStringList got = column(db, QStringLiteral(
            "SELECT o.name AS organisation, p.name AS person, COALESCE(a.role, '') AS role FROM affiliations a "
            "JOIN people p ON p.id = a.person_id JOIN organisations o ON o.id = a.organisation_id"));
        QVERIFY2(got == want, qPrintable(QStringLiteral("affiliations: %1\nexpected: %2")
                                             .arg(got.join(QStringLiteral(" | ")), want.join(QStringLiteral(" | ")))));
    }
    auto reportText = [&] {
        QStringList lines;
        for (const QStringList &l : run.report)
            lines.append(l.join(QLatin1Char(',')));
        return lines.join(QLatin1Char('\n'));
    };
    for (const QJsonValue &v : expected.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject want = v.toObject();
        const QString line = QString::number(want.value(QStringLiteral("line")).toInt());
        const QString outcome = want.value(QStringLiteral("outcome")).toString();
        const QString reason = want.value(QStringLiteral("reason")).toString();
        const bool found = std::any_of(run.report.cbegin(), run.report.cend(), [&](const QStringList &l) {
            return (want.value(QStringLiteral("line")).isUndefined() || l.value(0) == line)
                && (outcome.isEmpty() || l.value(2) == outcome)
                && l.value(3).contains(reason, Qt::CaseInsensitive);
        });
        QVERIFY2(found, qPrintable(QStringLiteral("no report line %1 %2 \"%3\" in:\n%4").arg(line, outcome, reason, reportText())));
    }
    for (const QJsonValue &v : expected.value(QStringLiteral("noIssues")).toArray()) {
        const QString outcome = v.toString();
        for (const QStringList &l : run.report)
            QVERIFY2(l.value(2) != outcome, qPrintable(QStringLiteral("unexpected %1: %2").arg(outcome, l.join(QLatin1Char(',')))));
    }
    const QStringList warnings = [&] {
        QStringList list;
        for (const QJsonValue &v : run.json.value(QStringLiteral("warnings")).toArray())
            list.append(v.toString());
        return list;
    }();
    for (const QJsonValue &v : expected.value(QStringLiteral("warnings")).toArray())
        QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                             [&](const QString &w) { return w.contains(v.toString(), Qt::CaseInsensitive); }),
                 qPrintable(QStringLiteral("no warning \"%1\" in: %2").arg(v.toString(), warnings.join(QStringLiteral(" | ")))));
    if (expected.value(QStringLiteral("noWarnings")).toBool())
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QStringLiteral(" | "))));
}

void TestImportFixtures::fixture()
{
    QFETCH(QString, folder);
    const QDir dir(folder);
    QStringList inputs = dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.tsv"), QStringLiteral("*.txt")}, QDir::Files);
    QVERIFY2(inputs.size() == 1, qPrintable(QStringLiteral("%1: one input file expected, found %2").arg(folder).arg(inputs.size())));
    const QString input = dir.filePath(inputs.first());
    QFile expectedFile(dir.filePath(QStringLiteral("expected.json")));
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(folder + QStringLiteral(": no expected.json")));
    QJsonParseError parseError;
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QStringList extra;
    QFile argsFile(dir.filePath(QStringLiteral("args")));
    if (argsFile.open(QIODevice::ReadOnly))
        extra = QString::fromUtf8(argsFile.readAll()).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);

    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    Database db;
    db.open(testDb.location());
    QFile existingFile(dir.filePath(QStringLiteral("existing.json")));
    if (existingFile.open(QIODevice::ReadOnly)) {
        Repository repo(db);
        const QJsonObject existing = QJsonDocument::fromJson(existingFile.readAll()).object();
        for (const QJsonValue &v : existing.value(QStringLiteral("organisations")).toArray()) {
            Organisation o;
            o.name = v.isString() ? v.toString() : v.toObject().value(QStringLiteral("name")).toString();
            o.shortName = v.toObject().value(QStringLiteral("shortName")).toString();
            for (const QJsonValue &alias : v.toObject().value(QStringLiteral("aliases")).toArray())
                o.aliases.append(alias.toString());
            repo.organisations().save(o);
        }
        for (const QJsonValue &v : existing.value(QStringLiteral("people")).toArray()) {
            Person p;
            p.name = v.isString() ? v.toString() : v.toObject().value(QStringLiteral("name")).toString();
            p.title = v.toObject().value(QStringLiteral("title")).toString();
            repo.people().save(p);
        }
    }
    const QString dbArg = TestDatabase::commandLineArgument(testDb.location());
    const Run first = import(input, extra, dbArg, testDb.filePath(QStringLiteral("report1.csv")));
    check(expected, first, db);
    if (QTest::currentTestFailed()) {
        qWarning("stderr: %s\njson: %s", qPrintable(first.stderrText), QJsonDocument(first.json).toJson().constData());
        return;
    }
    if (expected.contains(QStringLiteral("again"))) {
        const Run second = import(input, extra, dbArg, testDb.filePath(QStringLiteral("report2.csv")));
        check(expected.value(QStringLiteral("again")).toObject(), second, db);
        if (QTest::currentTestFailed())
            qWarning("second run stderr: %s\njson: %s", qPrintable(second.stderrText),
                     QJsonDocument(second.json).toJson().constData());
    }
}

QTEST_GUILESS_MAIN(TestImportFixtures)
#include "TestImportFixtures.moc"
