#pragma once

#include <QList>
#include <QString>

namespace liaison {

// The ticks of a time axis at a given zoom: a fine row (days, weeks, months,
// quarters, years, decades) labelled under a coarse row (months, years,
// decades) so that a reader always knows where they are.
class TimelineAxis
{
public:
    enum class Unit { Day, Week, Month, Quarter, Year, FiveYears, Decade, Century };

    struct Tick
    {
        qint64 day = 0; // Julian day where the unit begins
        QString label;
    };

    // `pixelsPerDay` and `minimumSpacing` in the same device units.
    TimelineAxis(double firstDay, double lastDay, double pixelsPerDay, double minimumSpacing);

    Unit minorUnit() const { return m_minor; }
    Unit majorUnit() const { return m_major; }
    const QList<Tick> &minorTicks() const { return m_minorTicks; }
    const QList<Tick> &majorTicks() const { return m_majorTicks; }

    static qint64 unitStart(qint64 day, Unit unit);
    static qint64 nextUnit(qint64 day, Unit unit);
    static double approximateDays(Unit unit);
    static QString label(qint64 day, Unit unit, bool major);

private:
    QList<Tick> ticks(double firstDay, double lastDay, Unit unit, bool major) const;

    Unit m_minor = Unit::Year;
    Unit m_major = Unit::Decade;
    QList<Tick> m_minorTicks;
    QList<Tick> m_majorTicks;
};

} // namespace liaison
