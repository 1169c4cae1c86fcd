#include "Database.h"

#include "Schema.h"
#include "StorageError.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QDir>

namespace liaison {

namespace {
QAtomicInt connectionCounter;

// Drivers tend to answer in several lines; users get one.
QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(QLatin1Char('\n'));
    return (newline < 0 ? trimmed : trimmed.left(newline)).trimmed();
}

QString errorText(const QSqlError &error)
{
    QString text = firstLine(error.databaseText());
    if (text.isEmpty())
        text = firstLine(error.driverText());
    return text;
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("liaison-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_userName(currentUserName())
{
}

Database::~Database()
{
    close();
}

QString Database::currentUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

void Database::open(const DatabaseLocation &location, const OpenOptions &options)
{
    close();
    if (!location.isValid())
        throw StorageError(QStringLiteral("no database given"));
    m_location = location;
    m_backupPath.clear();
    try {
        if (location.backend() == Backend::SQLite)
            openSqlite(options);
        else
            openPostgres(options);

        m_schemaVersion = readSchemaVersion();
        if (m_schemaVersion == 0 && !options.createIfMissing)
            throw StorageError(QStringLiteral("%1 holds no Liaison database yet; it was left untouched (liaison demo, "
                                              "liaison import or File ▸ New create one)")
                                   .arg(location.toDisplayString()));
        const int target = options.schemaVersion < 0 ? Schema::currentVersion() : options.schemaVersion;
        if (m_schemaVersion > Schema::currentVersion())
            throw StorageError(
                QStringLiteral("%1 was written by a newer version of Liaison (schema %2; this version reads up to %3); "
                               "it was left untouched")
                    .arg(location.toDisplayString())
                    .arg(m_schemaVersion)
                    .arg(Schema::currentVersion()));

        if (m_readOnly) {
            if (m_schemaVersion < target)
                throw StorageError(QStringLiteral("%1 is read-only and needs its schema brought from version %2 to %3; "
                                                  "open it once with write access")
                                       .arg(location.toDisplayString())
                                       .arg(m_schemaVersion)
                                       .arg(target));
            return;
        }
        if (backend() == Backend::SQLite) {
            // After the version check, so that a refused file is not even touched
            // by the switch to WAL (which rewrites its header).
            execDirect(QStringLiteral("PRAGMA journal_mode=WAL"));
            execDirect(QStringLiteral("PRAGMA synchronous=NORMAL"));
            execDirect(QStringLiteral("PRAGMA mmap_size=268435456"));
        }
        if (m_schemaVersion < target && options.migrate)
            bringSchemaTo(target);
    } catch (...) {
        close();
        throw;
    }
}

void Database::openSqlite(const OpenOptions &options)
{
    const QString path = m_location.filePath();
    const QFileInfo info(path);
    m_readOnly = options.readOnly || (info.exists() && !info.isWritable());
    if (!info.exists()) {
        if (m_readOnly || !options.createIfMissing)
            throw StorageError(QStringLiteral("%1: no such file").arg(path));
        if (!info.absoluteDir().exists())
            throw StorageError(QStringLiteral("%1: folder %2 does not exist").arg(path, info.absolutePath()));
    } else {
        QFile file(path);
        if (info.isDir())
            throw StorageError(QStringLiteral("%1 is a folder, not a database file").arg(path));
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        // An empty file is what a mistyped `touch` or a failed copy leaves:
        // only a command that creates may turn it into a database.
        if (header.isEmpty() && !options.createIfMissing)
            throw StorageError(QStringLiteral("%1 is an empty file, not a Liaison database; it was left untouched").arg(path));
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            throw StorageError(QStringLiteral("%1 is not a Liaison database (not an SQLite file)").arg(path));
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (m_readOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        throw StorageError(QStringLiteral("%1: cannot open (%2)").arg(path, errorText(m_db.lastError())));
    execDirect(QStringLiteral("PRAGMA foreign_keys=ON"));
    // Wait for a colleague's short write rather than failing at once.
    execDirect(QStringLiteral("PRAGMA busy_timeout=5000"));
}

void Database::openPostgres(const OpenOptions &options)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(m_location.host());
    m_db.setPort(m_location.port());
    m_db.setDatabaseName(m_location.databaseName());
    if (!m_location.user().isEmpty())
        m_db.setUserName(m_location.user());
    QString password = m_location.password();
    if (password.isEmpty())
        password = qEnvironmentVariable("PGPASSWORD");
    if (!password.isEmpty())
        m_db.setPassword(password);
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!m_db.open())
        throw StorageError(QStringLiteral("cannot connect to %1: %2")
                               .arg(m_location.toDisplayString(), errorText(m_db.lastError())));
    execDirect(QStringLiteral("SET client_min_messages TO WARNING"));
    // Every statement is prepared and run again and again with other values:
    // after five runs PostgreSQL may switch to one generic plan that ignores
    // them (an area over ten years went from 138 to 353 ms on 1M activities).
    execDirect(QStringLiteral("SET plan_cache_mode TO force_custom_plan"));
    if (options.readOnly)
        execDirect(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    m_readOnly = options.readOnly || postgresRefusesWrites();
    if (m_userName == currentUserName() && !m_location.user().isEmpty())
        m_userName = m_location.user();
}

// A server in read-only mode (default_transaction_read_only, a standby) or a
// role that may read the records but not change them.
bool Database::postgresRefusesWrites()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT current_setting('transaction_read_only') = 'on' OR pg_is_in_recovery() "
            "OR (to_regclass('organisations') IS NOT NULL "
            "AND NOT has_table_privilege('organisations', 'INSERT, UPDATE, DELETE'))"))
        || !query.next())
        return false;
    return query.value(0).toBool();
}

bool Database::isReachable()
{
    if (!isOpen())
        return false;
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

void Database::close()
{
    m_readOnly = false;
    m_statements.clear();
    m_transactionDepth = 0;
    m_rollbackOnly = false;
    m_schemaVersion = 0;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void Database::refuseUntouched(const QString &why)
{
    const bool file = backend() == Backend::SQLite;
    QString text = why;
    text.replace(QLatin1String("{this}"), file ? QLatin1String("this file") : QLatin1String("this database"));
    throw StorageError(QStringLiteral("%1: %2; it was left untouched").arg(m_location.toDisplayString(), text));
}

// The version Liaison wrote, checked before anything is written: a value it
// never writes ("7.0", "-1", "abc"), a missing row or tables that do not
// match the version would otherwise send the file into a migration that fails
// half-way with a message about SQL, or worse, succeeds on the wrong tables.
int Database::readSchemaVersion()
{
    const QStringList tables = m_db.tables();
    if (!tables.contains(QLatin1String("liaison_meta"))) {
        if (tables.contains(QLatin1String("organisations")) && tables.contains(QLatin1String("activities")))
            refuseUntouched(QStringLiteral("{this} has Liaison's tables but no schema version"));
        if (!tables.isEmpty())
            throw StorageError(QStringLiteral("%1 is not a Liaison database (it holds other tables)")
                                   .arg(m_location.toDisplayString()));
        return 0;
    }
    QSqlQuery &query = exec(QStringLiteral("SELECT value FROM liaison_meta WHERE key = 'schema_version'"));
    const bool found = query.next();
    const QString text = found ? query.value(0).toString() : QString();
    query.finish();
    if (!found)
        refuseUntouched(QStringLiteral("{this} has Liaison's tables but no schema version"));
    bool ok = false;
    const int version = text.toInt(&ok);
    // Liaison writes the plain number: "+6", " 6" or "06" are not its own either.
    if (!ok || version < 1 || text != QString::number(version))
        refuseUntouched(QStringLiteral("{this}'s schema version (\"%1\") is not one Liaison wrote").arg(text));
    if (version <= Schema::currentVersion()) {
        for (const QString &table : Schema::tablesOf(version, backend())) {
            if (!tables.contains(table))
                refuseUntouched(QStringLiteral("{this}'s tables do not match schema version %1 (it has no table %2)")
                                    .arg(version)
                                    .arg(table));
        }
    }
    return version;
}

void Database::bringSchemaTo(int target)
{
    if (backend() == Backend::SQLite && m_schemaVersion > 0) {
        // A migration rewrites tables: keep the file as it was, in case.
        const QFileInfo info(m_location.filePath());
        m_backupPath = QStringLiteral("%1/%2.schema%3-%4.bak")
                           .arg(info.absolutePath(), info.fileName())
                           .arg(m_schemaVersion)
                           .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss")));
        // Written under a temporary name and renamed when complete: a copy
        // killed half-way must not leave a .bak that looks like a backup.
        // Earlier killed copies are removed.
        QDir folder(info.absolutePath());
        for (const QString &stale :
             folder.entryList({info.fileName() + QStringLiteral(".schema*.bak.part")}, QDir::Files | QDir::Hidden))
            folder.remove(stale);
        const QString partial = m_backupPath + QStringLiteral(".part");
        QFile::remove(m_backupPath);
        QSqlQuery &backup = prepared(QStringLiteral("VACUUM INTO ?"));
        backup.addBindValue(partial);
        exec(backup);
        if (!QFile::rename(partial, m_backupPath)) {
            QFile::remove(partial);
            throw StorageError(QStringLiteral("%1: the backup before migrating could not be named %2")
                                   .arg(m_location.toDisplayString(), m_backupPath));
        }
    }

    begin();
    try {
        if (backend() == Backend::PostgreSQL) // two clients starting at once migrate one after the other
            execDirect(QStringLiteral("SELECT pg_advisory_xact_lock(4242001)"));
        const int version = backend() == Backend::PostgreSQL ? readSchemaVersion() : m_schemaVersion;
        for (const Schema::Migration &migration : Schema::migrations()) {
            if (migration.version <= version || migration.version > target)
                continue;
            for (const QString &statement : Schema::statementsFor(migration, backend()))
                execDirect(statement);
        }
        if (version < target) {
            exec(QStringLiteral("DELETE FROM liaison_meta WHERE key = 'schema_version'"));
            exec(QStringLiteral("INSERT INTO liaison_meta (key, value) VALUES ('schema_version', ?)"),
                 {QString::number(target)});
        }
        commit();
    } catch (const StorageError &error) {
        rollback();
        throw StorageError(QStringLiteral("%1: migrating the schema to version %2 failed: %3")
                               .arg(m_location.toDisplayString())
                               .arg(target)
                               .arg(error.message()));
    }
    m_statements.clear(); // statements prepared against the old schema are stale
    m_schemaVersion = target;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->finish();
        return *it;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(QStringLiteral("cannot prepare \"%1\"").arg(sql.left(80)), query.lastError());
    return *m_statements.insert(sql, query);
}

QSqlQuery &Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = prepared(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(QStringLiteral("query failed"), query.lastError());
}

void Database::execDirect(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(QStringLiteral("\"%1\" failed").arg(sql.left(80)), query.lastError());
}

qint64 Database::insert(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!query.next())
        throw StorageError(QStringLiteral("insert returned no id"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void Database::begin()
{
    if (m_transactionDepth++ == 0) {
        m_rollbackOnly = false;
        m_changeTime = QDateTime();
        if (!m_db.transaction())
            fail(QStringLiteral("cannot begin a transaction"), m_db.lastError());
    }
}

void Database::commit()
{
    if (m_transactionDepth == 0)
        return;
    if (--m_transactionDepth > 0)
        return;
    if (m_rollbackOnly) {
        m_db.rollback();
        throw StorageError(QStringLiteral("the change was rolled back"));
    }
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        fail(QStringLiteral("cannot commit"), error);
    }
}

QDateTime Database::changeTime()
{
    if (m_transactionDepth == 0)
        return QDateTime::currentDateTimeUtc();
    if (!m_changeTime.isValid())
        m_changeTime = QDateTime::currentDateTimeUtc();
    return m_changeTime;
}

void Database::rollback()
{
    if (m_transactionDepth == 0)
        return;
    m_rollbackOnly = true;
    if (--m_transactionDepth == 0) {
        for (QSqlQuery &query : m_statements)
            query.finish();
        m_db.rollback();
        m_rollbackOnly = false;
    }
}

void *Database::sqliteHandle() const
{
    if (backend() != Backend::SQLite || !m_db.isValid())
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    return handle.isValid() ? *static_cast<void *const *>(handle.data()) : nullptr;
}

void Database::fail(const QString &what, const QSqlError &error)
{
    throw StorageError(QStringLiteral("%1: %2").arg(what, errorText(error)));
}

} // namespace liaison
