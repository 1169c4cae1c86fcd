#pragma once

#include <QStringList>

namespace liaison {

// `liaison export-chart --db DB --chart NAME --out FILE.png|svg|pdf [filters]`
// and `liaison export-chart --list`: a dashboard chart to a file, headless.
class ExportChartCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace liaison
