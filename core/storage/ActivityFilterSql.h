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
    // The conditions that name a set of activities through another table (or
    // the full-text index), each of which can drive a query or be tested per row.
    enum class Driver { Any, None, Text, Organisations, People, Partnerships, Areas, Countries };

    // `driver` says how those conditions are written (a plan for SQLite, whose
    // planner cannot tell a rare value from a common one):
    //  Any:  every one as "id IN (matches)"; the database chooses (PostgreSQL, counts).
    //  None: every one tested per row (EXISTS, or membership in the search
    //        matches), so that rows are met in the ORDER BY index's order and
    //        LIMIT stops early: best when every condition matches very many.
    //  one of them: that one drives (its matches fetched, then sorted), the
    //        others are tested per row: best when it matches few.
    ActivityFilterSql(const ActivityFilter &filter, DatabaseLocation::Backend backend,
                      const QString &alias = QStringLiteral("a"), Driver driver = Driver::Any);

    // The driver-capable conditions `filter` has, and for one of them a
    // "SELECT <activity id> FROM …" of its matches with the values it binds.
    static QList<Driver> drivers(const ActivityFilter &filter);
    static QString matchesSql(Driver condition, const ActivityFilter &filter, DatabaseLocation::Backend backend,
                              QVariantList &values);

    // "cond AND cond …", or "1=1" when nothing filters.
    QString condition() const { return m_conditions.isEmpty() ? QStringLiteral("1=1") : m_conditions.join(QStringLiteral(" AND ")); }
    const QVariantList &values() const { return m_values; }

    // The words of a search text, lower-cased, without punctuation.
    static QStringList searchWords(const QString &text);
    // The FTS5 MATCH expression for a search text (SQLite).
    static QString ftsQuery(const QString &text);
    // The to_tsquery expression for a search text (PostgreSQL).
    static QString tsQuery(const QString &text);

private:
    static QString placeholders(qsizetype count);
    // The table (aliased m) and condition on it that select one condition's matches.
    static void membership(Driver condition, const ActivityFilter &filter, QString &source, QString &where,
                           QVariantList &values, const QString &plus = {});

    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace liaison
