#pragma once

#include "DateParser.h"
#include "ImportMapping.h"
#include "csv/CsvFormat.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QIODevice;

namespace liaison {

// What a file's first rows tell about its date columns before the import
// reads them: each column's day order, from the single dates that prove it
// ("23/01/2014" is day-first; a range such as "12-13/03/2014" proves nothing);
// the rows above the header (a title may name the period); and each column's
// first cell with a year of its own.
class DateColumnSurvey
{
public:
    static constexpr int kRows = 5000;

    struct Column
    {
        int dayFirst = 0; // cells only day-first reads
        int monthFirst = 0;
        int ambiguous = 0; // cells both orders read, differently
        QString dayFirstText, monthFirstText, ambiguousText;
        qint64 dayFirstLine = 0, monthFirstLine = 0, ambiguousLine = 0;
        QString datedText; // the first cell with a year
        qint64 datedLine = 0;
    };

    static QList<int> dateColumns(const ImportMapping &mapping);

    // Reads the first kRows records (rewinding before and after).
    void read(QIODevice &device, const CsvFormat &format, const ImportMapping &mapping);
    void add(int column, const QString &cell, qint64 line);

    const QHash<int, Column> &columns() const { return m_columns; }
    const QStringList &titles() const { return m_titles; }

    // The column's order: what its cells prove, else `fallback` (said in
    // `warning` when a cell really is ambiguous); a column whose cells
    // disagree takes the majority, with a warning.
    DateParser::DayOrder order(int column, DateParser::DayOrder fallback, const QString &fallbackReason,
                               const QString &columnName, QString *warning) const;
    // All columns together (the wizard's hint): +1 day-first, -1 month-first, 0 unknown.
    int evidence() const;
    int ambiguousCells() const;

private:
    QHash<int, Column> m_columns;
    QStringList m_titles;
};

} // namespace liaison
