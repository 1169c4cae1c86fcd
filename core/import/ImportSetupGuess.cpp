#include "ImportSetupGuess.h"

#include "NoteRows.h"
#include "csv/CsvReader.h"
#include "csv/CsvSniffer.h"

#include <QIODevice>
#include <QSet>

namespace liaison {

namespace {
using Content = ColumnProfile::Content;

bool isDateField(ImportField f)
{
    return f == ImportField::Date || f == ImportField::EndDate || f == ImportField::FollowUpDue
        || f == ImportField::SignedDate || f == ImportField::From || f == ImportField::To || f == ImportField::Year
        || f == ImportField::Month || f == ImportField::Day;
}

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}
} // namespace

ImportSetupGuess ImportSetupGuess::fromDevice(QIODevice &device, const CsvFormat &format, ImportTarget target,
                                              int headerRow, int dataStart)
{
    const qint64 at = device.isSequential() ? -1 : device.pos();
    if (at >= 0)
        device.seek(0);
    QList<QStringList> rows;
    {
        CsvReader reader(&device, format);
        QStringList fields;
        while (rows.size() < kSampleRows && reader.readRecord(fields))
            rows.append(fields);
    }
    if (at >= 0)
        device.seek(at);
    return fromRows(rows, target, headerRow, dataStart);
}

ImportSetupGuess ImportSetupGuess::fromRows(const QList<QStringList> &rows, ImportTarget target, int headerRow,
                                            int dataStart)
{
    ImportSetupGuess g;
    if (headerRow == kGuess) {
        g.headerRow = CsvSniffer::guessHeaderRow(rows.mid(0, kHeaderSearchRows), &g.dataStart);
    } else {
        g.headerRow = headerRow;
        g.dataStart = dataStart >= 0 ? dataStart : headerRow + 1;
    }
    g.header = g.headerRow >= 0 ? rows.value(g.headerRow) : QStringList();
    g.guessColumns(rows, target);
    g.findFillDown(rows);
    return g;
}

void ImportSetupGuess::guessColumns(const QList<QStringList> &rows, ImportTarget target)
{
    qsizetype width = header.size();
    for (qsizetype r = dataStart; r < rows.size(); ++r)
        width = qMax(width, rows.at(r).size());
    // Trailing columns with neither heading nor cells are no columns.
    QList<ColumnProfile> profiles(width);
    QList<int> kindCells(width, 0);
    for (qsizetype r = qMax(0, dataStart); r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            profiles[c].add(row.at(c));
            if (target == ImportTarget::Activity && !row.at(c).trimmed().isEmpty() && activityKindFromCell(row.at(c), nullptr))
                ++kindCells[c];
        }
    }
    const QList<ColumnMapping> fromWords = ImportMapping::suggestColumns(header, target);
    columns.clear();
    for (int c = 0; c < width; ++c) {
        Column col;
        col.column = c;
        col.header = header.value(c);
        col.mapping.column = c;
        for (const ColumnMapping &m : fromWords) {
            if (m.column == c)
                col.mapping = m;
        }
        col.fromHeader = ImportMapping::suggestField(col.header, target);
        col.content = profiles.at(c).dominant();
        columns.append(col);
    }
    if (target != ImportTarget::Activity) {
        for (Column &col : columns) {
            if (col.content == Content::Weekday && col.mapping.field != ImportField::Ignore) {
                col.reason = QStringLiteral("left unmapped: the cells are days of the week");
                col.mapping.field = ImportField::Ignore;
            }
        }
        return;
    }
    using F = ImportField;
    const auto setField = [](Column &col, F field, const QString &why) {
        if (col.mapping.field == field)
            return;
        col.reason = col.mapping.field == F::Ignore || field != F::Ignore
            ? why
            : QStringLiteral("left unmapped: the heading says %1, but %2").arg(importFieldLabel(col.mapping.field).toLower(), why);
        col.mapping.field = field;
        col.mapping.split = SplitMode::None;
    };
    for (Column &col : columns) {
        const F h = col.mapping.field;
        const QString cells = QStringLiteral("the cells are %1").arg(ColumnProfile::contentName(col.content));
        switch (col.content) {
        case Content::Amount:
            if (!isDateField(h))
                setField(col, F::Cost, h == F::Ignore ? cells : QStringLiteral("cost, not %1: %2")
                                                                     .arg(importFieldLabel(h).toLower(), cells));
            break;
        case Content::Weekday:
            setField(col, F::Ignore, cells);
            if (h == F::Ignore)
                col.reason = QStringLiteral("left unmapped: %1 (the date says it)").arg(cells);
            break;
        case Content::FileName:
            setField(col, F::Source, h == F::Ignore || h == F::Source ? cells
                                                                      : QStringLiteral("source, not %1: %2")
                                                                            .arg(importFieldLabel(h).toLower(), cells));
            break;
        case Content::Count:
            if (h == F::Officials || h == F::People || col.fromHeader == F::Officials)
                setField(col, F::Officials, QStringLiteral("number of officials: %1").arg(cells));
            else if (!isDateField(h) && h != F::Ignore)
                setField(col, F::Ignore, cells);
            break;
        case Content::Date:
            if (!isDateField(h) && h != F::Ignore && h != F::Kind)
                setField(col, F::Ignore, cells);
            break;
        case Content::Text:
        case Content::Missing:
        case Content::Empty:
            if (h == F::Officials && col.content == Content::Text) // names, not a head-count
                setField(col, F::People, QStringLiteral("people: the cells are names, not numbers"));
            break;
        }
        if (col.mapping.field == F::Kind) {
            const int filled = profiles.at(col.column).cells() - profiles.at(col.column).count(Content::Missing);
            if (filled > 0 && kindCells.at(col.column) * 2 < filled)
                setField(col, F::Ignore, QStringLiteral("the cells are not kinds of activity"));
        }
    }
    // No date from the wording: the first column of dates.
    bool hasDate = false; // a Month column without a Date column is the date
    for (const Column &col : std::as_const(columns))
        hasDate = hasDate || col.mapping.field == F::Date || col.mapping.field == F::Month;
    for (Column &col : columns) {
        if (!hasDate && col.content == Content::Date && col.mapping.field == F::Ignore) {
            setField(col, F::Date, QStringLiteral("the cells are dates"));
            hasDate = true;
        }
    }
    // One column per field, except the lists of participants.
    QSet<int> used;
    for (Column &col : columns) {
        const F f = col.mapping.field;
        if (f == F::Ignore || f == F::Organisations || f == F::People)
            continue;
        if (used.contains(int(f))) {
            col.reason = QStringLiteral("left unmapped: another column is the %1 already").arg(importFieldLabel(f).toLower());
            col.mapping.field = F::Ignore;
            continue;
        }
        used.insert(int(f));
    }
}

// A value on the first row of a run and blanks below it, while the rows go
// on holding data: a minister named once per block. Dates are left alone (a
// row without one continues the row above; see Importer).
void ImportSetupGuess::findFillDown(const QList<QStringList> &rows)
{
    int dateColumn = -1;
    for (const Column &col : std::as_const(columns)) {
        if (col.mapping.field == ImportField::Date)
            dateColumn = col.column;
    }
    const QStringList prefixes = ImportMapping::defaultSkipPrefixes();
    for (Column &col : columns) {
        const ImportField f = col.mapping.field;
        if (f != ImportField::People && f != ImportField::Kind && f != ImportField::Location
            && f != ImportField::Organisation && f != ImportField::Person)
            continue;
        int dataRows = 0, blanks = 0, values = 0, repeats = 0;
        bool firstFilled = false, seenRow = false;
        QString last;
        for (qsizetype r = qMax(0, dataStart); r < rows.size(); ++r) {
            const QStringList &row = rows.at(r);
            if (isBlank(row))
                continue;
            QList<QString> cells;
            for (const QString &cell : row)
                cells.append(cell.trimmed());
            if (NoteRows::judge(cells, dateColumn, prefixes).what != NoteRows::Verdict::What::Data)
                continue;
            if (dateColumn >= 0 && cells.value(dateColumn).isEmpty())
                continue; // a continuation row: says nothing about blocks
            ++dataRows;
            const QString value = cells.value(col.column);
            if (!seenRow) {
                firstFilled = !value.isEmpty();
                seenRow = true;
            }
            if (value.isEmpty()) {
                ++blanks;
            } else {
                ++values;
                if (value == last)
                    ++repeats;
                last = value;
            }
        }
        if (dataRows >= 4 && firstFilled && blanks >= 2 && blanks * 10 >= dataRows * 3 && repeats * 2 <= values) {
            col.mapping.fillDown = true;
            const QString why = QStringLiteral("filled down: named on the first row of each block (%1 of %2 rows blank)")
                                    .arg(blanks)
                                    .arg(dataRows);
            col.reason = col.reason.isEmpty() ? why : col.reason + QStringLiteral("; ") + why;
        }
    }
}

QList<ColumnMapping> ImportSetupGuess::mappedColumns() const
{
    QList<ColumnMapping> list;
    for (const Column &col : columns) {
        if (col.mapping.field != ImportField::Ignore)
            list.append(col.mapping);
    }
    return list;
}

void ImportSetupGuess::applyTo(ImportMapping &mapping) const
{
    mapping.headerRow = headerRow;
    mapping.dataStart = dataStart;
    mapping.columns = mappedColumns();
}

} // namespace liaison
