#include "Importer.h"

#include "DateCellReader.h"
#include "OrganisationCellSplitter.h"
#include "PersonCellParser.h"
#include "RowFingerprint.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "ColumnProfile.h"
#include "MoneyText.h"
#include "NoteRows.h"
#include "PlaceList.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/ImportFingerprints.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QSet>

#include <memory>

namespace liaison {

QString ImportIssue::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Skipped: return QStringLiteral("skipped");
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Review: return QStringLiteral("review");
    case Severity::Created: return QStringLiteral("created");
    case Severity::Matched: return QStringLiteral("matched");
    case Severity::Joined: return QStringLiteral("joined");
    }
    return QString();
}

namespace {
struct Cancelled
{
};

QString defaultRole(ActivityKind kind, bool person)
{
    switch (kind) {
    case ActivityKind::Introduction: return QStringLiteral("introduced");
    case ActivityKind::Delegation: return person ? QStringLiteral("member") : QStringLiteral("visiting");
    case ActivityKind::Agreement: return QStringLiteral("party");
    default: return QStringLiteral("attendee");
    }
}

void rewind(QIODevice &device)
{
    if (!device.isSequential())
        device.seek(0);
}
} // namespace

QStringList Importer::splitNames(const QString &cell, SplitMode mode)
{
    QStringList names;
    QString text = cell;
    if (mode == SplitMode::None)
        return {text.replace(QLatin1Char('\n'), QLatin1Char(' ')).remove(QLatin1Char('\r')).trimmed()};
    if (mode == SplitMode::Auto) {
        for (const OrganisationCellSplitter::Part &part : OrganisationCellSplitter().split(cell).parts)
            names.append(part.name);
        return names;
    }
    text.replace(QLatin1Char('\n'), QLatin1Char(';')).remove(QLatin1Char('\r'));
    if (mode == SplitMode::Commas) {
        text.replace(QLatin1String(" and "), QLatin1String(";"));
        text.replace(QLatin1Char(','), QLatin1Char(';'));
    }
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

QList<QStringList> Importer::preview(QIODevice &device, const CsvFormat &format, int count)
{
    rewind(device);
    CsvReader reader(&device, format);
    QList<QStringList> rows;
    QStringList fields;
    while (rows.size() < count && reader.readRecord(fields))
        rows.append(fields);
    rewind(device);
    return rows;
}

QStringList Importer::header(QIODevice &device, const CsvFormat &format, int headerRow)
{
    if (headerRow < 0)
        return {};
    const QList<QStringList> rows = preview(device, format, headerRow + 1);
    return rows.size() > headerRow ? rows.at(headerRow) : QStringList();
}

int Importer::dayOrderEvidence(QIODevice &device, const CsvFormat &format, const ImportMapping &mapping, int *ambiguous)
{
    DateColumnSurvey survey;
    survey.read(device, format, mapping);
    if (ambiguous)
        *ambiguous = survey.ambiguousCells();
    return survey.evidence();
}

QSet<QString> Importer::singleNameCells(QIODevice &device, const CsvFormat &format, const ImportMapping &mapping)
{
    QList<int> columns;
    for (const ColumnMapping &c : mapping.columns)
        if (c.field == ImportField::Organisations && c.split == SplitMode::Auto)
            columns.append(c.column);
    QSet<QString> names;
    if (columns.isEmpty())
        return names;
    rewind(device);
    CsvReader reader(&device, format);
    QStringList fields;
    // The first rows are evidence enough; a bounded look keeps big files fast.
    for (int row = 0; row < 5000 && reader.readRecord(fields); ++row) {
        if (row < mapping.dataStart)
            continue;
        for (int column : std::as_const(columns)) {
            const QString text = fields.value(column).trimmed();
            // "A and B" alone proves nothing about itself: only its halves, seen alone, are evidence.
            if (!text.isEmpty() && !text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char(';'))
                && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1String(" and "))
                && !text.contains(QLatin1String(" & ")))
                names.insert(NameMatcher::normalise(text));
        }
    }
    rewind(device);
    return names;
}

bool Importer::writeReport(QIODevice &device, const QList<ImportIssue> &issues)
{
    CsvWriter writer(&device);
    writer.writeRecord({QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("outcome"), QStringLiteral("reason")});
    for (const ImportIssue &issue : issues)
        writer.writeRecord({QString::number(issue.line), issue.column, ImportIssue::severityName(issue.severity), issue.reason});
    return writer.flush();
}

QJsonObject Importer::Summary::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("dryRun"), dryRun);
    json.insert(QStringLiteral("cancelled"), cancelled);
    json.insert(QStringLiteral("rowsRead"), rowsRead);
    json.insert(QStringLiteral("created"), QJsonObject{{QStringLiteral("activities"), activitiesCreated},
                                                       {QStringLiteral("organisations"), organisationsCreated},
                                                       {QStringLiteral("people"), peopleCreated},
                                                       {QStringLiteral("affiliations"), affiliationsCreated}});
    json.insert(QStringLiteral("matched"), QJsonObject{{QStringLiteral("organisations"), organisationsMatched},
                                                       {QStringLiteral("people"), peopleMatched}});
    json.insert(QStringLiteral("skipped"), skipped);
    json.insert(QStringLiteral("joined"), joined);
    json.insert(QStringLiteral("batch"), batchId);
    QJsonArray errorList;
    for (const ImportIssue &issue : issues) {
        if (issue.severity == ImportIssue::Severity::Error || issue.severity == ImportIssue::Severity::Skipped)
            errorList.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                         {QStringLiteral("column"), issue.column},
                                         {QStringLiteral("outcome"), ImportIssue::severityName(issue.severity)},
                                         {QStringLiteral("reason"), issue.reason}});
    }
    json.insert(QStringLiteral("errors"), errorList);
    QJsonArray reviewList;
    for (const ImportReviewItem &item : review) {
        QJsonArray candidates;
        for (const NameMatcher::Candidate &c : item.candidates)
            candidates.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                                          {QStringLiteral("score"), qRound(c.score * 100) / 100.0},
                                          {QStringLiteral("inFile"), c.inFile}});
        reviewList.append(QJsonObject{
            {QStringLiteral("what"), item.what == ImportReviewItem::What::Organisation ? QStringLiteral("organisation")
                                                                                        : QStringLiteral("person")},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("line"), item.firstLine},
            {QStringLiteral("candidates"), candidates}});
    }
    json.insert(QStringLiteral("review"), reviewList);
    json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    const QJsonObject outcomeJson = outcome.toJson(rowsRead);
    for (auto it = outcomeJson.begin(); it != outcomeJson.end(); ++it)
        json.insert(it.key(), it.value());
    QJsonArray refusedList;
    for (const ImportIssue &issue : refused)
        refusedList.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                       {QStringLiteral("column"), issue.column},
                                       {QStringLiteral("reason"), issue.reason}});
    json.insert(QStringLiteral("refusedLines"), refusedList);
    return json;
}

// The state of one run: matchers, caches, the writer and the summary.
class Importer::Run
{
public:
    Run(Database &db, const Options &options)
        : m_db(db)
        , m_options(options)
        , m_mapping(options.mapping)
        , m_dates(options.mapping)
        , m_fingerprint(options.mapping)
    {
        m_summary.dryRun = options.dryRun;
        ImportBatchRepository names(db);
        names.forEachOrganisationName([&](qint64 id, const QString &name, bool alias) { m_organisations.add(id, name, alias); });
        names.forEachPersonName([&](qint64 id, const QString &name) {
            m_people.add(id, name);
            // A record stored with its honorifics ("The Rt Hon Jane Doe MP") is found by the name alone.
            const QString bare = PersonCellParser::parseName(name).name;
            if (bare != name.trimmed())
                m_people.add(id, bare, true);
        });
        for (const ColumnMapping &c : m_mapping.columns)
            m_columnCount = qMax(m_columnCount, c.column + 1);
        m_fillDown.resize(m_columnCount);
        m_columnOf.resize(m_columnCount);
        for (const ColumnMapping &c : m_mapping.columns) {
            if (!m_columnOf.at(c.column))
                m_columnOf[c.column] = &c;
        }
        if (const ColumnMapping *date = m_mapping.columnFor(ImportField::Date)) {
            m_dateColumn = date->column;
            // Only a row without a date can continue the one above; with the
            // date filled down there is none.
            m_holdBack = m_mapping.target == ImportTarget::Activity && !date->fillDown;
        }
        if (!options.allowDuplicates)
            m_earlier = std::make_unique<ImportFingerprints>(db);
    }

    Summary execute(QIODevice &device)
    {
        std::unique_ptr<Transaction> transaction;
        if (!m_options.dryRun) {
            // The writer first: an exclusive load is set up outside the transaction.
            m_writer = std::make_unique<BulkWriter>(
                m_db, m_options.exclusive ? BulkWriter::Mode::Exclusive : BulkWriter::Mode::Shared);
            transaction = std::make_unique<Transaction>(m_db);
            m_summary.batchId = m_writer->createBatch(m_options.source);
        }
        CsvReader reader(&device, m_options.format);
        QStringList fields;
        qint64 index = -1;
        QElapsedTimer phase;
        phase.start();
        try {
            while (reader.readRecord(fields)) {
                ++index;
                if (index < m_mapping.dataStart)
                    continue;
                ++m_summary.rowsRead;
                m_line = reader.recordLine();
                importRow(fields);
                if ((m_summary.rowsRead & 511) == 0) {
                    if (m_options.progress && !m_options.progress(m_summary.rowsRead, reader.bytesRead()))
                        throw Cancelled();
                    // A big load: index it once at the end rather than row by row.
                    if (m_writer && m_summary.rowsRead == 4096 && reader.bytesRead() > 0)
                        m_writer->expectRows(device.size() / qMax<qint64>(1, reader.bytesRead() / 4096));
                }
            }
            flushPending();
        } catch (const Cancelled &) {
            m_summary.cancelled = true;
            return m_summary; // the transaction rolls back
        }
        if (m_options.format.encodingDoubtful)
            m_summary.warnings.append(m_options.format.encodingReason);
        m_summary.warnings.append(reader.warnings());
        if (m_options.progress)
            m_options.progress(m_summary.rowsRead, reader.bytesRead());
        if (!outcomeStands(reader))
            return m_summary; // the transaction rolls back: no batch, nothing written
        const bool timing = qEnvironmentVariableIsSet("LIAISON_IMPORT_TIMING");
        if (timing)
            qInfo("import: rows %.2f s", phase.nsecsElapsed() / 1e9);
        if (transaction) {
            phase.restart();
            m_writer->finish();
            if (timing)
                qInfo("import: finish %.2f s", phase.nsecsElapsed() / 1e9);
            m_writer->finishBatch(m_summary.batchId, m_summary.activitiesCreated + m_summary.organisationsCreated
                                                         + m_summary.peopleCreated + m_summary.affiliationsCreated);
            phase.restart();
            transaction->commit();
            if (timing)
                qInfo("import: commit %.2f s", phase.nsecsElapsed() / 1e9);
        }
        return m_summary;
    }

private:
    QString columnName(int column) const
    {
        const QString name = m_header.value(column).trimmed();
        return name.isEmpty() ? QStringLiteral("column %1").arg(column + 1) : name;
    }
    void report(ImportIssue::Severity severity, int column, const QString &reason)
    {
        // An open quote can make one cell of the rest of the file: never echoed whole.
        ImportIssue issue{m_line, column >= 0 ? columnName(column) : QString(), severity, ImportOutcome::shortened(reason)};
        if (severity == ImportIssue::Severity::Error) {
            m_summary.outcome.refused(issue.reason);
            issue.columnIndex = column;
            issue.cell = column >= 0 ? m_cells.value(column) : QString();
            if (m_summary.refused.size() < kMaxRefusedListed)
                m_summary.refused.append(issue);
        } else if (severity == ImportIssue::Severity::Skipped && !m_reportingDuplicate) {
            m_summary.outcome.notData(issue.reason);
        }
        if (m_options.issueSink)
            m_options.issueSink(issue);
        if (m_summary.issues.size() < kMaxIssues)
            m_summary.issues.append(issue);
    }
    // A row that cannot be imported: skipped, with its reason.
    struct RowError
    {
        int column;
        QString reason;
    };

    QString cell(const ColumnMapping &c)
    {
        return m_cells.value(c.column);
    }

    void importRow(const QStringList &fields)
    {
        // Clean the cells, fill down, and skip what is not data.
        m_cells.resize(qMax<qsizetype>(fields.size(), m_columnCount));
        bool blank = true;
        for (qsizetype i = 0; i < m_cells.size(); ++i) {
            QString text = i < fields.size() ? fields.at(i).trimmed() : QString();
            if (!text.isEmpty() && text.at(0) == QLatin1Char('\''))
                text = CsvWriter::unneutralised(text);
            blank = blank && text.isEmpty();
            m_cells[i] = text;
        }
        // Fixes typed in the wizard for this line's cells, before anything reads them.
        for (qsizetype i = 0; !m_options.cellFixes.isEmpty() && i < m_cells.size(); ++i) {
            const auto fix = m_options.cellFixes.constFind({m_line, int(i)});
            if (fix != m_options.cellFixes.cend()) {
                m_cells[i] = fix->trimmed();
                blank = blank && m_cells[i].isEmpty();
            }
        }
        if (blank) {
            flushPending();
            ++m_summary.skipped;
            report(ImportIssue::Severity::Skipped, -1, QStringLiteral("blank row"));
            for (qsizetype i = 0; i < m_fillDown.size(); ++i) // a blank row ends a group
                m_fillDown[i].clear();
            return;
        }
        const NoteRows::Verdict note = NoteRows::judge(m_cells, m_dateColumn, m_mapping.skipPrefixes);
        if (note.what == NoteRows::Verdict::What::Sentence && joinsPending(note.column)) {
            joinPending();
            return;
        }
        if (note.what != NoteRows::Verdict::What::Data) {
            flushPending();
            ++m_summary.skipped;
            report(ImportIssue::Severity::Skipped, -1, note.reason);
            return;
        }
        if (isContinuation()) {
            joinPending();
            return;
        }
        flushPending();
        for (const ColumnMapping &c : std::as_const(m_mapping.columns)) {
            if (!c.fillDown)
                continue;
            QString &value = m_cells[c.column];
            if (value.isEmpty())
                value = m_fillDown[c.column];
            else
                m_fillDown[c.column] = value;
        }
        if (m_holdBack) { // the next row may continue this one
            std::swap(m_cells, m_pendingCells);
            m_pendingLine = m_line;
            m_hasPending = true;
            return;
        }
        importCells();
    }

    void importCells()
    {
        // An activity's fingerprint takes its dates once they are read (see importedBefore()).
        m_rowFingerprint = m_fingerprint.of(m_cells);
        if (m_mapping.target != ImportTarget::Activity && importedBefore())
            return;
        const qint64 writtenBefore = written();
        m_lastActivityId = 0;
        try {
            switch (m_mapping.target) {
            case ImportTarget::Activity: importActivity(); break;
            case ImportTarget::Organisation: importOrganisation(); break;
            case ImportTarget::Person: importPerson(); break;
            case ImportTarget::Affiliation: importAffiliation(); break;
            }
        } catch (const RowError &e) {
            ++m_summary.skipped;
            ++m_summary.errors;
            report(ImportIssue::Severity::Error, e.column, e.reason);
            return;
        }
        if (m_writer && written() > writtenBefore)
            m_writer->insertFingerprint(m_rowFingerprint, m_summary.batchId, m_options.source, m_line, m_lastActivityId);
    }

    // A row an earlier import brought already (by its fingerprint): skipped
    // and reported. For an activity, called once its dates are read, with
    // them in the fingerprint: "Jan" in a file named for 2014 is not "Jan" in
    // one named for 2015, and the same dates given other ways are the same.
    bool importedBefore(const DateSpan *when = nullptr)
    {
        if (when)
            m_rowFingerprint = RowFingerprint::with(m_rowFingerprint, when->start().toIsoString() + QLatin1Char('/')
                                                        + (when->isRange() ? when->end().toIsoString() : QString()));
        if (!m_earlier)
            return false;
        const auto earlier = m_earlier->find(m_rowFingerprint, m_summary.batchId);
        if (!earlier)
            return false;
        ++m_summary.skipped;
        m_summary.outcome.duplicate(earlier->source, earlier->batchId);
        m_reportingDuplicate = true;
        report(ImportIssue::Severity::Skipped, -1,
               QStringLiteral("already imported from %1, line %2%3; not imported again")
                   .arg(earlier->source)
                   .arg(earlier->line)
                   .arg(earlier->batchId > 0 ? QStringLiteral(" (batch %1)").arg(earlier->batchId) : QString()));
        m_reportingDuplicate = false;
        return true;
    }

    qint64 written() const
    {
        return m_summary.activitiesCreated + m_summary.organisationsCreated + m_summary.peopleCreated
            + m_summary.affiliationsCreated;
    }

    // Whether the import stands once every row is read; when it does not,
    // nothing is written (the caller rolls back) and the outcome says why.
    bool outcomeStands(const CsvReader &reader)
    {
        ImportOutcome &outcome = m_summary.outcome;
        if (reader.openQuoteLineBreaks() > 0) {
            outcome.failure = QStringLiteral("line %1: a quoted cell opens and is not closed before the end of the file, "
                                             "so the remaining %2 lines would be one cell; nothing was imported "
                                             "(close the quote, or check the delimiter)")
                                  .arg(reader.openQuoteLine())
                                  .arg(reader.openQuoteLineBreaks());
        } else if (m_summary.rowsRead - outcome.blankRows() <= 0) {
            outcome.failure = m_summary.rowsRead == 0
                ? QStringLiteral("the file has no data rows (nothing after line %1); nothing was imported")
                      .arg(qMax<qint64>(reader.recordLine(), m_mapping.dataStart))
                : QStringLiteral("the file's %1 rows after the header are all blank; nothing was imported")
                      .arg(m_summary.rowsRead);
        } else if (!m_options.acceptPartial && outcome.tooManyRefused(m_summary.rowsRead)) {
            outcome.refusedAsPartial = true;
        }
        const bool stands = outcome.failure.isEmpty() && !outcome.refusedAsPartial;
        if (!stands || (!m_summary.dryRun && written() == 0))
            m_summary.batchId = 0; // rolled back: no batch, not even an empty one
        return stands && (m_summary.dryRun || written() > 0);
    }

    // Continuation rows. An activity row is held back until the next row
    // shows whether it continues it: a row without a date whose only content
    // is one or two cells of list or text columns (one more organisation, the
    // rest of a purpose) is joined to the row held back. Filled-down columns
    // do not count (they are blank below their first row anyway).
    static bool isJoinable(ImportField f)
    {
        return f == ImportField::Organisations || f == ImportField::People || f == ImportField::Areas
            || f == ImportField::Purpose || f == ImportField::Description || f == ImportField::Outcome
            || f == ImportField::Title || f == ImportField::Location;
    }

    bool isContinuation() const
    {
        if (!m_hasPending || m_cells.value(m_dateColumn).size() > 0)
            return false;
        int filled = 0;
        for (qsizetype i = 0; i < m_cells.size(); ++i) {
            if (m_cells.at(i).isEmpty())
                continue;
            const ColumnMapping *c = i < m_columnOf.size() ? m_columnOf.at(i) : nullptr;
            if (!c || c->fillDown || !isJoinable(c->field) || ++filled > 2)
                return false;
        }
        return filled > 0;
    }

    // A sentence alone on a dateless row continues the row above when it sits
    // in a text column whose text there does not end a sentence, or when it
    // starts in lower case.
    bool joinsPending(int column) const
    {
        if (!m_hasPending || column < 0 || column >= m_columnOf.size() || !m_columnOf.at(column))
            return false;
        const ColumnMapping *c = m_columnOf.at(column);
        if (c->fillDown || !isJoinable(c->field))
            return false;
        if (c->field != ImportField::Purpose && c->field != ImportField::Description && c->field != ImportField::Outcome
            && c->field != ImportField::Title)
            return false; // a sentence is no name
        const QString &above = m_pendingCells.value(column);
        const QString &text = m_cells.at(column);
        return text.at(0).isLower() || (!above.isEmpty() && !above.endsWith(QLatin1Char('.')) && !above.endsWith(QLatin1Char('!'))
                                        && !above.endsWith(QLatin1Char('?')));
    }

    void joinPending()
    {
        for (qsizetype i = 0; i < m_cells.size(); ++i) {
            const QString &text = m_cells.at(i);
            if (text.isEmpty())
                continue;
            const ColumnMapping *c = m_columnOf.at(i);
            if (c->field == ImportField::Organisations || c->field == ImportField::People || c->field == ImportField::Areas) {
                m_pendingExtra[i].append(text); // more names (see collectNames)
            } else {
                QString &above = m_pendingCells[i];
                above = above.isEmpty() ? text : above + QLatin1Char(' ') + text;
            }
        }
        m_pendingJoined.append(m_line);
    }

    void flushPending()
    {
        if (!m_hasPending)
            return;
        m_hasPending = false;
        const qint64 line = m_line;
        m_line = m_pendingLine;
        std::swap(m_cells, m_pendingCells);
        const qint64 errorsBefore = m_summary.errors;
        m_extraNames = &m_pendingExtra;
        importCells();
        m_extraNames = nullptr;
        std::swap(m_cells, m_pendingCells);
        for (const qint64 joined : std::as_const(m_pendingJoined)) {
            m_line = joined;
            if (m_summary.errors == errorsBefore) {
                ++m_summary.joined;
                report(ImportIssue::Severity::Joined, -1,
                       QStringLiteral("continues line %1 (no date): joined to that record").arg(m_pendingLine));
            } else { // its record was refused: so is this part of it
                ++m_summary.skipped;
                report(ImportIssue::Severity::Skipped, -1,
                       QStringLiteral("continues line %1, which was not imported").arg(m_pendingLine));
            }
        }
        m_pendingJoined.clear();
        m_pendingExtra.clear();
        m_line = line;
    }

    PartialDate partialDate(const ColumnMapping &c)
    {
        const QString text = cell(c);
        if (text.isEmpty())
            return {};
        return readDate(c.column, text).start();
    }

    // A date cell: its column's day order, a year for one without (DateCellReader).
    DateSpan readDate(int column, const QString &text)
    {
        const ColumnMapping *year = m_mapping.columnFor(ImportField::Year);
        QString error;
        QStringList notes;
        const DateSpan span = m_dates.read(column, text, year ? cell(*year) : QString(), m_line, &error, &notes);
        m_summary.warnings += m_dates.takeWarnings();
        if (!span.isValid())
            throw RowError{column, error};
        for (const QString &note : std::as_const(notes))
            report(ImportIssue::Severity::Warning, column, note);
        return span;
    }

    // A date kept in Day, Month and Year columns; empty when none is mapped.
    // Beside a blank Date cell it takes a month at least (a year alone would
    // hide that the date is missing).
    QString composedDate(int *column, bool besideDate)
    {
        const ColumnMapping *year = m_mapping.columnFor(ImportField::Year);
        const ColumnMapping *month = m_mapping.columnFor(ImportField::Month);
        const ColumnMapping *day = m_mapping.columnFor(ImportField::Day);
        if ((!year && !month) || (besideDate && (!month || cell(*month).isEmpty())))
            return {};
        *column = month ? month->column : year->column;
        return DateCellReader::fromParts(day ? cell(*day) : QString(), month ? cell(*month) : QString(),
                                         year ? cell(*year) : QString());
    }

    struct Name
    {
        QString name;
        int column;
        QString role;          // the participant's role (the column's)
        QString title;         // a person's role or title, from the cell
        QStringList honorifics;
        QString organisation;  // a person found in an organisations cell: of this organisation
    };

    // Organisations: cut as the column says (Auto: read the cell, with the
    // names the database and the file know as evidence); people found in an
    // organisations cell go to `people`. People: each name parsed for role and honorifics.
    void collectNames(ImportField field, QList<Name> &names, QList<Name> *people = nullptr)
    {
        for (const ColumnMapping &c : std::as_const(m_mapping.columns)) {
            if (c.field != field)
                continue;
            // A cell, and the same column of any continuation rows joined to this record.
            const auto readCell = [&](const QString &text) {
                if (text.isEmpty())
                    return;
                if (field == ImportField::People) {
                    QList<PersonCellParser::Person> parsed;
                    if (c.split == SplitMode::Auto) {
                        // The same person cell comes back row after row: read it once.
                        if (const auto it = m_personCells.constFind(text); it != m_personCells.cend()) {
                            parsed = *it;
                        } else {
                            parsed = PersonCellParser::parseCell(text);
                            if (m_personCells.size() < kCellCache)
                                m_personCells.insert(text, parsed);
                        }
                    } else if (c.split == SplitMode::None) {
                        parsed = PersonCellParser::parseCell(text);
                        if (parsed.size() != 1)
                            parsed = {PersonCellParser::parseName(splitNames(text, SplitMode::None).value(0))};
                    } else {
                        for (const QString &part : splitNames(text, c.split))
                            parsed += PersonCellParser::parseCell(part);
                    }
                    for (const PersonCellParser::Person &p : std::as_const(parsed))
                        names.append({p.name, c.column, c.role, p.title, p.honorifics, QString()});
                    return;
                }
                if (field != ImportField::Organisations || c.split != SplitMode::Auto) {
                    for (const QString &name : splitNames(text, c.split))
                        names.append({name, c.column, c.role, {}, {}, {}});
                    return;
                }
                const OrganisationCellSplitter::Result result = m_splitter.split(text);
                for (const OrganisationCellSplitter::Part &part : result.parts) {
                    if (!part.person)
                        names.append({part.name, c.column, c.role, {}, {}, {}});
                    else if (people)
                        people->append({part.name, c.column, QString(), part.title, part.honorifics, part.organisation});
                }
                for (const QString &doubt : result.doubts) {
                    if (m_reported.contains(QStringLiteral("doubt") + doubt))
                        continue;
                    m_reported.insert(QStringLiteral("doubt") + doubt);
                    report(ImportIssue::Severity::Review, c.column, doubt);
                }
            };
            readCell(cell(c));
            if (m_extraNames)
                for (const QString &more : m_extraNames->value(c.column))
                    readCell(more);
        }
    }

    // `details`: the whole person to write when the name is new (a person row).
    qint64 resolve(ImportReviewItem::What what, const QString &name, int column, bool *created = nullptr,
                   const Person *details = nullptr)
    {
        const bool isOrganisation = what == ImportReviewItem::What::Organisation;
        NameMatcher &matcher = isOrganisation ? m_organisations : m_people;
        const QHash<QString, qint64> &decisions =
            isOrganisation ? m_options.organisationDecisions : m_options.personDecisions;
        const QString noun = isOrganisation ? QStringLiteral("organisation") : QStringLiteral("person");
        if (created)
            *created = false;
        if (const auto it = decisions.constFind(name); it != decisions.cend() && *it != 0) {
            (isOrganisation ? m_summary.organisationsMatched : m_summary.peopleMatched) += 1;
            return *it;
        }
        const NameMatcher::Match match = decisions.contains(name) ? NameMatcher::Match() : matcher.match(name);
        switch (match.how) {
        case NameMatcher::How::Exact:
        case NameMatcher::How::Alias:
        case NameMatcher::How::Normalised:
            (isOrganisation ? m_summary.organisationsMatched : m_summary.peopleMatched) += 1;
            if (match.how != NameMatcher::How::Exact && match.id > 0 && !m_reported.contains(noun + name)) {
                m_reported.insert(noun + name);
                report(ImportIssue::Severity::Matched, column,
                       QStringLiteral("%1 \"%2\" matched existing \"%3\" (%4)")
                           .arg(noun, name, matcher.nameOf(match.id),
                                match.how == NameMatcher::How::Alias ? QStringLiteral("alias") : QStringLiteral("normalised name")));
            }
            return match.id;
        case NameMatcher::How::Uncertain: {
            if (m_options.review == Options::Review::AcceptSuggested) {
                const NameMatcher::Candidate &best = match.candidates.first();
                (isOrganisation ? m_summary.organisationsMatched : m_summary.peopleMatched) += 1;
                report(ImportIssue::Severity::Matched, column,
                       QStringLiteral("%1 \"%2\" taken as %3 \"%4\" (suggested, %5)")
                           .arg(noun, name, best.inFile ? QStringLiteral("this file's") : QStringLiteral("existing"),
                                best.name, QString::number(best.score, 'f', 2)));
                matcher.add(best.id, name, true); // later rows: the same answer
                return best.id;
            }
            ImportReviewItem item{what, name, m_line, match.candidates};
            m_summary.review.append(item);
            QStringList names;
            for (const NameMatcher::Candidate &c : match.candidates)
                names.append(QStringLiteral("\"%1\"%2").arg(c.name, c.inFile ? QStringLiteral(" (earlier in this file)") : QString()));
            report(ImportIssue::Severity::Review, column,
                   QStringLiteral("%1 \"%2\" looks like %3%4; created as new until reviewed")
                       .arg(noun, name, match.candidates.first().inFile ? QString() : QStringLiteral("existing "),
                            names.join(QStringLiteral(", "))));
            break;
        }
        case NameMatcher::How::None:
            break;
        }
        qint64 id;
        if (m_writer) {
            if (isOrganisation) {
                Organisation o;
                o.name = name;
                id = m_writer->insertOrganisation(o, m_summary.batchId);
            } else {
                Person p = details ? *details : Person();
                p.name = name;
                id = m_writer->insertPerson(p, m_summary.batchId);
            }
        } else {
            id = --m_dryRunIds;
        }
        matcher.addCreated(id, name);
        (isOrganisation ? m_summary.organisationsCreated : m_summary.peopleCreated) += 1;
        QStringList kept; // what the cell said besides the name, shown as stored
        if (details && !details->title.isEmpty())
            kept.append(QStringLiteral("title \"%1\"").arg(details->title));
        if (details && !details->notes.isEmpty())
            kept.append(details->notes);
        report(ImportIssue::Severity::Created, column,
               QStringLiteral("new %1 \"%2\"").arg(noun, name)
                   + (kept.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kept.join(QStringLiteral("; ")))));
        if (created)
            *created = true;
        return id;
    }

    void importActivity()
    {
        Activity a;
        a.kind = m_mapping.kind;
        const ColumnMapping *date = nullptr;
        const ColumnMapping *officials = nullptr;
        for (const ColumnMapping &c : std::as_const(m_mapping.columns)) {
            const QString &text = m_cells.at(c.column);
            switch (c.field) {
            case ImportField::Kind:
                if (!text.isEmpty() && !activityKindFromCell(text, &a.kind))
                    throw RowError{c.column, QStringLiteral("\"%1\" is not a kind of activity").arg(text)};
                break;
            case ImportField::Title: a.title = text; break;
            case ImportField::Date: date = &c; break;
            case ImportField::Location: a.location = text; break;
            case ImportField::Description: a.description = text; break;
            case ImportField::Purpose: a.purpose = text; break;
            case ImportField::Outcome: a.outcome = text; break;
            case ImportField::AgreementStatus: a.agreementStatus = text; break;
            case ImportField::FollowUpDue: a.followUpDue = partialDate(c).first(); break;
            case ImportField::SignedDate: a.signedDate = partialDate(c).first(); break;
            case ImportField::Areas:
                if (!text.isEmpty())
                    a.areas += splitNames(text, c.split);
                if (m_extraNames)
                    for (const QString &more : m_extraNames->value(c.column))
                        a.areas += splitNames(more, c.split);
                break;
            case ImportField::Cost:
                a.cost = text;
                if (const auto amount = MoneyText::parse(text)) {
                    a.costMinor = amount->minorUnits;
                    a.costCurrency = amount->currency;
                }
                break;
            case ImportField::Transport: a.transport = text; break;
            case ImportField::Source: a.source = text; break;
            case ImportField::Officials: officials = &c; break;
            default: break;
            }
        }
        if (officials && !m_cells.at(officials->column).isEmpty()) {
            // A number is stored as one; "n/a" says none is known; anything
            // else is kept as written in the description.
            const QString &text = m_cells.at(officials->column);
            bool ok = false;
            const int n = text.toInt(&ok);
            if (ok && n >= 0)
                a.officials = n;
            else if (!ColumnProfile::isMissing(text))
                a.description = a.description.isEmpty() ? QStringLiteral("Officials: %1").arg(text)
                                                        : QStringLiteral("%1\nOfficials: %2").arg(a.description, text);
        }
        // A trip to several places: one itinerary stop each.
        if (a.kind == ActivityKind::Delegation && !a.location.isEmpty()) {
            const QStringList places = PlaceList::split(a.location);
            if (places.size() > 1)
                for (const QString &place : places)
                    a.itinerary.append({place, PartialDate(), QString()});
        }
        int dateColumn = date ? date->column : -1;
        QString dateText = date ? cell(*date) : QString();
        if (dateText.isEmpty())
            dateText = composedDate(&dateColumn, date != nullptr);
        if (dateColumn < 0)
            throw RowError{-1, QStringLiteral("no column is mapped to the date")};
        if (dateText.isEmpty())
            throw RowError{dateColumn, QStringLiteral("no date")};
        a.when = readDate(dateColumn, dateText);
        if (const ColumnMapping *end = m_mapping.columnFor(ImportField::EndDate)) {
            const QString endText = cell(*end);
            if (!endText.isEmpty()) {
                const DateSpan endSpan = readDate(end->column, endText);
                const PartialDate last = endSpan.isRange() ? endSpan.end() : endSpan.start();
                if (last.last() < a.when.first())
                    throw RowError{end->column, QStringLiteral("ends before it starts")};
                if (last != a.when.start())
                    a.when = DateSpan(a.when.start(), last);
            }
        }
        QList<Name> organisations, people, organisationPeople;
        collectNames(ImportField::Organisations, organisations, &organisationPeople);
        collectNames(ImportField::People, people);
        people += organisationPeople;
        if (a.title.isEmpty()) {
            if (!a.purpose.isEmpty())
                a.title = a.purpose;
            else {
                QStringList who;
                for (const Name &n : std::as_const(organisations))
                    who.append(n.name);
                if (who.isEmpty())
                    for (const Name &n : std::as_const(people))
                        who.append(n.name);
                const QString kind = activityKindName(a.kind);
                a.title = who.isEmpty() ? kind.at(0).toUpper() + kind.mid(1)
                                        : QStringLiteral("%1%2 with %3").arg(kind.at(0).toUpper(), kind.mid(1),
                                                                             who.join(QStringLiteral(", ")));
            }
            a.title.replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        if (importedBefore(&a.when))
            return;
        // Everything is valid: now resolve (and perhaps create) the participants.
        struct Resolved
        {
            qint64 id;
            bool created;
        };
        QList<Resolved> peopleIds;
        for (const Name &n : std::as_const(people)) {
            Person details;
            details.title = n.title;
            details.notes = PersonCellParser::honorificsNote(n.honorifics);
            bool created = false;
            const qint64 id = resolve(ImportReviewItem::What::Person, n.name, n.column, &created, &details);
            peopleIds.append({id, created});
            a.participants.append({id, 0, n.role.isEmpty() ? defaultRole(a.kind, true) : n.role});
        }
        QHash<QString, Resolved> organisationIds;
        for (const Name &n : std::as_const(organisations)) {
            bool created = false;
            const qint64 id = resolve(ImportReviewItem::What::Organisation, n.name, n.column, &created);
            organisationIds.insert(n.name, {id, created});
            a.participants.append({0, id, n.role.isEmpty() ? defaultRole(a.kind, false) : n.role});
        }
        // "Martin Ivens, The Sunday Times": the person is of that organisation.
        for (qsizetype i = 0; i < people.size(); ++i) {
            const Name &n = people.at(i);
            const auto org = organisationIds.constFind(n.organisation);
            if (n.organisation.isEmpty() || org == organisationIds.cend())
                continue;
            affiliate(peopleIds.at(i).id, org->id, n.title, peopleIds.at(i).created || org->created);
        }
        if (m_writer)
            m_lastActivityId = m_writer->insertActivity(a, m_summary.batchId);
        else if (m_options.recordSink)
            m_options.recordSink(activityJson(a));
        ++m_summary.activitiesCreated;
    }

    // An affiliation found in a cell, written once; for records that were
    // already there only when this import made one of them (it may exist).
    void affiliate(qint64 personId, qint64 organisationId, const QString &role, bool madeNow)
    {
        if (!madeNow || m_affiliated.contains({personId, organisationId}))
            return;
        m_affiliated.insert({personId, organisationId});
        Affiliation a;
        a.personId = personId;
        a.organisationId = organisationId;
        a.role = role;
        if (m_writer)
            m_writer->insertAffiliation(a);
        ++m_summary.affiliationsCreated;
    }

    QJsonObject activityJson(const Activity &a) const
    {
        QJsonArray participants;
        for (const Participant &p : a.participants) {
            QJsonObject o{{QStringLiteral("role"), p.role}};
            if (p.personId)
                o.insert(QStringLiteral("person"), m_people.nameOf(p.personId));
            if (p.organisationId)
                o.insert(QStringLiteral("organisation"), m_organisations.nameOf(p.organisationId));
            participants.append(o);
        }
        QJsonObject json{{QStringLiteral("line"), m_line},
                         {QStringLiteral("record"), QStringLiteral("activity")},
                         {QStringLiteral("kind"), activityKindName(a.kind)},
                         {QStringLiteral("title"), a.title},
                         {QStringLiteral("start"), a.when.start().toIsoString()},
                         {QStringLiteral("participants"), participants}};
        if (a.when.isRange())
            json.insert(QStringLiteral("end"), a.when.end().toIsoString());
        for (const auto &[key, value] : {std::pair{"location", a.location}, std::pair{"description", a.description},
                                         std::pair{"purpose", a.purpose}, std::pair{"outcome", a.outcome},
                                         std::pair{"cost", a.cost}, std::pair{"costCurrency", a.costCurrency},
                                         std::pair{"transport", a.transport}, std::pair{"source", a.source}}) {
            if (!value.isEmpty())
                json.insert(QLatin1String(key), value);
        }
        if (a.costMinor)
            json.insert(QStringLiteral("costMinor"), *a.costMinor);
        if (a.officials)
            json.insert(QStringLiteral("officials"), *a.officials);
        if (!a.itinerary.isEmpty()) {
            QJsonArray stops;
            for (const ItineraryStop &stop : a.itinerary)
                stops.append(stop.place);
            json.insert(QStringLiteral("itinerary"), stops);
        }
        return json;
    }

    void importOrganisation()
    {
        Organisation o;
        for (const ColumnMapping &c : std::as_const(m_mapping.columns)) {
            const QString &text = m_cells.at(c.column);
            switch (c.field) {
            case ImportField::Name: o.name = text; break;
            case ImportField::ShortName: o.shortName = text; break;
            case ImportField::OrganisationKind: o.kind = text; break;
            case ImportField::Country: o.country = text; break;
            case ImportField::Website: o.website = text; break;
            case ImportField::Notes: o.notes = text; break;
            case ImportField::Aliases:
                if (!text.isEmpty())
                    o.aliases += splitNames(text, SplitMode::Semicolons);
                break;
            default: break;
            }
        }
        const ColumnMapping *name = m_mapping.columnFor(ImportField::Name);
        if (o.name.isEmpty())
            throw RowError{name ? name->column : -1, QStringLiteral("no name")};
        if (!m_options.organisationDecisions.contains(o.name)) {
            const NameMatcher::Match match = m_organisations.match(o.name);
            if (match.how == NameMatcher::How::Exact || match.how == NameMatcher::How::Alias
                || match.how == NameMatcher::How::Normalised) {
                ++m_summary.organisationsMatched;
                ++m_summary.skipped;
                report(ImportIssue::Severity::Matched, name->column,
                       QStringLiteral("organisation \"%1\" exists already (\"%2\"); not added again")
                           .arg(o.name, m_organisations.nameOf(match.id)));
                return;
            }
            if (match.how == NameMatcher::How::Uncertain)
                m_summary.review.append({ImportReviewItem::What::Organisation, o.name, m_line, match.candidates});
        } else if (const qint64 existing = m_options.organisationDecisions.value(o.name)) {
            ++m_summary.organisationsMatched;
            ++m_summary.skipped;
            report(ImportIssue::Severity::Matched, name->column,
                   QStringLiteral("organisation \"%1\" is existing \"%2\"; not added again")
                       .arg(o.name, m_organisations.nameOf(existing)));
            return;
        }
        const qint64 id = m_writer ? m_writer->insertOrganisation(o, m_summary.batchId) : --m_dryRunIds;
        m_organisations.addCreated(id, o.name);
        for (const QString &alias : std::as_const(o.aliases))
            m_organisations.add(id, alias, true);
        ++m_summary.organisationsCreated;
        if (!m_writer && m_options.recordSink)
            m_options.recordSink(QJsonObject{{QStringLiteral("line"), m_line},
                                             {QStringLiteral("record"), QStringLiteral("organisation")},
                                             {QStringLiteral("name"), o.name},
                                             {QStringLiteral("shortName"), o.shortName},
                                             {QStringLiteral("country"), o.country}});
    }

    void importPerson()
    {
        Person p;
        QString organisation, role;
        int organisationColumn = -1;
        for (const ColumnMapping &c : std::as_const(m_mapping.columns)) {
            const QString &text = m_cells.at(c.column);
            switch (c.field) {
            case ImportField::Name: p.name = text; break;
            case ImportField::NativeName: p.nativeName = text; break;
            case ImportField::PersonTitle: p.title = text; break;
            case ImportField::Email: p.email = text; break;
            case ImportField::Phone: p.phone = text; break;
            case ImportField::Notes: p.notes = text; break;
            case ImportField::Organisation:
                organisation = text;
                organisationColumn = c.column;
                break;
            case ImportField::Role: role = text; break;
            default: break;
            }
        }
        const ColumnMapping *name = m_mapping.columnFor(ImportField::Name);
        if (p.name.isEmpty())
            throw RowError{name ? name->column : -1, QStringLiteral("no name")};
        // "The Rt Hon Jane Doe MP, Minister for X": the name, the title (unless
        // a column gives it) and the honorifics (kept in the notes).
        if (const QList<PersonCellParser::Person> parsed = PersonCellParser::parseCell(p.name); parsed.size() == 1) {
            p.name = parsed.first().name;
            if (p.title.isEmpty())
                p.title = parsed.first().title;
            const QString note = PersonCellParser::honorificsNote(parsed.first().honorifics);
            if (!note.isEmpty())
                p.notes = p.notes.isEmpty() ? note : p.notes + QLatin1Char('\n') + note;
        }
        const qint64 personId = resolve(ImportReviewItem::What::Person, p.name, name->column, nullptr, &p);
        if (!organisation.isEmpty()) {
            Affiliation a;
            a.personId = personId;
            a.organisationId = resolve(ImportReviewItem::What::Organisation, organisation, organisationColumn);
            a.role = role.isEmpty() ? p.title : role;
            if (m_writer)
                m_writer->insertAffiliation(a);
            ++m_summary.affiliationsCreated;
        }
        if (!m_writer && m_options.recordSink)
            m_options.recordSink(QJsonObject{{QStringLiteral("line"), m_line},
                                             {QStringLiteral("record"), QStringLiteral("person")},
                                             {QStringLiteral("name"), p.name},
                                             {QStringLiteral("title"), p.title},
                                             {QStringLiteral("organisation"), organisation}});
    }

    void importAffiliation()
    {
        const ColumnMapping *person = m_mapping.columnFor(ImportField::Person);
        const ColumnMapping *organisation = m_mapping.columnFor(ImportField::Organisation);
        if (!person || !organisation)
            throw RowError{-1, QStringLiteral("affiliations need a person column and an organisation column")};
        if (cell(*person).isEmpty())
            throw RowError{person->column, QStringLiteral("no person")};
        if (cell(*organisation).isEmpty())
            throw RowError{organisation->column, QStringLiteral("no organisation")};
        Affiliation a;
        if (const ColumnMapping *c = m_mapping.columnFor(ImportField::From))
            a.from = partialDate(*c);
        if (const ColumnMapping *c = m_mapping.columnFor(ImportField::To))
            a.to = partialDate(*c);
        if (const ColumnMapping *c = m_mapping.columnFor(ImportField::Role))
            a.role = cell(*c);
        const QList<PersonCellParser::Person> parsed = PersonCellParser::parseCell(cell(*person));
        a.personId = resolve(ImportReviewItem::What::Person, parsed.size() == 1 ? parsed.first().name : cell(*person),
                             person->column);
        a.organisationId = resolve(ImportReviewItem::What::Organisation, cell(*organisation), organisation->column);
        if (m_writer)
            m_writer->insertAffiliation(a);
        else if (m_options.recordSink)
            m_options.recordSink(QJsonObject{{QStringLiteral("line"), m_line},
                                             {QStringLiteral("record"), QStringLiteral("affiliation")},
                                             {QStringLiteral("person"), cell(*person)},
                                             {QStringLiteral("organisation"), cell(*organisation)},
                                             {QStringLiteral("role"), a.role}});
        ++m_summary.affiliationsCreated;
    }

public:
    QStringList m_header;
    void prepareDates(const DateColumnSurvey &survey, const QString &source, QStringList *warnings)
    {
        m_dates.prepare(survey, m_header, source, warnings);
    }
    QSet<QString> m_fileNames; // normalised: organisations cells of one name, early in the file

private:
    Database &m_db;
    const Options &m_options;
    const ImportMapping &m_mapping;
    DateCellReader m_dates;
    NameMatcher m_organisations;
    NameMatcher m_people;
    RowFingerprint m_fingerprint;
    std::unique_ptr<ImportFingerprints> m_earlier; // null: duplicates allowed
    bool m_reportingDuplicate = false;
    qint64 m_rowFingerprint = 0;
    qint64 m_lastActivityId = 0;
    std::unique_ptr<BulkWriter> m_writer;
    Summary m_summary;
    QList<QString> m_cells;
    QList<QString> m_fillDown;
    QList<const ColumnMapping *> m_columnOf; // per column of the file: its mapping, if any
    int m_dateColumn = -1;
    bool m_holdBack = false;
    bool m_hasPending = false;
    QList<QString> m_pendingCells;
    qint64 m_pendingLine = 0;
    QHash<int, QStringList> m_pendingExtra; // names from continuation rows, per column
    QList<qint64> m_pendingJoined;          // their lines
    const QHash<int, QStringList> *m_extraNames = nullptr; // while the held-back row is imported
    QSet<QString> m_reported;
    QSet<QPair<qint64, qint64>> m_affiliated;
    static constexpr qsizetype kCellCache = 4096; // distinct cells remembered (bounded memory)
    QHash<QString, QList<PersonCellParser::Person>> m_personCells;
    // Evidence: the database's names, this run's, and the file's single-name cells.
    OrganisationCellSplitter m_splitter{[this](const QString &name) {
        const QString normalised = NameMatcher::normalise(name);
        return m_fileNames.contains(normalised) || m_organisations.findNormalised(normalised) != 0;
    }};
    int m_columnCount = 0;
    qint64 m_line = 0;
    qint64 m_dryRunIds = 0;
};

Importer::Importer(Database &db)
    : m_db(db)
{
}

Importer::Summary Importer::run(QIODevice &device, const Options &options)
{
    Options effective = options;
    ImportMapping &mapping = effective.mapping;
    QStringList warnings;
    const QStringList headerRow = header(device, options.format, mapping.headerRow);
    // Each date column's day order from its own evidence, else the system's.
    DateColumnSurvey survey;
    survey.read(device, options.format, mapping);
    Run run(m_db, effective);
    run.m_header = headerRow;
    run.prepareDates(survey, options.source, &warnings);
    run.m_fileNames = singleNameCells(device, options.format, mapping);
    rewind(device);
    Summary summary = run.execute(device);
    summary.warnings = warnings + summary.warnings;
    return summary;
}

} // namespace liaison
