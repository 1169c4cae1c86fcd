#include "DryRunDatabase.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/StorageError.h"

#include <QFileInfo>

namespace liaison {

bool DryRunDatabase::wanted(const QString &dbArgument)
{
    const DatabaseLocation location = DatabaseLocation::parse(dbArgument);
    return location.isValid() && location.backend() == DatabaseLocation::Backend::SQLite
        && !QFileInfo::exists(location.filePath());
}

bool DryRunDatabase::open(Database &db, QString *error)
{
    try {
        // SQLite's in-memory database: migrated like a new file, gone at exit.
        db.open(DatabaseLocation::sqliteFile(QStringLiteral(":memory:")));
    } catch (const StorageError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

} // namespace liaison
