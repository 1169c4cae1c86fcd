#include "DateColumnSurvey.h"

#include "csv/CsvReader.h"

#include <QIODevice>

namespace liaison {

QList<int> DateColumnSurvey::dateColumns(const ImportMapping &mapping)
{
    QList<int> columns;
    for (const ColumnMapping &c : mapping.columns) {
        if (c.field == ImportField::Date || c.field == ImportField::EndDate || c.field == ImportField::FollowUpDue
            || c.field == ImportField::SignedDate || c.field == ImportField::From || c.field == ImportField::To)
            columns.append(c.column);
    }
    return columns;
}

void DateColumnSurvey::read(QIODevice &device, const CsvFormat &format, const ImportMapping &mapping)
{
    const QList<int> columns = dateColumns(mapping);
    for (int column : columns)
        m_columns.insert(column, Column());
    if (!device.isSequential())
        device.seek(0);
    CsvReader reader(&device, format);
    QStringList fields;
    for (int row = 0; row < kRows && reader.readRecord(fields); ++row) {
        if (row < mapping.headerRow) {
            m_titles.append(fields.join(QLatin1Char(' ')).simplified());
            continue;
        }
        if (row < mapping.dataStart)
            continue;
        for (int column : columns)
            add(column, fields.value(column), reader.recordLine());
    }
    if (!device.isSequential())
        device.seek(0);
}

void DateColumnSurvey::add(int column, const QString &cell, qint64 line)
{
    Column &c = m_columns[column];
    bool ambiguous = false;
    const int evidence = DateParser::dayOrderEvidence(cell, &ambiguous);
    const QString text = cell.trimmed().left(40);
    if (evidence > 0 && c.dayFirst++ == 0) {
        c.dayFirstText = text;
        c.dayFirstLine = line;
    } else if (evidence < 0 && c.monthFirst++ == 0) {
        c.monthFirstText = text;
        c.monthFirstLine = line;
    }
    if (ambiguous && c.ambiguous++ == 0) {
        c.ambiguousText = text;
        c.ambiguousLine = line;
    }
    if (c.datedLine == 0 && !cell.trimmed().isEmpty()) {
        static const DateParser withoutPeriod; // only cells with their own year read
        if (withoutPeriod.parse(cell).isValid()) {
            c.datedText = text;
            c.datedLine = line;
        }
    }
}

DateParser::DayOrder DateColumnSurvey::order(int column, DateParser::DayOrder fallback, const QString &fallbackReason,
                                             const QString &columnName, QString *warning) const
{
    using Order = DateParser::DayOrder;
    const Column c = m_columns.value(column);
    if (warning)
        warning->clear();
    if (c.dayFirst > 0 && c.monthFirst == 0)
        return Order::DayFirst;
    if (c.monthFirst > 0 && c.dayFirst == 0)
        return Order::MonthFirst;
    if (c.dayFirst > 0 && c.monthFirst > 0) {
        const Order order = c.dayFirst > c.monthFirst ? Order::DayFirst : c.monthFirst > c.dayFirst ? Order::MonthFirst : fallback;
        if (warning)
            *warning = QStringLiteral("column \"%1\": %2 cells are day-first (such as \"%3\", line %4) and %5 month-first "
                                      "(such as \"%6\", line %7); read as %8%9, so the others are refused")
                           .arg(columnName)
                           .arg(c.dayFirst)
                           .arg(c.dayFirstText)
                           .arg(c.dayFirstLine)
                           .arg(c.monthFirst)
                           .arg(c.monthFirstText)
                           .arg(c.monthFirstLine)
                           .arg(DateParser::dayOrderName(order),
                                c.dayFirst == c.monthFirst ? QStringLiteral(", ") + fallbackReason : QString());
        return order;
    }
    if (c.ambiguous > 0 && warning)
        *warning = QStringLiteral("column \"%1\": dates such as \"%2\" (line %3) could be day-first or month-first and no "
                                  "cell shows which; read as %4, %5 (give --day-first or --month-first if that is wrong)")
                       .arg(columnName, c.ambiguousText)
                       .arg(c.ambiguousLine)
                       .arg(DateParser::dayOrderName(fallback), fallbackReason);
    return fallback;
}

int DateColumnSurvey::evidence() const
{
    int dayFirst = 0, monthFirst = 0;
    for (const Column &c : m_columns) {
        dayFirst += c.dayFirst;
        monthFirst += c.monthFirst;
    }
    return dayFirst > monthFirst ? 1 : monthFirst > dayFirst ? -1 : 0;
}

int DateColumnSurvey::ambiguousCells() const
{
    int count = 0;
    for (const Column &c : m_columns)
        count += c.ambiguous;
    return count;
}

} // namespace liaison
