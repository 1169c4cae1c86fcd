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

// Counted activities: per organisation or person and kind (every time), per
// organisation or person, kind, first and last year (a date range), and per
// country, kind, first and last month (small enough for months: 30,000 rows
// for 1M activities). Each counts distinct activities, as the charts do.
struct Count
{
    QString table;
    QString keys; // the table's key columns
};
const Count kCountries{QStringLiteral("country_month_counts"), QStringLiteral("country, kind, start_month, last_month")};

struct ParticipantCount
{
    Count count;
    QString column; // of activity_participants
    bool years;
};
const ParticipantCount kParticipantCounts[] = {
    {{QStringLiteral("organisation_kind_counts"), QStringLiteral("organisation_id, kind")}, QStringLiteral("organisation_id"), false},
    {{QStringLiteral("person_kind_counts"), QStringLiteral("person_id, kind")}, QStringLiteral("person_id"), false},
    {{QStringLiteral("organisation_year_counts"), QStringLiteral("start_year, last_year, kind, organisation_id")},
     QStringLiteral("organisation_id"), true},
    {{QStringLiteral("person_year_counts"), QStringLiteral("start_year, last_year, kind, person_id")},
     QStringLiteral("person_id"), true},
};

// The key values of a participant count for participant `who` in activity
// `act` (an alias or new./old.), in the table's key order.
QString keyValues(const Dialect &d, const ParticipantCount &c, const QString &who, const QString &act)
{
    if (!c.years)
        return QStringLiteral("%1, %2.kind").arg(who, act);
    return QStringLiteral("%1.start_month / 100, %2 / 100, %1.kind, %3")
        .arg(act, d.month(act + QStringLiteral(".last_date")), who);
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
    for (const ParticipantCount &c : kParticipantCounts) {
        statements.append(add(c.count, QStringLiteral("SELECT %1, %2 FROM activities a "
                                                      "WHERE a.id = %3.activity_id AND %3.%4 IS NOT NULL "
                                                      "AND (SELECT COUNT(*) FROM activity_participants x "
                                                      "WHERE x.activity_id = %3.activity_id AND x.%4 = %3.%4%5) = %6")
                                             .arg(keyValues(d, c, r + QLatin1Char('.') + c.column, QStringLiteral("a")),
                                                  one, r, c.column, others, alone)));
    }
    statements.append(add(kCountries, QStringLiteral("SELECT %4, a.kind, a.start_month, %5, %2 FROM activities a "
                                                     "JOIN organisations o ON o.id = %1.organisation_id WHERE a.id = %1.activity_id "
                                                     "AND (SELECT COUNT(*) FROM activity_participants x JOIN organisations xo "
                                                     "ON xo.id = x.organisation_id WHERE x.activity_id = %1.activity_id AND %6 = %4%7) = %3")
                                          .arg(r, one, alone, kCountry.arg(QStringLiteral("o")), d.month(QStringLiteral("a.last_date")),
                                               kCountry.arg(QStringLiteral("xo")), others)));
    return statements;
}

// Every count of one activity `r` (new. or old., with its kind and dates),
// from its participant rows, with `sign`.
QStringList activityCounts(const Dialect &d, const QString &r, int sign)
{
    const QString one = QString::number(sign);
    QStringList statements;
    for (const ParticipantCount &c : kParticipantCounts) {
        statements.append(add(c.count, QStringLiteral("SELECT %1, %2 FROM activity_participants x "
                                                      "WHERE x.activity_id = %3.id AND x.%4 IS NOT NULL GROUP BY x.%4")
                                             .arg(keyValues(d, c, QStringLiteral("x.") + c.column, r), one, r, c.column)));
    }
    statements.append(add(kCountries, QStringLiteral("SELECT %3, %1.kind, %1.start_month, %4, %2 FROM activity_participants x "
                                                     "JOIN organisations o ON o.id = x.organisation_id WHERE x.activity_id = %1.id "
                                                     "GROUP BY %3")
                                          .arg(r, one, kCountry.arg(QStringLiteral("o")), d.month(r + QStringLiteral(".last_date")))));
    return statements;
}

// The activities of organisation `r` for which it is the only participant in
// its country `r`.country, counted with `sign`: its country changing or the
// organisation going.
QString organisationCountryCounts(const Dialect &d, const QString &r, int sign)
{
    const QString lastMonth = d.month(QStringLiteral("a.last_date"));
    return add(kCountries, QStringLiteral("SELECT %3, a.kind, a.start_month, %4, %2 * COUNT(*) FROM activities a "
                                          "WHERE a.id IN (SELECT activity_id FROM activity_participants WHERE organisation_id = %1.id) "
                                          "AND NOT EXISTS (SELECT 1 FROM activity_participants x JOIN organisations xo "
                                          "ON xo.id = x.organisation_id WHERE x.activity_id = a.id AND x.organisation_id <> %1.id "
                                          "AND %5 = %3) GROUP BY a.kind, a.start_month, %4")
                               .arg(r, QString::number(sign), kCountry.arg(r), lastMonth, kCountry.arg(QStringLiteral("xo"))));
}

// Every count table emptied and recounted from the records.
QStringList recountStatements(const Dialect &d)
{
    QStringList statements;
    for (const ParticipantCount &c : kParticipantCounts) {
        const QString keys = keyValues(d, c, QStringLiteral("x.") + c.column, QStringLiteral("a"));
        statements.append(QStringLiteral("DELETE FROM ") + c.count.table);
        statements.append(add(c.count, QStringLiteral("SELECT %1, COUNT(DISTINCT a.id) FROM activity_participants x "
                                                      "JOIN activities a ON a.id = x.activity_id WHERE x.%2 IS NOT NULL "
                                                      "GROUP BY %1")
                                             .arg(keys, c.column)));
    }
    const QString country = kCountry.arg(QStringLiteral("o")), lastMonth = d.month(QStringLiteral("a.last_date"));
    statements.append(QStringLiteral("DELETE FROM ") + kCountries.table);
    statements.append(add(kCountries, QStringLiteral("SELECT %1, a.kind, a.start_month, %2, COUNT(DISTINCT a.id) "
                                                     "FROM activity_participants x JOIN activities a ON a.id = x.activity_id "
                                                     "JOIN organisations o ON o.id = x.organisation_id "
                                                     "WHERE true GROUP BY %1, a.kind, a.start_month, %2")
                                          .arg(country, lastMonth)));
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
    bool countsParticipants = false; // off during a bulk load (BulkLoadCounts counts instead)
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
        {QStringLiteral("activities_counts_delete"), QStringLiteral("activities"), before, QStringLiteral("DELETE"), {},
         activityCounts(d, QStringLiteral("old"), -1)},
        {QStringLiteral("activities_counts_update"), QStringLiteral("activities"), after,
         QStringLiteral("UPDATE OF kind, start_month, last_date"),
         changed({QStringLiteral("kind"), QStringLiteral("start_month"), QStringLiteral("last_date")}),
         activityCounts(d, QStringLiteral("old"), -1) + activityCounts(d, QStringLiteral("new"), 1)},
        // Before, like the participants' triggers: one organisation at a time.
        {QStringLiteral("organisations_counts_update"), QStringLiteral("organisations"), before,
         QStringLiteral("UPDATE OF country"), changed({QStringLiteral("country")}),
         {organisationCountryCounts(d, QStringLiteral("old"), -1), organisationCountryCounts(d, QStringLiteral("new"), 1)}},
        {QStringLiteral("organisations_counts_delete"), QStringLiteral("organisations"), before, QStringLiteral("DELETE"), {},
         {organisationCountryCounts(d, QStringLiteral("old"), -1)}},
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
        // {key}: SQLite's rowid (one lookup instead of an index, then the row).
        QStringLiteral("CREATE TABLE partnership_milestones (partnership_id {key} PRIMARY KEY, "
                       "first_introduction_on DATE, first_signed_on DATE, "
                       "last_meeting_on DATE, last_event_on DATE, last_agreement_on DATE)"),
        QStringLiteral("CREATE TABLE introduction_outcomes (activity_id {key} PRIMARY KEY, outcome SMALLINT NOT NULL)"),
        QStringLiteral("CREATE TABLE organisation_kind_counts (organisation_id BIGINT NOT NULL, kind TEXT NOT NULL, "
                       "activities BIGINT NOT NULL, PRIMARY KEY (organisation_id, kind))"),
        QStringLiteral("CREATE TABLE person_kind_counts (person_id BIGINT NOT NULL, kind TEXT NOT NULL, "
                       "activities BIGINT NOT NULL, PRIMARY KEY (person_id, kind))"),
        // Years first: a date range reads a few years' rows.
        QStringLiteral("CREATE TABLE organisation_year_counts (start_year INTEGER NOT NULL, last_year INTEGER NOT NULL, "
                       "kind TEXT NOT NULL, organisation_id BIGINT NOT NULL, activities BIGINT NOT NULL, "
                       "PRIMARY KEY (start_year, last_year, kind, organisation_id))"),
        QStringLiteral("CREATE TABLE person_year_counts (start_year INTEGER NOT NULL, last_year INTEGER NOT NULL, "
                       "kind TEXT NOT NULL, person_id BIGINT NOT NULL, activities BIGINT NOT NULL, "
                       "PRIMARY KEY (start_year, last_year, kind, person_id))"),
        QStringLiteral("CREATE TABLE country_month_counts (country TEXT NOT NULL, kind TEXT NOT NULL, "
                       "start_month INTEGER NOT NULL, last_month INTEGER NOT NULL, activities BIGINT NOT NULL, "
                       "PRIMARY KEY (country, kind, start_month, last_month))"),
    };
    for (qsizetype i = statements.size() - 1; i >= 0; --i) {
        const QString s = statements.takeAt(i);
        statements.insert(i, QStringLiteral("{postgresql}") + QString(s).replace(QLatin1String("{key}"), QLatin1String("BIGINT")));
        statements.insert(i, QStringLiteral("{sqlite}") + QString(s).replace(QLatin1String("{key}"), QLatin1String("INTEGER")));
    }
    for (const QString &s : triggerStatements(Backend::SQLite))
        statements.append(QStringLiteral("{sqlite}") + s);
    for (const QString &s : triggerStatements(Backend::PostgreSQL))
        statements.append(QStringLiteral("{postgresql}") + s);
    for (const QString &s : rebuildStatements(Backend::SQLite))
        statements.append(QStringLiteral("{sqlite}") + s);
    for (const QString &s : rebuildStatements(Backend::PostgreSQL))
        statements.append(QStringLiteral("{postgresql}") + s);
    return statements;
}

QStringList DashboardSummary::triggerStatements(Backend backend, bool loadOnly)
{
    QStringList statements;
    for (Trigger t : triggers({backend})) {
        if (loadOnly && !t.countsParticipants)
            continue;
        if (t.countsParticipants && backend == Backend::PostgreSQL)
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
        if (loadOnly && !t.countsParticipants)
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
    for (const QString &s : dropTriggerStatements(m_db.backend(), true))
        m_db.execDirect(s);
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
    const Count &count = table == CountTable::Countries ? kCountries : kParticipantCounts[int(table)].count;
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
