// Storage benchmark: generates a large database and times the basics. Prints
// figures; it asserts nothing (behaviour is the tests' job).
//   liaison_bench_storage [--activities N] [--keep PATH]
#include "demo/DataGenerator.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace liaison;

namespace {
double seconds(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e9;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("activities"), QStringLiteral("activities to generate"), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("write the database here and keep it"), QStringLiteral("PATH")});
    parser.parse(app.arguments()); // ./dev bench passes the same arguments to every bench
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                              : dir.filePath(QStringLiteral("bench.sqlite"));
    DataGenerator::Options options;
    options.activities = parser.value(QStringLiteral("activities")).toLongLong();
    try {
        QElapsedTimer timer;
        {
            Database db;
            db.open(DatabaseLocation::sqliteFile(path));
            Repository repo(db);
            timer.start();
            DataGenerator::generate(repo, options);
        }
        const double generate = seconds(timer);
        const double sizeMb = QFileInfo(path).size() / 1e6;

        timer.restart();
        Database db;
        db.open(DatabaseLocation::sqliteFile(path));
        const double open = seconds(timer);
        Repository repo(db);
        timer.restart();
        const auto counts = repo.activities().countByKind();
        const double count = seconds(timer);
        qint64 total = 0;
        for (qint64 n : counts)
            total += n;

        out << "storage benchmark (SQLite, " << options.activities << " activities, "
            << options.organisations << " organisations, " << options.people << " people)\n";
        out << QStringLiteral("  generate:            %1 s (%2 activities/s)\n")
                   .arg(generate, 0, 'f', 2)
                   .arg(qRound64(options.activities / qMax(generate, 1e-9)));
        out << QStringLiteral("  database size:       %1 MB\n").arg(sizeMb, 0, 'f', 1);
        out << QStringLiteral("  open:                %1 ms\n").arg(open * 1000, 0, 'f', 1);
        out << QStringLiteral("  count by kind:       %1 ms (%2 activities in %3 kinds)\n")
                   .arg(count * 1000, 0, 'f', 1)
                   .arg(total)
                   .arg(counts.size());
        out << QStringLiteral("  open + count:        %1 ms\n").arg((open + count) * 1000, 0, 'f', 1);
    } catch (const StorageError &e) {
        QTextStream(stderr) << "bench: " << e.message() << '\n';
        return 1;
    }
    return 0;
}
