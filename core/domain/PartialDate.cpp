#include "PartialDate.h"

#include <QLocale>
#include <QRegularExpression>

namespace liaison {

namespace {
QDate normalisedStart(const QDate &date, DatePrecision precision)
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Day:
        return date;
    case DatePrecision::Month:
        return QDate(date.year(), date.month(), 1);
    case DatePrecision::Quarter:
        return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
    case DatePrecision::Year:
        return QDate(date.year(), 1, 1);
    }
    return {};
}
} // namespace

PartialDate::PartialDate(const QDate &date, DatePrecision precision)
    : m_first(normalisedStart(date, precision))
    , m_precision(precision)
{
}

PartialDate PartialDate::day(int year, int month, int day)
{
    return PartialDate(QDate(year, month, day), DatePrecision::Day);
}

PartialDate PartialDate::month(int year, int month)
{
    return PartialDate(QDate(year, month, 1), DatePrecision::Month);
}

PartialDate PartialDate::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    return PartialDate(QDate(year, (quarter - 1) * 3 + 1, 1), DatePrecision::Quarter);
}

PartialDate PartialDate::year(int year)
{
    return PartialDate(QDate(year, 1, 1), DatePrecision::Year);
}

QDate PartialDate::last() const
{
    if (!m_first.isValid())
        return {};
    switch (m_precision) {
    case DatePrecision::Day:
        return m_first;
    case DatePrecision::Month:
        return m_first.addMonths(1).addDays(-1);
    case DatePrecision::Quarter:
        return m_first.addMonths(3).addDays(-1);
    case DatePrecision::Year:
        return m_first.addYears(1).addDays(-1);
    }
    return m_first;
}

int PartialDate::monthKey() const
{
    return m_first.isValid() ? m_first.year() * 100 + m_first.month() : 0;
}

QString PartialDate::toIsoString() const
{
    if (!isValid())
        return {};
    const QString year = QString::number(m_first.year()).rightJustified(4, QLatin1Char('0'));
    switch (m_precision) {
    case DatePrecision::Day:
        return m_first.toString(Qt::ISODate);
    case DatePrecision::Month:
        return year + QLatin1Char('-') + QString::number(m_first.month()).rightJustified(2, QLatin1Char('0'));
    case DatePrecision::Quarter:
        return year + QStringLiteral("-Q") + QString::number((m_first.month() - 1) / 3 + 1);
    case DatePrecision::Year:
        return year;
    }
    return {};
}

PartialDate PartialDate::fromIsoString(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(?:Q([1-4])|(\\d{2})(?:-(\\d{2}))?))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    if (!match.captured(2).isEmpty())
        return quarter(year, match.captured(2).toInt());
    if (match.captured(3).isEmpty())
        return PartialDate::year(year);
    const int month = match.captured(3).toInt();
    if (match.captured(4).isEmpty())
        return PartialDate::month(year, month);
    return day(year, month, match.captured(4).toInt());
}

QString PartialDate::toDisplayString() const
{
    if (!isValid())
        return {};
    const QLocale c = QLocale::c();
    switch (m_precision) {
    case DatePrecision::Day:
        return c.toString(m_first, QStringLiteral("d MMM yyyy"));
    case DatePrecision::Month:
        return c.toString(m_first, QStringLiteral("MMM yyyy"));
    case DatePrecision::Quarter:
        return QStringLiteral("Q%1 %2").arg((m_first.month() - 1) / 3 + 1).arg(m_first.year());
    case DatePrecision::Year:
        return QString::number(m_first.year());
    }
    return {};
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day: return QStringLiteral("day");
    case DatePrecision::Month: return QStringLiteral("month");
    case DatePrecision::Quarter: return QStringLiteral("quarter");
    case DatePrecision::Year: return QStringLiteral("year");
    }
    return {};
}

} // namespace liaison
