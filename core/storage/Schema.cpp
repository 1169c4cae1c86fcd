#include "Schema.h"

#include "DashboardSummary.h"

#include <QRegularExpression>

namespace liaison::Schema {

namespace {
// Columns every record table carries (see Record).
const QString kMeta = QStringLiteral(
    "row_version INTEGER NOT NULL DEFAULT 1, "
    "updated_at TEXT NOT NULL, "
    "updated_by TEXT NOT NULL");

QString table(const QString &name, const QString &columns, bool record = true)
{
    return QStringLiteral("CREATE TABLE %1 (%2%3)")
        .arg(name, columns, record ? QStringLiteral(", ") + kMeta : QString());
}

QList<Migration> buildMigrations()
{
    QList<Migration> list;

    list.append({1, QStringLiteral("records: organisations, people, partnerships, activities"), {
        QStringLiteral("CREATE TABLE liaison_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        table(QStringLiteral("organisations"), QStringLiteral(
            "id {pk}, name TEXT NOT NULL, short_name TEXT, kind TEXT, country TEXT, "
            "parent_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL, "
            "website TEXT, notes TEXT")),
        QStringLiteral("CREATE INDEX organisations_name ON organisations(name)"),
        table(QStringLiteral("organisation_aliases"), QStringLiteral(
            "organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE, "
            "alias TEXT NOT NULL, PRIMARY KEY (organisation_id, alias)"), false),
        QStringLiteral("CREATE INDEX organisation_aliases_alias ON organisation_aliases(alias)"),
        table(QStringLiteral("people"), QStringLiteral(
            "id {pk}, name TEXT NOT NULL, native_name TEXT, title TEXT, email TEXT, phone TEXT, notes TEXT")),
        QStringLiteral("CREATE INDEX people_name ON people(name)"),
        table(QStringLiteral("affiliations"), QStringLiteral(
            "id {pk}, "
            "person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE, "
            "organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE, "
            "role TEXT, from_date DATE, from_precision SMALLINT, to_date DATE, to_precision SMALLINT")),
        QStringLiteral("CREATE INDEX affiliations_person ON affiliations(person_id)"),
        QStringLiteral("CREATE INDEX affiliations_organisation ON affiliations(organisation_id)"),
        table(QStringLiteral("areas"), QStringLiteral("id {pk}, name TEXT NOT NULL UNIQUE"), false),
        table(QStringLiteral("partnerships"), QStringLiteral(
            "id {pk}, name TEXT NOT NULL, focus TEXT, owner TEXT, "
            "stage TEXT NOT NULL DEFAULT '', notes TEXT")),
        table(QStringLiteral("partnership_parties"), QStringLiteral(
            "partnership_id BIGINT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE, "
            "organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE, "
            "role TEXT, position INTEGER NOT NULL, PRIMARY KEY (partnership_id, organisation_id)"), false),
        QStringLiteral("CREATE INDEX partnership_parties_organisation ON partnership_parties(organisation_id)"),
        table(QStringLiteral("partnership_stages"), QStringLiteral(
            "id {pk}, partnership_id BIGINT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE, "
            "stage TEXT NOT NULL, changed_on DATE NOT NULL, changed_precision SMALLINT NOT NULL, note TEXT"), false),
        QStringLiteral("CREATE INDEX partnership_stages_partnership ON partnership_stages(partnership_id)"),
        table(QStringLiteral("partnership_areas"), QStringLiteral(
            "partnership_id BIGINT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE, "
            "area_id BIGINT NOT NULL REFERENCES areas(id) ON DELETE CASCADE, "
            "PRIMARY KEY (partnership_id, area_id)"), false),
        table(QStringLiteral("series"), QStringLiteral("id {pk}, name TEXT NOT NULL UNIQUE, notes TEXT")),
        // start_month (yyyymm) is stored so that grouping by month, quarter or
        // year is integer arithmetic over an index, not date parsing per row.
        table(QStringLiteral("activities"), QStringLiteral(
            "id {pk}, kind TEXT NOT NULL, title TEXT NOT NULL, description TEXT, location TEXT, "
            "start_date DATE NOT NULL, start_precision SMALLINT NOT NULL, "
            "end_date DATE, end_precision SMALLINT, last_date DATE NOT NULL, "
            "start_month INTEGER NOT NULL, "
            "series_id BIGINT REFERENCES series(id) ON DELETE SET NULL, "
            "purpose TEXT, outcome TEXT, follow_up_due DATE, follow_up_done BOOLEAN NOT NULL DEFAULT FALSE, "
            "agreement_status TEXT, signed_date DATE, renewal_date DATE")),
        QStringLiteral("CREATE INDEX activities_start ON activities(start_date)"),
        QStringLiteral("CREATE INDEX activities_kind_month ON activities(kind, start_month)"),
        QStringLiteral("CREATE INDEX activities_series ON activities(series_id)"),
        table(QStringLiteral("activity_participants"), QStringLiteral(
            "id {pk}, activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE, "
            "person_id BIGINT REFERENCES people(id) ON DELETE CASCADE, "
            "organisation_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE, "
            "role TEXT NOT NULL, position INTEGER NOT NULL, "
            "CHECK (person_id IS NOT NULL OR organisation_id IS NOT NULL)"), false),
        QStringLiteral("CREATE INDEX activity_participants_activity ON activity_participants(activity_id)"),
        QStringLiteral("CREATE INDEX activity_participants_person ON activity_participants(person_id)"),
        QStringLiteral("CREATE INDEX activity_participants_organisation ON activity_participants(organisation_id)"),
        table(QStringLiteral("activity_partnerships"), QStringLiteral(
            "activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE, "
            "partnership_id BIGINT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE, "
            "PRIMARY KEY (activity_id, partnership_id)"), false),
        QStringLiteral("CREATE INDEX activity_partnerships_partnership ON activity_partnerships(partnership_id)"),
        table(QStringLiteral("activity_areas"), QStringLiteral(
            "activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE, "
            "area_id BIGINT NOT NULL REFERENCES areas(id) ON DELETE CASCADE, "
            "PRIMARY KEY (activity_id, area_id)"), false),
        QStringLiteral("CREATE INDEX activity_areas_area ON activity_areas(area_id)"),
        table(QStringLiteral("itinerary_stops"), QStringLiteral(
            "id {pk}, activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE, "
            "position INTEGER NOT NULL, place TEXT NOT NULL, stop_date DATE, stop_precision SMALLINT, purpose TEXT"), false),
        QStringLiteral("CREATE INDEX itinerary_stops_activity ON itinerary_stops(activity_id)"),
    }});

    // Each CSV import becomes a batch, so that it can be undone as a whole.
    list.append({2, QStringLiteral("import batches"), {
        table(QStringLiteral("import_batches"), QStringLiteral(
            "id {pk}, source TEXT NOT NULL, imported_at TEXT NOT NULL, imported_by TEXT NOT NULL, "
            "row_count INTEGER NOT NULL DEFAULT 0"), false),
        QStringLiteral("ALTER TABLE activities ADD COLUMN import_batch_id BIGINT REFERENCES import_batches(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE organisations ADD COLUMN import_batch_id BIGINT REFERENCES import_batches(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE people ADD COLUMN import_batch_id BIGINT REFERENCES import_batches(id) ON DELETE SET NULL"),
        QStringLiteral("CREATE INDEX activities_import_batch ON activities(import_batch_id)"),
    }});

    // Full-text search over activities (title, description, purpose, outcome,
    // location). SQLite: an FTS5 index kept in sync by triggers; PostgreSQL: a
    // GIN index over the same words (the expression must match ActivityFilterSql's).
    // Statements starting {sqlite} or {postgresql} run on that backend only.
    const QString ftsColumns = QStringLiteral("title, description, purpose, outcome, location");
    const QString newValues = QStringLiteral("new.id, new.title, new.description, new.purpose, new.outcome, new.location");
    const QString oldValues = QStringLiteral("'delete', old.id, old.title, old.description, old.purpose, old.outcome, old.location");
    list.append({3, QStringLiteral("full-text search"), {
        QStringLiteral("{sqlite}CREATE VIRTUAL TABLE activities_fts USING fts5(%1, content='activities', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2')").arg(ftsColumns),
        QStringLiteral("{sqlite}CREATE TRIGGER activities_fts_insert AFTER INSERT ON activities BEGIN "
                       "INSERT INTO activities_fts (rowid, %1) VALUES (%2); END").arg(ftsColumns, newValues),
        QStringLiteral("{sqlite}CREATE TRIGGER activities_fts_delete AFTER DELETE ON activities BEGIN "
                       "INSERT INTO activities_fts (activities_fts, rowid, %1) VALUES (%2); END").arg(ftsColumns, oldValues),
        QStringLiteral("{sqlite}CREATE TRIGGER activities_fts_update AFTER UPDATE OF %1 ON activities BEGIN "
                       "INSERT INTO activities_fts (activities_fts, rowid, %1) VALUES (%2); "
                       "INSERT INTO activities_fts (rowid, %1) VALUES (%3); END").arg(ftsColumns, oldValues, newValues),
        QStringLiteral("{sqlite}INSERT INTO activities_fts (activities_fts) VALUES ('rebuild')"),
        // The activity list sorted by title or by kind (then date), filtered by
        // kind, and the open follow-ups, each read an index instead of sorting.
        QStringLiteral("CREATE INDEX activities_title ON activities(title)"),
        QStringLiteral("CREATE INDEX activities_kind_start ON activities(kind, start_date)"),
        QStringLiteral("CREATE INDEX activities_follow_up_open ON activities(follow_up_due) "
                       "WHERE follow_up_due IS NOT NULL AND NOT follow_up_done"),
        QStringLiteral("{postgresql}CREATE INDEX activities_fts ON activities USING GIN (%1)")
            .arg(activitySearchVector({})),
    }});

    // The dashboard's top organisations and people count distinct activities
    // per participant from these indexes alone, without reading the table.
    list.append({4, QStringLiteral("dashboard aggregates"), {
        QStringLiteral("CREATE INDEX activity_participants_organisation_activity "
                       "ON activity_participants(organisation_id, activity_id)"),
        QStringLiteral("CREATE INDEX activity_participants_person_activity "
                       "ON activity_participants(person_id, activity_id)"),
        // A date range then finds its activities' kind and month in the index
        // alone (1M activities, one year: 1.1 s → 40 ms on SQLite).
        QStringLiteral("CREATE INDEX activities_start_cover ON activities(start_date, last_date, kind, start_month)"),
    }});

    // Lists on 1M activities: the single-column participant indexes are
    // covered by migration 4's (organisation, activity) and (person, activity)
    // ones, and the list sorted by location reads an index instead of sorting
    // a million rows.
    list.append({5, QStringLiteral("list indexes"), {
        QStringLiteral("DROP INDEX activity_participants_organisation"),
        QStringLiteral("DROP INDEX activity_participants_person"),
        QStringLiteral("CREATE INDEX activities_location ON activities(location, id)"),
    }});

    // The dashboard's introduction outcomes and time to agreement read kept
    // figures instead of every partnership's activities (see DashboardSummary).
    // A kind's activities by date then carry their end and signature too: the
    // time-to-agreement chart and the parts of a range the kept counts do not
    // cover read them from the index alone (15 Mar 2012 – 2 Nov 2015: time
    // to agreement 316 → 55 ms on SQLite). Its first columns serve what
    // activities_kind_start served.
    QStringList dashboard = DashboardSummary::migrationStatements();
    // (SQLite's indexes hold the rowid anyway; PostgreSQL's need the id included to be read alone.)
    dashboard.prepend(QStringLiteral("{postgresql}CREATE INDEX activities_kind_dates ON activities(kind, start_date, last_date, signed_date) INCLUDE (id)"));
    dashboard.prepend(QStringLiteral("{sqlite}CREATE INDEX activities_kind_dates ON activities(kind, start_date, last_date, signed_date)"));
    dashboard.prepend(QStringLiteral("DROP INDEX activities_kind_start"));
    list.append({6, QStringLiteral("dashboard summaries"), dashboard});

    // What real returns hold per trip or meeting: the cost as written with
    // its amount (minor units) and currency, transport, officials accompanying,
    // and the source file or reference.
    list.append({7, QStringLiteral("activity cost, transport, officials, source"), {
        QStringLiteral("ALTER TABLE activities ADD COLUMN cost TEXT"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN cost_minor BIGINT"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN cost_currency TEXT"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN transport TEXT"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN officials INTEGER"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN source TEXT"),
    }});

    // Each imported row's fingerprint (RowFingerprint: its normalised
    // content), so that importing the same rows again is found and skipped.
    // The activity a row became takes its fingerprint with it when deleted,
    // whoever deletes it; an undone batch's rows go with the batch (see
    // ImportBatchRepository::undo). No primary key: a table of rows looked up
    // by hash, written a row per imported row by the bulk load; no index on
    // the batch either (an undo reads the table once; every load would pay
    // for the index row by row). The activity's index serves the cascade.
    list.append({8, QStringLiteral("import fingerprints"), {
        table(QStringLiteral("import_fingerprints"), QStringLiteral(
            "hash BIGINT NOT NULL, source TEXT NOT NULL, line BIGINT NOT NULL, "
            "batch_id BIGINT REFERENCES import_batches(id) ON DELETE SET NULL, "
            "activity_id BIGINT REFERENCES activities(id) ON DELETE CASCADE"), false),
        QStringLiteral("CREATE INDEX import_fingerprints_hash ON import_fingerprints(hash)"),
        QStringLiteral("CREATE INDEX import_fingerprints_activity ON import_fingerprints(activity_id)"),
    }});

    return list;
}
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

int currentVersion()
{
    return migrations().constLast().version;
}

QString activitySearchVector(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("to_tsvector('simple', COALESCE(%1title, '') || ' ' || COALESCE(%1description, '') || ' ' || "
                          "COALESCE(%1purpose, '') || ' ' || COALESCE(%1outcome, '') || ' ' || COALESCE(%1location, ''))")
        .arg(p);
}

QStringList tablesOf(int version, DatabaseLocation::Backend backend)
{
    static const QRegularExpression create(QStringLiteral("^CREATE TABLE (\\w+)"));
    static const QRegularExpression drop(QStringLiteral("^DROP TABLE (?:IF EXISTS )?(\\w+)"));
    QStringList tables;
    for (const Migration &migration : migrations()) {
        if (migration.version > version)
            break;
        for (const QString &statement : statementsFor(migration, backend)) {
            if (const QRegularExpressionMatch m = create.match(statement); m.hasMatch())
                tables.append(m.captured(1));
            else if (const QRegularExpressionMatch m = drop.match(statement); m.hasMatch())
                tables.removeAll(m.captured(1));
        }
    }
    return tables;
}

QStringList statementsFor(const Migration &migration, DatabaseLocation::Backend backend)
{
    const QString pk = backend == DatabaseLocation::Backend::SQLite
        ? QStringLiteral("INTEGER PRIMARY KEY")
        : QStringLiteral("BIGSERIAL PRIMARY KEY");
    QStringList result;
    const QLatin1String sqliteOnly("{sqlite}");
    const QLatin1String postgresOnly("{postgresql}");
    const bool sqlite = backend == DatabaseLocation::Backend::SQLite;
    for (QString statement : migration.statements) {
        if (statement.startsWith(sqliteOnly)) {
            if (!sqlite)
                continue;
            statement.remove(0, sqliteOnly.size());
        } else if (statement.startsWith(postgresOnly)) {
            if (sqlite)
                continue;
            statement.remove(0, postgresOnly.size());
        }
        // {key}: a primary key given, not generated; SQLite's INTEGER makes it
        // the rowid (one lookup instead of an index, then the row).
        result.append(statement.replace(QLatin1String("{pk}"), pk)
                          .replace(QLatin1String("{key}"), sqlite ? QLatin1String("INTEGER") : QLatin1String("BIGINT")));
    }
    return result;
}

} // namespace liaison::Schema
