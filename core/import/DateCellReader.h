#pragma once

#include "DateColumnSurvey.h"
#include "DateParser.h"
#include "YearContext.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace liaison {

// Reads the date cells of one import: each date column in its own day order
// (from DateColumnSurvey, else the system's), a date without a year given one
// by YearContext (each source said once in the file-wide warnings), and the
// notes a row gets (a date outside its period, a list read as a span).
class DateCellReader
{
public:
    // The mapping's day order (when given, it decides for every column) and period.
    explicit DateCellReader(const ImportMapping &mapping);

    // Decides each date column's order and gathers where years come from:
    // the survey's first dated cells and title rows, and the file name
    // (`source`). Adds the file-wide lines (an ambiguous order) to `warnings`.
    void prepare(const DateColumnSurvey &survey, const QStringList &header, const QString &source, QStringList *warnings);

    // An invalid span with `error` (the cell quoted short) when the cell is not
    // a date. `yearCell`: the row's Year column. `notes`: lines for the row's report.
    DateSpan read(int column, const QString &text, QStringView yearCell, qint64 line, QString *error, QStringList *notes);
    // Lines for the summary's warnings since the last call.
    QStringList takeWarnings();

    // "12" + "March" (or "3") + "2014" → "12 March 2014": a date kept in Day,
    // Month and Year columns (a month with its own year, "Jan-14", keeps it).
    static QString fromParts(const QString &day, const QString &month, const QString &year);
    // A cell as a message quotes it: a long one is cut.
    static QString quoted(const QString &text);

private:
    const ImportMapping &m_mapping;
    DateParser m_base;
    QHash<int, DateParser::DayOrder> m_orders;
    YearContext m_years;
    QSet<int> m_sourcesSaid; // YearContext::Source values
    QStringList m_warnings;
};

} // namespace liaison
