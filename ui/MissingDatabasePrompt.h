#pragma once

#include "storage/DatabaseLocation.h"

class QWidget;

namespace liaison {

// The window asked to open an SQLite file that does not exist (a typo in
// --db, a recent file since moved or renamed) says so and asks, instead of
// creating an empty database there and showing it as if it were the team's:
// Create a new database here, Choose another… (a file dialog) or Cancel.
class MissingDatabasePrompt
{
public:
    // The location to open: `location` itself when it exists (or is a server)
    // or the user chose to create it, the file chosen instead, or an invalid
    // location when the user gave up.
    static DatabaseLocation resolve(const DatabaseLocation &location, QWidget *parent);
    // Whether resolve() would ask.
    static bool isMissing(const DatabaseLocation &location);
};

} // namespace liaison
