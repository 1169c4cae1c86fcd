#include "GenerateCommand.h"

#include "CommandLine.h"
#include "demo/DataGenerator.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace liaison {

int GenerateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write N generated activities over about 2,000 organisations and 10,000 people."));
    CommandLine::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("activities"), QStringLiteral("how many activities"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("random seed (same seed, same data)"), QStringLiteral("S"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("no progress on stderr")});
    if (!CommandLine::parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;

    DataGenerator::Options options;
    bool ok = false;
    options.activities = parser.value(QStringLiteral("activities")).toLongLong(&ok);
    if (!ok || options.activities < 0)
        return CommandLine::fail(QStringLiteral("--activities N must be a whole number of zero or more"));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return CommandLine::fail(QStringLiteral("--seed S must be a whole number"));

    Database db;
    if (!CommandLine::openDatabase(parser, db, true))
        return 1;
    QElapsedTimer timer;
    timer.start();
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    try {
        Repository repository(db);
        if (repository.organisations().count() > 0)
            return CommandLine::fail(QStringLiteral("%1 already holds records; generate into a new database")
                                         .arg(db.location().toDisplayString()));
        QTextStream err(stderr);
        DataGenerator::generate(repository, options, [&](qint64 done, qint64 total) {
            if (!quiet)
                err << "\rgenerating: " << done << " / " << total << " activities" << Qt::flush;
            return true;
        });
        if (!quiet)
            err << '\n';
    } catch (const StorageError &e) {
        return CommandLine::fail(e.message());
    }
    QTextStream(stdout) << "generated " << options.activities << " activities in "
                        << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s\n";
    return 0;
}

} // namespace liaison
