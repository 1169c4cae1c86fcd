#pragma once

#include <QDate>
#include <QString>

namespace liaison {

// How much of a date is known. Spreadsheets say "Oct-12" or "Q3 2014": we keep
// exactly that much and never invent a day.
enum class DatePrecision { Day = 0, Month = 1, Quarter = 2, Year = 3 };

// A date known to a day, month, quarter or year. Stored as the first day of the
// span it covers plus its precision.
class PartialDate
{
public:
    PartialDate() = default;
    PartialDate(const QDate &date, DatePrecision precision = DatePrecision::Day);

    static PartialDate day(int year, int month, int day);
    static PartialDate month(int year, int month);
    static PartialDate quarter(int year, int quarter);
    static PartialDate year(int year);

    bool isValid() const { return m_first.isValid(); }
    DatePrecision precision() const { return m_precision; }

    // The first and last day of the span the date covers.
    QDate first() const { return m_first; }
    QDate last() const;

    // yyyymm of the first day: what per-month grouping uses.
    int monthKey() const;

    // "2014-03-12", "2012-10", "2014-Q3", "2013": a lossless text form.
    QString toIsoString() const;
    static PartialDate fromIsoString(const QString &text);

    // "12 Mar 2014", "Oct 2012", "Q3 2014", "2013": for people.
    QString toDisplayString() const;

    bool operator==(const PartialDate &other) const
    {
        return m_first == other.m_first && m_precision == other.m_precision;
    }
    bool operator!=(const PartialDate &other) const { return !(*this == other); }
    bool operator<(const PartialDate &other) const
    {
        return m_first < other.m_first
            || (m_first == other.m_first && m_precision < other.m_precision);
    }

private:
    QDate m_first;
    DatePrecision m_precision = DatePrecision::Day;
};

QString precisionName(DatePrecision precision);

} // namespace liaison
