#include "Launcher.h"

#include "DatabaseUpgrade.h"
#include "MainWindow.h"
#include "MissingDatabasePrompt.h"
#include "cli/CommandLine.h"
#include "demo/DefaultDatabase.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QGuiApplication>
#include <QMessageBox>

namespace liaison {

int Launcher::run(QApplication &app)
{
    DatabaseLocation location;
    QString importFile;
    int exitCode = 0;
    if (!CommandLine::parseWindowArguments(app.arguments(), location, importFile, exitCode))
        return exitCode;

    auto database = std::make_unique<Database>();
    try {
        // No database named: the one used last (an SQLite file that still
        // exists), else the default one.
        if (!location.isValid()) {
            const DatabaseLocation last =
                DatabaseLocation::parse(QSettings().value(QStringLiteral("database/last")).toString());
            if (last.isValid() && last.backend() == DatabaseLocation::Backend::SQLite && QFileInfo::exists(last.filePath()))
                location = last;
        }
        // The default database once it exists is opened like any other; only
        // its first run (the demo) goes through DefaultDatabase.
        if (!location.isValid() && QFileInfo::exists(DefaultDatabase::path()))
            location = DatabaseLocation::sqliteFile(DefaultDatabase::path());
        // Only --db (or a file named on its own) can name a file that is not
        // there: asked, never created silently. Offscreen nobody can answer.
        if (MissingDatabasePrompt::isMissing(location)) {
            if (QGuiApplication::platformName() == QLatin1String("offscreen"))
                return CommandLine::fail(QStringLiteral("%1: no such file; nothing was created (liaison demo --db FILE "
                                                        "creates a database)")
                                             .arg(location.filePath()));
            location = MissingDatabasePrompt::resolve(location, nullptr);
            if (!location.isValid())
                return 1;
        }
        if (location.isValid())
            DatabaseUpgrade::open(*database, location);
        else
            DefaultDatabase::open(*database);
    } catch (const StorageError &e) {
        CommandLine::fail(e.message());
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, QObject::tr("Liaison"), e.message());
        return 1;
    }

    MainWindow window(std::move(database));
    window.show();
    if (!importFile.isEmpty()) // opened from a file manager on a spreadsheet export
        QMetaObject::invokeMethod(&window, [&window, importFile] { emit window.importCsvRequested(importFile); },
                                  Qt::QueuedConnection);
    return app.exec();
}

} // namespace liaison
