#include "ListQuery.h"

#include "ActivityFilterSql.h"
#include "Database.h"
#include "RecordTable.h"
#include "StorageError.h"
#include "domain/DateSpan.h"

#include <QSqlQuery>

#include <algorithm>

namespace liaison {

namespace {
struct KindSql
{
    QString select;          // id first, then what the row needs
    QString from;            // FROM … (with the alias the conditions use)
    QStringList sortColumns; // one SQL expression per column
    QString idColumn;
};

const QString kCurrentOrganisation = QStringLiteral(
    "(SELECT o.name FROM affiliations af JOIN organisations o ON o.id = af.organisation_id "
    "WHERE af.person_id = p.id AND af.to_date IS NULL ORDER BY af.from_date DESC, af.id DESC LIMIT 1)");

KindSql kindSql(ListKind kind)
{
    switch (kind) {
    case ListKind::Organisations:
        return {QStringLiteral("o.id, o.name, o.short_name, o.kind, o.country"), QStringLiteral("organisations o"),
                {QStringLiteral("o.name"), QStringLiteral("o.short_name"), QStringLiteral("o.kind"), QStringLiteral("o.country")},
                QStringLiteral("o.id")};
    case ListKind::People:
        return {QStringLiteral("p.id, p.name, p.native_name, p.title, ") + kCurrentOrganisation, QStringLiteral("people p"),
                {QStringLiteral("p.name"), QStringLiteral("p.native_name"), QStringLiteral("p.title"), kCurrentOrganisation},
                QStringLiteral("p.id")};
    case ListKind::Partnerships:
        return {QStringLiteral("s.id, s.name, s.stage, s.owner, s.focus"), QStringLiteral("partnerships s"),
                {QStringLiteral("s.name"), QStringLiteral("s.stage"), QStringLiteral("s.owner"), QStringLiteral("s.focus")},
                QStringLiteral("s.id")};
    case ListKind::Activities:
        return {QStringLiteral("a.id, a.start_date, a.start_precision, a.end_date, a.end_precision, a.kind, a.title, a.location"),
                QStringLiteral("activities a"),
                {QStringLiteral("a.start_date"), QStringLiteral("a.kind"), QStringLiteral("a.title"), QStringLiteral("a.location")},
                QStringLiteral("a.id")};
    case ListKind::FollowUps:
        return {QStringLiteral("a.id, a.follow_up_due, a.kind, a.title, a.follow_up_done"), QStringLiteral("activities a"),
                {QStringLiteral("a.follow_up_due"), QStringLiteral("a.kind"), QStringLiteral("a.title"),
                 QStringLiteral("a.follow_up_done")},
                QStringLiteral("a.id")};
    }
    return {};
}

// Each word must occur (case-insensitively, anywhere) in one of `columns`.
void addWordConditions(const QString &text, const QStringList &columns, const QString &extra,
                       QStringList &conditions, QVariantList &values)
{
    for (const QString &word : ActivityFilterSql::searchWords(text)) {
        QStringList any;
        const QString pattern = QLatin1Char('%') + word + QLatin1Char('%');
        for (const QString &column : columns) {
            any.append(QStringLiteral("LOWER(COALESCE(%1, '')) LIKE ?").arg(column));
            values.append(pattern);
        }
        if (!extra.isEmpty()) {
            any.append(extra);
            values.append(pattern);
        }
        conditions.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
}
} // namespace

ListQuery::ListQuery(Database &db)
    : m_db(db)
{
}

QStringList ListQuery::columns(ListKind kind)
{
    switch (kind) {
    case ListKind::Organisations: return {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("kind"), QStringLiteral("country")};
    case ListKind::People: return {QStringLiteral("name"), QStringLiteral("native_name"), QStringLiteral("title"), QStringLiteral("organisation")};
    case ListKind::Partnerships: return {QStringLiteral("name"), QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("focus")};
    case ListKind::Activities: return {QStringLiteral("when"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("location")};
    case ListKind::FollowUps: return {QStringLiteral("due"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("done")};
    }
    return {};
}

QString ListQuery::fromWhere(const ListRequest &request, QVariantList &values, ActivityFilterSql::Driver driver) const
{
    const KindSql sql = kindSql(request.kind);
    QStringList conditions;
    switch (request.kind) {
    case ListKind::Organisations:
        addWordConditions(request.text, {QStringLiteral("o.name"), QStringLiteral("o.short_name"), QStringLiteral("o.notes")},
                          QStringLiteral("o.id IN (SELECT organisation_id FROM organisation_aliases WHERE LOWER(alias) LIKE ?)"),
                          conditions, values);
        break;
    case ListKind::People:
        addWordConditions(request.text, {QStringLiteral("p.name"), QStringLiteral("p.native_name"), QStringLiteral("p.title"),
                                         QStringLiteral("p.email"), QStringLiteral("p.notes")},
                          {}, conditions, values);
        break;
    case ListKind::Partnerships:
        addWordConditions(request.text, {QStringLiteral("s.name"), QStringLiteral("s.focus"), QStringLiteral("s.owner"),
                                         QStringLiteral("s.notes")},
                          {}, conditions, values);
        if (request.partyOrganisationId != 0) {
            conditions.append(QStringLiteral("s.id IN (SELECT partnership_id FROM partnership_parties WHERE organisation_id = ?)"));
            values.append(request.partyOrganisationId);
        }
        break;
    case ListKind::FollowUps:
        // Any activity with a follow-up date (the editors offer one on
        // introductions and meetings); the open ones read a partial index.
        conditions.append(QStringLiteral("a.follow_up_due IS NOT NULL"));
        if (!request.includeDone)
            conditions.append(QStringLiteral("NOT a.follow_up_done"));
        Q_FALLTHROUGH();
    case ListKind::Activities: {
        const ActivityFilterSql filter(request.filter, m_db.backend(), QStringLiteral("a"), driver);
        conditions.append(filter.condition());
        values.append(filter.values());
        if (request.rollUpOrganisationId != 0) {
            // Affiliated at the time: the affiliation's span overlaps the activity's.
            conditions.append(QStringLiteral(
                "a.id IN (SELECT activity_id FROM activity_participants WHERE organisation_id = ? "
                "UNION SELECT ap.activity_id FROM activity_participants ap "
                "JOIN affiliations af ON af.person_id = ap.person_id "
                "JOIN activities x ON x.id = ap.activity_id "
                "WHERE af.organisation_id = ? AND (af.from_date IS NULL OR af.from_date <= x.last_date) "
                "AND (af.to_date IS NULL OR af.to_date >= x.start_date))"));
            values << request.rollUpOrganisationId << request.rollUpOrganisationId;
        }
        break;
    }
    }
    QString result = QStringLiteral(" FROM ") + sql.from;
    if (!conditions.isEmpty())
        result += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return result;
}

QString ListQuery::orderBy(const ListRequest &request, bool reversed) const
{
    const KindSql sql = kindSql(request.kind);
    const int column = qBound(0, request.sortColumn, int(sql.sortColumns.size()) - 1);
    // Reversed, every key flips (NULLs too: both backends put them at the
    // other end in the other direction), so it reads the same rows backwards.
    const bool descending = request.descending != reversed;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString first = sql.sortColumns.at(column) + direction;
    // Follow-ups: open ones first, so the overdue lead when sorted by due date.
    if (request.kind == ListKind::FollowUps && column == 0 && request.includeDone)
        first = (reversed ? QStringLiteral("a.follow_up_done DESC, ") : QStringLiteral("a.follow_up_done ASC, ")) + first;
    // Activities of one kind in date order: the (kind, start_date) index order.
    if (request.kind == ListKind::Activities && column == 1)
        first += QStringLiteral(", a.start_date") + direction;
    return QStringLiteral(" ORDER BY ") + first + QStringLiteral(", ") + sql.idColumn + direction;
}

QList<ListRow> ListQuery::rows(const ListRequest &request, int offset, int limit)
{
    return readRows(request, offset, limit, false);
}

QList<ListRow> ListQuery::rowsFromEnd(const ListRequest &request, int offsetFromEnd, int limit)
{
    QList<ListRow> result = readRows(request, offsetFromEnd, limit, true);
    std::reverse(result.begin(), result.end());
    return result;
}

qint64 ListQuery::countUpTo(const ListRequest &request, qint64 limit)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") + fromWhere(request, values, plan(request))
        + QStringLiteral(" LIMIT ?) n");
    values << limit;
    QSqlQuery &query = m_db.exec(sql, values);
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

bool ListQuery::contains(const ListRequest &request, qint64 id)
{
    QVariantList values;
    QString where = fromWhere(request, values, ActivityFilterSql::Driver::Any);
    // Conditions (and the subqueries among them) only ever follow the one WHERE.
    where += where.contains(QLatin1String(" WHERE ")) ? QStringLiteral(" AND ") : QStringLiteral(" WHERE ");
    values.append(id);
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT 1") + where + kindSql(request.kind).idColumn
                                     + QStringLiteral(" = ? LIMIT 1"),
                                 values);
    const bool found = query.next();
    query.finish();
    return found;
}

QList<ListRow> ListQuery::readRows(const ListRequest &request, int offset, int limit, bool reversed)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT ") + kindSql(request.kind).select
        + fromWhere(request, values, plan(request))
        + orderBy(request, reversed) + QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;
    QSqlQuery &query = m_db.exec(sql, values);
    QList<ListRow> result;
    const QDate today = QDate::currentDate();
    while (query.next()) {
        ListRow row;
        row.id = query.value(0).toLongLong();
        switch (request.kind) {
        case ListKind::Activities: {
            const DateSpan when(RecordTable::partialDate(query.value(1), query.value(2)),
                                RecordTable::partialDate(query.value(3), query.value(4)));
            row.values << when.toDisplayString() << query.value(5).toString() << query.value(6).toString()
                       << query.value(7).toString();
            break;
        }
        case ListKind::FollowUps: {
            const QDate due = RecordTable::partialDate(query.value(1), 0).first();
            const bool done = query.value(4).toBool();
            row.values << due << query.value(2).toString() << query.value(3).toString() << done;
            row.overdue = !done && due < today;
            break;
        }
        default:
            for (int i = 1; i <= 4; ++i)
                row.values << query.value(i).toString();
        }
        result.append(row);
    }
    query.finish();
    return result;
}

QStringList ListQuery::exportNames()
{
    return {QStringLiteral("activities"), QStringLiteral("organisations"), QStringLiteral("people"),
            QStringLiteral("partnerships")};
}

std::optional<ListKind> ListQuery::kindOfExportName(const QString &name)
{
    const QList<ListKind> kinds = {ListKind::Activities, ListKind::Organisations, ListKind::People, ListKind::Partnerships};
    const qsizetype at = exportNames().indexOf(name);
    return at < 0 ? std::nullopt : std::optional<ListKind>(kinds.at(at));
}

void ListQuery::exportRows(const ListRequest &request, const std::function<bool(const QStringList &)> &row)
{
    // SQLite's group_concat keeps the order of the ordered subquery it reads.
    const QString joinedNames = m_db.backend() == DatabaseLocation::Backend::PostgreSQL
        ? QStringLiteral("string_agg(n, '; ' ORDER BY pos)")
        : QStringLiteral("group_concat(n, '; ')");
    QString columns;
    QStringList header;
    int costAmountAt = -1;
    int followUpAt = -1;
    const bool activities = request.kind == ListKind::Activities || request.kind == ListKind::FollowUps;
    switch (request.kind) {
    case ListKind::Activities:
    case ListKind::FollowUps:
        header = {QStringLiteral("Kind"), QStringLiteral("Title"), QStringLiteral("Start"), QStringLiteral("End"),
                  QStringLiteral("Location"), QStringLiteral("Description"), QStringLiteral("Purpose"),
                  QStringLiteral("Outcome"), QStringLiteral("Organisations"), QStringLiteral("People")};
        columns = QStringLiteral(
                      "a.kind, a.title, a.start_date, a.end_date, a.location, a.description, a.purpose, a.outcome, "
                      "(SELECT %1 FROM (SELECT o.name AS n, p.position AS pos FROM activity_participants p "
                      "JOIN organisations o ON o.id = p.organisation_id WHERE p.activity_id = a.id "
                      "AND p.person_id IS NULL ORDER BY p.position) x), "
                      "(SELECT %1 FROM (SELECT pe.name AS n, p.position AS pos FROM activity_participants p "
                      "JOIN people pe ON pe.id = p.person_id WHERE p.activity_id = a.id ORDER BY p.position) x)")
                      .arg(joinedNames);
        // What returns list per trip; the amount as a decimal (below), the
        // cost as written first: it is what the user typed.
        costAmountAt = int(header.size()) + 1;
        header << QStringLiteral("Cost") << QStringLiteral("Cost amount") << QStringLiteral("Cost currency")
               << QStringLiteral("Transport") << QStringLiteral("Number of officials") << QStringLiteral("Source");
        columns += QStringLiteral(", a.cost, a.cost_minor, a.cost_currency, a.transport, a.officials, a.source");
        if (request.kind == ListKind::FollowUps) {
            followUpAt = int(header.size());
            header << QStringLiteral("Follow-up due") << QStringLiteral("Follow-up done");
            columns += QStringLiteral(", a.follow_up_due, CASE WHEN a.follow_up_done THEN 'yes' ELSE '' END");
        }
        // After the shown columns: the dates' precisions, which make them partial dates.
        columns += QStringLiteral(", a.start_precision, a.end_precision");
        break;
    case ListKind::Organisations:
        header = {QStringLiteral("Name"), QStringLiteral("Short name"), QStringLiteral("Kind"), QStringLiteral("Country"),
                  QStringLiteral("Website"), QStringLiteral("Notes")};
        columns = QStringLiteral("o.name, o.short_name, o.kind, o.country, o.website, o.notes");
        break;
    case ListKind::People:
        header = {QStringLiteral("Name"), QStringLiteral("Native name"), QStringLiteral("Title"), QStringLiteral("Email"),
                  QStringLiteral("Phone"), QStringLiteral("Notes")};
        columns = QStringLiteral("p.name, p.native_name, p.title, p.email, p.phone, p.notes");
        break;
    case ListKind::Partnerships:
        header = {QStringLiteral("Name"), QStringLiteral("Focus"), QStringLiteral("Owner"), QStringLiteral("Stage"),
                  QStringLiteral("Organisations"), QStringLiteral("Notes")};
        columns = QStringLiteral("s.name, s.focus, s.owner, s.stage, (SELECT %1 FROM (SELECT o.name AS n, pp.position AS pos "
                                 "FROM partnership_parties pp JOIN organisations o ON o.id = pp.organisation_id "
                                 "WHERE pp.partnership_id = s.id ORDER BY pp.position) x), s.notes")
                      .arg(joinedNames);
        break;
    }
    if (!row(header))
        return;
    QVariantList values;
    const QString sql = QStringLiteral("SELECT ") + columns + fromWhere(request, values, plan(request)) + orderBy(request);
    // A plain query (not the statement cache): it is read to the end while the
    // caller writes, and forward-only keeps memory flat.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(QStringLiteral("cannot prepare the export query"));
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    if (!query.exec())
        throw StorageError(QStringLiteral("the export query failed"));
    // Dates as lossless ISO partial dates ("2012-10" for October 2012).
    const auto partialDateCell = [&query](int column, const QVariant &precision) {
        const PartialDate date = RecordTable::partialDate(query.value(column), precision);
        return date.isValid() ? date.toIsoString() : QString();
    };
    const int shown = int(header.size());
    QStringList cells;
    while (query.next()) {
        cells.clear();
        for (int i = 0; i < shown; ++i) {
            if (activities && (i == 2 || i == 3)) // start and end, with their precisions after the shown columns
                cells.append(partialDateCell(i, query.value(shown + i - 2)));
            else if (i == followUpAt) // a follow-up is due on a day
                cells.append(partialDateCell(i, int(DatePrecision::Day)));
            else if (i == costAmountAt && !query.value(i).isNull()) // minor units: "1207.39"
                cells.append(QStringLiteral("%1%2.%3")
                                 .arg(query.value(i).toLongLong() < 0 ? QStringLiteral("-") : QString())
                                 .arg(qAbs(query.value(i).toLongLong()) / 100)
                                 .arg(qAbs(query.value(i).toLongLong()) % 100, 2, 10, QLatin1Char('0')));
            else
                cells.append(query.value(i).isNull() ? QString() : query.value(i).toString());
        }
        if (!row(cells))
            break;
    }
}

ActivityFilterSql::Driver ListQuery::plan(const ListRequest &request)
{
    using Driver = ActivityFilterSql::Driver;
    if (m_manyMatches <= 0 || (request.kind != ListKind::Activities && request.kind != ListKind::FollowUps))
        return Driver::Any;
    QList<Driver> conditions = ActivityFilterSql::drivers(request.filter);
    // PostgreSQL's statistics tell it how many an id or a country matches, but
    // not how many a search prefix does: only the search is planned here.
    if (m_db.backend() == DatabaseLocation::Backend::PostgreSQL)
        conditions.removeIf([](Driver d) { return d != Driver::Text; });
    if (conditions.isEmpty())
        return Driver::Any;
    // A roll-up drives by itself (a short id list); everything else is tested per row.
    if (request.rollUpOrganisationId != 0)
        return Driver::None;
    if (m_plannedFor && *m_plannedFor == request)
        return m_plan;
    // Measured on 1M activities (SQLite): Singapore's 160,000 activities took
    // 510 ms fetched and sorted, 5 ms tested per row in date order; a word in
    // 180,000 of them 95 ms against 25 ms; a rare word or country takes 1-2 ms
    // the first way and a full scan the second. Counting each condition's
    // matches up to a bound tells which (a few ms each): the rarest drives,
    // unless every one matches very many.
    Driver rarest = Driver::None;
    qint64 fewest = m_manyMatches;
    for (Driver condition : conditions) {
        if (condition == Driver::Text && m_db.backend() == DatabaseLocation::Backend::PostgreSQL
            && commonWordMatches(request.filter.text) >= m_manyMatches)
            continue; // known to match very many: no need to count (a common prefix costs ~40 ms to count)
        QVariantList values;
        const QString matches = ActivityFilterSql::matchesSql(condition, request.filter, m_db.backend(), values);
        values << m_manyMatches;
        QSqlQuery &query = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT ?) n").arg(matches), values);
        const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        if (n < fewest) {
            fewest = n;
            rarest = condition;
        }
    }
    m_plannedFor = request;
    m_plan = rarest;
    return rarest;
}

qint64 ListQuery::commonWordMatches(const QString &text)
{
    // ANALYZE keeps the most common words of the search index's expression with
    // how often they occur: a prefix matches at least the listed words it begins.
    if (!m_wordFrequencies) {
        m_wordFrequencies.emplace();
        QSqlQuery &query = m_db.exec(QStringLiteral(
            "SELECT u.e, u.f, (SELECT reltuples FROM pg_class WHERE relname = 'activities') FROM pg_stats s, "
            "unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(e, f) "
            "WHERE s.tablename = 'activities_fts' AND u.e IS NOT NULL"));
        while (query.next()) {
            m_wordFrequencies->insert(query.value(0).toString(), query.value(1).toDouble());
            m_rowEstimate = query.value(2).toDouble();
        }
        query.finish();
    }
    double fewest = -1; // every word must occur: the least frequent bounds the matches
    for (const QString &word : ActivityFilterSql::searchWords(text)) {
        double frequency = 0;
        for (auto it = m_wordFrequencies->cbegin(); it != m_wordFrequencies->cend(); ++it)
            if (it.key().startsWith(word))
                frequency += it.value();
        fewest = fewest < 0 ? frequency : qMin(fewest, frequency);
    }
    return qint64(qMax(0.0, fewest) * m_rowEstimate);
}

qint64 ListQuery::count(const ListRequest &request)
{
    QVariantList values;
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT COUNT(*)") + fromWhere(request, values, ActivityFilterSql::Driver::Any), values);
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

qint64 ListQuery::overdueCount(const QDate &today)
{
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM activities a "
                       "WHERE a.follow_up_due IS NOT NULL AND a.follow_up_due < ? AND NOT a.follow_up_done"),
        {today});
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

} // namespace liaison
