#pragma once

#include "storage/DatabaseLocation.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>

namespace liaison {

class Database;

// The `liaison` command line: decides whether a run is the window or a
// headless subcommand (import, export, demo, generate…), and runs the headless
// ones. Subcommands register here; each lives in its own *Command class.
class CommandLine
{
public:
    // What kind of application object a run needs, decided from argv before
    // any QCoreApplication exists.
    enum class ApplicationKind {
        Widgets,  // the window
        Painting, // headless, but paints (PDF): QGuiApplication, offscreen
        HeadlessWidgets, // headless, but needs widget classes (Qt Charts): QApplication, offscreen
        Core      // headless, no painting
    };

    struct Command
    {
        QString name;
        QString summary;
        ApplicationKind kind;
        std::function<int(const QStringList &arguments)> run;
    };

    // Adds a subcommand that lives outside core (the ui library registers its
    // own, e.g. chart export). Call before applicationKind().
    static void registerCommand(const Command &command);

    static ApplicationKind applicationKind(int argc, char **argv);

    // Runs a headless subcommand (or --help / --version); returns the exit code.
    static int runHeadless(const QStringList &arguments);

    // For the window: the database the user asked for (--db, or a database file
    // named on its own, as a file manager does), and a table file to import
    // (a .csv/.tsv named on its own). Returns false (after printing one line)
    // when the arguments are wrong; `exitCode` tells how to exit then (0 after
    // --help or --version).
    static bool parseWindowArguments(const QStringList &arguments, DatabaseLocation &location, QString &importFile,
                                     int &exitCode);

    // Shared by the subcommands.
    static void addDatabaseOption(QCommandLineParser &parser);
    static bool parse(QCommandLineParser &parser, const QStringList &arguments);
    // Opens --db; prints one line and returns false on failure. Commands that
    // only read pass create = false: then a missing or empty file, or a
    // server database without Liaison's tables, is an error and nothing is
    // created or initialised (a typo must not become a new, empty database).
    static bool openDatabase(const QCommandLineParser &parser, Database &db, bool create);
    // Before anything is opened or written: whether the file named by
    // `option` may be written (see OutputFileGuard), given what the command
    // uses: --db (`databaseRole` says how, e.g. "the database being read") and
    // the files it reads (path, role). Prints one line and returns false if not.
    static bool outputMayBeWritten(const QCommandLineParser &parser, const QString &option, const QString &databaseRole,
                                   const QList<QPair<QString, QString>> &inputs = {});
    static int fail(const QString &message);
    // A password typed into a postgresql:// URL on the command line is in the
    // process list for every local user: says so on stderr, once a process.
    static void warnOfPasswordInUrl(const DatabaseLocation &location);
    // Whether a window can be shown: an X11 or Wayland display, or an explicit
    // Qt platform (offscreen, xcb…).
    static bool hasDisplay();

    static QString usage();

private:
    static QList<Command> &commands();
};

} // namespace liaison
