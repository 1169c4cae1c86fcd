#pragma once

#include "ActivityFilterSql.h"
#include "query/ActivityFilter.h"

#include <QHash>
#include <QList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace liaison {

class Database;

// What the main window's lists show: one kind of record, sorted in SQL by any
// of its columns, searched and filtered, read a window at a time as light rows
// (display values only) so that a million activities never sit in memory.
enum class ListKind { Organisations, People, Partnerships, Activities, FollowUps };

struct ListRequest
{
    ListKind kind = ListKind::Organisations;
    int sortColumn = 0;
    bool descending = false;
    QString text;          // organisations, people, partnerships: words in names, aliases, titles, notes
    ActivityFilter filter; // activities and follow-ups (its text is full-text search)
    // Activities of this organisation: as a participant, or through a person
    // affiliated with it at the time (the roll-up of its people's activity).
    qint64 rollUpOrganisationId = 0;
    bool includeDone = false; // follow-ups: show those marked done too
    qint64 partyOrganisationId = 0; // partnerships: only those this organisation is party to

    bool operator==(const ListRequest &o) const
    {
        return kind == o.kind && sortColumn == o.sortColumn && descending == o.descending && text == o.text
            && filter == o.filter && rollUpOrganisationId == o.rollUpOrganisationId && includeDone == o.includeDone
            && partyOrganisationId == o.partyOrganisationId;
    }
};

struct ListRow
{
    qint64 id = 0;
    QVariantList values; // one per column, ready to display
    bool overdue = false; // follow-ups: due before today and not done
};

class ListQuery
{
public:
    explicit ListQuery(Database &db);
    Database &database() const { return m_db; }

    // Column keys per kind (the UI gives them titles).
    static QStringList columns(ListKind kind);
    // Rows [offset, offset + limit) in the requested order; ties broken by id.
    QList<ListRow> rows(const ListRequest &request, int offset, int limit);
    // The same rows counted from the end: rows [total - offset - limit, total - offset),
    // read in the reverse order (an index read backwards), so that the last
    // rows of a long list cost what its first ones do, unlike a deep OFFSET.
    QList<ListRow> rowsFromEnd(const ListRequest &request, int offsetFromEnd, int limit);
    qint64 count(const ListRequest &request);
    // How many rows match, counting no further than `limit` (a capped count
    // stays cheap on a million rows).
    qint64 countUpTo(const ListRequest &request, qint64 limit);
    // Whether record `id` is among the request's rows.
    bool contains(const ListRequest &request, qint64 id);
    // Follow-ups due before `today` and not done.
    qint64 overdueCount(const QDate &today);

    // The whole list as CSV cells, in the list's order, streamed: the header
    // first, then one call per row, until `row` returns false. What File ▸
    // Export list as CSV… and `liaison export-csv` write; the columns are the
    // ones the importer reads back (dates as ISO partial dates, several names
    // joined by "; ").
    void exportRows(const ListRequest &request, const std::function<bool(const QStringList &)> &row);
    // `liaison export-csv --what` names: activities, organisations, people, partnerships.
    static QStringList exportNames();
    static std::optional<ListKind> kindOfExportName(const QString &name);

    // How many matches make a filter condition "very many" for the SQLite
    // plan (see plan()); 0 turns planning off (every condition as "id IN").
    // Tests set it to force each plan on small data: results never depend on it.
    static constexpr int kManyMatches = 20000;
    void setManyMatches(int count) { m_manyMatches = count; m_plannedFor.reset(); }

private:
    QString fromWhere(const ListRequest &request, QVariantList &values, ActivityFilterSql::Driver driver) const;
    ActivityFilterSql::Driver plan(const ListRequest &request);
    QString orderBy(const ListRequest &request, bool reversed = false) const;
    QList<ListRow> readRows(const ListRequest &request, int offset, int limit, bool reversed);
    // PostgreSQL: how many activities a search certainly matches, by the
    // search index's statistics (0 when its words are not among the common ones).
    qint64 commonWordMatches(const QString &text);

    Database &m_db;
    int m_manyMatches = kManyMatches;
    std::optional<ListRequest> m_plannedFor; // the last plan, reused while the user scrolls
    ActivityFilterSql::Driver m_plan = ActivityFilterSql::Driver::Any;
    std::optional<QHash<QString, double>> m_wordFrequencies; // read once
    double m_rowEstimate = 0;
};

} // namespace liaison
