#pragma once

#include "storage/DatabaseLocation.h"

#include <QString>
#include <QTemporaryDir>

namespace liaison::test {

// A fresh, empty database for one test, on the backend the test run is for:
// LIAISON_TEST_BACKEND=sqlite (a file in a temporary folder) or postgresql (a
// new database on the server named by LIAISON_TEST_PG_URL, dropped afterwards).
// A PostgreSQL run without a server is an error, never a silent skip.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isReady() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    DatabaseLocation location() const { return m_location; }
    // A path inside this test's temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // PostgreSQL: runs `sql` as the server's administrator, in the server's
    // maintenance database or in this test's own (roles, grants, settings).
    bool execAsAdmin(const QString &sql, bool inTestDatabase = false);
    // The server's administrator URL (PostgreSQL runs only).
    DatabaseLocation adminLocation() const { return m_admin; }

    // The --db argument a user types for this database: the file's path, or
    // the server's URL without its password. The password is in PGPASSWORD,
    // which the constructor sets for the liaison processes a test starts, as
    // users are told to (liaison warns of a password in a URL on stderr).
    QString commandLineArgument() const { return commandLineArgument(m_location); }
    static QString commandLineArgument(const DatabaseLocation &location);

    static DatabaseLocation::Backend backend();
    static QString backendName();

private:
    bool adminExec(const QString &sql, const QString &database = QString());

    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    DatabaseLocation m_admin;
    QString m_error;
};

} // namespace liaison::test

// For initTestCase()/init(): fails the test when the backend is not there.
#define LIAISON_REQUIRE_DATABASE(testDatabase) QVERIFY2((testDatabase).isReady(), qPrintable((testDatabase).error()))
