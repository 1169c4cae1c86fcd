#pragma once

#include "domain/DateSpan.h"

#include <QDate>
#include <QString>

namespace liaison {

// Reads the dates people type into spreadsheets into a DateSpan, keeping the
// precision they gave: ISO ("2013-03-22", "2014-03", "2014-Q3", "2014"),
// numeric ("22/03/2013", "22.03.13"), with month names ("02-Jul-13", "14 Mar
// 2014", "April 12, 2014", "12th April"), months ("March 2019", "Oct-12",
// "Dec-2010"), quarters ("Q3 2014"), ranges ("9-10 Feb", "16-18/03/2014",
// "27/05/2013-29/05/2013", "22 – 25/01/2013", "9 Feb to 2 Mar 2014"), month
// lists ("Jan/Feb/Mar" is that quarter, "Feb/Mar" those months) and lists of
// dates ("26-oct-12,28-oct-12": the span from the first to the last).
// A date without a year takes it from the reference period. Work is bounded:
// a cell longer than kMaxLength characters is "not a date" at once.
class DateParser
{
public:
    enum class DayOrder { DayFirst, MonthFirst };
    static constexpr int kMaxLength = 100;

    // How a date was read, for the importer's report.
    struct Details
    {
        bool missingYear = false;    // not read only for want of a year (no reference period)
        bool yearFromPeriod = false; // it had no year and took one from the reference period
        bool outsidePeriod = false;  // ... although it falls outside that period (the nearest year)
        int listParts = 0;           // read as the span of a list of this many dates
        bool monthList = false;      // read from a list of months ("Jan/Feb/Mar")
    };

    void setDayOrder(DayOrder order) { m_order = order; }
    DayOrder dayOrder() const { return m_order; }
    // Dates without a year fall in this period: the year that puts them inside
    // it; when several years do, the date is refused as ambiguous.
    void setReferencePeriod(const QDate &from, const QDate &to);
    QDate referenceFrom() const { return m_from; }
    QDate referenceTo() const { return m_to; }

    // An invalid span, with a one-line reason in `error`, when the text is not a date.
    DateSpan parse(QStringView text, QString *error = nullptr, Details *details = nullptr) const;

    // Evidence of the day order in one cell: +1 when it is a single date that
    // only day-first reads ("22/03/2013"), -1 when only month-first does
    // ("03/22/2013"), 0 otherwise — a range such as "12-13/03/2014" proves
    // nothing. `ambiguous` is set when both orders read it, differently.
    static int dayOrderEvidence(QStringView text, bool *ambiguous = nullptr);
    // The order of the system locale's short date format; `format` gets that format.
    static DayOrder systemDayOrder(QString *format = nullptr);
    static QString dayOrderName(DayOrder order);

    static int monthFromName(QStringView word); // 0 when not a month name
    static int expandYear(int year, int digits);

private:
    struct Parts;
    bool parseSingle(QStringView text, Parts &parts) const;
    bool resolve(Parts &parts, const Parts *inheritFrom, PartialDate &date, QString *error, Details &details) const;
    bool pickYear(const Parts &parts, int *year, QString *error, Details &details) const;
    DateSpan parseSpan(const QString &text, QString *error, Details &details) const;
    DateSpan parseMonthList(const QString &text, QString *error, Details &details) const;
    DateSpan parseList(const QString &text, QString *error, Details &details) const;

    DayOrder m_order = DayOrder::DayFirst;
    QDate m_from;
    QDate m_to;
};

} // namespace liaison
