#pragma once

#include "DatabaseLocation.h"

#include <QStringList>

namespace liaison {

class Database;

// Facts the dashboard would otherwise work out from every activity on each
// draw, kept in tables by triggers on both backends:
// - partnership_milestones: per partnership, its first introduction, first
//   signature and last meeting, event and agreement;
// - introduction_outcomes: per introduction linked to a partnership, how far
//   it has led (IntroductionOutcome; an introduction without a row has led
//   nowhere yet);
// - the *_counts tables: distinct activities per kind and month, per
//   organisation or person (and kind, or kind and years), per country (kind
//   and months), each for all activities (area_id 0) and per area.
// Triggers recompute the partnerships and introductions they touch and add or
// take away one row's counts, so the tables equal a recount after any edit.
// The generator suspends them and recounts once; a bulk load switches off
// the ones on new rows and adds its own counts (BulkLoadCounts).
class DashboardSummary
{
public:
    explicit DashboardSummary(Database &db);

    // The migration that adds the tables, triggers and their first contents
    // ({sqlite}/{postgresql} prefixes as in Schema::Migration).
    static QStringList migrationStatements();

    // Drops the triggers; resume() rebuilds the tables and restores them. Both
    // within the caller's transaction, so a rollback undoes either.
    void suspend();
    void resume();

    // A bulk load of new activities: the per-participant counting is off until
    // resumeAfterLoad(), and the load adds its own counts (BulkLoadCounts).
    void suspendForLoad();
    void resumeAfterLoad();
    // What suspendForLoad() runs on SQLite (the import bench's own load too).
    static QStringList sqliteLoadSuspension();

    // The kept counts, each per area (0: all activities): per organisation or
    // person and kind; per first and last year, kind and organisation or
    // person; per country, kind, first and last month; per kind, first and
    // last month.
    enum class CountTable { Organisations, People, OrganisationYears, PeopleYears, Countries, Activities };
    // Adds `rows` rows of (keys…, activities) to a count table.
    static QString addRowsStatement(CountTable table, int rows);

private:
    static QStringList triggerStatements(DatabaseLocation::Backend backend, bool loadOnly = false);
    static QStringList dropTriggerStatements(DatabaseLocation::Backend backend, bool loadOnly = false);
    static QStringList rebuildStatements(DatabaseLocation::Backend backend);

    Database &m_db;
    bool m_suspended = false;
};

} // namespace liaison
