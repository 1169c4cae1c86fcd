#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace liaison::test {

namespace {
QAtomicInt counter;
}

DatabaseLocation::Backend TestDatabase::backend()
{
    return qEnvironmentVariable("LIAISON_TEST_BACKEND") == QLatin1String("postgresql")
        ? DatabaseLocation::Backend::PostgreSQL
        : DatabaseLocation::Backend::SQLite;
}

QString TestDatabase::backendName()
{
    return backend() == DatabaseLocation::Backend::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

TestDatabase::TestDatabase()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    if (backend() == DatabaseLocation::Backend::SQLite) {
        m_location = DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("test.sqlite")));
        return;
    }
    const QString url = qEnvironmentVariable("LIAISON_TEST_PG_URL");
    if (url.isEmpty()) {
        m_error = QStringLiteral("LIAISON_TEST_BACKEND=postgresql but LIAISON_TEST_PG_URL is not set: "
                                 "run the suite with ./dev test, which starts a server");
        return;
    }
    m_admin = DatabaseLocation::parse(url, &m_error);
    if (!m_admin.isValid())
        return;
    if (!qEnvironmentVariableIsSet("PGPASSWORD"))
        qputenv("PGPASSWORD", m_admin.password().toUtf8()); // see commandLineArgument()
    const QString name = QStringLiteral("t_%1_%2_%3")
                             .arg(QCoreApplication::applicationName().toLower().remove(QLatin1Char('-')))
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    if (adminExec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        m_location = m_admin.withDatabaseName(name);
}

QString TestDatabase::commandLineArgument(const DatabaseLocation &location)
{
    if (location.backend() == DatabaseLocation::Backend::SQLite)
        return location.filePath();
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(location.user(), location.host())
        .arg(location.port())
        .arg(location.databaseName());
}

TestDatabase::~TestDatabase()
{
    if (m_location.isValid() && m_location.backend() == DatabaseLocation::Backend::PostgreSQL)
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.databaseName()));
}

bool TestDatabase::execAsAdmin(const QString &sql, bool inTestDatabase)
{
    return adminExec(sql, inTestDatabase ? m_location.databaseName() : QString());
}

bool TestDatabase::adminExec(const QString &sql, const QString &database)
{
    const QString connection = QStringLiteral("test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_admin.host());
        db.setPort(m_admin.port());
        db.setUserName(m_admin.user());
        db.setPassword(m_admin.password());
        db.setDatabaseName(database.isEmpty() ? m_admin.databaseName() : database);
        if (!db.open()) {
            m_error = QStringLiteral("cannot reach the test PostgreSQL server: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                m_error = sql + QStringLiteral(": ") + query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace liaison::test
