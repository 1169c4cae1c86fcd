#include "ImportCommand.h"

#include "CommandLine.h"
#include "DryRunDatabase.h"
#include "csv/CsvSniffer.h"
#include "csv/CsvWriter.h"
#include "import/ImportMappingHelp.h"
#include "import/ImportPresets.h"
#include "import/ImportSetupGuess.h"
#include "import/Importer.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/OutputFileGuard.h"
#include "storage/StorageError.h"
#include "storage/WritePermission.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace liaison {

namespace {
QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

// Why the guessed columns are what they are, where the cells had a say.
QJsonArray guessJson(const ImportSetupGuess &guess)
{
    QJsonArray array;
    for (const ImportSetupGuess::Column &c : guess.columns) {
        if (c.reason.isEmpty())
            continue;
        array.append(QJsonObject{{QStringLiteral("column"), c.column + 1},
                                 {QStringLiteral("header"), c.header},
                                 {QStringLiteral("field"), importFieldName(c.mapping.field)},
                                 {QStringLiteral("fillDown"), c.mapping.fillDown},
                                 {QStringLiteral("reason"), c.reason}});
    }
    return array;
}

void printSummary(QTextStream &out, const Importer::Summary &s, double seconds)
{
    const bool stood = s.outcome.failure.isEmpty() && !s.outcome.refusedAsPartial;
    out << (s.dryRun ? "dry run: would create "
                     : stood ? "created " : "nothing imported; the rows that could be read would create ")
        << s.activitiesCreated << " activities, "
        << s.organisationsCreated << " organisations, " << s.peopleCreated << " people";
    if (s.affiliationsCreated)
        out << ", " << s.affiliationsCreated << " affiliations";
    out << "; matched " << s.organisationsMatched << " organisation and " << s.peopleMatched
        << " person references; skipped " << s.skipped << " of " << s.rowsRead << " rows";
    if (!s.dryRun && s.batchId > 0)
        out << " (batch " << s.batchId << ")";
    out << " in " << QString::number(seconds, 'f', 2) << " s\n";
    for (const QString &line : s.outcome.summaryLines(s.rowsRead))
        out << line << '\n';
    for (const QString &warning : s.warnings)
        out << "warning: " << warning << '\n';
    int shown = 0;
    for (const ImportIssue &issue : s.issues) {
        if (issue.severity != ImportIssue::Severity::Error || ++shown > 20)
            continue;
        out << "line " << issue.line << (issue.column.isEmpty() ? QString() : QStringLiteral(", ") + issue.column)
            << ": " << issue.reason << '\n';
    }
    if (s.errors > 20)
        out << "… and " << (s.errors - 20) << " more errors (see --report)\n";
    for (const ImportReviewItem &item : s.review) {
        QStringList names;
        for (const NameMatcher::Candidate &c : item.candidates)
            names.append(QStringLiteral("\"%1\" (id %2)").arg(c.name).arg(c.id));
        out << "review: line " << item.firstLine << ": \"" << item.name << "\" looks like " << names.join(QStringLiteral(", "))
            << "; created as new\n";
    }
}
} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import a CSV file (meetings, introductions, events, delegations, "
                                                    "agreements, organisations or people)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the CSV file"));
    CommandLine::addDatabaseOption(parser);
    parser.addOptions({
        {opt("kind"), QStringLiteral("what each row is: meeting, introduction, event, delegation, agreement, "
                                     "organisation, person or affiliation"), QStringLiteral("KIND")},
        {opt("preset"), QStringLiteral("a mapping saved under NAME (in the wizard or with --save-preset)"), QStringLiteral("NAME")},
        {opt("mapping"), QStringLiteral("a mapping file (JSON; see README)"), QStringLiteral("MAPPING.json")},
        {opt("save-preset"), QStringLiteral("save the mapping used under NAME"), QStringLiteral("NAME")},
        {opt("encoding"), QStringLiteral("utf-8, utf-16le, utf-16be, windows-1252 or iso-8859-1 (default: detected)"),
         QStringLiteral("E")},
        {opt("delimiter"), QStringLiteral("',', ';', tab or '|' (default: detected)"), QStringLiteral("D")},
        {opt("day-first"), QStringLiteral("read 03/04/2013 as 3 April")},
        {opt("month-first"), QStringLiteral("read 03/04/2013 as 4 March")},
        {opt("year-from"), QStringLiteral("the period dates without a year fall in (else found in a Year column, the file name, a title row or the column's dated cells)"), QStringLiteral("FROM..TO")},
        {opt("dry-run"), QStringLiteral("say what would be written, write nothing")},
        {opt("review"), QStringLiteral("names close to existing ones (or to others in the file): create (a new "
                                       "record each, listed for review; the default), accept-suggested (use the "
                                       "best candidate) or ask-json (print them as JSON, import nothing)"),
         QStringLiteral("WHAT")},
        {opt("report"), QStringLiteral("write the per-row report as CSV"), QStringLiteral("REPORT.csv")},
        {opt("preview"), QStringLiteral("print the first N rows as read, import nothing"), QStringLiteral("N")},
        {opt("json"), QStringLiteral("machine-readable output")},
        {opt("quiet"), QStringLiteral("no progress on stderr")},
        {opt("batches"), QStringLiteral("list the import batches in --db (no FILE)")},
        {opt("undo"), QStringLiteral("undo import batch N in --db as a whole (no FILE); records edited since are kept"), QStringLiteral("N")},
        {opt("force"), QStringLiteral("with --undo: remove the records edited since the import too")},
        {opt("accept-partial"), QStringLiteral("import the rows that can be read even when more than 2% of the data rows "
                                               "are refused (else nothing is imported and the exit status is 3)")},
        {opt("allow-duplicates"), QStringLiteral("import rows that an earlier import brought already (else they are "
                                                 "skipped and reported)")},
    });
    parser.setApplicationDescription(parser.applicationDescription() + QStringLiteral("\n\n") + ImportMappingHelp::text());
    if (!CommandLine::parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;
    if (parser.isSet(opt("batches")) || parser.isSet(opt("undo"))) {
        Database db;
        if (!CommandLine::openDatabase(parser, db, false))
            return 1;
        QTextStream out(stdout);
        try {
            ImportBatchRepository batches(db);
            if (parser.isSet(opt("batches"))) {
                for (const ImportBatch &b : batches.list())
                    out << b.id << '\t' << b.importedAt.toString(Qt::ISODate) << '\t' << b.importedBy << '\t'
                        << b.rowCount << " records\t" << b.source << '\n';
                return 0;
            }
            bool ok = false;
            const qint64 id = parser.value(opt("undo")).toLongLong(&ok);
            if (!ok)
                return CommandLine::fail(QStringLiteral("--undo takes a batch number (see --batches)"));
            const ImportBatchRepository::UndoResult r = batches.undo(id, parser.isSet(opt("force")));
            out << "undid batch " << id << ": removed " << r.activities << " activities, " << r.organisations
                << " organisations, " << r.people << " people";
            if (r.keptOrganisations || r.keptPeople)
                out << "; kept " << r.keptOrganisations << " organisations and " << r.keptPeople
                    << " people that other records now use";
            if (!r.edited.isEmpty() && r.forced)
                out << "; " << r.edited.size() << " of them edited since by " << r.editedBy();
            else if (!r.edited.isEmpty())
                out << "; kept " << r.edited.size() << " records edited since by " << r.editedBy()
                    << " (use --force to remove them too)";
            out << '\n';
            if (!r.forced) {
                for (const ImportBatchRepository::EditedRecord &e : r.edited)
                    out << "  kept " << e.what << ' ' << e.id << " \"" << e.name << "\", edited by " << e.editedBy << '\n';
            }
        } catch (const StorageError &e) {
            return CommandLine::fail(e.message());
        }
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return CommandLine::fail(QStringLiteral("give one CSV file to import (see liaison import --help)"));
    const QString path = files.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CommandLine::fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
    const bool json = parser.isSet(opt("json"));
    QTextStream out(stdout);

    // Reading: detected, then overridden.
    CsvFormat format = CsvSniffer::sniff(&file);
    ImportMapping mapping;
    if (parser.isSet(opt("preset")) && parser.isSet(opt("mapping")))
        return CommandLine::fail(QStringLiteral("give --preset or --mapping, not both"));
    QJsonObject mappingJson;
    if (parser.isSet(opt("mapping"))) {
        QFile mappingFile(parser.value(opt("mapping")));
        if (!mappingFile.open(QIODevice::ReadOnly))
            return CommandLine::fail(QStringLiteral("%1: %2").arg(mappingFile.fileName(), mappingFile.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(mappingFile.readAll(), &error);
        if (!doc.isObject())
            return CommandLine::fail(QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                                         .arg(mappingFile.fileName(), error.errorString())
                                         .arg(error.offset));
        mappingJson = doc.object();
    } else if (parser.isSet(opt("preset"))) {
        if (!ImportPresets::load(parser.value(opt("preset")), &mappingJson))
            return CommandLine::fail(QStringLiteral("no preset named \"%1\" (saved presets: %2)")
                                         .arg(parser.value(opt("preset")),
                                              ImportPresets::names().join(QStringLiteral(", "))));
    }
    // The mapping may fix the encoding and delimiter; the command line wins over both.
    if (mappingJson.contains(QStringLiteral("encoding"))
        && !csvEncodingFromName(mappingJson.value(QStringLiteral("encoding")).toString(), &format.encoding))
        return CommandLine::fail(QStringLiteral("unknown encoding in the mapping"));
    if (mappingJson.value(QStringLiteral("delimiter")).toString().size() == 1)
        format.delimiter = mappingJson.value(QStringLiteral("delimiter")).toString().at(0);
    if (parser.isSet(opt("encoding")) && !csvEncodingFromName(parser.value(opt("encoding")), &format.encoding))
        return CommandLine::fail(QStringLiteral("unknown encoding \"%1\" (utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1)")
                                     .arg(parser.value(opt("encoding"))));
    if (parser.isSet(opt("encoding")) || mappingJson.contains(QStringLiteral("encoding"))) {
        format.encodingReason = parser.isSet(opt("encoding")) ? QStringLiteral("given with --encoding")
                                                              : QStringLiteral("given in the mapping");
        format.encodingDoubtful = false;
    }
    if (parser.isSet(opt("delimiter"))) {
        QString d = parser.value(opt("delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            d = QStringLiteral("\t");
        if (d.size() != 1)
            return CommandLine::fail(QStringLiteral("--delimiter takes one character (or 'tab')"));
        format.delimiter = d.at(0);
    }

    if (parser.isSet(opt("preview"))) {
        bool ok = false;
        const int n = parser.value(opt("preview")).toInt(&ok);
        if (!ok || n < 0)
            return CommandLine::fail(QStringLiteral("--preview N takes a whole number"));
        const QList<QStringList> rows = Importer::preview(file, format, n);
        if (json) {
            QJsonArray array;
            for (const QStringList &row : rows)
                array.append(QJsonArray::fromStringList(row));
            out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        } else {
            QTextStream err(stderr);
            err << "encoding " << csvEncodingName(format.encoding) << " (" << format.encodingReason << "), delimiter '"
                << (format.delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(format.delimiter)) << "'\n";
            for (const QStringList &row : rows) {
                QStringList shown;
                for (QString cell : row)
                    shown.append(cell.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\r'), QLatin1String("\\r")));
                out << shown.join(QStringLiteral(" | ")) << '\n';
            }
        }
        return 0;
    }

    // The mapping: from the file or preset, else guessed from a sample of the
    // file (header row, columns from their wording and cells, fill-down) as
    // the wizard guesses it; after --kind, which says what the rows are.
    int headerRow = 0;
    if (!mappingJson.isEmpty())
        headerRow = mappingJson.value(QStringLiteral("headerRow")).toInt(1) - 1;
    QStringList header = Importer::header(file, format, headerRow);
    if (!mappingJson.isEmpty()) {
        QString error;
        if (!ImportMapping::fromJson(mappingJson, header, mapping, &error))
            return CommandLine::fail(QStringLiteral("mapping: %1").arg(error));
    }
    if (parser.isSet(opt("kind"))) {
        const QString kind = parser.value(opt("kind"));
        ImportTarget target = ImportTarget::Activity;
        if (importTargetFromName(kind, &target) && target != ImportTarget::Activity) {
            if (target != mapping.target)
                mapping.columns.clear();
            mapping.target = target;
        } else {
            bool ok = false;
            mapping.kind = activityKindFromName(kind, &ok);
            if (!ok)
                return CommandLine::fail(QStringLiteral("unknown --kind \"%1\" (meeting, introduction, event, delegation, "
                                                        "agreement, organisation, person, affiliation)")
                                             .arg(kind));
            mapping.target = ImportTarget::Activity;
        }
    }
    ImportSetupGuess guess;
    if (mappingJson.isEmpty()) {
        guess = ImportSetupGuess::fromDevice(file, format, mapping.target);
        guess.applyTo(mapping);
        header = guess.header;
    } else if (mapping.columns.isEmpty()) {
        guess = ImportSetupGuess::fromDevice(file, format, mapping.target, mapping.headerRow, mapping.dataStart);
        mapping.columns = guess.mappedColumns();
    }
    if (mapping.columns.isEmpty())
        return CommandLine::fail(QStringLiteral("%1: no column could be mapped from the header; give --mapping").arg(path));
    if (parser.isSet(opt("day-first")) && parser.isSet(opt("month-first")))
        return CommandLine::fail(QStringLiteral("give --day-first or --month-first, not both"));
    if (parser.isSet(opt("day-first")) || parser.isSet(opt("month-first"))) {
        mapping.dayOrder = parser.isSet(opt("day-first")) ? DateParser::DayOrder::DayFirst : DateParser::DayOrder::MonthFirst;
        mapping.dayOrderGiven = true;
    }
    if (parser.isSet(opt("year-from"))) {
        const QStringList parts = parser.value(opt("year-from")).split(QStringLiteral(".."));
        const QDate from = QDate::fromString(parts.value(0), Qt::ISODate);
        const QDate to = parts.size() == 2 ? QDate::fromString(parts.value(1), Qt::ISODate) : from;
        if (!from.isValid() || !to.isValid() || to < from)
            return CommandLine::fail(QStringLiteral("--year-from takes YYYY-MM-DD..YYYY-MM-DD"));
        mapping.referenceFrom = from;
        mapping.referenceTo = to;
    }
    mapping.encoding = format.encoding;
    mapping.delimiter = format.delimiter;
    if (parser.isSet(opt("save-preset"))) {
        QString error;
        if (!ImportPresets::save(parser.value(opt("save-preset")), mapping.toJson(header), &error))
            return CommandLine::fail(error);
    }

    const QString review = parser.value(opt("review"));
    if (!review.isEmpty() && review != QLatin1String("create") && review != QLatin1String("accept-suggested")
        && review != QLatin1String("ask-json"))
        return CommandLine::fail(QStringLiteral("--review is create, accept-suggested or ask-json"));
    const bool askJson = review == QLatin1String("ask-json");
    if (parser.isSet(opt("report"))
        && !CommandLine::outputMayBeWritten(parser, opt("report"), QStringLiteral("the database being imported into"),
                                            {{path, QStringLiteral("the file being imported")},
                                             {parser.value(opt("mapping")), QStringLiteral("the mapping file")}}))
        return 1;
    Database db;
    const bool dryRun = parser.isSet(opt("dry-run")) || askJson;
    QStringList notes;
    if (dryRun && DryRunDatabase::wanted(parser.value(opt("db")))) {
        // A dry run writes nothing: a database that does not exist yet is an empty one.
        QString error;
        if (!DryRunDatabase::open(db, &error))
            return CommandLine::fail(error);
        notes.append(QStringLiteral("%1 does not exist yet: checked against an empty database, nothing created")
                         .arg(parser.value(opt("db"))));
    } else if (!CommandLine::openDatabase(parser, db, !dryRun)) {
        return 1;
    }
    // Opened once the database is: the report replaces an earlier file only
    // when committed, after the import succeeded.
    std::unique_ptr<QSaveFile> report;
    if (parser.isSet(opt("report"))) {
        QString error;
        report = OutputFileGuard::open(parser.value(opt("report")), &error);
        if (!report)
            return CommandLine::fail(error);
    }
    if (!dryRun) {
        const QString refusal = WritePermission::importRefusal(db);
        if (!refusal.isEmpty())
            return CommandLine::fail(QStringLiteral("%1: nothing was imported: %2").arg(path, refusal));
    }

    Importer::Options options;
    options.mapping = mapping;
    options.format = format;
    options.dryRun = dryRun;
    options.source = QFileInfo(path).fileName();
    options.exclusive = true; // this process opened the database for this import alone
    if (review == QLatin1String("accept-suggested"))
        options.review = Importer::Options::Review::AcceptSuggested;
    options.acceptPartial = parser.isSet(opt("accept-partial"));
    options.allowDuplicates = parser.isSet(opt("allow-duplicates"));
    QList<ImportIssue> reportLines;
    std::unique_ptr<CsvWriter> reportWriter;
    if (report) {
        reportWriter = std::make_unique<CsvWriter>(report.get());
        reportWriter->writeRecord({QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("outcome"),
                                   QStringLiteral("reason")});
        options.issueSink = [&](const ImportIssue &issue) {
            reportWriter->writeRecord({QString::number(issue.line), issue.column,
                                       ImportIssue::severityName(issue.severity), issue.reason});
        };
    }
    QJsonArray records;
    if (json && dryRun)
        options.recordSink = [&](const QJsonObject &record) { records.append(record); };
    const bool quiet = parser.isSet(opt("quiet")) || json;
    QTextStream err(stderr);
    QElapsedTimer timer;
    timer.start();
    const qint64 size = file.size();
    if (!quiet)
        options.progress = [&](qint64 rows, qint64 bytes) {
            err << "\rimporting: " << rows << " rows (" << (size > 0 ? bytes * 100 / size : 0) << "%)" << Qt::flush;
            return true;
        };
    Importer::Summary summary;
    try {
        summary = Importer(db).run(file, options);
    } catch (const StorageError &e) {
        if (!quiet)
            err << '\n';
        return CommandLine::fail(QStringLiteral("%1: nothing was imported: %2").arg(path, e.message()));
    }
    if (!quiet)
        err << '\n';
    if (reportWriter && !reportWriter->flush())
        return CommandLine::fail(QStringLiteral("%1: %2").arg(report->fileName(), reportWriter->errorString()));
    if (report && !report->commit())
        return CommandLine::fail(QStringLiteral("%1: %2").arg(report->fileName(), report->errorString()));
    const double seconds = timer.elapsed() / 1000.0;
    if (askJson) {
        // What needs a person's decision, and nothing else: names close to
        // others (with candidates) and cells read with a doubt.
        QJsonArray doubts;
        for (const ImportIssue &issue : summary.issues)
            if (issue.severity == ImportIssue::Severity::Review)
                doubts.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                          {QStringLiteral("column"), issue.column},
                                          {QStringLiteral("reason"), issue.reason}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("file"), path},
                                         {QStringLiteral("review"), summary.toJson().value(QStringLiteral("review"))},
                                         {QStringLiteral("reviewLines"), doubts}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    summary.warnings = notes + summary.warnings;
    // 1: the file cannot be imported; 3: too many rows refused (see ImportOutcome).
    const int status = !summary.outcome.failure.isEmpty() ? 1 : summary.outcome.refusedAsPartial ? 3 : 0;
    if (json) {
        QJsonObject result = summary.toJson();
        result.insert(QStringLiteral("file"), path);
        result.insert(QStringLiteral("encoding"), csvEncodingName(format.encoding));
        result.insert(QStringLiteral("encodingReason"), format.encodingReason);
        result.insert(QStringLiteral("delimiter"), QString(format.delimiter));
        result.insert(QStringLiteral("mapping"), mapping.toJson(header));
        result.insert(QStringLiteral("seconds"), seconds);
        if (dryRun)
            result.insert(QStringLiteral("records"), records);
        result.insert(QStringLiteral("columns"), guessJson(guess));
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        printSummary(out, summary, seconds);
        for (const ImportSetupGuess::Column &c : std::as_const(guess.columns)) {
            if (!c.reason.isEmpty())
                out << "column " << (c.column + 1) << " \"" << c.header.simplified() << "\": " << c.reason << '\n';
        }
    }
    if (!summary.outcome.failure.isEmpty())
        CommandLine::fail(QStringLiteral("%1: %2").arg(path, summary.outcome.failure));
    else if (summary.outcome.refusedAsPartial)
        QTextStream(stderr) << "liaison: " << path << ": "
                            << QString::number(summary.outcome.refusedShare(summary.rowsRead) * 100, 'f', 1)
                            << "% of the data rows were refused (more than 2%): "
                            << (dryRun ? "an import would write nothing" : "nothing was imported")
                            << "; fix the rows listed (see --report), or give --accept-partial\n";
    return status;
}

} // namespace liaison
