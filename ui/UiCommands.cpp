#include "UiCommands.h"

#include "cli/CommandLine.h"
#include "dashboard/ChartExporter.h"
#include "dashboard/ExportChartCommand.h"

namespace liaison {

void registerUiCommands()
{
    // Qt Charts draws through widgets: a QApplication on the offscreen platform.
    CommandLine::registerCommand({QStringLiteral("export-chart"),
                                  QStringLiteral("write a dashboard chart to PNG, SVG or PDF (--list names them)"),
                                  CommandLine::ApplicationKind::HeadlessWidgets, &ExportChartCommand::run});
    // The briefing pack shows the dashboard's activity chart wherever widgets can be made.
    ChartExporter::installBriefingChart();
}

} // namespace liaison
