#pragma once

#include "DatabaseLocation.h"

#include <QList>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace liaison {

// Every file a command or a window action writes (CSV and PDF exports,
// charts, import reports, presets) is opened here. A mistyped path must not
// destroy what the user has, so before anything is written it refuses a path
// that is
// - the database in use, or its -wal, -shm or -journal file,
// - a file the command reads (the CSV being imported, its mapping),
// - any other existing SQLite database, or a journal beside one,
// compared as the same file (device and inode), so symlinks, hard links and
// `..` do not get round it. It then writes through QSaveFile: the old file
// stays as it was until commit(), so a failure or a cancel leaves it alone.
class OutputFileGuard
{
public:
    // `label` names the path in messages ("--out", "--report"); empty in the
    // window, where the message names the file itself.
    explicit OutputFileGuard(const QString &path, const QString &label = QString());

    // `role` says what the file is to this command, e.g. "the database being read".
    OutputFileGuard &protectDatabase(const DatabaseLocation &location, const QString &role);
    OutputFileGuard &protectFile(const QString &path, const QString &role);

    // Empty when the path may be written, else one line saying why not and
    // what to do ("--out names the database being read; choose another file").
    QString refusal() const;

    // refusal(), then a QSaveFile opened for writing; nullptr with `error`
    // when refused or when it cannot be opened. Nothing replaces the old file
    // until the caller commits.
    std::unique_ptr<QSaveFile> open(QString *error) const;
    static std::unique_ptr<QSaveFile> open(const QString &path, QString *error)
    {
        return OutputFileGuard(path).open(error);
    }

    // Whether `a` and `b` name the same file: the same device and inode when
    // both exist, else the same place once folders' symlinks and `..` are resolved.
    static bool sameFile(const QString &a, const QString &b);
    // Whether `path` starts as an SQLite database does.
    static bool isSqliteDatabase(const QString &path);

private:
    struct Protected
    {
        QString path;
        QString role;
    };
    QString subject() const;

    QString m_path;
    QString m_label;
    QList<Protected> m_files;
};

} // namespace liaison
