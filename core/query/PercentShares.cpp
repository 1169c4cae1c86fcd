#include "PercentShares.h"

#include <QtMath>

#include <algorithm>
#include <numeric>

namespace liaison {

QList<qint64> PercentShares::units(const QList<double> &values, int decimals)
{
    double total = 0;
    for (double v : values)
        total += qMax(0.0, v);
    QList<qint64> result(values.size(), 0);
    if (total <= 0)
        return result;
    const qint64 whole = 100 * qint64(std::pow(10, decimals));
    QList<double> remainders(values.size(), 0);
    qint64 given = 0;
    for (int i = 0; i < values.size(); ++i) {
        const double quota = qMax(0.0, values.at(i)) / total * double(whole);
        result[i] = qint64(std::floor(quota));
        remainders[i] = quota - double(result.at(i));
        given += result.at(i);
    }
    // The units left over (fewer than there are values) go to the largest
    // remainders; ties to the larger value, then the earlier.
    QList<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (remainders.at(a) != remainders.at(b))
            return remainders.at(a) > remainders.at(b);
        return values.at(a) > values.at(b);
    });
    for (int k = 0; given < whole && k < order.size(); ++k, ++given)
        ++result[order.at(k)];
    // Something that happened is never shown as nothing: one unit from the largest share.
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i) > 0 && result.at(i) == 0) {
            const auto largest = std::max_element(result.begin(), result.end());
            if (*largest > 1) {
                --*largest;
                result[i] = 1;
            }
        }
    }
    return result;
}

QStringList PercentShares::texts(const QList<double> &values)
{
    QList<qint64> shares = units(values, 0);
    int decimals = 0;
    for (int i = 0; i < values.size(); ++i) {
        // Whole percents would have to round a share above zero up to 1 %
        // (or show it as 0 %): tenths for all of them then.
        if (values.at(i) > 0 && shares.at(i) <= 1) {
            const QList<qint64> tenths = units(values, 1);
            if (tenths.at(i) < 10) {
                shares = tenths;
                decimals = 1;
                break;
            }
        }
    }
    QStringList result;
    bool any = false;
    for (qint64 share : std::as_const(shares)) {
        any = any || share > 0;
        result.append(decimals == 0 ? QString::number(share) : QString::number(double(share) / 10.0, 'f', 1));
    }
    return any ? result : QStringList();
}

} // namespace liaison
