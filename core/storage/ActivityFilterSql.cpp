#include "ActivityFilterSql.h"

#include "Schema.h"

namespace liaison {

ActivityFilterSql::ActivityFilterSql(const ActivityFilter &filter, DatabaseLocation::Backend backend,
                                     const QString &alias, Driver driver)
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
    for (Driver condition : drivers(filter)) {
        const bool drives = driver == Driver::Any || driver == condition;
        if (condition == Driver::Text) {
            // Full-text: every word must occur, as a word or a word's beginning.
            if (backend == DatabaseLocation::Backend::SQLite) {
                // A unary + keeps SQLite from driving the query by the match list;
                // it is then a membership test (FTS5 cannot test one rowid fast).
                m_conditions.append(QStringLiteral("%1%2.id IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?)")
                                        .arg(drives ? QString() : QStringLiteral("+"), a));
                m_values.append(ftsQuery(filter.text));
            } else if (driver == Driver::Any) {
                m_conditions.append(QStringLiteral("%1 @@ to_tsquery('simple', ?)").arg(Schema::activitySearchVector(a)));
                m_values.append(tsQuery(filter.text));
            } else if (drives) {
                // Few matches: fetched once through the GIN index, then the rows by
                // id. PostgreSQL cannot estimate how many a prefix matches, and
                // for a word that matches nothing it would scan the date index
                // computing every row's words (2.4 s on 1M activities).
                m_conditions.append(QStringLiteral("%1.id = ANY (ARRAY(SELECT x.id FROM activities x WHERE %2 @@ to_tsquery('simple', ?)))")
                                        .arg(a, Schema::activitySearchVector(QStringLiteral("x"))));
                m_values.append(tsQuery(filter.text));
            } else {
                // Very many matches: tested per row met in the ORDER BY index's
                // order (a CASE hides it from the GIN index and from the estimate).
                m_conditions.append(QStringLiteral("CASE WHEN %1 @@ to_tsquery('simple', ?) THEN TRUE ELSE FALSE END")
                                        .arg(Schema::activitySearchVector(a)));
                m_values.append(tsQuery(filter.text));
            }
            continue;
        }
        QString source, where;
        QVariantList values;
        // Tested per row, the lookup goes by the activity's id: a unary + keeps
        // SQLite from seeking (organisation, activity) once per organisation.
        const bool sqlite = backend == DatabaseLocation::Backend::SQLite;
        membership(condition, filter, source, where, values, drives || !sqlite ? QString() : QStringLiteral("+"));
        if (drives)
            m_conditions.append(QStringLiteral("%1.id IN (SELECT m.activity_id FROM %2 WHERE %3)").arg(a, source, where));
        else
            m_conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM %2 WHERE m.activity_id = %1.id AND %3)").arg(a, source, where));
        m_values.append(values);
    }
}

QList<ActivityFilterSql::Driver> ActivityFilterSql::drivers(const ActivityFilter &filter)
{
    QList<Driver> result;
    if (!filter.organisationIds.isEmpty())
        result.append(Driver::Organisations);
    if (!filter.personIds.isEmpty())
        result.append(Driver::People);
    if (!filter.partnershipIds.isEmpty())
        result.append(Driver::Partnerships);
    if (!filter.areas.isEmpty())
        result.append(Driver::Areas);
    if (!filter.countries.isEmpty())
        result.append(Driver::Countries);
    if (!searchWords(filter.text).isEmpty())
        result.append(Driver::Text);
    return result;
}

void ActivityFilterSql::membership(Driver condition, const ActivityFilter &filter, QString &source, QString &where,
                                   QVariantList &values, const QString &plus)
{
    switch (condition) {
    case Driver::Organisations:
        source = QStringLiteral("activity_participants m");
        where = plus + QStringLiteral("m.organisation_id IN (%1)").arg(placeholders(filter.organisationIds.size()));
        for (qint64 id : filter.organisationIds)
            values.append(id);
        break;
    case Driver::People:
        source = QStringLiteral("activity_participants m");
        where = plus + QStringLiteral("m.person_id IN (%1)").arg(placeholders(filter.personIds.size()));
        for (qint64 id : filter.personIds)
            values.append(id);
        break;
    case Driver::Partnerships:
        source = QStringLiteral("activity_partnerships m");
        where = plus + QStringLiteral("m.partnership_id IN (%1)").arg(placeholders(filter.partnershipIds.size()));
        for (qint64 id : filter.partnershipIds)
            values.append(id);
        break;
    case Driver::Areas:
        source = QStringLiteral("activity_areas m");
        where = plus + QStringLiteral("m.area_id IN (SELECT id FROM areas WHERE name IN (%1))").arg(placeholders(filter.areas.size()));
        for (const QString &area : filter.areas)
            values.append(area);
        break;
    case Driver::Countries:
        // Through the country's organisations: (organisation_id, activity_id) is an index.
        source = QStringLiteral("activity_participants m");
        where = plus + QStringLiteral("m.organisation_id IN (SELECT id FROM organisations WHERE country IN (%1))")
                    .arg(placeholders(filter.countries.size()));
        for (const QString &country : filter.countries)
            values.append(country);
        break;
    default:
        break;
    }
}

QString ActivityFilterSql::matchesSql(Driver condition, const ActivityFilter &filter, DatabaseLocation::Backend backend,
                                      QVariantList &values)
{
    if (condition == Driver::Text) {
        if (backend == DatabaseLocation::Backend::SQLite) {
            values.append(ftsQuery(filter.text));
            return QStringLiteral("SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?");
        }
        values.append(tsQuery(filter.text));
        return QStringLiteral("SELECT a.id FROM activities a WHERE %1 @@ to_tsquery('simple', ?)")
            .arg(Schema::activitySearchVector(QStringLiteral("a")));
    }
    QString source, where;
    membership(condition, filter, source, where, values);
    return QStringLiteral("SELECT m.activity_id FROM %1 WHERE %2").arg(source, where);
}

QString ActivityFilterSql::tsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : searchWords(text))
        terms.append(word + QStringLiteral(":*"));
    return terms.join(QStringLiteral(" & "));
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

QString ActivityFilterSql::placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace liaison
