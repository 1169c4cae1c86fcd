#pragma once

#include "storage/DatabaseLocation.h"

class QWidget;

namespace liaison {

// Brings a database written by an earlier Liaison up to the current schema
// before the window opens it: on a worker thread (opening it migrates it),
// behind a progress dialog that shows itself when that takes more than a
// moment. Migration 6 counts every activity once for the dashboard: about
// a minute for a million on SQLite. Errors are left for the window's own open to
// report, as for a database that needs nothing.
class DatabaseUpgrade
{
public:
    static void bringUpToDate(const DatabaseLocation &location, QWidget *parent = nullptr);
};

} // namespace liaison
