#pragma once

#include "storage/DatabaseLocation.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <functional>

class QWidget;

namespace liaison {

class Database;

// Long work off the UI thread: the work runs on a pool thread with its own
// connection to the database (a Qt SQL connection belongs to the thread that
// opened it), behind a window-modal progress dialog with Cancel that shows
// itself only if the work takes more than a moment. The exports use it.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // What the work sees: its connection, a way to report progress (a total
    // of 0 shows a busy bar) and whether the user has cancelled.
    struct Context
    {
        Database &db;
        std::function<void(qint64 done, qint64 total)> progress;
        std::function<bool()> cancelled;
    };
    // Returns an error for the user, or an empty string.
    using Work = std::function<QString(Context &context)>;

    // Starts `work`; the job deletes itself after emitting finished().
    static BackgroundJob *start(QWidget *parent, const QString &title, const QString &label,
                                const DatabaseLocation &location, Work work);

    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    // On the UI thread: cancelled, or failed with `error`, or done.
    void finished(bool cancelled, const QString &error);

private:
    explicit BackgroundJob(QObject *parent);

    QPointer<QProgressDialog> m_progress;
};

} // namespace liaison
