#include "ExportPdfCommand.h"

#include "CommandLine.h"
#include "report/BriefingPack.h"
#include "report/ReportStyle.h"
#include "report/TimelineReport.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"

#include <QFileInfo>
#include <QTextStream>

namespace liaison {

int ExportPdfCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print the timeline of activities, or a partnership's briefing pack, to a PDF file."));
    CommandLine::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("out"), QStringLiteral("the PDF file to write"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("partnership"), QStringLiteral("only this partnership's activities"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("from this date (2014, 2014-Q3, 2014-03, 2014-03-12)"),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("to this date, inclusive"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("lanes"), QStringLiteral("lanes by kind, organisation or partnership"),
                      QStringLiteral("kind|organisation|partnership"), QStringLiteral("kind")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("paper size: A4, A3 or Letter"), QStringLiteral("SIZE"),
                      QStringLiteral("A4")});
    parser.addOption({QStringLiteral("portrait"), QStringLiteral("portrait pages (the timeline is landscape by default)")});
    parser.addOption({QStringLiteral("briefing"), QStringLiteral("the briefing pack of --partnership instead of the timeline")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("title printed on each page"), QStringLiteral("TEXT")});
    if (!CommandLine::parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;

    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return CommandLine::fail(QStringLiteral("--out FILE.pdf is required"));
    QPageSize pageSize;
    if (!ReportStyle::pageSizeFromName(parser.value(QStringLiteral("page")), &pageSize))
        return CommandLine::fail(QStringLiteral("--page must be A4, A3 or Letter, not \"%1\"")
                                     .arg(parser.value(QStringLiteral("page"))));
    bool ok = true;
    const TimelineLanes lanes = timelineLanesFromName(parser.value(QStringLiteral("lanes")), &ok);
    if (!ok)
        return CommandLine::fail(QStringLiteral("--lanes must be kind, organisation or partnership, not \"%1\"")
                                     .arg(parser.value(QStringLiteral("lanes"))));
    ActivityFilter filter;
    QStringList described;
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
        described.append(QStringLiteral("%1 %2").arg(which, date.toDisplayString()));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return CommandLine::fail(QStringLiteral("--from is after --to"));
    const bool briefing = parser.isSet(QStringLiteral("briefing"));
    if (briefing && !parser.isSet(QStringLiteral("partnership")))
        return CommandLine::fail(QStringLiteral("--briefing needs --partnership NAME"));

    if (!CommandLine::outputMayBeWritten(parser, QStringLiteral("out"), QStringLiteral("the database being read")))
        return 1;
    Database db;
    if (!CommandLine::openDatabase(parser, db, false))
        return 1;
    try {
        Repository repository(db);
        qint64 partnershipId = 0;
        if (parser.isSet(QStringLiteral("partnership"))) {
            const QString name = parser.value(QStringLiteral("partnership"));
            const auto partnership = repository.partnerships().findByName(name);
            if (!partnership)
                return CommandLine::fail(QStringLiteral("no partnership named \"%1\"").arg(name));
            partnershipId = partnership->id;
            filter.partnershipIds = {partnershipId};
            described.prepend(QStringLiteral("partnership %1").arg(partnership->name));
        }
        QString error;
        int pages = 0;
        if (briefing) {
            BriefingPack pack(repository, partnershipId);
            pack.setPageSize(pageSize);
            if (!pack.writePdf(out, &error))
                return CommandLine::fail(error);
            pages = pack.pageCount();
        } else {
            TimelineReport::Options options;
            if (parser.isSet(QStringLiteral("title")))
                options.title = parser.value(QStringLiteral("title"));
            else if (partnershipId != 0)
                options.title = QStringLiteral("Timeline: %1").arg(parser.value(QStringLiteral("partnership")));
            options.filter = filter;
            options.filterDescription = described.join(QStringLiteral(", "));
            options.lanes = lanes;
            options.pageSize = pageSize;
            options.orientation = parser.isSet(QStringLiteral("portrait")) ? QPageLayout::Portrait : QPageLayout::Landscape;
            TimelineReport report(db, options);
            if (!report.prepare(&error) || !report.writePdf(out, &error))
                return CommandLine::fail(error);
            pages = report.pageCount();
        }
        if (!QFileInfo(out).isFile())
            return CommandLine::fail(QStringLiteral("cannot write %1").arg(out));
        QTextStream(stdout) << "wrote " << out << ": " << pages << (pages == 1 ? " page\n" : " pages\n");
    } catch (const StorageError &e) {
        return CommandLine::fail(e.message());
    }
    return 0;
}

} // namespace liaison
