#include "DefaultDatabase.h"

#include "DemoStory.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace liaison {

QString DefaultDatabase::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/liaison.sqlite");
}

void DefaultDatabase::open(Database &db)
{
    const QString file = path();
    const bool firstRun = !QFile::exists(file);
    if (firstRun && !QDir().mkpath(QFileInfo(file).absolutePath()))
        throw StorageError(QStringLiteral("cannot create the folder for %1").arg(file));
    db.open(DatabaseLocation::sqliteFile(file));
    if (firstRun) {
        try {
            Repository repository(db);
            DemoStory::write(repository);
        } catch (const StorageError &) {
            db.close();
            QFile::remove(file); // so that the next start tries the demo again
            throw;
        }
    }
}

} // namespace liaison
