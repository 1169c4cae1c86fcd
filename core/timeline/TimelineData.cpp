#include "TimelineData.h"

#include <algorithm>

namespace liaison {

QString timelineLanesName(TimelineLanes lanes)
{
    switch (lanes) {
    case TimelineLanes::Kind: return QStringLiteral("kind");
    case TimelineLanes::Organisation: return QStringLiteral("organisation");
    case TimelineLanes::Partnership: return QStringLiteral("partnership");
    }
    return QString();
}

TimelineLanes timelineLanesFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = true;
    if (n == QLatin1String("organisation") || n == QLatin1String("organization"))
        return TimelineLanes::Organisation;
    if (n == QLatin1String("partnership"))
        return TimelineLanes::Partnership;
    if (ok)
        *ok = n == QLatin1String("kind");
    return TimelineLanes::Kind;
}

qint64 TimelineDailyCounts::countBetween(qint64 firstDay, qint64 lastDay) const
{
    if (days.isEmpty() || lastDay < firstDay)
        return 0;
    const auto lo = std::lower_bound(days.cbegin(), days.cend(), firstDay) - days.cbegin();
    const auto hi = std::upper_bound(days.cbegin(), days.cend(), lastDay) - days.cbegin(); // one past
    if (hi <= lo)
        return 0;
    return cumulative.at(hi - 1) - (lo > 0 ? cumulative.at(lo - 1) : 0);
}

} // namespace liaison
