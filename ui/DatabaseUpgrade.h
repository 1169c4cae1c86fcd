#pragma once

#include "storage/DatabaseLocation.h"

class QWidget;

namespace liaison {

class Database;

// Opens a database for the window. One written by an earlier Liaison is
// brought up to the current schema first on a worker thread (opening it there
// migrates it), behind a progress dialog that shows itself when that takes
// more than a moment: migration 6 counts every activity once for the
// dashboard, about a minute for a million on SQLite. A database already up to
// date is opened once, as before.
class DatabaseUpgrade
{
public:
    // Throws StorageError as Database::open() does.
    static void open(Database &db, const DatabaseLocation &location, QWidget *parent = nullptr);
};

} // namespace liaison
