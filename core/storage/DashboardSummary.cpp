#include "DashboardSummary.h"

#include "Database.h"

namespace liaison {

namespace {
using Backend = DatabaseLocation::Backend;

// " WHERE column IN (set)", or nothing for every row.
QString restriction(const QString &keyword, const QString &column, const QString &set)
{
    return set.isEmpty() ? QString() : QStringLiteral(" %1 %2 IN (%3)").arg(keyword, column, set);
}

// The milestones of the partnerships in `set` (all when empty), recounted.
QStringList milestoneStatements(const QString &set)
{
    return {
        QStringLiteral("DELETE FROM partnership_milestones") + restriction(QStringLiteral("WHERE"), QStringLiteral("partnership_id"), set),
        QStringLiteral("INSERT INTO partnership_milestones (partnership_id, first_introduction_on, first_signed_on, "
                       "last_meeting_on, last_event_on, last_agreement_on) "
                       "SELECT apt.partnership_id, "
                       "MIN(CASE WHEN a.kind = 'introduction' THEN a.start_date END), "
                       "MIN(CASE WHEN a.kind = 'agreement' THEN a.signed_date END), "
                       "MAX(CASE WHEN a.kind = 'meeting' THEN a.start_date END), "
                       "MAX(CASE WHEN a.kind = 'event' THEN a.start_date END), "
                       "MAX(CASE WHEN a.kind = 'agreement' THEN a.start_date END) "
                       "FROM activity_partnerships apt JOIN activities a ON a.id = apt.activity_id%1 "
                       "GROUP BY apt.partnership_id")
            .arg(restriction(QStringLiteral("WHERE"), QStringLiteral("apt.partnership_id"), set)),
    };
}

// The outcomes of the introductions among the activities in `set` (all when
// empty), from their partnerships' milestones: the rule of IntroductionOutcome.
QStringList outcomeStatements(const QString &set)
{
    return {
        QStringLiteral("DELETE FROM introduction_outcomes") + restriction(QStringLiteral("WHERE"), QStringLiteral("activity_id"), set),
        QStringLiteral("INSERT INTO introduction_outcomes (activity_id, outcome) "
                       "SELECT a.id, MAX(CASE WHEN l.last_agreement_on >= a.start_date THEN 3 "
                       "WHEN l.last_event_on >= a.start_date THEN 2 WHEN l.last_meeting_on >= a.start_date THEN 1 ELSE 0 END) "
                       "FROM activities a JOIN activity_partnerships ap ON ap.activity_id = a.id "
                       "JOIN partnership_milestones l ON l.partnership_id = ap.partnership_id "
                       "WHERE a.kind = 'introduction'%1 GROUP BY a.id")
            .arg(restriction(QStringLiteral("AND"), QStringLiteral("a.id"), set)),
    };
}

// A partnership's milestones, then the outcomes of every introduction linked to it.
QStringList refreshPartnerships(const QString &set)
{
    return milestoneStatements(set)
        + outcomeStatements(QStringLiteral("SELECT activity_id FROM activity_partnerships WHERE partnership_id IN (%1)").arg(set));
}

// The dialect differences the triggers need.
struct Dialect
{
    Backend backend;
    QString differs(const QString &a, const QString &b) const
    {
        return backend == Backend::SQLite ? QStringLiteral("%1 IS NOT %2").arg(a, b)
                                          : QStringLiteral("%1 IS DISTINCT FROM %2").arg(a, b);
    }
    // yyyymm of a date, as activities.start_month holds it.
    QString month(const QString &date) const
    {
        return backend == Backend::SQLite ? QStringLiteral("CAST(strftime('%Y%m', %1) AS INTEGER)").arg(date)
                                          : QStringLiteral("CAST(to_char(%1, 'YYYYMM') AS INTEGER)").arg(date);
    }
};

// Counted activities, each kept for all activities (area_id 0) and again per
// area of cooperation the activity is tagged with: per organisation or person
// and kind; per organisation or person, kind, first and last year (a date
// range); per country, kind, first and last month; per kind, first and last
// month (the activity chart). Each counts distinct activities, as the charts do.
struct Count
{
    QString table;
    QString keys; // the table's key columns
};
const Count kCountries{QStringLiteral("country_month_counts"), QStringLiteral("area_id, country, kind, start_month, last_month")};
const Count kActivities{QStringLiteral("activity_month_counts"), QStringLiteral("area_id, kind, start_month, last_month")};

struct ParticipantCount
{
    Count count;
    QString column; // of activity_participants
    bool years;
};
const ParticipantCount kParticipantCounts[] = {
    {{QStringLiteral("organisation_kind_counts"), QStringLiteral("area_id, organisation_id, kind")}, QStringLiteral("organisation_id"), false},
    {{QStringLiteral("person_kind_counts"), QStringLiteral("area_id, person_id, kind")}, QStringLiteral("person_id"), false},
    {{QStringLiteral("organisation_year_counts"), QStringLiteral("area_id, start_year, last_year, kind, organisation_id")},
     QStringLiteral("organisation_id"), true},
    {{QStringLiteral("person_year_counts"), QStringLiteral("area_id, start_year, last_year, kind, person_id")},
     QStringLiteral("person_id"), true},
};

// Where a count statement is kept: `area` is the area_id written, `join` adds
// the activity's areas (%1: the activity's id) when counted per area.
struct Scope
{
    QString area;
    QString join;
    QString joined(const QString &activityId) const { return join.isEmpty() ? QString() : join.arg(activityId); }
    // The area among the GROUP BY columns, when it varies.
    QString grouped() const { return join.isEmpty() ? QString() : QStringLiteral(", ") + area; }
};
const QList<Scope> kEveryScope = {{QStringLiteral("0"), {}},
                                  {QStringLiteral("aa.area_id"), QStringLiteral(" JOIN activity_areas aa ON aa.activity_id = %1")}};

// The key values of a participant count for participant `who` in activity
// `act` (an alias or new./old.), in the table's key order; without the area
// when `area` is empty (a GROUP BY, where a constant 0 would mean a position).
QString keyValues(const Dialect &d, const ParticipantCount &c, const QString &area, const QString &who, const QString &act)
{
    const QString first = area.isEmpty() ? QString() : area + QStringLiteral(", ");
    if (!c.years)
        return QStringLiteral("%1%2, %3.kind").arg(first, who, act);
    return QStringLiteral("%1%2.start_month / 100, %3 / 100, %2.kind, %4")
        .arg(first, act, d.month(act + QStringLiteral(".last_date")), who);
}

// Adds the rows of `select` (the keys, then a number) to a count table.
QString add(const Count &count, const QString &select)
{
    return QStringLiteral("INSERT INTO %1 (%2, activities) %3 ON CONFLICT (%2) DO UPDATE "
                          "SET activities = %1.activities + excluded.activities")
        .arg(count.table, count.keys, select);
}

const QString kCountry = QStringLiteral("COALESCE(%1.country, '')");

// One participant row `r` (new. or old.) counted with `sign` when it is its
// activity's only row for that organisation, person or country. All these
// triggers run BEFORE the change, row by row: PostgreSQL runs AFTER row
// triggers once the whole statement is done, when a merge moving two rows of
// one activity would find both already moved. Taking a row away (-1), it is
// still there and counts itself; adding one (+1), it is not there yet, or is
// excluded by `others` (an update's old row). Nothing when the activity or
// organisation is already gone (a cascade from its deletion, whose own
// trigger has taken its counts away).
QStringList participantCounts(const Dialect &d, const QString &r, int sign, const QString &others = {})
{
    const QString one = QString::number(sign), alone = sign < 0 ? QStringLiteral("1") : QStringLiteral("0");
    QStringList statements;
    for (const Scope &scope : kEveryScope) {
        for (const ParticipantCount &c : kParticipantCounts) {
            statements.append(add(c.count, QStringLiteral("SELECT %1, %2 FROM activities a%7 "
                                                          "WHERE a.id = %3.activity_id AND %3.%4 IS NOT NULL "
                                                          "AND (SELECT COUNT(*) FROM activity_participants x "
                                                          "WHERE x.activity_id = %3.activity_id AND x.%4 = %3.%4%5) = %6")
                                                 .arg(keyValues(d, c, scope.area, r + QLatin1Char('.') + c.column, QStringLiteral("a")),
                                                      one, r, c.column, others, alone, scope.joined(QStringLiteral("a.id")))));
        }
        statements.append(add(kCountries, QStringLiteral("SELECT %8, %4, a.kind, a.start_month, %5, %2 FROM activities a "
                                                         "JOIN organisations o ON o.id = %1.organisation_id%9 WHERE a.id = %1.activity_id "
                                                         "AND (SELECT COUNT(*) FROM activity_participants x JOIN organisations xo "
                                                         "ON xo.id = x.organisation_id WHERE x.activity_id = %1.activity_id AND %6 = %4%7) = %3")
                                              .arg(r, one, alone, kCountry.arg(QStringLiteral("o")), d.month(QStringLiteral("a.last_date")),
                                                   kCountry.arg(QStringLiteral("xo")), others, scope.area,
                                                   scope.joined(QStringLiteral("a.id")))));
    }
    return statements;
}

// Every count of one activity with `sign`, from its participant rows: `act`
// is the activity (new./old., or alias a joined by `actJoin` on `x`, the
// participant rows), `id` its id; counted in `scopes`.
QStringList activityCounts(const Dialect &d, const QString &act, const QString &id, int sign, const QList<Scope> &scopes,
                           const QString &actJoin = {})
{
    const QString one = QString::number(sign);
    const QString lastMonth = d.month(act + QStringLiteral(".last_date"));
    // PostgreSQL wants a joined activity's columns grouped too (one activity: one group).
    const QString activityGroup = actJoin.isEmpty() ? QString() : QStringLiteral(", a.kind, a.start_month, a.last_date");
    QStringList statements;
    for (const Scope &scope : scopes) {
        for (const ParticipantCount &c : kParticipantCounts) {
            statements.append(add(c.count, QStringLiteral("SELECT %1, %2 FROM activity_participants x%6%5 "
                                                          "WHERE x.activity_id = %3 AND x.%4 IS NOT NULL GROUP BY x.%4%7")
                                                 .arg(keyValues(d, c, scope.area, QStringLiteral("x.") + c.column, act), one, id,
                                                      c.column, scope.joined(QStringLiteral("x.activity_id")), actJoin,
                                                      scope.grouped() + activityGroup)));
        }
        const QString country = kCountry.arg(QStringLiteral("o"));
        statements.append(add(kCountries, QStringLiteral("SELECT %1, %2, %3.kind, %3.start_month, %4, %5 FROM activity_participants x%8 "
                                                         "JOIN organisations o ON o.id = x.organisation_id%6 WHERE x.activity_id = %7 "
                                                         "GROUP BY %2%9")
                                              .arg(scope.area, country, act, lastMonth, one,
                                                   scope.joined(QStringLiteral("x.activity_id")), id, actJoin,
                                                   scope.grouped() + activityGroup)));
        // The activity itself: its areas' rows, or one row for all.
        const QString from = actJoin.isEmpty() ? QString() : QStringLiteral(" FROM activities a");
        const QString where = actJoin.isEmpty() ? QString() : QStringLiteral(" WHERE a.id = %1").arg(id);
        if (scope.join.isEmpty())
            statements.append(add(kActivities, QStringLiteral("SELECT %1, %2.kind, %2.start_month, %3, %4%5%6")
                                                   .arg(scope.area, act, lastMonth, one, from, where)));
        else
            statements.append(add(kActivities, QStringLiteral("SELECT aa.area_id, %1.kind, %1.start_month, %2, %3 "
                                                              "FROM activity_areas aa%5 WHERE aa.activity_id = %4")
                                                   .arg(act, lastMonth, one, id,
                                                        actJoin.isEmpty() ? QString() : QStringLiteral(" JOIN activities a ON a.id = aa.activity_id"))));
    }
    return statements;
}

// The activities of organisation `r` for which it is the only participant in
// its country `r`.country, counted with `sign`: its country changing or the
// organisation going.
QStringList organisationCountryCounts(const Dialect &d, const QString &r, int sign)
{
    const QString lastMonth = d.month(QStringLiteral("a.last_date"));
    QStringList statements;
    for (const Scope &scope : kEveryScope) {
        statements.append(add(kCountries, QStringLiteral("SELECT %6, %3, a.kind, a.start_month, %4, %2 * COUNT(*) FROM activities a%7 "
                                                         "WHERE a.id IN (SELECT activity_id FROM activity_participants WHERE organisation_id = %1.id) "
                                                         "AND NOT EXISTS (SELECT 1 FROM activity_participants x JOIN organisations xo "
                                                         "ON xo.id = x.organisation_id WHERE x.activity_id = a.id AND x.organisation_id <> %1.id "
                                                         "AND %5 = %3) GROUP BY a.kind, a.start_month, %4%8")
                                              .arg(r, QString::number(sign), kCountry.arg(r), lastMonth,
                                                   kCountry.arg(QStringLiteral("xo")), scope.area,
                                                   scope.joined(QStringLiteral("a.id")), scope.grouped())));
    }
    return statements;
}

// An activity tagged with area `r`.area_id (or untagged), its counts for that area.
QStringList areaCounts(const Dialect &d, const QString &r, int sign)
{
    return activityCounts(d, QStringLiteral("a"), r + QStringLiteral(".activity_id"), sign,
                          {{r + QStringLiteral(".area_id"), {}}}, QStringLiteral(" JOIN activities a ON a.id = x.activity_id"));
}

// Every count table emptied and recounted from the records.
QStringList recountStatements(const Dialect &d)
{
    QStringList statements;
    const QString country = kCountry.arg(QStringLiteral("o")), lastMonth = d.month(QStringLiteral("a.last_date"));
    for (const ParticipantCount &c : kParticipantCounts)
        statements.append(QStringLiteral("DELETE FROM ") + c.count.table);
    statements.append(QStringLiteral("DELETE FROM ") + kCountries.table);
    statements.append(QStringLiteral("DELETE FROM ") + kActivities.table);
    for (const Scope &scope : kEveryScope) {
        const QString join = scope.joined(QStringLiteral("a.id"));
        for (const ParticipantCount &c : kParticipantCounts) {
            const QString who = QStringLiteral("x.") + c.column, a = QStringLiteral("a");
            statements.append(add(c.count, QStringLiteral("SELECT %1, COUNT(DISTINCT a.id) FROM activity_participants x "
                                                          "JOIN activities a ON a.id = x.activity_id%3 WHERE x.%2 IS NOT NULL "
                                                          "GROUP BY %4%5")
                                                 .arg(keyValues(d, c, scope.area, who, a), c.column, join,
                                                      keyValues(d, c, {}, who, a), scope.grouped())));
        }
        statements.append(add(kCountries, QStringLiteral("SELECT %3, %1, a.kind, a.start_month, %2, COUNT(DISTINCT a.id) "
                                                         "FROM activity_participants x JOIN activities a ON a.id = x.activity_id "
                                                         "JOIN organisations o ON o.id = x.organisation_id%4 "
                                                         "WHERE true GROUP BY %1, a.kind, a.start_month, %2%5")
                                              .arg(country, lastMonth, scope.area, join, scope.grouped())));
        statements.append(add(kActivities, QStringLiteral("SELECT %2, a.kind, a.start_month, %1, COUNT(*) FROM activities a%3 "
                                                          "WHERE true GROUP BY a.kind, a.start_month, %1%4")
                                               .arg(lastMonth, scope.area, join, scope.grouped())));
    }
    return statements;
}

struct Trigger
{
    QString name;
    QString table;
    QString timing; // BEFORE or AFTER
    QString event;  // INSERT, DELETE, UPDATE OF …
    QString when;   // condition, empty for none
    QStringList body; // statements, with new./old. for the row
    bool countsNewRows = false; // off during a bulk load (BulkLoadCounts counts instead)
};

// PostgreSQL: a bulk load turns the participant count triggers off for its own
// transaction only (SET LOCAL), leaving other connections' edits counted and
// the tables unlocked; SQLite drops them (its writer holds the file anyway).
const QString kLoadSetting = QStringLiteral("liaison.bulk_load");

QList<Trigger> triggers(const Dialect &d)
{
    const QString linked = QStringLiteral("SELECT partnership_id FROM activity_partnerships WHERE activity_id = new.id");
    const QString after = QStringLiteral("AFTER"), before = QStringLiteral("BEFORE");
    const auto changed = [&](const QStringList &columns) {
        QStringList tests;
        for (const QString &c : columns)
            tests.append(d.differs(QStringLiteral("old.") + c, QStringLiteral("new.") + c));
        return tests.join(QStringLiteral(" OR "));
    };
    return {
        {QStringLiteral("activity_partnerships_summary_insert"), QStringLiteral("activity_partnerships"), after,
         QStringLiteral("INSERT"), {}, refreshPartnerships(QStringLiteral("new.partnership_id"))},
        // An unlinked introduction loses the outcome its partnership gave it.
        {QStringLiteral("activity_partnerships_summary_delete"), QStringLiteral("activity_partnerships"), after,
         QStringLiteral("DELETE"), {},
         refreshPartnerships(QStringLiteral("old.partnership_id")) + outcomeStatements(QStringLiteral("old.activity_id"))},
        {QStringLiteral("activity_partnerships_summary_update"), QStringLiteral("activity_partnerships"), after,
         QStringLiteral("UPDATE"), {},
         refreshPartnerships(QStringLiteral("old.partnership_id, new.partnership_id"))
             + outcomeStatements(QStringLiteral("old.activity_id"))},
        // Saving an activity rewrites every column: only a real change counts.
        {QStringLiteral("activities_summary_update"), QStringLiteral("activities"), after,
         QStringLiteral("UPDATE OF kind, start_date, signed_date"),
         changed({QStringLiteral("kind"), QStringLiteral("start_date"), QStringLiteral("signed_date")}),
         refreshPartnerships(linked)},

        {QStringLiteral("activity_participants_counts_insert"), QStringLiteral("activity_participants"), before,
         QStringLiteral("INSERT"), {}, participantCounts(d, QStringLiteral("new"), 1), true},
        {QStringLiteral("activity_participants_counts_delete"), QStringLiteral("activity_participants"), before,
         QStringLiteral("DELETE"), {}, participantCounts(d, QStringLiteral("old"), -1)},
        // A merge moves participant rows to the kept record: the old row out, the new one in.
        {QStringLiteral("activity_participants_counts_update"), QStringLiteral("activity_participants"), before,
         QStringLiteral("UPDATE OF activity_id, person_id, organisation_id"), {},
         participantCounts(d, QStringLiteral("old"), -1)
             + participantCounts(d, QStringLiteral("new"), 1, QStringLiteral(" AND x.id <> old.id"))},
        // A new activity has no participants or areas yet: it counts for the activity chart.
        {QStringLiteral("activities_counts_insert"), QStringLiteral("activities"), after, QStringLiteral("INSERT"), {},
         {add(kActivities, QStringLiteral("SELECT 0, new.kind, new.start_month, %1, 1").arg(d.month(QStringLiteral("new.last_date"))))},
         true},
        {QStringLiteral("activities_counts_delete"), QStringLiteral("activities"), before, QStringLiteral("DELETE"), {},
         activityCounts(d, QStringLiteral("old"), QStringLiteral("old.id"), -1, kEveryScope)},
        {QStringLiteral("activities_counts_update"), QStringLiteral("activities"), after,
         QStringLiteral("UPDATE OF kind, start_month, last_date"),
         changed({QStringLiteral("kind"), QStringLiteral("start_month"), QStringLiteral("last_date")}),
         activityCounts(d, QStringLiteral("old"), QStringLiteral("old.id"), -1, kEveryScope)
             + activityCounts(d, QStringLiteral("new"), QStringLiteral("new.id"), 1, kEveryScope)},
        {QStringLiteral("activity_areas_counts_insert"), QStringLiteral("activity_areas"), before, QStringLiteral("INSERT"), {},
         areaCounts(d, QStringLiteral("new"), 1), true},
        {QStringLiteral("activity_areas_counts_delete"), QStringLiteral("activity_areas"), before, QStringLiteral("DELETE"), {},
         areaCounts(d, QStringLiteral("old"), -1)},
        {QStringLiteral("activity_areas_counts_update"), QStringLiteral("activity_areas"), before,
         QStringLiteral("UPDATE OF activity_id, area_id"), {},
         areaCounts(d, QStringLiteral("old"), -1) + areaCounts(d, QStringLiteral("new"), 1)},
        // Before, like the participants' triggers: one organisation at a time.
        {QStringLiteral("organisations_counts_update"), QStringLiteral("organisations"), before,
         QStringLiteral("UPDATE OF country"), changed({QStringLiteral("country")}),
         organisationCountryCounts(d, QStringLiteral("old"), -1) + organisationCountryCounts(d, QStringLiteral("new"), 1)},
        {QStringLiteral("organisations_counts_delete"), QStringLiteral("organisations"), before, QStringLiteral("DELETE"), {},
         organisationCountryCounts(d, QStringLiteral("old"), -1)},
    };
}
} // namespace

DashboardSummary::DashboardSummary(Database &db)
    : m_db(db)
{
}

QStringList DashboardSummary::migrationStatements()
{
    QStringList statements = {
        // No foreign keys: a deleted partnership or activity takes its rows with
        // it through the triggers on its links (a key would be checked against
        // the parent while the cascade that removes it is still running).
        QStringLiteral("CREATE TABLE partnership_milestones (partnership_id {key} PRIMARY KEY, "
                       "first_introduction_on DATE, first_signed_on DATE, "
                       "last_meeting_on DATE, last_event_on DATE, last_agreement_on DATE)"),
        QStringLiteral("CREATE TABLE introduction_outcomes (activity_id {key} PRIMARY KEY, outcome SMALLINT NOT NULL)"),
    };
    // The count tables, keyed by what they count per; the area first, so that
    // all activities (0) or one area's are one range of the key.
    QList<Count> counts = {kCountries, kActivities};
    for (const ParticipantCount &c : kParticipantCounts)
        counts.append(c.count);
    for (const Count &count : counts) {
        QStringList columns;
        for (const QString &key : count.keys.split(QStringLiteral(", "))) {
            const bool text = key == QLatin1String("kind") || key == QLatin1String("country");
            const bool id = key.endsWith(QLatin1String("_id"));
            columns.append(QStringLiteral("%1 %2 NOT NULL")
                               .arg(key, text ? QStringLiteral("TEXT") : id ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER")));
        }
        statements.append(QStringLiteral("CREATE TABLE %1 (%2, activities BIGINT NOT NULL, PRIMARY KEY (%3))")
                              .arg(count.table, columns.join(QStringLiteral(", ")), count.keys));
    }
    // Then each backend's own triggers and first contents.
    for (const Backend backend : {Backend::SQLite, Backend::PostgreSQL}) {
        const QString only = backend == Backend::SQLite ? QStringLiteral("{sqlite}") : QStringLiteral("{postgresql}");
        for (const QString &s : triggerStatements(backend) + rebuildStatements(backend))
            statements.append(only + s);
    }
    return statements;
}

QStringList DashboardSummary::triggerStatements(Backend backend, bool loadOnly)
{
    QStringList statements;
    for (Trigger t : triggers({backend})) {
        if (loadOnly && !t.countsNewRows)
            continue;
        if (t.countsNewRows && backend == Backend::PostgreSQL)
            t.when = QStringLiteral("current_setting('%1', true) IS DISTINCT FROM 'on'").arg(kLoadSetting);
        if (backend == Backend::SQLite) {
            statements.append(QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4%5 BEGIN %6; END")
                                  .arg(t.name, t.timing, t.event, t.table,
                                       t.when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + t.when,
                                       t.body.join(QStringLiteral("; "))));
        } else {
            // A BEFORE trigger returning NULL would cancel the change. CREATE OR
            // REPLACE: suspend() drops only the trigger.
            const QString row = t.timing == QLatin1String("AFTER") ? QStringLiteral("NULL")
                : t.event == QLatin1String("DELETE")               ? QStringLiteral("OLD")
                                                                   : QStringLiteral("NEW");
            statements.append(QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                             "BEGIN %2; RETURN %3; END $$")
                                  .arg(t.name, t.body.join(QStringLiteral("; ")), row));
            statements.append(QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW%5 EXECUTE FUNCTION %1()")
                                  .arg(t.name, t.timing, t.event, t.table,
                                       t.when.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(t.when)));
        }
    }
    return statements;
}

QStringList DashboardSummary::dropTriggerStatements(Backend backend, bool loadOnly)
{
    QStringList statements;
    for (const Trigger &t : triggers({backend})) {
        if (loadOnly && !t.countsNewRows)
            continue;
        statements.append(backend == Backend::SQLite
                              ? QStringLiteral("DROP TRIGGER %1").arg(t.name)
                              : QStringLiteral("DROP TRIGGER %1 ON %2").arg(t.name, t.table));
    }
    return statements;
}

QStringList DashboardSummary::rebuildStatements(Backend backend)
{
    return milestoneStatements({}) + outcomeStatements({}) + recountStatements({backend});
}

void DashboardSummary::suspendForLoad()
{
    if (m_db.backend() == Backend::PostgreSQL) {
        m_db.execDirect(QStringLiteral("SET LOCAL %1 = 'on'").arg(kLoadSetting));
        return;
    }
    for (const QString &s : sqliteLoadSuspension())
        m_db.execDirect(s);
}

QStringList DashboardSummary::sqliteLoadSuspension()
{
    return dropTriggerStatements(Backend::SQLite, true);
}

void DashboardSummary::resumeAfterLoad()
{
    if (m_db.backend() == Backend::PostgreSQL) {
        m_db.execDirect(QStringLiteral("SET LOCAL %1 = 'off'").arg(kLoadSetting));
        return;
    }
    for (const QString &s : triggerStatements(m_db.backend(), true))
        m_db.execDirect(s);
}

QString DashboardSummary::addRowsStatement(CountTable table, int rows)
{
    const Count &count = table == CountTable::Countries ? kCountries
        : table == CountTable::Activities               ? kActivities
                                                        : kParticipantCounts[int(table)].count;
    const qsizetype width = count.keys.count(QLatin1Char(',')) + 2;
    QStringList marks(width, QStringLiteral("?"));
    const QString row = QStringLiteral("(%1)").arg(marks.join(QStringLiteral(", ")));
    return add(count, QStringLiteral("VALUES ") + QStringList(rows, row).join(QStringLiteral(", ")));
}

void DashboardSummary::suspend()
{
    if (m_suspended)
        return;
    for (const QString &s : dropTriggerStatements(m_db.backend()))
        m_db.execDirect(s);
    m_suspended = true;
}

void DashboardSummary::resume()
{
    if (!m_suspended)
        return;
    for (const QString &s : rebuildStatements(m_db.backend()) + triggerStatements(m_db.backend()))
        m_db.execDirect(s);
    m_suspended = false;
}

} // namespace liaison
