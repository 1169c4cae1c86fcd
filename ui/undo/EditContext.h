#pragma once

#include <QHash>
#include <QObject>

namespace liaison {

class Repository;

// What every undo command works through: the repository, and the signals that
// tell the window a stored record changed (lists and editors re-read) or that
// an edit was refused (read-only database, a conflicting edit, a server gone).
class EditContext : public QObject
{
    Q_OBJECT

public:
    explicit EditContext(Repository &repository, QObject *parent = nullptr)
        : QObject(parent)
        , m_repository(repository)
    {
    }

    Repository &repository() { return m_repository; }
    void notifyChanged(qint64 id) { emit changed(id); }
    void notifyFailed(const QString &message)
    {
        ++m_failures;
        emit failed(message);
    }
    // How many edits were refused so far: a caller compares before and after a
    // push (a refused command is dropped by the stack and must not be touched).
    int failureCount() const { return m_failures; }

    // The row version this session's last edit left on a record (`kind` names
    // the record type). Undo and redo are guarded by it rather than by the
    // version one command saw: a later command of ours that was undone since
    // also moved the version on, and that is not someone else's change.
    int lastVersion(const char *kind, qint64 id, int fallback) const
    {
        return m_versions.value(qMakePair(QByteArray(kind), id), fallback);
    }
    void rememberVersion(const char *kind, qint64 id, int version) { m_versions.insert(qMakePair(QByteArray(kind), id), version); }

signals:
    void changed(qint64 id);
    void failed(const QString &message);

private:
    Repository &m_repository;
    int m_failures = 0;
    QHash<QPair<QByteArray, qint64>, int> m_versions;
};

} // namespace liaison
