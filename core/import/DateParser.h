#pragma once

#include "domain/DateSpan.h"

#include <QDate>
#include <QString>

namespace liaison {

// Reads the dates people type into spreadsheets into a DateSpan, keeping the
// precision they gave: ISO ("2013-03-22", "2014-03", "2014-Q3", "2014"),
// numeric ("22/03/2013", "22.03.13"), with month names ("02-Jul-13", "14 Mar
// 2014", "April 12, 2014", "12th April"), months ("March 2019", "Oct-12",
// "Dec-2010"), quarters ("Q3 2014") and ranges ("9-10 Feb", "16-18/03/2014",
// "27/05/2013-29/05/2013", "22 – 25/01/2013", "9 Feb to 2 Mar 2014").
// A date without a year takes it from the reference period.
class DateParser
{
public:
    enum class DayOrder { DayFirst, MonthFirst };

    void setDayOrder(DayOrder order) { m_order = order; }
    DayOrder dayOrder() const { return m_order; }
    // Dates without a year fall in this period (the year that puts them inside it).
    void setReferencePeriod(const QDate &from, const QDate &to);
    QDate referenceFrom() const { return m_from; }
    QDate referenceTo() const { return m_to; }

    // An invalid span, with a one-line reason in `error`, when the text is not a date.
    DateSpan parse(QStringView text, QString *error = nullptr) const;

    // Evidence of the day order in one cell: +1 when it can only be day-first
    // ("22/03/2013"), -1 when only month-first ("03/22/2013"), 0 otherwise.
    // `ambiguous` is set when both orders would read it, differently.
    static int dayOrderEvidence(QStringView text, bool *ambiguous = nullptr);

    static int monthFromName(QStringView word); // 0 when not a month name
    static int expandYear(int year, int digits);

private:
    struct Parts;
    bool parseSingle(QStringView text, Parts &parts) const;
    bool resolve(Parts &parts, const Parts *inheritFrom, PartialDate &date, QString *error) const;

    DayOrder m_order = DayOrder::DayFirst;
    QDate m_from;
    QDate m_to;
};

} // namespace liaison
