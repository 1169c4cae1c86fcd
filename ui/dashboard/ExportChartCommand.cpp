#include "ExportChartCommand.h"

#include "ChartExporter.h"
#include "cli/CommandLine.h"
#include "domain/PartialDate.h"
#include "storage/ActivityAggregates.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"

#include <QFileInfo>
#include <QTextStream>

namespace liaison {

int ExportChartCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write one dashboard chart to a PNG, SVG or PDF file."));
    CommandLine::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("list"), QStringLiteral("name the charts")});
    parser.addOption({QStringLiteral("chart"), QStringLiteral("the chart (see --list)"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("the file to write: .png, .svg or .pdf"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("grouping"), QStringLiteral("activity per month, quarter or year"),
                      QStringLiteral("month|quarter|year"), QStringLiteral("quarter")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("from this date (2014, 2014-Q3, 2014-03, 2014-03-12)"),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("to this date, inclusive"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("partnership"), QStringLiteral("only this partnership's activities"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("organisation"), QStringLiteral("only activities this organisation took part in"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("area"), QStringLiteral("only activities in this area of cooperation"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("only activities of these kinds (comma-separated)"),
                      QStringLiteral("KINDS")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("width in pixels"), QStringLiteral("N"), QStringLiteral("900")});
    parser.addOption({QStringLiteral("height"), QStringLiteral("height in pixels"), QStringLiteral("N"), QStringLiteral("560")});
    if (!CommandLine::parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("list"))) {
        for (DashboardChart chart : allDashboardCharts())
            out << dashboardChartName(chart) << '\t' << dashboardChartTitle(chart) << '\n';
        return 0;
    }
    DashboardChart chart;
    if (!dashboardChartFromName(parser.value(QStringLiteral("chart")), &chart))
        return CommandLine::fail(QStringLiteral("--chart must name a chart (see export-chart --list), not \"%1\"")
                                     .arg(parser.value(QStringLiteral("chart"))));
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty() || !ChartExporter::suffixes().contains(QFileInfo(path).suffix().toLower()))
        return CommandLine::fail(QStringLiteral("--out FILE.png, FILE.svg or FILE.pdf is required"));
    PeriodGrouping grouping;
    if (!PeriodGrouping::fromName(parser.value(QStringLiteral("grouping")), &grouping))
        return CommandLine::fail(QStringLiteral("--grouping must be month, quarter or year, not \"%1\"")
                                     .arg(parser.value(QStringLiteral("grouping"))));
    const QSize size(parser.value(QStringLiteral("width")).toInt(), parser.value(QStringLiteral("height")).toInt());
    if (size.width() < 200 || size.height() < 150 || size.width() > 8000 || size.height() > 8000)
        return CommandLine::fail(QStringLiteral("--width and --height must be between 200×150 and 8000×8000"));

    ActivityFilter filter;
    for (const QString &which : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(which))
            continue;
        const PartialDate date = PartialDate::fromIsoString(parser.value(which).trimmed());
        if (!date.isValid())
            return CommandLine::fail(QStringLiteral("--%1 \"%2\" is not a date like 2014, 2014-Q3, 2014-03 or 2014-03-12")
                                         .arg(which, parser.value(which)));
        if (which == QLatin1String("from"))
            filter.from = date.first();
        else
            filter.to = date.last();
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return CommandLine::fail(QStringLiteral("--from is after --to"));
    if (parser.isSet(QStringLiteral("kind"))) {
        for (const QString &name : parser.value(QStringLiteral("kind")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const ActivityKind kind = activityKindFromName(name.trimmed(), &ok);
            if (!ok)
                return CommandLine::fail(QStringLiteral("--kind: \"%1\" is not a kind of activity").arg(name.trimmed()));
            filter.kinds.append(kind);
        }
    }
    if (parser.isSet(QStringLiteral("area")))
        filter.areas = {parser.value(QStringLiteral("area"))};

    if (!CommandLine::outputMayBeWritten(parser, QStringLiteral("out"), QStringLiteral("the database being read")))
        return 1;
    Database db;
    if (!CommandLine::openDatabase(parser, db, false))
        return 1;
    try {
        Repository repository(db);
        if (parser.isSet(QStringLiteral("partnership"))) {
            const QString name = parser.value(QStringLiteral("partnership"));
            const auto partnership = repository.partnerships().findByName(name);
            if (!partnership)
                return CommandLine::fail(QStringLiteral("no partnership named \"%1\"").arg(name));
            filter.partnershipIds = {partnership->id};
        }
        if (parser.isSet(QStringLiteral("organisation"))) {
            const QString name = parser.value(QStringLiteral("organisation"));
            const auto organisation = repository.organisations().findByName(name);
            if (!organisation)
                return CommandLine::fail(QStringLiteral("no organisation named \"%1\"").arg(name));
            filter.organisationIds = {organisation->id};
        }
        const ChartData data = ActivityAggregates(db).chart(chart, filter, grouping);
        QString error;
        if (!ChartExporter::save(data, path, &error, size))
            return CommandLine::fail(error);
        out << "wrote " << path << ": " << dashboardChartTitle(chart)
            << (data.isEmpty() ? QStringLiteral(" (no data for these filters)") : QString()) << '\n';
    } catch (const StorageError &e) {
        return CommandLine::fail(e.message());
    }
    return 0;
}

} // namespace liaison
