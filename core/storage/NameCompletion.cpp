#include "NameCompletion.h"

#include "ActivityFilterSql.h"
#include "Database.h"

#include <QSqlQuery>

namespace liaison {

namespace {
struct KindColumns
{
    QString table;         // with alias t
    QStringList names;     // what the rank compares: name, short name…
    QStringList searched;  // where each word may occur
    QString alias;         // a subquery of other names for t.id, or empty
    QString shortName;     // SQL for the short name shown
    QString detail;        // SQL for the detail shown
};

KindColumns columnsOf(ListKind kind)
{
    switch (kind) {
    case ListKind::Organisations:
        return {QStringLiteral("organisations t"),
                {QStringLiteral("t.name"), QStringLiteral("t.short_name")},
                {QStringLiteral("t.name"), QStringLiteral("t.short_name"), QStringLiteral("t.notes")},
                QStringLiteral("SELECT LOWER(alias) FROM organisation_aliases WHERE organisation_id = t.id"),
                QStringLiteral("t.short_name"), QStringLiteral("t.country")};
    case ListKind::People:
        return {QStringLiteral("people t"),
                {QStringLiteral("t.name"), QStringLiteral("t.native_name")},
                {QStringLiteral("t.name"), QStringLiteral("t.native_name"), QStringLiteral("t.title"),
                 QStringLiteral("t.email"), QStringLiteral("t.notes")},
                {}, QStringLiteral("''"),
                QStringLiteral("(SELECT COALESCE(NULLIF(o.short_name, ''), o.name) FROM affiliations af "
                               "JOIN organisations o ON o.id = af.organisation_id WHERE af.person_id = t.id "
                               "AND af.to_date IS NULL ORDER BY af.from_date DESC, af.id DESC LIMIT 1)")};
    default:
        return {QStringLiteral("partnerships t"),
                {QStringLiteral("t.name")},
                {QStringLiteral("t.name"), QStringLiteral("t.focus"), QStringLiteral("t.owner"), QStringLiteral("t.notes")},
                {}, QStringLiteral("''"), QStringLiteral("t.stage")};
    }
}

QString lowered(const QString &column)
{
    return QStringLiteral("LOWER(COALESCE(%1, ''))").arg(column);
}
} // namespace

NameCompletion::NameCompletion(Database &db)
    : m_db(db)
{
}

QList<NameMatch> NameCompletion::matches(ListKind kind, const QString &text, int limit, const QList<qint64> &recent)
{
    const KindColumns c = columnsOf(kind);
    const QString typed = text.simplified().toLower();
    QVariantList values;

    // The rank: 0 exact, 1 prefix, 2 a word's prefix, 3 anywhere.
    QStringList exact;
    QStringList prefix;
    QStringList wordStart;
    QVariantList exactValues;
    QVariantList prefixValues;
    QVariantList wordValues;
    for (const QString &column : c.names) {
        exact.append(lowered(column) + QStringLiteral(" = ?"));
        exactValues.append(typed);
        prefix.append(lowered(column) + QStringLiteral(" LIKE ?"));
        prefixValues.append(typed + QLatin1Char('%'));
        // A word begins after a space (one test per row: every row of a short
        // text is ranked, so each LIKE counts).
        wordStart.append(lowered(column) + QStringLiteral(" LIKE ?"));
        wordValues.append(QStringLiteral("% ") + typed + QLatin1Char('%'));
    }
    if (!c.alias.isEmpty()) {
        exact.append(QStringLiteral("? IN (%1)").arg(c.alias));
        exactValues.append(typed);
    }
    const QString rank = QStringLiteral("CASE WHEN %1 THEN 0 WHEN %2 THEN 1 WHEN %3 THEN 2 ELSE 3 END")
                             .arg(exact.join(QStringLiteral(" OR ")), prefix.join(QStringLiteral(" OR ")),
                                  wordStart.join(QStringLiteral(" OR ")));
    values << exactValues << prefixValues << wordValues;

    // Recently used: their position in `recent`, the others after.
    QString recency = QStringLiteral("0");
    if (!recent.isEmpty()) {
        recency = QStringLiteral("CASE t.id");
        for (int i = 0; i < recent.size(); ++i) {
            recency += QStringLiteral(" WHEN ? THEN %1").arg(i);
            values.append(recent.at(i));
        }
        recency += QStringLiteral(" ELSE %1 END").arg(recent.size());
    }

    QStringList conditions;
    for (const QString &word : ActivityFilterSql::searchWords(text)) {
        QStringList any;
        const QString pattern = QLatin1Char('%') + word + QLatin1Char('%');
        for (const QString &column : c.searched) {
            any.append(lowered(column) + QStringLiteral(" LIKE ?"));
            values.append(pattern);
        }
        if (!c.alias.isEmpty()) {
            any.append(QStringLiteral("EXISTS (SELECT 1 FROM organisation_aliases x WHERE x.organisation_id = t.id "
                                      "AND LOWER(x.alias) LIKE ?)"));
            values.append(pattern);
        }
        conditions.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    // Ranked and cut to `limit` first; only those rows then read their detail
    // (a person's current organisation is a subquery each).
    QString inner = QStringLiteral("SELECT t.id, t.name, %1 AS short_name, %2 AS name_rank, %3 AS recency FROM %4")
                        .arg(c.shortName, rank, recency, c.table);
    if (!conditions.isEmpty())
        inner += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    inner += QStringLiteral(" ORDER BY name_rank, recency, t.name, t.id LIMIT ?");
    values.append(limit);
    const QString sql = QStringLiteral("SELECT x.id, x.name, x.short_name, %1, x.name_rank FROM (%2) x JOIN %3 ON t.id = x.id "
                                       "ORDER BY x.name_rank, x.recency, x.name, x.id")
                            .arg(c.detail, inner, c.table);
    QSqlQuery &query = m_db.exec(sql, values);
    QList<NameMatch> result;
    while (query.next()) {
        NameMatch match;
        match.id = query.value(0).toLongLong();
        match.name = query.value(1).toString();
        match.shortName = query.value(2).toString();
        match.detail = query.value(3).toString();
        match.rank = NameMatch::Rank(qBound(0, query.value(4).toInt(), 3));
        result.append(match);
    }
    query.finish();
    return result;
}

} // namespace liaison
