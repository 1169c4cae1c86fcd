#include "BulkWriter.h"

#include "AreaTags.h"
#include "BulkLoadCounts.h"
#include "DashboardSummary.h"
#include "Database.h"
#include "RecordTable.h"
#include "StorageError.h"

#include <QElapsedTimer>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>

namespace liaison {

// A prepared INSERT: the SQLite C API when a handle is given, else Qt SQL.
// Values are bound in order with the typed add*() calls.
class BulkWriter::Statement
{
public:
    Statement(Database &db, sqlite3 *handle, const QString &sql)
        : m_db(db)
        , m_handle(handle)
    {
        if (m_handle) {
            const QByteArray text = sql.toUtf8();
            if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                                   nullptr)
                != SQLITE_OK)
                fail();
        } else {
            m_sql = sql + QStringLiteral(" RETURNING id");
        }
    }
    ~Statement()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
    }

    void addNull()
    {
        if (m_stmt)
            sqlite3_bind_null(m_stmt, ++m_index);
        else
            m_values.append(QVariant());
    }
    void addInt(qint64 value)
    {
        if (m_stmt)
            sqlite3_bind_int64(m_stmt, ++m_index, value);
        else
            m_values.append(value);
    }
    void addId(qint64 id) { id == 0 ? addTypedNull(QMetaType::fromType<qlonglong>()) : addInt(id); }
    void addText(const QString &text)
    {
        if (m_stmt)
            sqlite3_bind_text16(m_stmt, ++m_index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        else // a null QString would bind as NULL
            m_values.append(text.isNull() ? QStringLiteral("") : text);
    }
    // Text that stays alive until run() (the batch's stamp, user, kind names):
    // bound without a copy or a conversion per row.
    void addStaticUtf8(const QByteArray &utf8, const QString &text)
    {
        if (m_stmt)
            sqlite3_bind_text(m_stmt, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        else
            m_values.append(text);
    }
    void addOptionalText(const QString &text) { text.isEmpty() ? addTypedNull(QMetaType::fromType<QString>()) : addText(text); }
    void addDate(const QDate &date)
    {
        if (!date.isValid())
            return addTypedNull(QMetaType::fromType<QDate>());
        if (!m_stmt)
            return m_values.append(date);
        // What Qt's SQLite driver stores for a QDate: ISO text.
        int y = 0, m = 0, d = 0;
        date.getDate(&y, &m, &d);
        if (y < 0 || y > 9999) {
            const QByteArray text = date.toString(Qt::ISODate).toUtf8();
            sqlite3_bind_text(m_stmt, ++m_index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            return;
        }
        char buffer[10] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
                           char('0' + m / 10), char('0' + m % 10), '-', char('0' + d / 10), char('0' + d % 10)};
        sqlite3_bind_text(m_stmt, ++m_index, buffer, 10, SQLITE_TRANSIENT);
    }
    void addBool(bool value)
    {
        if (m_stmt)
            sqlite3_bind_int(m_stmt, ++m_index, value ? 1 : 0);
        else
            m_values.append(value);
    }

    // Runs the INSERT; returns the new row's id.
    qint64 run()
    {
        if (m_stmt) {
            const int rc = sqlite3_step(m_stmt);
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
            m_index = 0;
            if (rc != SQLITE_DONE)
                fail();
            return sqlite3_last_insert_rowid(m_handle);
        }
        QSqlQuery &query = m_db.prepared(m_sql);
        for (const QVariant &value : std::as_const(m_values))
            query.addBindValue(value);
        m_values.clear();
        m_db.exec(query);
        if (!query.next())
            throw StorageError(QStringLiteral("insert returned no id"));
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        return id;
    }

private:
    void addTypedNull(QMetaType type)
    {
        if (m_stmt)
            sqlite3_bind_null(m_stmt, ++m_index);
        else
            m_values.append(QVariant(type));
    }
    [[noreturn]] void fail()
    {
        throw StorageError(QStringLiteral("writing failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    }

    Database &m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_index = 0;
    QString m_sql;
    QVariantList m_values;
};

namespace {
enum StatementIndex { Batch, Organisation_, Alias, Person_, Affiliation_, Activity_, Participant_, Stop_ = Participant_ + 4, Fingerprint_ };
}

namespace {
// The first column of a one-row SQLite statement, as text ("" when none).
QByteArray sqliteValue(sqlite3 *handle, const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        value = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}
} // namespace

BulkWriter::BulkWriter(Database &db, Mode mode)
    : m_db(db)
    , m_sqlite(db.sqliteHandle())
    , m_user(db.userName())
{
    if (m_sqlite) {
        // Index pages for a big load stay in memory instead of being written out
        // and read back (the default cache is 2 MB); given back afterwards.
        sqlite3 *handle = static_cast<sqlite3 *>(m_sqlite);
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA cache_size", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            m_savedCacheSize = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_exec(handle, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
        if (mode == Mode::Exclusive && m_db.transactionDepth() == 0)
            enterExclusive();
    }
}

void BulkWriter::enterExclusive()
{
    sqlite3 *handle = static_cast<sqlite3 *>(m_sqlite);
    // Leaving WAL needs every other connection closed: the switch failing at
    // once (not after the busy timeout) is the test that the file is ours.
    m_savedBusyTimeout = sqliteValue(handle, "PRAGMA busy_timeout").toInt();
    m_savedMmapSize = sqliteValue(handle, "PRAGMA mmap_size");
    sqlite3_busy_timeout(handle, 0);
    sqlite3_exec(handle, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr);
    const QByteArray journal = sqliteValue(handle, "PRAGMA journal_mode = DELETE");
    if (journal != "delete") {
        sqlite3_exec(handle, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        sqlite3_exec(handle, "PRAGMA locking_mode = NORMAL", nullptr, nullptr, nullptr);
        sqlite3_busy_timeout(handle, m_savedBusyTimeout);
        return;
    }
    m_exclusive = true;
    // Which rows the load adds, table by table, for the check in finish().
    QStringList tables;
    QSqlQuery &query = m_db.exec(QStringLiteral(
        "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.sql NOT LIKE '%WITHOUT ROWID%' "
        "AND EXISTS (SELECT 1 FROM pragma_foreign_key_list(m.name))"));
    while (query.next())
        tables.append(query.value(0).toString());
    query.finish();
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery &max = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(quotedName(table)));
        m_rowidMarks.append({table, max.next() ? max.value(0).toLongLong() : 0});
        max.finish();
    }
    sqlite3_exec(handle, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
    // Without WAL every page read would go through the map and count as the
    // process's memory; the page cache is enough for a load.
    sqlite3_exec(handle, "PRAGMA mmap_size = 0", nullptr, nullptr, nullptr);
}

void BulkWriter::leaveExclusive()
{
    if (!m_exclusive || m_db.transactionDepth() > 0)
        return;
    m_exclusive = false;
    sqlite3 *handle = static_cast<sqlite3 *>(m_sqlite);
    sqlite3_exec(handle, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    sqlite3_exec(handle, QByteArray("PRAGMA mmap_size = " + m_savedMmapSize).constData(), nullptr, nullptr, nullptr);
    // The lock first: WAL entered under an exclusive lock would keep it (no
    // shared memory index) until WAL is left again. The lock goes only at the
    // next access to the file.
    sqlite3_exec(handle, "PRAGMA locking_mode = NORMAL", nullptr, nullptr, nullptr);
    sqliteValue(handle, "SELECT COUNT(*) FROM sqlite_master");
    sqlite3_busy_timeout(handle, m_savedBusyTimeout);
    sqlite3_exec(handle, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
}

// What PRAGMA foreign_key_check would find, but only among the rows this load
// added: a rowid lookup in the parent table per reference.
void BulkWriter::checkForeignKeys()
{
    for (const auto &[table, mark] : std::as_const(m_rowidMarks)) {
        struct Reference
        {
            QString from, parent, to;
            int seq;
        };
        QList<Reference> references;
        QSqlQuery &list = m_db.exec(QStringLiteral("SELECT \"from\", \"table\", \"to\", seq FROM pragma_foreign_key_list(?)"),
                                    {table});
        bool composite = false;
        while (list.next()) {
            references.append({list.value(0).toString(), list.value(1).toString(), list.value(2).toString(),
                               list.value(3).toInt()});
            composite = composite || references.last().seq > 0;
        }
        list.finish();
        QStringList checks;
        for (const Reference &r : std::as_const(references)) {
            const QString to = r.to.isEmpty() ? QStringLiteral("rowid") : quotedName(r.to);
            checks.append(QStringLiteral("(c.%1 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %2 p WHERE p.%3 = c.%1))")
                              .arg(quotedName(r.from), quotedName(r.parent), to));
        }
        QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 c WHERE c.rowid > ? AND (%2)")
                          .arg(quotedName(table), checks.join(QStringLiteral(" OR ")));
        if (composite) // not in this schema; the whole table's check is right if slow
            sql = QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check(%1) WHERE ? IS NOT NULL").arg(quotedName(table));
        QSqlQuery &check = m_db.exec(sql, {mark});
        const qint64 broken = check.next() ? check.value(0).toLongLong() : 0;
        check.finish();
        if (broken > 0)
            throw StorageError(QStringLiteral("%1 new rows of %2 refer to records that do not exist").arg(broken).arg(table));
    }
}

BulkWriter::~BulkWriter()
{
    for (auto &statement : m_statements)
        statement.reset();
    leaveExclusive();
    if (m_sqlite)
        sqlite3_exec(static_cast<sqlite3 *>(m_sqlite),
                     QByteArray("PRAGMA cache_size = " + QByteArray::number(m_savedCacheSize)).constData(), nullptr,
                     nullptr, nullptr);
}

BulkWriter::Statement &BulkWriter::statement(int which, const char *sql)
{
    if (!m_statements[which])
        m_statements[which] = std::make_unique<Statement>(m_db, static_cast<sqlite3 *>(m_sqlite), QString::fromLatin1(sql));
    updateStamp();
    return *m_statements[which];
}

void BulkWriter::expectRows(qint64 rows)
{
    if (!m_sqlite || !m_droppedIndexes.isEmpty() || rows < 200000)
        return;
    QSqlQuery &count = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM activities"));
    const qint64 existing = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    if (rows < existing)
        return;
    // Statements prepared against the indexes must not outlive them.
    for (auto &statement : m_statements)
        statement.reset();
    QSqlQuery &indexes = m_db.exec(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('activities', 'activity_participants')"));
    QStringList names;
    while (indexes.next()) {
        names.append(indexes.value(0).toString());
        m_droppedIndexes.append(indexes.value(1).toString());
    }
    indexes.finish();
    for (const QString &name : std::as_const(names))
        m_db.execDirect(QStringLiteral("DROP INDEX %1").arg(name));
}

namespace {
const QString kActivityColumns = QStringLiteral(
    "id, kind, title, description, location, start_date, start_precision, end_date, end_precision, last_date, "
    "start_month, series_id, purpose, outcome, follow_up_due, follow_up_done, agreement_status, signed_date, "
    "renewal_date, import_batch_id, cost, cost_minor, cost_currency, transport, officials, source, row_version, "
    "updated_at, updated_by");
constexpr int kActivityWidth = 29;
const QString kParticipantColumns = QStringLiteral("activity_id, person_id, organisation_id, role, position");
constexpr int kParticipantWidth = 5;
constexpr int kChunkRows = 256;
const QString kFingerprintColumns = QStringLiteral("hash, batch_id, source, line, activity_id");
constexpr int kFingerprintWidth = 5;
} // namespace

void BulkWriter::updateStamp()
{
    const QDateTime now = m_db.changeTime(); // one instant per transaction, as RecordTable stamps
    if (now != m_stampTime) {
        m_stampTime = now;
        m_stamp = now.toString(Qt::ISODateWithMs);
        m_stampUtf8 = m_stamp.toUtf8();
        m_userUtf8 = m_user.toUtf8();
    }
}

qint64 BulkWriter::nextActivityId()
{
    if (m_idPool.isEmpty()) {
        QSqlQuery &query = m_db.exec(QStringLiteral(
            "SELECT nextval(pg_get_serial_sequence('activities', 'id')) FROM generate_series(1, 1024)"));
        while (query.next())
            m_idPool.append(query.value(0).toLongLong());
        query.finish();
        std::reverse(m_idPool.begin(), m_idPool.end());
        if (m_idPool.isEmpty())
            throw StorageError(QStringLiteral("no ids from the activities sequence"));
    }
    return m_idPool.takeLast();
}

// Sends whole chunks of kChunkRows rows (or, with `all`, the rest too, in
// power-of-two chunks) so that only a handful of statement texts exist.
void BulkWriter::flushRows(const QString &table, const QString &columns, int width, QVariantList &values, bool all)
{
    qsizetype rows = values.size() / width;
    qsizetype offset = 0;
    while (rows > 0) {
        int chunk = kChunkRows;
        if (rows < kChunkRows) {
            if (!all)
                break;
            while (chunk > rows)
                chunk /= 2;
        }
        QString row = QStringLiteral("(?");
        for (int i = 1; i < width; ++i)
            row += QStringLiteral(", ?");
        row += QLatin1Char(')');
        QStringList rowList(chunk, row);
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(table, columns, rowList.join(QStringLiteral(", ")));
        m_db.exec(sql, values.mid(offset, qsizetype(chunk) * width));
        offset += qsizetype(chunk) * width;
        rows -= chunk;
    }
    values.remove(0, offset);
}

void BulkWriter::flushPending()
{
    flushRows(QStringLiteral("activities"), kActivityColumns, kActivityWidth, m_pendingActivities, true);
    flushRows(QStringLiteral("activity_participants"), kParticipantColumns, kParticipantWidth, m_pendingParticipants, true);
    // After the activities they refer to.
    flushRows(QStringLiteral("import_fingerprints"), kFingerprintColumns, kFingerprintWidth, m_pendingFingerprints, true);
}

// FTS5 writes its pending terms out at the end of every statement that
// touches it inside a transaction (a statement savepoint), so an index fed
// row by row by the insert trigger costs more than the rows themselves. The
// trigger is dropped for the load and the new rows go into the index in one
// INSERT … SELECT in finish(): all within the caller's transaction, so a
// rollback brings the trigger back and leaves the index as it was.
void BulkWriter::suspendFullText()
{
    m_fullTextChecked = true;
    QSqlQuery &trigger = m_db.exec(QStringLiteral(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'activities_fts_insert'"));
    if (trigger.next())
        m_fullTextTrigger = trigger.value(0).toString();
    trigger.finish();
    if (m_fullTextTrigger.isEmpty())
        return;
    for (auto &statement : m_statements)
        statement.reset();
    m_db.execDirect(QStringLiteral("DROP TRIGGER activities_fts_insert"));
}

// Before the first activity: on SQLite dropping the count triggers resets
// the prepared statements, as for the full-text trigger.
void BulkWriter::startCounting()
{
    for (auto &statement : m_statements)
        statement.reset();
    DashboardSummary(m_db).suspendForLoad();
    m_counts = std::make_unique<BulkLoadCounts>(m_db);
}

void BulkWriter::finish()
{
    QElapsedTimer timer;
    timer.start();
    const bool timing = qEnvironmentVariableIsSet("LIAISON_IMPORT_TIMING");
    const auto lap = [&](const char *what) {
        if (timing)
            qInfo("import:   %s %.2f s", what, timer.nsecsElapsed() / 1e9);
        timer.restart();
    };
    flushPending();
    for (auto &statement : m_statements)
        statement.reset();
    if (!m_fullTextTrigger.isEmpty()) {
        if (m_firstActivityId > 0)
            m_db.exec(QStringLiteral("INSERT INTO activities_fts (rowid, title, description, purpose, outcome, location) "
                                     "SELECT id, title, description, purpose, outcome, location FROM activities "
                                     "WHERE id >= ?"),
                      {m_firstActivityId});
        m_db.execDirect(m_fullTextTrigger);
        lap("full-text index");
        m_fullTextTrigger.clear();
        m_fullTextChecked = false;
        m_firstActivityId = 0;
    }
    if (!m_droppedIndexes.isEmpty()) {
        // Building an index is a sort: a helper thread sorts one half while
        // the table is read, about a third faster.
        sqlite3 *handle = static_cast<sqlite3 *>(m_sqlite);
        sqlite3_exec(handle, "PRAGMA threads = 1", nullptr, nullptr, nullptr);
        for (const QString &sql : std::as_const(m_droppedIndexes))
            m_db.execDirect(sql);
        sqlite3_exec(handle, "PRAGMA threads = 0", nullptr, nullptr, nullptr);
    }
    m_droppedIndexes.clear();
    lap("indexes");
    if (m_counts) {
        m_counts->write();
        DashboardSummary(m_db).resumeAfterLoad();
        m_counts.reset();
        lap("dashboard counts");
    }
    if (m_exclusive) {
        checkForeignKeys();
        lap("foreign-key check");
    }
}

qint64 BulkWriter::createBatch(const QString &source)
{
    Statement &s = statement(Batch, "INSERT INTO import_batches (source, imported_at, imported_by, row_count) "
                                    "VALUES (?, ?, ?, 0)");
    s.addText(source);
    s.addStaticUtf8(m_stampUtf8, m_stamp);
    s.addStaticUtf8(m_userUtf8, m_user);
    return s.run();
}

void BulkWriter::finishBatch(qint64 batchId, qint64 rowCount)
{
    m_db.exec(QStringLiteral("UPDATE import_batches SET row_count = ? WHERE id = ?"), {rowCount, batchId});
}

qint64 BulkWriter::insertOrganisation(const Organisation &o, qint64 batchId)
{
    Statement &s = statement(Organisation_,
                             "INSERT INTO organisations (name, short_name, kind, country, parent_id, website, notes, "
                             "import_batch_id, row_version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    s.addText(o.name);
    s.addOptionalText(o.shortName);
    s.addOptionalText(o.kind);
    s.addOptionalText(o.country);
    s.addId(o.parentId);
    s.addOptionalText(o.website);
    s.addOptionalText(o.notes);
    s.addId(batchId);
    s.addStaticUtf8(m_stampUtf8, m_stamp);
    s.addStaticUtf8(m_userUtf8, m_user);
    const qint64 id = s.run();
    for (const QString &alias : o.aliases) {
        if (m_sqlite) {
            Statement &a = statement(Alias, "INSERT OR IGNORE INTO organisation_aliases (organisation_id, alias) VALUES (?, ?)");
            a.addInt(id);
            a.addText(alias);
            a.run();
        } else {
            m_db.exec(QStringLiteral("INSERT INTO organisation_aliases (organisation_id, alias) VALUES (?, ?) "
                                     "ON CONFLICT DO NOTHING"),
                      {id, alias});
        }
    }
    if (m_counts)
        m_counts->organisationWritten(id, o.country);
    return id;
}

qint64 BulkWriter::insertPerson(const Person &p, qint64 batchId)
{
    Statement &s = statement(Person_, "INSERT INTO people (name, native_name, title, email, phone, notes, "
                                      "import_batch_id, row_version, updated_at, updated_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    s.addText(p.name);
    s.addOptionalText(p.nativeName);
    s.addOptionalText(p.title);
    s.addOptionalText(p.email);
    s.addOptionalText(p.phone);
    s.addOptionalText(p.notes);
    s.addId(batchId);
    s.addStaticUtf8(m_stampUtf8, m_stamp);
    s.addStaticUtf8(m_userUtf8, m_user);
    return s.run();
}

qint64 BulkWriter::insertAffiliation(const Affiliation &a)
{
    Statement &s = statement(Affiliation_, "INSERT INTO affiliations (person_id, organisation_id, role, from_date, "
                                           "from_precision, to_date, to_precision, row_version, updated_at, updated_by) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    s.addInt(a.personId);
    s.addInt(a.organisationId);
    s.addOptionalText(a.role);
    s.addDate(a.from.first());
    a.from.isValid() ? s.addInt(int(a.from.precision())) : s.addNull();
    s.addDate(a.to.first());
    a.to.isValid() ? s.addInt(int(a.to.precision())) : s.addNull();
    s.addStaticUtf8(m_stampUtf8, m_stamp);
    s.addStaticUtf8(m_userUtf8, m_user);
    return s.run();
}

qint64 BulkWriter::insertActivity(const Activity &a, qint64 batchId)
{
    if (!a.when.isValid())
        throw StorageError(QStringLiteral("activity \"%1\" has no date").arg(a.title));
    if (m_sqlite && !m_fullTextChecked) // before any statement is taken: it resets them
        suspendFullText();
    if (!m_counts)
        startCounting();
    Statement &s = statement(
        Activity_,
        "INSERT INTO activities (kind, title, description, location, start_date, start_precision, end_date, "
        "end_precision, last_date, start_month, series_id, purpose, outcome, follow_up_due, follow_up_done, "
        "agreement_status, signed_date, renewal_date, import_batch_id, cost, cost_minor, cost_currency, transport, "
        "officials, source, row_version, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    const PartialDate start = a.when.start();
    const PartialDate end = a.when.end();
    if (!m_sqlite) {
        const qint64 id = nextActivityId();
        updateStamp();
        m_pendingActivities << id << activityKindName(a.kind) << a.title << RecordTable::textValue(a.description)
                            << RecordTable::textValue(a.location) << start.first() << int(start.precision())
                            << RecordTable::dateValue(end.first()) << RecordTable::precisionValue(end) << a.when.last()
                            << start.monthKey() << RecordTable::idValue(a.seriesId) << RecordTable::textValue(a.purpose)
                            << RecordTable::textValue(a.outcome) << RecordTable::dateValue(a.followUpDue) << a.followUpDone
                            << RecordTable::textValue(a.agreementStatus) << RecordTable::dateValue(a.signedDate)
                            << RecordTable::dateValue(a.renewalDate) << RecordTable::idValue(batchId)
                            << RecordTable::textValue(a.cost)
                            << (a.costMinor ? QVariant(qlonglong(*a.costMinor)) : QVariant(QMetaType::fromType<qlonglong>()))
                            << RecordTable::textValue(a.costCurrency) << RecordTable::textValue(a.transport)
                            << (a.officials ? QVariant(*a.officials) : QVariant(QMetaType::fromType<int>()))
                            << RecordTable::textValue(a.source) << 1 << m_stamp << m_user;
        for (int i = 0; i < a.participants.size(); ++i) {
            const Participant &p = a.participants.at(i);
            m_pendingParticipants << id << RecordTable::idValue(p.personId) << RecordTable::idValue(p.organisationId)
                                  << p.role << i;
        }
        if (!a.areas.isEmpty() || !a.itinerary.isEmpty()) { // they refer to the row: it must be there first
            flushPending();
            if (!a.areas.isEmpty())
                AreaTags(m_db, QStringLiteral("activity_areas"), QStringLiteral("activity_id")).set(id, a.areas, false);
            for (int i = 0; i < a.itinerary.size(); ++i) {
                const ItineraryStop &stop = a.itinerary.at(i);
                m_db.exec(QStringLiteral("INSERT INTO itinerary_stops "
                                         "(activity_id, position, place, stop_date, stop_precision, purpose) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"),
                          {id, i, stop.place, RecordTable::dateValue(stop.date.first()),
                           RecordTable::precisionValue(stop.date), RecordTable::textValue(stop.purpose)});
            }
        } else if (m_pendingActivities.size() >= kChunkRows * kActivityWidth) {
            // Participants first wait for their activities: send activities, then whole participant chunks.
            flushRows(QStringLiteral("activities"), kActivityColumns, kActivityWidth, m_pendingActivities, false);
            flushRows(QStringLiteral("activity_participants"), kParticipantColumns, kParticipantWidth,
                      m_pendingParticipants, false);
        }
        m_counts->activityWritten(a); // after its areas: they may be new
        return id;
    }
    static const QList<QByteArray> kindNames = [] {
        QList<QByteArray> names;
        for (ActivityKind k : allActivityKinds()) {
            names.resize(qMax<qsizetype>(names.size(), int(k) + 1));
            names[int(k)] = activityKindName(k).toUtf8();
        }
        return names;
    }();
    s.addStaticUtf8(kindNames.at(int(a.kind)), activityKindName(a.kind));
    s.addText(a.title);
    s.addOptionalText(a.description);
    s.addOptionalText(a.location);
    s.addDate(start.first());
    s.addInt(int(start.precision()));
    s.addDate(end.first());
    end.isValid() ? s.addInt(int(end.precision())) : s.addNull();
    s.addDate(a.when.last());
    s.addInt(start.monthKey());
    s.addId(a.seriesId);
    s.addOptionalText(a.purpose);
    s.addOptionalText(a.outcome);
    s.addDate(a.followUpDue);
    s.addBool(a.followUpDone);
    s.addOptionalText(a.agreementStatus);
    s.addDate(a.signedDate);
    s.addDate(a.renewalDate);
    s.addId(batchId);
    s.addOptionalText(a.cost);
    a.costMinor ? s.addInt(*a.costMinor) : s.addNull();
    s.addOptionalText(a.costCurrency);
    s.addOptionalText(a.transport);
    a.officials ? s.addInt(*a.officials) : s.addNull();
    s.addOptionalText(a.source);
    s.addStaticUtf8(m_stampUtf8, m_stamp);
    s.addStaticUtf8(m_userUtf8, m_user);
    const qint64 id = s.run();
    if (m_firstActivityId == 0) // rowids grow: every later new row has a larger id
        m_firstActivityId = id;

    // Up to four participants per statement: one step instead of four.
    static const char *const participantSql[4] = {
        "INSERT INTO activity_participants (activity_id, person_id, organisation_id, role, position) VALUES (?, ?, ?, ?, ?)",
        "INSERT INTO activity_participants (activity_id, person_id, organisation_id, role, position) VALUES (?, ?, ?, ?, ?), "
        "(?, ?, ?, ?, ?)",
        "INSERT INTO activity_participants (activity_id, person_id, organisation_id, role, position) VALUES (?, ?, ?, ?, ?), "
        "(?, ?, ?, ?, ?), (?, ?, ?, ?, ?)",
        "INSERT INTO activity_participants (activity_id, person_id, organisation_id, role, position) VALUES (?, ?, ?, ?, ?), "
        "(?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)"};
    for (int first = 0; first < a.participants.size(); first += 4) {
        const int n = int(qMin<qsizetype>(4, a.participants.size() - first));
        Statement &ps = statement(Participant_ + n - 1, participantSql[n - 1]);
        for (int i = first; i < first + n; ++i) {
            const Participant &p = a.participants.at(i);
            ps.addInt(id);
            ps.addId(p.personId);
            ps.addId(p.organisationId);
            ps.addText(p.role);
            ps.addInt(i);
        }
        ps.run();
    }
    for (int i = 0; i < a.itinerary.size(); ++i) {
        const ItineraryStop &stop = a.itinerary.at(i);
        Statement &ss = statement(Stop_, "INSERT INTO itinerary_stops (activity_id, position, place, stop_date, "
                                         "stop_precision, purpose) VALUES (?, ?, ?, ?, ?, ?)");
        ss.addInt(id);
        ss.addInt(i);
        ss.addText(stop.place);
        ss.addDate(stop.date.first());
        stop.date.isValid() ? ss.addInt(int(stop.date.precision())) : ss.addNull();
        ss.addOptionalText(stop.purpose);
        ss.run();
    }
    if (!a.areas.isEmpty())
        AreaTags(m_db, QStringLiteral("activity_areas"), QStringLiteral("activity_id")).set(id, a.areas, false);
    m_counts->activityWritten(a); // after its areas: they may be new
    return id;
}

void BulkWriter::insertFingerprint(qint64 fingerprint, qint64 batchId, const QString &source, qint64 line,
                                   qint64 activityId)
{
    if (!m_sqlite) {
        m_pendingFingerprints << fingerprint << RecordTable::idValue(batchId)
                              << (source.isNull() ? QStringLiteral("") : source) << line // a null QString binds as NULL
                              << RecordTable::idValue(activityId);
        if (m_pendingFingerprints.size() >= kChunkRows * kFingerprintWidth)
            flushPending(); // their activities first
        return;
    }
    Statement &s = statement(Fingerprint_, "INSERT INTO import_fingerprints (hash, batch_id, source, line, activity_id) "
                                           "VALUES (?, ?, ?, ?, ?)");
    s.addInt(fingerprint);
    s.addId(batchId);
    if (source != m_fingerprintSource) { // one file per load: converted once
        m_fingerprintSource = source;
        m_fingerprintSourceUtf8 = source.toUtf8();
    }
    s.addStaticUtf8(m_fingerprintSourceUtf8, m_fingerprintSource);
    s.addInt(line);
    s.addId(activityId);
    s.run();
}

} // namespace liaison
