#include "OutputFileGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace liaison {

namespace {
// SQLite's companions of a database file: written with it, part of it.
const char *const kJournalSuffixes[] = {"-wal", "-shm", "-journal"};

// A path that may not exist yet, as the place it would be: its folder
// resolved (symlinks, `..`), then its name.
QString placeOf(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? QDir::cleanPath(info.absolutePath()) : folder) + QLatin1Char('/') + info.fileName();
}
} // namespace

OutputFileGuard::OutputFileGuard(const QString &path, const QString &label)
    : m_path(path)
    , m_label(label)
{
}

OutputFileGuard &OutputFileGuard::protectDatabase(const DatabaseLocation &location, const QString &role)
{
    if (location.isValid() && location.backend() == DatabaseLocation::Backend::SQLite) {
        m_files.append({location.filePath(), role});
        for (const char *suffix : kJournalSuffixes)
            m_files.append({location.filePath() + QLatin1String(suffix),
                            QStringLiteral("the %1 file of %2").arg(QLatin1String(suffix + 1), role)});
    }
    return *this;
}

OutputFileGuard &OutputFileGuard::protectFile(const QString &path, const QString &role)
{
    if (!path.isEmpty())
        m_files.append({path, role});
    return *this;
}

QString OutputFileGuard::subject() const
{
    return m_label.isEmpty() ? QDir::toNativeSeparators(m_path) + QStringLiteral(" is") : m_label + QStringLiteral(" names");
}

bool OutputFileGuard::sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a), second(b);
    if (first.exists() != second.exists())
        return false;
    if (!first.exists())
        return placeOf(a) == placeOf(b);
#if defined(Q_OS_UNIX)
    struct stat sa, sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    return first.canonicalFilePath() == second.canonicalFilePath();
}

bool OutputFileGuard::isSqliteDatabase(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString OutputFileGuard::refusal() const
{
    const QString choose = QStringLiteral("; choose another file");
    if (m_path.isEmpty())
        return (m_label.isEmpty() ? QStringLiteral("no file given") : m_label + QStringLiteral(" needs a file name"));
    for (const Protected &file : m_files) {
        if (sameFile(m_path, file.path))
            return QStringLiteral("%1 %2%3").arg(subject(), file.role, choose);
    }
    const QFileInfo info(m_path);
    if (info.isDir())
        return QStringLiteral("%1 a folder; give a file name").arg(subject());
    if (isSqliteDatabase(m_path)) // named once: the window's message starts with the path
        return QStringLiteral("%1 an existing database%2%3")
            .arg(subject(), m_label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(info.fileName()), choose);
    for (const char *suffix : kJournalSuffixes) {
        const QString name = info.fileName();
        if (name.endsWith(QLatin1String(suffix)) && name.size() > int(qstrlen(suffix))) {
            const QString database = m_path.left(m_path.size() - int(qstrlen(suffix)));
            if (isSqliteDatabase(database))
                return QStringLiteral("%1 the %2 file of the database %3%4")
                    .arg(subject(), QLatin1String(suffix + 1), QFileInfo(database).fileName(), choose);
        }
    }
    return {};
}

std::unique_ptr<QSaveFile> OutputFileGuard::open(QString *error) const
{
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return nullptr;
    }
    auto file = std::make_unique<QSaveFile>(m_path);
    if (!file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_path, file->errorString());
        return nullptr;
    }
    return file;
}

} // namespace liaison
