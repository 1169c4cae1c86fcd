#include "DatabaseLocation.h"

#include <QUrl>

namespace liaison {

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_valid = !path.isEmpty();
    location.m_backend = Backend::SQLite;
    location.m_path = path;
    return location;
}

DatabaseLocation DatabaseLocation::parse(const QString &text, QString *error)
{
    const bool isUrl = text.startsWith(QLatin1String("postgresql://"))
        || text.startsWith(QLatin1String("postgres://"));
    if (!isUrl) {
        if (text.isEmpty() && error)
            *error = QStringLiteral("no database given");
        return sqliteFile(text);
    }
    const QUrl url(text, QUrl::StrictMode);
    DatabaseLocation location;
    location.m_backend = Backend::PostgreSQL;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_databaseName = url.path().mid(1);
    if (!url.isValid() || location.m_host.isEmpty() || location.m_databaseName.isEmpty()) {
        if (error)
            *error = QStringLiteral("malformed PostgreSQL URL '%1': expected postgresql://user@host:port/dbname")
                         .arg(location.toDisplayString());
        return {};
    }
    location.m_valid = true;
    return location;
}

DatabaseLocation DatabaseLocation::withDatabaseName(const QString &name) const
{
    DatabaseLocation copy = *this;
    copy.m_databaseName = name;
    return copy;
}

QString DatabaseLocation::toDisplayString() const
{
    if (m_backend == Backend::SQLite)
        return m_path;
    QString result = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        result += m_user + QLatin1Char('@');
    return result + m_host + QLatin1Char(':') + QString::number(m_port) + QLatin1Char('/') + m_databaseName;
}

} // namespace liaison
