#pragma once

#include <QString>

namespace liaison {

class Database;

// `liaison import --dry-run --db FILE` where FILE does not exist yet: the
// dry run checks the file against an empty database of the current schema,
// held in memory, and creates nothing on disk.
class DryRunDatabase
{
public:
    // The --db value names an SQLite file that does not exist.
    static bool wanted(const QString &dbArgument);
    static bool open(Database &db, QString *error);
};

} // namespace liaison
