#pragma once

#include <QList>
#include <QStringList>

namespace liaison {

// Shares of a whole in percent, rounded so that they add up to exactly 100
// (largest-remainder rounding: each share rounded down, the units left over
// go to the largest remainders), as a pie's labels must: 33 + 33 + 33 is 99,
// and rounding each on its own gave a pie of 101 %.
class PercentShares
{
public:
    // In units of 10^-decimals percent: {2, 1, 1} at 0 decimals is {50, 25, 25}.
    // A value above zero never gets 0 units while the largest can give one.
    static QList<qint64> units(const QList<double> &values, int decimals);
    // As shown: whole percents, or tenths for all when a share above zero
    // would show as 0 % ("0.3", "71.2"). Empty when the values add up to nothing.
    static QStringList texts(const QList<double> &values);
};

} // namespace liaison
