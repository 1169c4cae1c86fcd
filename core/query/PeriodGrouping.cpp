#include "PeriodGrouping.h"

#include <QLocale>

namespace liaison {

QString PeriodGrouping::name() const
{
    switch (m_unit) {
    case Month:
        return QStringLiteral("month");
    case Quarter:
        return QStringLiteral("quarter");
    case Year:
        return QStringLiteral("year");
    }
    return {};
}

bool PeriodGrouping::fromName(const QString &name, PeriodGrouping *grouping)
{
    for (const PeriodGrouping g : all()) {
        if (g.name().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            *grouping = g;
            return true;
        }
    }
    return false;
}

int PeriodGrouping::periodOfMonth(int startMonth) const
{
    const int year = startMonth / 100, month = startMonth % 100;
    switch (m_unit) {
    case Month:
        return startMonth;
    case Quarter:
        return year * 10 + (month - 1) / 3 + 1;
    case Year:
        return year;
    }
    return startMonth;
}

int PeriodGrouping::firstMonth(int period) const
{
    switch (m_unit) {
    case Month:
        return period;
    case Quarter:
        return (period / 10) * 100 + (period % 10 - 1) * 3 + 1;
    case Year:
        return period * 100 + 1;
    }
    return period;
}

int PeriodGrouping::lastMonth(int period) const
{
    switch (m_unit) {
    case Month:
        return period;
    case Quarter:
        return firstMonth(period) + 2;
    case Year:
        return period * 100 + 12;
    }
    return period;
}

QDate PeriodGrouping::firstDay(int period) const
{
    const int m = firstMonth(period);
    return QDate(m / 100, m % 100, 1);
}

QDate PeriodGrouping::lastDay(int period) const
{
    const int m = lastMonth(period);
    const QDate first(m / 100, m % 100, 1);
    return first.addDays(first.daysInMonth() - 1);
}

int PeriodGrouping::next(int period) const
{
    switch (m_unit) {
    case Month:
        return period % 100 == 12 ? (period / 100 + 1) * 100 + 1 : period + 1;
    case Quarter:
        return period % 10 == 4 ? (period / 10 + 1) * 10 + 1 : period + 1;
    case Year:
        return period + 1;
    }
    return period + 1;
}

QString PeriodGrouping::label(int period) const
{
    switch (m_unit) {
    case Month:
        return QStringLiteral("%1 %2").arg(QLocale::c().monthName(period % 100, QLocale::ShortFormat)).arg(period / 100);
    case Quarter:
        return QStringLiteral("%1 Q%2").arg(period / 10).arg(period % 10);
    case Year:
        return QString::number(period);
    }
    return {};
}

int PeriodGrouping::yearOf(int period, PeriodGrouping grouping)
{
    switch (grouping.unit()) {
    case Month:
        return period / 100;
    case Quarter:
        return period / 10;
    case Year:
        return period;
    }
    return period;
}

} // namespace liaison
