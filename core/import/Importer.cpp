#include "Importer.h"

#include "DateCellReader.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
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
                                          {QStringLiteral("score"), qRound(c.score * 100) / 100.0}});
        reviewList.append(QJsonObject{
            {QStringLiteral("what"), item.what == ImportReviewItem::What::Organisation ? QStringLiteral("organisation")
                                                                                        : QStringLiteral("person")},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("line"), item.firstLine},
            {QStringLiteral("candidates"), candidates}});
    }
    json.insert(QStringLiteral("review"), reviewList);
    json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
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
    {
        m_summary.dryRun = options.dryRun;
        ImportBatchRepository names(db);
        names.forEachOrganisationName([&](qint64 id, const QString &name, bool alias) { m_organisations.add(id, name, alias); });
        names.forEachPersonName([&](qint64 id, const QString &name) { m_people.add(id, name); });
        for (const ColumnMapping &c : m_mapping.columns)
            m_columnCount = qMax(m_columnCount, c.column + 1);
        m_fillDown.resize(m_columnCount);
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
        } catch (const Cancelled &) {
            m_summary.cancelled = true;
            return m_summary; // the transaction rolls back
        }
        if (m_options.format.encodingDoubtful)
            m_summary.warnings.append(m_options.format.encodingReason);
        m_summary.warnings.append(reader.warnings());
        if (m_options.progress)
            m_options.progress(m_summary.rowsRead, reader.bytesRead());
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
        ImportIssue issue{m_line, column >= 0 ? columnName(column) : QString(), severity, reason};
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
        QString firstText;
        for (qsizetype i = 0; i < m_cells.size(); ++i) {
            QString text = i < fields.size() ? fields.at(i).trimmed() : QString();
            if (!text.isEmpty() && text.at(0) == QLatin1Char('\''))
                text = CsvWriter::unneutralised(text);
            if (firstText.isEmpty())
                firstText = text;
            m_cells[i] = text;
        }
        if (firstText.isEmpty()) {
            ++m_summary.skipped;
            report(ImportIssue::Severity::Skipped, -1, QStringLiteral("blank row"));
            for (qsizetype i = 0; i < m_fillDown.size(); ++i) // a blank row ends a group
                m_fillDown[i].clear();
            return;
        }
        for (const QString &prefix : std::as_const(m_mapping.skipPrefixes)) {
            if (!prefix.isEmpty() && firstText.startsWith(prefix, Qt::CaseInsensitive)) {
                ++m_summary.skipped;
                report(ImportIssue::Severity::Skipped, -1,
                       QStringLiteral("note row: %1").arg(firstText.left(60).replace(QLatin1Char('\n'), QLatin1Char(' '))));
                return;
            }
        }
        for (const ColumnMapping &c : std::as_const(m_mapping.columns)) {
            if (!c.fillDown)
                continue;
            QString &value = m_cells[c.column];
            if (value.isEmpty())
                value = m_fillDown[c.column];
            else
                m_fillDown[c.column] = value;
        }
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
        }
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
        QString role;
    };

    void collectNames(ImportField field, QList<Name> &names)
    {
        for (const ColumnMapping &c : std::as_const(m_mapping.columns)) {
            if (c.field != field)
                continue;
            const QString text = cell(c);
            if (text.isEmpty())
                continue;
            for (const QString &name : splitNames(text, c.split))
                names.append({name, c.column, c.role});
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
            ImportReviewItem item{what, name, m_line, match.candidates};
            m_summary.review.append(item);
            QStringList names;
            for (const NameMatcher::Candidate &c : match.candidates)
                names.append(QStringLiteral("\"%1\"").arg(c.name));
            report(ImportIssue::Severity::Review, column,
                   QStringLiteral("%1 \"%2\" looks like existing %3; created as new until reviewed")
                       .arg(noun, name, names.join(QStringLiteral(", "))));
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
        report(ImportIssue::Severity::Created, column, QStringLiteral("new %1 \"%2\"").arg(noun, name));
        if (created)
            *created = true;
        return id;
    }

    void importActivity()
    {
        Activity a;
        a.kind = m_mapping.kind;
        const ColumnMapping *date = nullptr;
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
                break;
            default: break;
            }
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
        QList<Name> organisations, people;
        collectNames(ImportField::Organisations, organisations);
        collectNames(ImportField::People, people);
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
        // Everything is valid: now resolve (and perhaps create) the participants.
        for (const Name &n : std::as_const(people)) {
            const qint64 id = resolve(ImportReviewItem::What::Person, n.name, n.column);
            a.participants.append({id, 0, n.role.isEmpty() ? defaultRole(a.kind, true) : n.role});
        }
        for (const Name &n : std::as_const(organisations)) {
            const qint64 id = resolve(ImportReviewItem::What::Organisation, n.name, n.column);
            a.participants.append({0, id, n.role.isEmpty() ? defaultRole(a.kind, false) : n.role});
        }
        if (m_writer)
            m_writer->insertActivity(a, m_summary.batchId);
        else if (m_options.recordSink)
            m_options.recordSink(activityJson(a));
        ++m_summary.activitiesCreated;
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
                                         std::pair{"purpose", a.purpose}, std::pair{"outcome", a.outcome}}) {
            if (!value.isEmpty())
                json.insert(QLatin1String(key), value);
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
        a.personId = resolve(ImportReviewItem::What::Person, cell(*person), person->column);
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

private:
    Database &m_db;
    const Options &m_options;
    const ImportMapping &m_mapping;
    DateCellReader m_dates;
    NameMatcher m_organisations;
    NameMatcher m_people;
    std::unique_ptr<BulkWriter> m_writer;
    Summary m_summary;
    QList<QString> m_cells;
    QList<QString> m_fillDown;
    QSet<QString> m_reported;
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
    rewind(device);
    Summary summary = run.execute(device);
    summary.warnings = warnings + summary.warnings;
    return summary;
}

} // namespace liaison
