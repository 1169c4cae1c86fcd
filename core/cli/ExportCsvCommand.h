#pragma once

#include <QStringList>

namespace liaison {

// `liaison export-csv --db DB --what … [filters] --out FILE.csv`.
class ExportCsvCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace liaison
