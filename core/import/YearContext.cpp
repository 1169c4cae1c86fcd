#include "YearContext.h"

namespace liaison {

void YearContext::setFileName(const QString &name)
{
    m_name = name;
    m_fileName = ReferencePeriodFinder::find(name);
}

void YearContext::addTitle(const QString &text)
{
    if (m_title.isValid())
        return;
    m_title = ReferencePeriodFinder::find(text);
    if (m_title.isValid())
        m_titleText = text.simplified().left(80);
}

void YearContext::noteDated(int column, const DateSpan &span, qint64 line, const QString &text, bool below)
{
    if (!span.isValid())
        return;
    QHash<int, Dated> &dated = below ? m_below : m_above;
    if (below && dated.contains(column))
        return;
    dated.insert(column, Dated{span.first(), line, text.left(40)});
}

// Twelve whole months around a dated cell (five before its month, six after):
// one year fits each month, and the nearest is taken ("Dec-13" then "Jan" is
// January 2014).
YearContext::Period YearContext::around(const Dated &dated, bool below) const
{
    const QDate month(dated.first.year(), dated.first.month(), 1);
    Period p;
    p.from = month.addMonths(-5);
    p.to = month.addMonths(7).addDays(-1);
    p.source = Source::Column;
    p.description = QStringLiteral("the dated cells of the same column (\"%1\", line %2%3)")
                        .arg(dated.text)
                        .arg(dated.line)
                        .arg(below ? QStringLiteral(", below") : QString());
    return p;
}

YearContext::Period YearContext::periodFor(int column, QStringView yearCell) const
{
    Period p;
    // "2014", or a period such as "2013-14" (the financial year).
    const QStringView year = yearCell.trimmed();
    const ReferencePeriodFinder::Period rowPeriod =
        !year.isEmpty() && year.size() <= 20 ? ReferencePeriodFinder::find(year) : ReferencePeriodFinder::Period();
    if (rowPeriod.isValid()) {
        p.from = rowPeriod.from;
        p.to = rowPeriod.to;
        p.source = Source::YearColumn;
        p.description = QStringLiteral("the Year column of the same row");
        return p;
    }
    if (m_fileName.isValid()) {
        p.from = m_fileName.from;
        p.to = m_fileName.to;
        p.source = Source::FileName;
        p.description = QStringLiteral("the file name \"%1\" (%2)").arg(m_name, m_fileName.description);
        return p;
    }
    if (m_title.isValid()) {
        p.from = m_title.from;
        p.to = m_title.to;
        p.source = Source::Title;
        p.description = QStringLiteral("the title \"%1\" (%2)").arg(m_titleText, m_title.description);
        return p;
    }
    if (const auto it = m_above.constFind(column); it != m_above.cend())
        return around(*it, false);
    if (const auto it = m_below.constFind(column); it != m_below.cend())
        return around(*it, true);
    return p;
}

} // namespace liaison
