#pragma once

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

signals:
    void changed(qint64 id);
    void failed(const QString &message);

private:
    Repository &m_repository;
    int m_failures = 0;
};

} // namespace liaison
