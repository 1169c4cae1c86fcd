#pragma once

#include "DatabaseLocation.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace liaison {

// One open connection to a Liaison database, on SQLite or PostgreSQL. Opening
// checks the schema version: a newer one is refused untouched, an older one is
// migrated (after a backup copy, on SQLite). Everything else in core talks SQL
// through this class, so the dialect differences live here and in Schema.
//
// A connection belongs to the thread that opened it: work on another thread
// opens its own Database on the same location.
class Database
{
public:
    using Backend = DatabaseLocation::Backend;

    struct OpenOptions
    {
        // False (commands that only read): a missing or empty file, or a
        // server database without Liaison's tables, is refused untouched
        // instead of becoming a new, empty Liaison database.
        bool createIfMissing = true;
        // The schema version to bring the database to; tests ask for older ones.
        int schemaVersion = -1; // -1: the current version
        // Browse only: SQLite opens the file with QSQLITE_OPEN_READONLY (which
        // refuses writes even to root, unlike file permissions), PostgreSQL
        // starts every transaction read-only. Nothing is migrated.
        bool readOnly = false;
        // False: an older schema is left as it is (schemaVersion() says), for
        // the caller to bring up to date elsewhere (DatabaseUpgrade).
        bool migrate = true;
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Throws StorageError with a one-line, user-readable message.
    void open(const DatabaseLocation &location, const OpenOptions &options);
    void open(const DatabaseLocation &location) { open(location, OpenOptions()); }
    void close();
    bool isOpen() const;
    // Writes are refused: opened read-only, a file that cannot be written, a
    // role without INSERT/UPDATE rights or a server in read-only mode.
    bool isReadOnly() const { return m_readOnly; }
    // Whether the connection still answers (a server may go away mid-session).
    bool isReachable();

    const DatabaseLocation &location() const { return m_location; }
    Backend backend() const { return m_location.backend(); }
    int schemaVersion() const { return m_schemaVersion; }
    // The backup copy made before the last migration, if any.
    QString backupPath() const { return m_backupPath; }

    // Who is recorded as having made changes (updated_by).
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    // A prepared statement, cached by its text. Throws if it cannot be prepared.
    QSqlQuery &prepared(const QString &sql);
    // Executes with the values bound in order; throws on failure.
    QSqlQuery &exec(const QString &sql, const QVariantList &values = {});
    void exec(QSqlQuery &query);
    // Runs `sql` once (DDL, pragmas); throws on failure.
    void execDirect(const QString &sql);
    // INSERT … RETURNING id on either backend.
    qint64 insert(const QString &sql, const QVariantList &values);

    // Nested transactions: only the outermost level really begins and commits;
    // a rollback at any level makes the whole transaction roll back.
    void begin();
    void commit();
    void rollback();
    int transactionDepth() const { return m_transactionDepth; }
    // When the current change happens: one instant per outermost transaction,
    // so that records written together carry the same updated_at.
    QDateTime changeTime();

    QSqlDatabase &connection() { return m_db; }
    // The native sqlite3* handle, for bulk paths that bypass Qt SQL's per-value cost.
    void *sqliteHandle() const;

    static QString currentUserName();

private:
    void openSqlite(const OpenOptions &options);
    void openPostgres(const OpenOptions &options);
    bool postgresRefusesWrites();
    int readSchemaVersion();
    [[noreturn]] void refuseUntouched(const QString &why);
    void bringSchemaTo(int version);
    [[noreturn]] void fail(const QString &what, const QSqlError &error);

    QString m_connectionName;
    QSqlDatabase m_db;
    DatabaseLocation m_location;
    QHash<QString, QSqlQuery> m_statements;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    QDateTime m_changeTime;
    QString m_backupPath;
    QString m_userName;
};

} // namespace liaison
