#include "TimelineAxis.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace liaison {

TimelineAxis::TimelineAxis(double firstDay, double lastDay, double pixelsPerDay, double minimumSpacing)
{
    static const Unit units[] = {Unit::Day, Unit::Week, Unit::Month, Unit::Quarter,
                                 Unit::Year, Unit::FiveYears, Unit::Decade, Unit::Century};
    m_minor = Unit::Century;
    for (Unit unit : units) {
        if (approximateDays(unit) * pixelsPerDay >= minimumSpacing) {
            m_minor = unit;
            break;
        }
    }
    switch (m_minor) {
    case Unit::Day:
    case Unit::Week: m_major = Unit::Month; break;
    case Unit::Month:
    case Unit::Quarter: m_major = Unit::Year; break;
    case Unit::Year:
    case Unit::FiveYears: m_major = Unit::Decade; break;
    case Unit::Decade:
    case Unit::Century: m_major = Unit::Century; break;
    }
    m_minorTicks = ticks(firstDay, lastDay, m_minor, false);
    m_majorTicks = ticks(firstDay, lastDay, m_major, true);
}

QList<TimelineAxis::Tick> TimelineAxis::ticks(double firstDay, double lastDay, Unit unit, bool major) const
{
    QList<Tick> result;
    qint64 day = unitStart(qint64(std::floor(firstDay)), unit);
    const qint64 last = qint64(std::ceil(lastDay));
    // Bounded: the minimum spacing keeps the count near the width in units.
    for (int guard = 0; day <= last && guard < 5000; ++guard) {
        result.append({day, label(day, unit, major)});
        day = nextUnit(day, unit);
    }
    return result;
}

qint64 TimelineAxis::unitStart(qint64 day, Unit unit)
{
    const QDate d = QDate::fromJulianDay(day);
    switch (unit) {
    case Unit::Day: return day;
    case Unit::Week: return day - (d.dayOfWeek() - 1);
    case Unit::Month: return QDate(d.year(), d.month(), 1).toJulianDay();
    case Unit::Quarter: return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1).toJulianDay();
    case Unit::Year: return QDate(d.year(), 1, 1).toJulianDay();
    case Unit::FiveYears: return QDate(d.year() - ((d.year() % 5) + 5) % 5, 1, 1).toJulianDay();
    case Unit::Decade: return QDate(d.year() - ((d.year() % 10) + 10) % 10, 1, 1).toJulianDay();
    case Unit::Century: return QDate(d.year() - ((d.year() % 100) + 100) % 100, 1, 1).toJulianDay();
    }
    return day;
}

qint64 TimelineAxis::nextUnit(qint64 day, Unit unit)
{
    const QDate d = QDate::fromJulianDay(day);
    switch (unit) {
    case Unit::Day: return day + 1;
    case Unit::Week: return day + 7;
    case Unit::Month: return d.addMonths(1).toJulianDay();
    case Unit::Quarter: return d.addMonths(3).toJulianDay();
    case Unit::Year: return d.addYears(1).toJulianDay();
    case Unit::FiveYears: return d.addYears(5).toJulianDay();
    case Unit::Decade: return d.addYears(10).toJulianDay();
    case Unit::Century: return d.addYears(100).toJulianDay();
    }
    return day + 1;
}

double TimelineAxis::approximateDays(Unit unit)
{
    switch (unit) {
    case Unit::Day: return 1;
    case Unit::Week: return 7;
    case Unit::Month: return 30.44;
    case Unit::Quarter: return 91.3;
    case Unit::Year: return 365.25;
    case Unit::FiveYears: return 5 * 365.25;
    case Unit::Decade: return 3652.5;
    case Unit::Century: return 36525;
    }
    return 1;
}

QString TimelineAxis::label(qint64 day, Unit unit, bool major)
{
    const QDate d = QDate::fromJulianDay(day);
    const QLocale c = QLocale::c();
    switch (unit) {
    case Unit::Day: return QString::number(d.day());
    case Unit::Week: return c.toString(d, QStringLiteral("d MMM"));
    case Unit::Month: return major ? c.toString(d, QStringLiteral("MMMM yyyy")) : c.toString(d, QStringLiteral("MMM"));
    case Unit::Quarter: return QStringLiteral("Q%1").arg((d.month() - 1) / 3 + 1);
    case Unit::Year:
    case Unit::FiveYears: return QString::number(d.year());
    case Unit::Decade: return QStringLiteral("%1s").arg(d.year());
    case Unit::Century: return QStringLiteral("%1s").arg(d.year());
    }
    return QString();
}

} // namespace liaison
