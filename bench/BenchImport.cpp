// Import speed against sqlite3's own `.import --csv`, on the same generated
// file in the same run: wall time and peak memory of each, and the ratio.
// A third figure is SQLite's own time for Liaison's schema: sqlite3 copying
// the rows it imported (already parsed) into an empty Liaison database with
// plain SQL — organisations, activities, participants, then every index and
// the full-text index built once at the end — with no CSV parsing at all.
//   liaison_bench_import [--activities N] [--diary-rows N] [--keep DIR]
// It then imports the same file a second time into the same database (every
// row found by its fingerprint and skipped), and times a ministerial
// diary-like file of --diary-rows rows (26,000; goal: under 3 s): ISO dates,
// a weekday column, a source file name column, quoted line breaks.
// --keep DIR leaves the CSV and both databases there, to profile by hand;
// LIAISON_IMPORT_TIMING=1 makes `liaison import` print its phases (rows,
// full-text index, indexes, foreign-key check, commit) on stderr.
#include "csv/CsvWriter.h"
#include "storage/DashboardSummary.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <vector>

using namespace liaison;

namespace {
struct Measure
{
    double seconds = 0;
    long peakKb = 0;
    int status = -1;
};

// Runs a program and measures it as /usr/bin/time would: wall clock, and the
// child's own peak resident set size from wait4().
Measure runMeasured(const QStringList &command, const QString &stdoutPath = QString())
{
    std::vector<QByteArray> storage;
    for (const QString &part : command)
        storage.push_back(part.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &part : storage)
        argv.push_back(part.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!stdoutPath.isEmpty())
            std::freopen(stdoutPath.toLocal8Bit().constData(), "w", stdout);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    Measure m;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.seconds = timer.nsecsElapsed() / 1e9;
    m.peakKb = usage.ru_maxrss;
    m.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

// ~150 bytes a row: quoted commas and line breaks, 2,000 organisations.
void generate(const QString &path, qint64 rows)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    CsvWriter writer(&file);
    QRandomGenerator random(42);
    const char *const stems[] = {"Department for", "Ministry of", "Agency for", "Office of", "Institute of",
                                 "Council for", "Authority for", "Centre for"};
    const char *const topics[] = {"Digital Skills", "Open Standards", "Digital Identity", "Science, Innovation and Technology",
                                  "Trade", "Health", "Education", "Energy", "Transport", "Culture, Media and Sport"};
    QStringList organisations;
    for (int i = 0; i < 2000; ++i)
        organisations.append(QStringLiteral("%1 %2 %3").arg(QLatin1String(stems[i % 8]), QLatin1String(topics[(i / 8) % 10])).arg(i));
    const char *const kinds[] = {"meeting", "introduction", "event", "delegation", "agreement"};
    const char *const places[] = {"London", "Singapore", "Geneva, Switzerland", "Kuala Lumpur", "Seoul"};
    writer.writeRecord({QStringLiteral("Date"), QStringLiteral("Kind"), QStringLiteral("Title"),
                        QStringLiteral("Organisations"), QStringLiteral("Location"), QStringLiteral("Description")});
    for (qint64 i = 0; i < rows; ++i) {
        const int day = 1 + random.bounded(28), month = 1 + random.bounded(12), year = 2005 + random.bounded(20);
        const QString date = QStringLiteral("%1/%2/%3").arg(day, 2, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0')).arg(year);
        const QString orgs = organisations.at(random.bounded(2000)) + QStringLiteral("; ") + organisations.at(random.bounded(2000));
        writer.writeRecord({date, QLatin1String(kinds[i % 5]), QStringLiteral("Review, round %1").arg(i),
                            orgs, QLatin1String(places[random.bounded(5)]),
                            QStringLiteral("Next steps, \"quick wins\"\nand a visit %1").arg(i % 97)});
    }
    writer.flush();
}
// A diary export: one row per engagement, dates ISO with the weekday beside
// them, the minister, whom they met, a purpose that often runs over lines,
// and the PDF the row came from.
void generateDiary(const QString &path, qint64 rows)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    CsvWriter writer(&file);
    QRandomGenerator random(7);
    const char *const ministers[] = {"Jane Doe MP", "The Rt Hon John Smith MP", "Lord Brown", "Baroness Green"};
    const char *const purposes[] = {"Introductory meeting", "Discuss the spending review", "Visit to the site",
                                    "Roundtable on skills", "Call about the trade deal"};
    writer.writeRecord({QStringLiteral("Date"), QStringLiteral("Day"), QStringLiteral("Minister"),
                        QStringLiteral("Organisation"), QStringLiteral("Purpose of meeting"), QStringLiteral("Source")});
    QDate date(2010, 5, 12);
    for (qint64 i = 0; i < rows; ++i) {
        if (random.bounded(3) == 0)
            date = date.addDays(1);
        const QString organisation = QStringLiteral("Organisation %1").arg(random.bounded(3000));
        QString purpose = QLatin1String(purposes[random.bounded(5)]);
        if (random.bounded(4) == 0)
            purpose += QStringLiteral("\nFollow-up: officials to write, ref %1").arg(i);
        writer.writeRecord({date.toString(Qt::ISODate), QLocale::c().dayName(date.dayOfWeek()),
                            QLatin1String(ministers[i % 4]), organisation, purpose,
                            QStringLiteral("diary-%1-q%2.pdf").arg(date.year()).arg((date.month() - 1) / 3 + 1)});
    }
    writer.flush();
}

// The rows of sqlite3's .import table `src.activities` (Date dd/mm/yyyy, Kind,
// Title, "Org A; Org B", Location, Description) into Liaison's schema, as
// Liaison's importer writes them; the indexes (`indexes`: their CREATE
// statements) and the full-text index built in one pass at the end, as
// Liaison's bulk load does. The dashboard's kept counts are left out: the
// load adds them up in memory as it writes (BulkLoadCounts), next to nothing,
// where SQL would recount them in about 9 s.
QString schemaFloorScript(const QString &imported, const QStringList &indexes)
{
    QString drops, creates;
    for (const QString &create : indexes) {
        const QString name = create.section(QLatin1Char(' '), 2, 2);
        drops += QStringLiteral("DROP INDEX %1;\n").arg(name);
        creates += create + QStringLiteral(";\n");
    }
    return QStringLiteral(
               "PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = OFF;\n"
               "ATTACH '%1' AS src;\n"
               "BEGIN;\n"
               "DROP TRIGGER activities_fts_insert;\n"
               "%2;\n"
               "%3")
               .arg(imported, DashboardSummary::sqliteLoadSuspension().join(QStringLiteral(";\n")), drops)
        + QStringLiteral(
               "CREATE TEMP TABLE split AS SELECT rowid AS id, "
               "substr(Organisations, 1, instr(Organisations, '; ') - 1) AS first, "
               "substr(Organisations, instr(Organisations, '; ') + 2) AS second FROM src.activities;\n"
               "INSERT INTO organisations (name, updated_at, updated_by) SELECT name, 'now', 'bench' FROM "
               "(SELECT first AS name FROM split UNION SELECT second FROM split);\n"
               "INSERT INTO activities (id, kind, title, description, location, start_date, start_precision, "
               "last_date, start_month, updated_at, updated_by) "
               "SELECT rowid, Kind, Title, Description, Location, "
               "substr(Date, 7, 4) || '-' || substr(Date, 4, 2) || '-' || substr(Date, 1, 2), 0, "
               "substr(Date, 7, 4) || '-' || substr(Date, 4, 2) || '-' || substr(Date, 1, 2), "
               "CAST(substr(Date, 7, 4) || substr(Date, 4, 2) AS INTEGER), 'now', 'bench' FROM src.activities;\n"
               "INSERT INTO activity_participants (activity_id, organisation_id, role, position) "
               "SELECT s.id, o.id, 'participant', 0 FROM split s JOIN organisations o ON o.name = s.first;\n"
               "INSERT INTO activity_participants (activity_id, organisation_id, role, position) "
               "SELECT s.id, o.id, 'participant', 1 FROM split s JOIN organisations o ON o.name = s.second;\n"
               "%1"
               "INSERT INTO activities_fts (activities_fts) VALUES ('rebuild');\n"
               "COMMIT;\n")
              .arg(creates);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        QTextStream(stdout) << "usage: liaison_bench_import [--activities N (1000000)] [--diary-rows N (26000)] [--keep DIR]\n"
                               "Times liaison import of N generated activities against sqlite3 .import and against SQLite's\n"
                               "own floor for Liaison's schema, the same file imported again (every row skipped as imported\n"
                               "before), and a diary-like file of --diary-rows rows (goal: under 3 s). --keep DIR leaves the\n"
                               "files there; LIAISON_IMPORT_TIMING=1 prints the import's phases.\n";
        return 0;
    }
    const qsizetype at = args.indexOf(QStringLiteral("--activities"));
    if (at > 0 && at + 1 < args.size())
        rows = args.at(at + 1).toLongLong();
    const QString liaison = QStringLiteral(LIAISON_BINARY);
    QTemporaryDir temporary;
    // --keep DIR: the CSV and both databases stay there, to profile by hand.
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    QDir dir(temporary.path());
    if (keepAt > 0 && keepAt + 1 < args.size()) {
        dir.setPath(args.at(keepAt + 1));
        dir.mkpath(QStringLiteral("."));
        for (const char *name : {"sqlite3.db", "liaison.db", "liaison.db-journal", "liaison.db-wal", "liaison.db-shm"})
            dir.remove(QLatin1String(name));
    }
    QTextStream out(stdout);
    const QString csv = dir.filePath(QStringLiteral("activities.csv"));
    QElapsedTimer timer;
    timer.start();
    generate(csv, rows);
    out << "generated " << rows << " rows, " << QString::number(QFileInfo(csv).size() / 1e6, 'f', 1) << " MB in "
        << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s\n";
    // Warm the cache so that both read the file from memory.
    runMeasured({QStringLiteral("cat"), csv}, QStringLiteral("/dev/null"));

    const Measure sqlite = runMeasured({QStringLiteral("sqlite3"), dir.filePath(QStringLiteral("sqlite3.db")),
                                        QStringLiteral(".import --csv %1 activities").arg(csv)});
    const Measure ours = runMeasured({liaison, QStringLiteral("import"), csv, QStringLiteral("--db"),
                                      dir.filePath(QStringLiteral("liaison.db")), QStringLiteral("--quiet")},
                                     dir.filePath(QStringLiteral("liaison.out")));
    // SQLite's own floor: an empty Liaison database, filled by sqlite3 from
    // the table it imported.
    const QString floorDb = dir.filePath(QStringLiteral("floor.db"));
    QFile::remove(floorDb);
    {
        Database empty;
        empty.open(DatabaseLocation::sqliteFile(floorDb));
    }
    QStringList indexes;
    {
        QProcess list;
        list.start(QStringLiteral("sqlite3"), {floorDb, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                                                      "AND sql IS NOT NULL AND sql NOT LIKE '%WHERE%' "
                                                                      "AND tbl_name IN ('activities', 'activity_participants')")});
        list.waitForFinished(-1);
        indexes = QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    const QString script = dir.filePath(QStringLiteral("floor.sql"));
    {
        QFile file(script);
        file.open(QIODevice::WriteOnly);
        file.write(schemaFloorScript(dir.filePath(QStringLiteral("sqlite3.db")), indexes).toUtf8());
    }
    const Measure floor = runMeasured({QStringLiteral("sqlite3"), floorDb, QStringLiteral(".read %1").arg(script)});
    QFile summary(dir.filePath(QStringLiteral("liaison.out")));
    summary.open(QIODevice::ReadOnly);
    out << "liaison import: " << summary.readAll().trimmed() << '\n';
    out << QStringLiteral("sqlite3 .import --csv: %1 s, peak %2 MB (exit %3)\n")
               .arg(sqlite.seconds, 0, 'f', 2).arg(sqlite.peakKb / 1024.0, 0, 'f', 1).arg(sqlite.status);
    out << QStringLiteral("liaison import (orgs resolved, dates parsed): %1 s, peak %2 MB (exit %3)\n")
               .arg(ours.seconds, 0, 'f', 2).arg(ours.peakKb / 1024.0, 0, 'f', 1).arg(ours.status);
    out << QStringLiteral("ratio liaison/sqlite3: %1 (goal <= 1.5; peak memory goal <= 150 MB)\n")
               .arg(ours.seconds / sqlite.seconds, 0, 'f', 2);
    out << QStringLiteral("sqlite3 copying its imported rows into Liaison's schema (rows, indexes, full text; "
                          "no parsing): %1 s (exit %2) = %3 x its .import; liaison import = %4 x that floor\n")
               .arg(floor.seconds, 0, 'f', 2).arg(floor.status)
               .arg(floor.seconds / sqlite.seconds, 0, 'f', 2).arg(ours.seconds / floor.seconds, 0, 'f', 2);
    // The same file again: every row is found by its fingerprint and skipped.
    const Measure again = runMeasured({liaison, QStringLiteral("import"), csv, QStringLiteral("--db"),
                                       dir.filePath(QStringLiteral("liaison.db")), QStringLiteral("--quiet")},
                                      dir.filePath(QStringLiteral("again.out")));
    QFile againSummary(dir.filePath(QStringLiteral("again.out")));
    againSummary.open(QIODevice::ReadOnly);
    out << "liaison import, the same file again: " << againSummary.readAll().trimmed() << '\n';
    out << QStringLiteral("liaison import, the same file again (every row a duplicate): %1 s, peak %2 MB (exit %3)\n")
               .arg(again.seconds, 0, 'f', 2).arg(again.peakKb / 1024.0, 0, 'f', 1).arg(again.status);

    qint64 diaryRows = 26000;
    const qsizetype diaryAt = args.indexOf(QStringLiteral("--diary-rows"));
    if (diaryAt > 0 && diaryAt + 1 < args.size())
        diaryRows = args.at(diaryAt + 1).toLongLong();
    const QString diary = dir.filePath(QStringLiteral("diary.csv"));
    generateDiary(diary, diaryRows);
    QFile::remove(dir.filePath(QStringLiteral("diary.db")));
    runMeasured({QStringLiteral("cat"), diary}, QStringLiteral("/dev/null"));
    const Measure diaryRun = runMeasured({liaison, QStringLiteral("import"), diary, QStringLiteral("--db"),
                                          dir.filePath(QStringLiteral("diary.db")), QStringLiteral("--kind"),
                                          QStringLiteral("meeting"), QStringLiteral("--quiet")},
                                         dir.filePath(QStringLiteral("diary.out")));
    QFile diarySummary(dir.filePath(QStringLiteral("diary.out")));
    diarySummary.open(QIODevice::ReadOnly);
    out << "diary: " << diarySummary.readAll().trimmed() << '\n';
    out << QStringLiteral("diary-like file, %1 rows, %2 MB: %3 s, peak %4 MB (exit %5; goal < 3 s)\n")
               .arg(diaryRows).arg(QFileInfo(diary).size() / 1e6, 0, 'f', 1).arg(diaryRun.seconds, 0, 'f', 2)
               .arg(diaryRun.peakKb / 1024.0, 0, 'f', 1).arg(diaryRun.status);
    return ours.status == 0 && sqlite.status == 0 && floor.status == 0 && again.status == 0 && diaryRun.status == 0 ? 0 : 1;
}
