#pragma once

#include "ReferencePeriodFinder.h"
#include "domain/DateSpan.h"

#include <QHash>
#include <QString>

namespace liaison {

// Where the dates of one import that have no year ("Feb", "9-10 Feb",
// "12th April") take it from, in this order: a Year column of the same row;
// the period in the file's name ("meetings-jan-mar-2014.csv"); a title row
// above the header ("Ministerial meetings, January to March 2014"); the dated
// cells of the same column ("Jan-14" two rows above, else the first one
// below). A period the user gives is not asked for here: it wins outright.
class YearContext
{
public:
    enum class Source { None, YearColumn, FileName, Title, Column };
    struct Period
    {
        QDate from;
        QDate to;
        Source source = Source::None;
        QString description; // where it came from, for the summary
        bool isValid() const { return from.isValid(); }
    };

    void setFileName(const QString &name);
    // A row above the header; the first that names a period counts.
    void addTitle(const QString &text);
    // A cell of a date column with its own year: as rows are read, and (`below`)
    // the first such cell of the column found before the import starts.
    void noteDated(int column, const DateSpan &span, qint64 line, const QString &text, bool below = false);

    // The period for a date without a year in `column`; `yearCell` is the
    // row's Year column (empty when none). Invalid when nothing gives one.
    Period periodFor(int column, QStringView yearCell) const;

    const ReferencePeriodFinder::Period &fileNamePeriod() const { return m_fileName; }
    const ReferencePeriodFinder::Period &titlePeriod() const { return m_title; }

private:
    struct Dated
    {
        QDate first;
        qint64 line = 0;
        QString text;
    };
    Period around(const Dated &dated, bool below) const;

    QString m_name;
    ReferencePeriodFinder::Period m_fileName;
    ReferencePeriodFinder::Period m_title;
    QString m_titleText;
    QHash<int, Dated> m_above; // the last dated cell read, per column
    QHash<int, Dated> m_below; // the first dated cell of the column, from the survey
};

} // namespace liaison
