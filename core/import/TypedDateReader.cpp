#include "TypedDateReader.h"

#include <QCoreApplication>

namespace liaison {

TypedDateReader::TypedDateReader(DateParser::DayOrder order, const QDate &today)
    : m_today(today)
{
    m_parser.setDayOrder(order);
    m_parser.setReferencePeriod(today.addDays(-182), today.addDays(182));
}

bool TypedDateReader::readRelative(QStringView text, PartialDate &date) const
{
    const QString lower = text.toString().toLower();
    if (lower == QLatin1String("today") || lower == QLatin1String("now")) {
        date = PartialDate(m_today);
        return true;
    }
    if (lower == QLatin1String("tomorrow")) {
        date = PartialDate(m_today.addDays(1));
        return true;
    }
    if (lower == QLatin1String("yesterday")) {
        date = PartialDate(m_today.addDays(-1));
        return true;
    }
    // "+2w", "+ 3 d", "-1m": a sign, a count, a unit.
    if (lower.size() < 3 || (lower.front() != QLatin1Char('+') && lower.front() != QLatin1Char('-')))
        return false;
    const QString body = lower.mid(1).simplified().remove(QLatin1Char(' '));
    if (body.size() < 2)
        return false;
    bool ok = false;
    const int count = body.left(body.size() - 1).toInt(&ok);
    if (!ok || count < 0 || count > 10000)
        return false;
    const int n = lower.front() == QLatin1Char('-') ? -count : count;
    switch (body.back().unicode()) {
    case 'd': date = PartialDate(m_today.addDays(n)); return true;
    case 'w': date = PartialDate(m_today.addDays(7 * n)); return true;
    case 'm': date = PartialDate(m_today.addMonths(n)); return true;
    case 'y': date = PartialDate(m_today.addYears(n)); return true;
    default: return false;
    }
}

PartialDate TypedDateReader::read(QStringView text, QString *error) const
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    PartialDate date;
    if (readRelative(trimmed, date))
        return date;
    QString why;
    const DateSpan span = m_parser.parse(trimmed, &why);
    if (!span.isValid()) {
        if (error)
            *error = why.isEmpty() ? QCoreApplication::translate("TypedDateReader", "not a date") : why;
        return {};
    }
    if (span.isRange()) {
        if (error)
            *error = QCoreApplication::translate("TypedDateReader", "one date, not a range");
        return {};
    }
    return span.start();
}

QString TypedDateReader::describe(const PartialDate &date)
{
    if (!date.isValid())
        return QCoreApplication::translate("TypedDateReader", "not set");
    return QStringLiteral("%1, %2").arg(date.toDisplayString(), precisionName(date.precision()));
}

} // namespace liaison
