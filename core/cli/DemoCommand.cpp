#include "DemoCommand.h"

#include "CommandLine.h"
#include "demo/DemoStory.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"

#include <QTextStream>

namespace liaison {

int DemoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the demo story into a new or empty database."));
    CommandLine::addDatabaseOption(parser);
    if (!CommandLine::parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;
    Database db;
    if (!CommandLine::openDatabase(parser, db, true))
        return 1;
    try {
        Repository repository(db);
        DemoStory::write(repository);
        QTextStream(stdout) << "wrote the demo story: " << repository.organisations().count() << " organisations, "
                            << repository.people().count() << " people, " << repository.partnerships().count()
                            << " partnerships, " << repository.activities().count() << " activities\n";
    } catch (const StorageError &e) {
        return CommandLine::fail(e.message());
    }
    return 0;
}

} // namespace liaison
