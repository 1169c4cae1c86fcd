#pragma once

#include <QStringList>

namespace liaison {

class Database;

// Whether the connected role may change Liaison's tables, asked before an
// import so that a role granted only SELECT hears "your role can read but not
// import here" rather than the server's "permission denied for table
// import_batches" half-way through.
class WritePermission
{
public:
    // PostgreSQL: the tables (and serial sequences) of the current schema the
    // role may not write; empty when it may, and always on SQLite (a file's
    // own permissions are checked when it is opened).
    static QStringList notWritable(Database &db);
    // The message for the command line and the wizard, or empty.
    static QString importRefusal(Database &db);
};

} // namespace liaison
