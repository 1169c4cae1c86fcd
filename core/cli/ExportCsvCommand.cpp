#include "ExportCsvCommand.h"

#include "CommandLine.h"
#include "csv/ListCsvExport.h"
#include "storage/Database.h"
#include "storage/ListQuery.h"

#include <QTextStream>

namespace liaison {

int ExportCsvCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export a list as CSV (RFC 4180, UTF-8)."));
    CommandLine::addDatabaseOption(parser);
    parser.addOptions({
        {QStringLiteral("what"), QStringLiteral("activities, organisations, people or partnerships"), QStringLiteral("WHAT")},
        {QStringLiteral("out"), QStringLiteral("the CSV file to write"), QStringLiteral("FILE.csv")},
        {QStringLiteral("bom"), QStringLiteral("start with a byte-order mark, for Excel")},
        {QStringLiteral("kind"), QStringLiteral("activities of this kind (repeatable)"), QStringLiteral("KIND")},
        {QStringLiteral("from"), QStringLiteral("activities on or after this day"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), QStringLiteral("activities on or before this day"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("organisation"), QStringLiteral("activities of this organisation id (repeatable)"), QStringLiteral("ID")},
        {QStringLiteral("partnership"), QStringLiteral("activities of this partnership id (repeatable)"), QStringLiteral("ID")},
        {QStringLiteral("area"), QStringLiteral("activities in this area (repeatable)"), QStringLiteral("AREA")},
        {QStringLiteral("country"), QStringLiteral("activities with organisations of this country (repeatable)"),
         QStringLiteral("COUNTRY")},
        {QStringLiteral("text"), QStringLiteral("activities containing these words"), QStringLiteral("TEXT")},
    });
    if (!CommandLine::parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;
    const QString what = parser.value(QStringLiteral("what"));
    const std::optional<ListKind> kind = ListQuery::kindOfExportName(what);
    if (!kind)
        return CommandLine::fail(QStringLiteral("--what takes %1").arg(ListQuery::exportNames().join(QStringLiteral(", "))));
    if (!parser.isSet(QStringLiteral("out")))
        return CommandLine::fail(QStringLiteral("--out FILE.csv is required"));

    ActivityFilter filter;
    for (const QString &kind : parser.values(QStringLiteral("kind"))) {
        bool ok = false;
        filter.kinds.append(activityKindFromName(kind, &ok));
        if (!ok)
            return CommandLine::fail(QStringLiteral("unknown --kind \"%1\"").arg(kind));
    }
    for (const char *name : {"from", "to"}) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            continue;
        const QDate date = QDate::fromString(parser.value(key), Qt::ISODate);
        if (!date.isValid())
            return CommandLine::fail(QStringLiteral("--%1 takes a date as YYYY-MM-DD").arg(key));
        (key == QLatin1String("from") ? filter.from : filter.to) = date;
    }
    for (const auto &[option, list] : {std::pair{"organisation", &filter.organisationIds},
                                       std::pair{"partnership", &filter.partnershipIds}}) {
        for (const QString &value : parser.values(QString::fromLatin1(option))) {
            bool ok = false;
            list->append(value.toLongLong(&ok));
            if (!ok)
                return CommandLine::fail(QStringLiteral("--%1 takes a record id").arg(QString::fromLatin1(option)));
        }
    }
    filter.areas = parser.values(QStringLiteral("area"));
    filter.countries = parser.values(QStringLiteral("country"));
    filter.text = parser.value(QStringLiteral("text"));
    if (what != QLatin1String("activities") && !filter.isEmpty())
        return CommandLine::fail(QStringLiteral("filters apply to --what activities only"));

    if (!CommandLine::outputMayBeWritten(parser, QStringLiteral("out"), QStringLiteral("the database being read")))
        return 1;
    Database db;
    if (!CommandLine::openDatabase(parser, db, false))
        return 1;
    const QString path = parser.value(QStringLiteral("out"));
    ListRequest request;
    request.kind = *kind;
    request.filter = filter;
    const ListCsvExport::Result result = ListCsvExport::write(db, request, path, parser.isSet(QStringLiteral("bom")));
    if (!result.error.isEmpty())
        return CommandLine::fail(result.error);
    QTextStream(stdout) << "exported " << result.rows << ' ' << what << " to " << path << '\n';
    return 0;
}

} // namespace liaison
