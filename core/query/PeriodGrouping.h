#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace liaison {

// How the dashboard groups activities in time: per month, quarter or year.
//
// Date-precision rule: an activity counts once, in the period that holds the
// first day of its span (its stored start_month). So a month-precision
// activity counts in its month; a quarter-precision one counts in its quarter
// and, per month, in the quarter's first month; a year-precision one counts in
// its year, in Q1 per quarter and in January per month. Totals are therefore
// the same whichever grouping is chosen, and nothing is spread or invented.
//
// Periods are integers that sort in time: yyyymm per month, yyyy*10+q per
// quarter, yyyy per year.
class PeriodGrouping
{
public:
    enum Unit { Month, Quarter, Year };

    PeriodGrouping(Unit unit = Quarter)
        : m_unit(unit)
    {
    }
    Unit unit() const { return m_unit; }

    // "month", "quarter", "year": on the command line and in settings.
    QString name() const;
    static bool fromName(const QString &name, PeriodGrouping *grouping);
    static QList<PeriodGrouping> all() { return {Month, Quarter, Year}; }

    // The period a start month (yyyymm) falls in: the rule above.
    int periodOfMonth(int startMonth) const;
    int periodOf(const QDate &firstDay) const { return periodOfMonth(firstDay.year() * 100 + firstDay.month()); }
    int next(int period) const;
    // First month (yyyymm) and last month of a period.
    int firstMonth(int period) const;
    int lastMonth(int period) const;
    QDate firstDay(int period) const;
    QDate lastDay(int period) const;
    // "Mar 2014", "2014 Q3", "2014".
    QString label(int period) const;
    // The year a period belongs to (for axis labels).
    static int yearOf(int period, PeriodGrouping grouping);

    bool operator==(const PeriodGrouping &o) const { return m_unit == o.m_unit; }
    bool operator!=(const PeriodGrouping &o) const { return m_unit != o.m_unit; }

private:
    Unit m_unit;
};

} // namespace liaison
