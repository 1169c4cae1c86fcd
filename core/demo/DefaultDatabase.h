#pragma once

#include <QString>

namespace liaison {

class Database;

// The user's own SQLite database in their data folder, used when no --db is
// given. On first run it is created with the demo story in it, so that a new
// user sees what Liaison is for before entering anything.
class DefaultDatabase
{
public:
    static QString path();
    // Opens the default database, creating it (and writing the demo) when it
    // does not exist yet. Throws StorageError.
    static void open(Database &db);
};

} // namespace liaison
