#include "ReferencePeriodFinder.h"

#include <QList>

namespace liaison {

namespace {
const char *const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};

// "aprjun" → {4, 6}, "julsept" → {7, 9}, "january" → {1}; false unless the
// whole word is month names (so "summary" or "decision" are not months).
bool monthsOfWord(QStringView word, QList<int> &months)
{
    qsizetype at = 0;
    while (at < word.size()) {
        const QStringView rest = word.mid(at);
        int found = 0;
        qsizetype length = 0;
        for (int m = 0; m < 12 && !found; ++m) {
            const QLatin1String name(kMonths[m]);
            if (rest.startsWith(name)) {
                found = m + 1;
                length = name.size();
            }
        }
        if (!found && rest.startsWith(QLatin1String("sept"))) {
            found = 9;
            length = 4;
        }
        for (int m = 0; m < 12 && !found; ++m) {
            const QLatin1String abbreviation(kMonths[m], 3);
            if (rest.startsWith(abbreviation)) {
                found = m + 1;
                length = 3;
            }
        }
        if (!found)
            return false;
        months.append(found);
        at += length;
    }
    return !months.isEmpty();
}

QString monthName(int month)
{
    QString name = QString::fromLatin1(kMonths[month - 1]);
    name[0] = name.at(0).toUpper();
    return name;
}
} // namespace

QString ReferencePeriodFinder::describe(const QDate &from, const QDate &to)
{
    if (from.month() == 1 && from.day() == 1 && to.month() == 12 && to.day() == 31 && from.year() == to.year())
        return QString::number(from.year());
    if (from.year() == to.year() && from.month() == to.month())
        return QStringLiteral("%1 %2").arg(monthName(from.month())).arg(from.year());
    if (from.year() == to.year())
        return QStringLiteral("%1 to %2 %3").arg(monthName(from.month()), monthName(to.month())).arg(from.year());
    return QStringLiteral("%1 %2 to %3 %4").arg(monthName(from.month())).arg(from.year()).arg(monthName(to.month())).arg(to.year());
}

ReferencePeriodFinder::Period ReferencePeriodFinder::find(QStringView input)
{
    // Titles and names are short; a long cell is not a title (and costs nothing).
    const QString text = input.left(400).toString().toLower();
    QList<int> months, years, shortYears;
    int quarter = 0, financialYear = 0;
    bool quarterWord = false;
    qsizetype monthsEnd = -10; // where the last month word ended
    qsizetype quarterEnd = -10;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        qsizetype j = i;
        if (c.isLetter()) {
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            QList<int> found;
            if (monthsOfWord(word, found)) {
                months += found;
                monthsEnd = j;
                quarterWord = false;
            } else {
                quarterWord = word == QLatin1String("q") || word == QLatin1String("quarter");
            }
        } else if (c.isDigit()) {
            int value = 0;
            while (j < n && text.at(j).isDigit()) {
                if (j - i < 6)
                    value = value * 10 + text.at(j).digitValue();
                ++j;
            }
            const qsizetype digits = j - i;
            if (quarterWord && digits == 1 && value >= 1 && value <= 4) {
                quarter = value;
                quarterEnd = j;
            } else if (digits == 4 && value >= 1900 && value <= 2099) {
                // "2013-14", "2013/14": the financial year from April.
                if (j + 3 <= n && (text.at(j) == QLatin1Char('-') || text.at(j) == QLatin1Char('/'))
                    && text.at(j + 1).isDigit() && text.at(j + 2).isDigit() && (j + 3 == n || !text.at(j + 3).isDigit())
                    && text.mid(j + 1, 2).toInt() == (value + 1) % 100) {
                    financialYear = value;
                    j += 3;
                } else {
                    years.append(value);
                }
            } else if (digits == 2 && (i - monthsEnd <= 1 || i - quarterEnd <= 1)) {
                shortYears.append(2000 + value); // "aprjun13", "jan-mar-14", "Q3-14" (not "January - 31 March")
            }
            quarterWord = false;
        } else {
            ++j;
        }
        i = j;
    }
    if (years.isEmpty() && !financialYear)
        years = shortYears;
    Period period;
    if (quarter > 0 && !years.isEmpty()) {
        period.from = QDate(years.last(), (quarter - 1) * 3 + 1, 1);
        period.to = period.from.addMonths(3).addDays(-1);
    } else if (!months.isEmpty() && (!years.isEmpty() || financialYear)) {
        const int first = months.first(), last = months.last();
        int fromYear, toYear;
        if (!years.isEmpty()) {
            toYear = years.last();
            fromYear = years.size() >= 2 ? years.first() : (first > last ? toYear - 1 : toYear);
        } else {
            fromYear = first >= 4 ? financialYear : financialYear + 1;
            toYear = last >= 4 ? financialYear : financialYear + 1;
        }
        period.from = QDate(fromYear, first, 1);
        period.to = QDate(toYear, last, 1).addMonths(1).addDays(-1);
    } else if (financialYear) {
        period.from = QDate(financialYear, 4, 1);
        period.to = QDate(financialYear + 1, 3, 31);
        period.description = QStringLiteral("the financial year %1-%2 (April %1 to March %3)")
                                 .arg(financialYear)
                                 .arg((financialYear + 1) % 100, 2, 10, QLatin1Char('0'))
                                 .arg(financialYear + 1);
        return period;
    } else if (!years.isEmpty() && months.isEmpty()) {
        period.from = QDate(years.first(), 1, 1);
        period.to = QDate(years.last(), 12, 31);
    }
    if (!period.isValid() || period.to < period.from)
        return {};
    period.description = describe(period.from, period.to);
    return period;
}

} // namespace liaison
