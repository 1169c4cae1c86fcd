#include "CommandLine.h"

#include "DemoCommand.h"
#include "ExportPdfCommand.h"
#include "ExportCsvCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "storage/Database.h"
#include "storage/OutputFileGuard.h"
#include "storage/StorageError.h"

#include <QFileInfo>
#include <QTextStream>

#include <cstring>

namespace liaison {

QList<CommandLine::Command> &CommandLine::commands()
{
    // Core's own subcommands; others arrive through registerCommand().
    static QList<Command> list = {
        {QStringLiteral("demo"), QStringLiteral("write the demo story into a new database"), ApplicationKind::Core,
         &DemoCommand::run},
        {QStringLiteral("generate"), QStringLiteral("write generated records for scale tests"), ApplicationKind::Core,
         &GenerateCommand::run},
        // HeadlessWidgets: the briefing pack draws the dashboard's Qt Charts chart when ui installed it.
        {QStringLiteral("export-pdf"), QStringLiteral("print the timeline or a briefing pack to PDF"),
         ApplicationKind::HeadlessWidgets, &ExportPdfCommand::run},
        {QStringLiteral("import"), QStringLiteral("import a CSV file (or preview it, or dry-run it)"), ApplicationKind::Core,
         &ImportCommand::run},
        {QStringLiteral("export-csv"), QStringLiteral("export activities, organisations, people or partnerships as CSV"),
         ApplicationKind::Core, &ExportCsvCommand::run},
    };
    return list;
}

void CommandLine::registerCommand(const Command &command)
{
    commands().append(command);
}

CommandLine::ApplicationKind CommandLine::applicationKind(int argc, char **argv)
{
    if (argc < 2)
        return ApplicationKind::Widgets;
    const char *first = argv[1];
    if (!std::strcmp(first, "--help") || !std::strcmp(first, "-h") || !std::strcmp(first, "--version")
        || !std::strcmp(first, "-v"))
        return ApplicationKind::Core;
    for (const Command &command : commands()) {
        if (command.name == QLatin1String(first))
            return command.kind;
    }
    // Options and file names (a file manager opening a database or a CSV) go to
    // the window; any other word is an unknown command and gets an error.
    const bool looksLikeFile = std::strchr(first, '/') || std::strchr(first, '.');
    return first[0] == '-' || looksLikeFile ? ApplicationKind::Widgets : ApplicationKind::Core;
}

QString CommandLine::usage()
{
    QString text;
    QTextStream out(&text);
    out << "Usage: liaison [--db PATH|URL] [FILE.csv]   open the Liaison window (and import FILE.csv)\n"
        << "       liaison COMMAND [options]            run a command without the window\n\n"
        << "PATH is an SQLite file; URL is postgresql://user@host:port/dbname (password from PGPASSWORD).\n"
        << "Without --db the window opens the database used last, else your own (with the demo story on\n"
        << "first run). A database file may also be named on its own, as file managers do.\n\n"
        << "Commands:\n";
    for (const Command &command : commands())
        out << "  " << command.name.leftJustified(14) << command.summary << '\n';
    out << "\nOptions:\n"
        << "  -h, --help      show this help (COMMAND --help for a command's options)\n"
        << "  -v, --version   show the version\n";
    return text;
}

int CommandLine::runHeadless(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    QTextStream out(stdout);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << usage();
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "liaison " << LIAISON_VERSION << '\n';
        return 0;
    }
    for (const Command &command : commands()) {
        if (command.name == first)
            return command.run(arguments.mid(1));
    }
    return fail(QStringLiteral("unknown command '%1' (see liaison --help)").arg(first));
}

bool CommandLine::parseWindowArguments(const QStringList &arguments, DatabaseLocation &location, QString &importFile,
                                       int &exitCode)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    exitCode = 1;
    if (!parser.parse(arguments)) {
        fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        runHeadless({arguments.value(0), parser.isSet(QStringLiteral("help")) ? QStringLiteral("--help")
                                                                             : QStringLiteral("--version")});
        exitCode = 0;
        return false;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        fail(QStringLiteral("unexpected argument '%1' (see liaison --help)").arg(files.at(1)));
        return false;
    }
    QString database = parser.value(QStringLiteral("db"));
    if (!files.isEmpty()) {
        const QString suffix = QFileInfo(files.first()).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
            importFile = QFileInfo(files.first()).absoluteFilePath();
        } else if (database.isEmpty()) {
            database = files.first();
        } else {
            fail(QStringLiteral("two databases given: --db %1 and %2").arg(database, files.first()));
            return false;
        }
    }
    if (!database.isEmpty()) {
        QString error;
        location = DatabaseLocation::parse(database, &error);
        if (!location.isValid()) {
            fail(error);
            return false;
        }
        warnOfPasswordInUrl(location);
    }
    return true;
}

bool CommandLine::outputMayBeWritten(const QCommandLineParser &parser, const QString &option,
                                     const QString &databaseRole, const QList<QPair<QString, QString>> &inputs)
{
    OutputFileGuard guard(parser.value(option), QStringLiteral("--") + option);
    guard.protectDatabase(DatabaseLocation::parse(parser.value(QStringLiteral("db"))), databaseRole);
    for (const auto &[path, role] : inputs)
        guard.protectFile(path, role);
    const QString refusal = guard.refusal();
    if (refusal.isEmpty())
        return true;
    fail(refusal);
    return false;
}

void CommandLine::addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), QStringLiteral("SQLite file or postgresql:// URL"), QStringLiteral("PATH|URL")});
}

bool CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return false;
    }
    return true;
}

bool CommandLine::openDatabase(const QCommandLineParser &parser, Database &db, bool create)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        fail(QStringLiteral("--db PATH|URL is required"));
        return false;
    }
    QString error;
    const DatabaseLocation location = DatabaseLocation::parse(parser.value(QStringLiteral("db")), &error);
    if (!location.isValid()) {
        fail(error);
        return false;
    }
    warnOfPasswordInUrl(location);
    try {
        Database::OpenOptions options;
        options.createIfMissing = create;
        db.open(location, options);
    } catch (const StorageError &e) {
        fail(e.message());
        return false;
    }
    return true;
}

bool CommandLine::hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void CommandLine::warnOfPasswordInUrl(const DatabaseLocation &location)
{
    static bool warned = false;
    if (warned || location.backend() != DatabaseLocation::Backend::PostgreSQL || location.password().isEmpty())
        return;
    warned = true;
    QTextStream(stderr) << "liaison: warning: the password in the --db URL can be read by every user of this computer "
                           "(in the process list); leave it out of the URL and set PGPASSWORD instead (or let the "
                           "window keep it in the desktop keychain)\n";
}

int CommandLine::fail(const QString &message)
{
    QTextStream(stderr) << "liaison: error: " << message << '\n';
    return 1;
}

} // namespace liaison
