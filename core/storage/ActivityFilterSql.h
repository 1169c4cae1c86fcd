#pragma once

#include "DatabaseLocation.h"
#include "query/ActivityFilter.h"

#include <QVariantList>

namespace liaison {

// Turns an ActivityFilter into SQL conditions over `activities` (aliased as
// given), with its values to bind in order. One translation for every query
// that filters activities — lists, timeline, aggregates — so they always agree.
class ActivityFilterSql
{
public:
    // `scanInOrder` (SQLite): for a search matching very many activities, test
    // each row met in the ORDER BY index's order against the matches instead
    // of fetching every match and sorting them: LIMIT then stops early.
    ActivityFilterSql(const ActivityFilter &filter, DatabaseLocation::Backend backend,
                      const QString &alias = QStringLiteral("a"), bool scanInOrder = false);

    // "cond AND cond …", or "1=1" when nothing filters.
    QString condition() const { return m_conditions.isEmpty() ? QStringLiteral("1=1") : m_conditions.join(QStringLiteral(" AND ")); }
    const QVariantList &values() const { return m_values; }

    // The words of a search text, lower-cased, without punctuation.
    static QStringList searchWords(const QString &text);
    // The FTS5 MATCH expression for a search text (SQLite).
    static QString ftsQuery(const QString &text);

private:
    QString placeholders(qsizetype count) const;

    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace liaison
