#include "ActivityFilterSql.h"

#include "Schema.h"

namespace liaison {

ActivityFilterSql::ActivityFilterSql(const ActivityFilter &filter, DatabaseLocation::Backend backend,
                                     const QString &alias, bool scanInOrder)
{
    const QString a = alias;
    if (!filter.kinds.isEmpty()) {
        m_conditions.append(QStringLiteral("%1.kind IN (%2)").arg(a, placeholders(filter.kinds.size())));
        for (ActivityKind kind : filter.kinds)
            m_values.append(activityKindName(kind));
    }
    // Overlap of [start_date, last_date] with [from, to]: an activity known only
    // to the month counts in a range that touches that month.
    if (filter.from.isValid()) {
        m_conditions.append(QStringLiteral("%1.last_date >= ?").arg(a));
        m_values.append(filter.from);
    }
    if (filter.to.isValid()) {
        m_conditions.append(QStringLiteral("%1.start_date <= ?").arg(a));
        m_values.append(filter.to);
    }
    if (!filter.organisationIds.isEmpty()) {
        m_conditions.append(QStringLiteral("%1.id IN (SELECT activity_id FROM activity_participants "
                                           "WHERE organisation_id IN (%2))")
                                .arg(a, placeholders(filter.organisationIds.size())));
        for (qint64 id : filter.organisationIds)
            m_values.append(id);
    }
    if (!filter.personIds.isEmpty()) {
        m_conditions.append(QStringLiteral("%1.id IN (SELECT activity_id FROM activity_participants "
                                           "WHERE person_id IN (%2))")
                                .arg(a, placeholders(filter.personIds.size())));
        for (qint64 id : filter.personIds)
            m_values.append(id);
    }
    if (!filter.partnershipIds.isEmpty()) {
        m_conditions.append(QStringLiteral("%1.id IN (SELECT activity_id FROM activity_partnerships "
                                           "WHERE partnership_id IN (%2))")
                                .arg(a, placeholders(filter.partnershipIds.size())));
        for (qint64 id : filter.partnershipIds)
            m_values.append(id);
    }
    if (!filter.areas.isEmpty()) {
        m_conditions.append(QStringLiteral("%1.id IN (SELECT aa.activity_id FROM activity_areas aa "
                                           "JOIN areas ar ON ar.id = aa.area_id WHERE ar.name IN (%2))")
                                .arg(a, placeholders(filter.areas.size())));
        for (const QString &area : filter.areas)
            m_values.append(area);
    }
    if (!filter.countries.isEmpty()) {
        m_conditions.append(QStringLiteral("%1.id IN (SELECT ap.activity_id FROM activity_participants ap "
                                           "JOIN organisations o ON o.id = ap.organisation_id WHERE o.country IN (%2))")
                                .arg(a, placeholders(filter.countries.size())));
        for (const QString &country : filter.countries)
            m_values.append(country);
    }
    // Full-text: every word must occur, as a word or a word's beginning.
    const QStringList words = searchWords(filter.text);
    if (!words.isEmpty()) {
        if (backend == DatabaseLocation::Backend::SQLite) {
            // A unary + keeps SQLite from driving the query by the id list.
            m_conditions.append(QStringLiteral("%1%2.id IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?)")
                                    .arg(scanInOrder ? QStringLiteral("+") : QString(), a));
            m_values.append(ftsQuery(filter.text));
        } else {
            m_conditions.append(QStringLiteral("%1 @@ to_tsquery('simple', ?)").arg(Schema::activitySearchVector(a)));
            QStringList terms;
            for (const QString &word : words)
                terms.append(word + QStringLiteral(":*"));
            m_values.append(terms.join(QStringLiteral(" & ")));
        }
    }
}

QString ActivityFilterSql::ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : searchWords(text))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QStringList ActivityFilterSql::searchWords(const QString &text)
{
    // Letters and digits only: what both full-text tokenizers index, and nothing
    // that could be read as query syntax.
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QString ActivityFilterSql::placeholders(qsizetype count) const
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace liaison
