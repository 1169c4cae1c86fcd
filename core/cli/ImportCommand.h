#pragma once

#include <QStringList>

namespace liaison {

// `liaison import FILE …`: a CSV file into a database (or a dry run, or a
// preview of how the file reads), with the same mapping logic as the wizard.
class ImportCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace liaison
