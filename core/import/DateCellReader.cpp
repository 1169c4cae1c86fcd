#include "DateCellReader.h"

#include <QFileInfo>
#include <QLocale>

namespace liaison {

DateCellReader::DateCellReader(const ImportMapping &mapping)
    : m_mapping(mapping)
{
    m_base.setDayOrder(mapping.dayOrder);
    m_base.setReferencePeriod(mapping.referenceFrom, mapping.referenceTo);
}

void DateCellReader::prepare(const DateColumnSurvey &survey, const QStringList &header, const QString &source,
                             QStringList *warnings)
{
    QString systemFormat;
    const DateParser::DayOrder systemOrder = DateParser::systemDayOrder(&systemFormat);
    for (int column : DateColumnSurvey::dateColumns(m_mapping)) {
        const QString name = header.value(column).trimmed();
        QString warning;
        const DateParser::DayOrder order =
            m_mapping.dayOrderGiven ? m_mapping.dayOrder
                                    : survey.order(column, systemOrder, QStringLiteral("the system's order (%1)").arg(systemFormat),
                                                   name.isEmpty() ? QString::number(column + 1) : name, &warning);
        m_orders.insert(column, order);
        if (!warning.isEmpty() && warnings)
            warnings->append(warning);
        const DateColumnSurvey::Column &c = survey.columns().value(column);
        if (c.datedLine > 0) {
            DateParser first;
            first.setDayOrder(order);
            m_years.noteDated(column, first.parse(c.datedText), c.datedLine, c.datedText, true);
        }
    }
    // The name only: a folder's year says nothing about the file.
    m_years.setFileName(QFileInfo(source).fileName());
    for (const QString &title : survey.titles())
        m_years.addTitle(title);
}

DateSpan DateCellReader::read(int column, const QString &text, QStringView yearCell, qint64 line, QString *error,
                              QStringList *notes)
{
    DateParser parser = m_base;
    if (const auto it = m_orders.constFind(column); it != m_orders.cend())
        parser.setDayOrder(*it);
    QString reason;
    DateParser::Details details;
    DateSpan span = parser.parse(text, &reason, &details);
    YearContext::Period period;
    if (!span.isValid() && details.missingYear) {
        period = m_years.periodFor(column, yearCell);
        if (!period.isValid()) {
            if (error)
                *error = QStringLiteral("\"%1\": no year, and neither a Year column, the file name, a title row nor "
                                        "another dated cell of the column gives one (give --year-from)")
                             .arg(quoted(text));
            return {};
        }
        parser.setReferencePeriod(period.from, period.to);
        span = parser.parse(text, &reason, &details);
        if (span.isValid() && !m_sourcesSaid.contains(int(period.source))) {
            m_sourcesSaid.insert(int(period.source));
            m_warnings.append(QStringLiteral("dates without a year take it from %1").arg(period.description));
        }
    }
    if (!span.isValid()) {
        if (error)
            *error = QStringLiteral("\"%1\": %2").arg(quoted(text), reason);
        return {};
    }
    if (notes && details.outsidePeriod) {
        const QString where = period.isValid() ? period.description
                                               : QStringLiteral("the period you gave (%1 to %2)")
                                                     .arg(m_base.referenceFrom().toString(Qt::ISODate),
                                                          m_base.referenceTo().toString(Qt::ISODate));
        notes->append(QStringLiteral("\"%1\" falls outside %2; read as %3").arg(quoted(text), where, span.toDisplayString()));
    }
    if (notes && details.listParts > 1)
        notes->append(QStringLiteral("\"%1\" lists %2 dates; read as the span %3")
                          .arg(quoted(text))
                          .arg(details.listParts)
                          .arg(span.toDisplayString()));
    if (!details.yearFromPeriod)
        m_years.noteDated(column, span, line, text);
    return span;
}

QStringList DateCellReader::takeWarnings()
{
    QStringList warnings;
    warnings.swap(m_warnings);
    return warnings;
}

QString DateCellReader::fromParts(const QString &day, const QString &month, const QString &year)
{
    QString monthText = month.trimmed();
    bool number = false;
    const int m = monthText.toInt(&number);
    if (number && m >= 1 && m <= 12)
        monthText = QLocale::c().monthName(m);
    QStringList parts;
    if (!monthText.isEmpty() && !day.trimmed().isEmpty())
        parts.append(day.trimmed());
    if (!monthText.isEmpty())
        parts.append(monthText);
    static const DateParser withoutPeriod;
    if (!year.trimmed().isEmpty() && (monthText.isEmpty() || !withoutPeriod.parse(monthText).isValid()))
        parts.append(year.trimmed());
    return parts.join(QLatin1Char(' '));
}

QString DateCellReader::quoted(const QString &text)
{
    return text.size() > 60 ? text.left(57) + QStringLiteral("…") : text;
}

} // namespace liaison
