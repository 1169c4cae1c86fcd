#pragma once

#include <QString>

namespace liaison {

// Where a database lives: an SQLite file path, or a PostgreSQL server given as
// postgresql://user[:password]@host[:port]/dbname.
class DatabaseLocation
{
public:
    enum class Backend { SQLite, PostgreSQL };

    DatabaseLocation() = default;
    static DatabaseLocation sqliteFile(const QString &path);
    // Parses a path or a postgresql:// (or postgres://) URL. Sets `error` and
    // returns an invalid location when the URL is malformed.
    static DatabaseLocation parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    Backend backend() const { return m_backend; }
    QString filePath() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }

    void setPassword(const QString &password) { m_password = password; }
    DatabaseLocation withDatabaseName(const QString &name) const;

    // A display form that never shows the password.
    QString toDisplayString() const;

private:
    bool m_valid = false;
    Backend m_backend = Backend::SQLite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
};

} // namespace liaison
