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

struct Trigger
{
    QString name;
    QString table;
    QString event;     // e.g. "AFTER UPDATE OF kind ON activities" without the table
    QString sqliteWhen; // condition for SQLite's WHEN, empty for none
    QString postgresWhen;
    QStringList body;  // statements, with new./old. for the row
};

const QString kActivityColumns = QStringLiteral("kind, start_date, signed_date");

QList<Trigger> triggers()
{
    const QString linked = QStringLiteral("SELECT partnership_id FROM activity_partnerships WHERE activity_id = new.id");
    return {
        {QStringLiteral("activity_partnerships_summary_insert"), QStringLiteral("activity_partnerships"),
         QStringLiteral("AFTER INSERT"), {}, {}, refreshPartnerships(QStringLiteral("new.partnership_id"))},
        // An unlinked introduction loses the outcome its partnership gave it.
        {QStringLiteral("activity_partnerships_summary_delete"), QStringLiteral("activity_partnerships"),
         QStringLiteral("AFTER DELETE"), {}, {},
         refreshPartnerships(QStringLiteral("old.partnership_id")) + outcomeStatements(QStringLiteral("old.activity_id"))},
        {QStringLiteral("activity_partnerships_summary_update"), QStringLiteral("activity_partnerships"),
         QStringLiteral("AFTER UPDATE"), {}, {},
         refreshPartnerships(QStringLiteral("old.partnership_id, new.partnership_id"))
             + outcomeStatements(QStringLiteral("old.activity_id"))},
        // Saving an activity rewrites every column: only a real change counts.
        {QStringLiteral("activities_summary_update"), QStringLiteral("activities"),
         QStringLiteral("AFTER UPDATE OF ") + kActivityColumns,
         QStringLiteral("old.kind IS NOT new.kind OR old.start_date IS NOT new.start_date "
                        "OR old.signed_date IS NOT new.signed_date"),
         QStringLiteral("OLD.kind IS DISTINCT FROM NEW.kind OR OLD.start_date IS DISTINCT FROM NEW.start_date "
                        "OR OLD.signed_date IS DISTINCT FROM NEW.signed_date"),
         refreshPartnerships(linked)},
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
    statements += rebuildStatements();
    return statements;
}

QStringList DashboardSummary::triggerStatements(Backend backend)
{
    QStringList statements;
    for (const Trigger &t : triggers()) {
        if (backend == Backend::SQLite) {
            statements.append(QStringLiteral("CREATE TRIGGER %1 %2 ON %3%4 BEGIN %5; END")
                                  .arg(t.name, t.event, t.table,
                                       t.sqliteWhen.isEmpty() ? QString() : QStringLiteral(" WHEN ") + t.sqliteWhen,
                                       t.body.join(QStringLiteral("; "))));
        } else {
            // CREATE OR REPLACE: suspend() drops only the trigger.
            statements.append(QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                             "BEGIN %2; RETURN NULL; END $$")
                                  .arg(t.name, t.body.join(QStringLiteral("; "))));
            statements.append(QStringLiteral("CREATE TRIGGER %1 %2 ON %3 FOR EACH ROW%4 EXECUTE FUNCTION %1()")
                                  .arg(t.name, t.event, t.table,
                                       t.postgresWhen.isEmpty() ? QString()
                                                                : QStringLiteral(" WHEN (%1)").arg(t.postgresWhen)));
        }
    }
    return statements;
}

QStringList DashboardSummary::dropTriggerStatements(Backend backend)
{
    QStringList statements;
    for (const Trigger &t : triggers()) {
        statements.append(backend == Backend::SQLite
                              ? QStringLiteral("DROP TRIGGER %1").arg(t.name)
                              : QStringLiteral("DROP TRIGGER %1 ON %2").arg(t.name, t.table));
    }
    return statements;
}

QStringList DashboardSummary::rebuildStatements()
{
    return milestoneStatements({}) + outcomeStatements({});
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
    for (const QString &s : rebuildStatements() + triggerStatements(m_db.backend()))
        m_db.execDirect(s);
    m_suspended = false;
}

} // namespace liaison
