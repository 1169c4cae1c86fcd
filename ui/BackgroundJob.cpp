#include "BackgroundJob.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace liaison {

namespace {
// QProgressDialog counts in int: large totals are scaled down.
int progressUnits(qint64 value, qint64 total)
{
    const qint64 limit = std::numeric_limits<int>::max();
    return int(total > limit ? value * limit / total : value);
}
} // namespace

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{
}

BackgroundJob *BackgroundJob::start(QWidget *parent, const QString &title, const QString &label,
                                    const DatabaseLocation &location, Work work)
{
    auto *job = new BackgroundJob(parent);
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("jobProgress"));
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300); // quick work is done before it would show
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    job->m_progress = progress;

    QFuture<QString> future = QtConcurrent::run([location, work](QPromise<QString> &promise) {
        QString error;
        try {
            Database db;
            db.open(location, Database::OpenOptions{false, -1});
            qint64 range = -1; // the total last given: the range is sent once, not with every value
            Context context{db,
                            [&promise, &range](qint64 done, qint64 total) {
                                if (total != range) {
                                    range = total;
                                    promise.setProgressRange(0, progressUnits(total, total));
                                }
                                promise.setProgressValue(progressUnits(done, total));
                            },
                            [&promise] { return promise.isCanceled(); }};
            error = work(context);
        } catch (const StorageError &e) {
            error = e.message();
        }
        if (!promise.isCanceled())
            promise.addResult(error);
    });
    auto *watcher = new QFutureWatcher<QString>(job);
    connect(watcher, &QFutureWatcher<QString>::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcher<QString>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, [watcher] { watcher->cancel(); });
    connect(watcher, &QFutureWatcher<QString>::finished, job, [job, watcher] {
        const bool cancelled = watcher->isCanceled() || watcher->future().resultCount() == 0;
        const QString error = cancelled ? QString() : watcher->result();
        if (job->m_progress) {
            job->m_progress->disconnect(watcher); // closing a progress dialog emits canceled()
            job->m_progress->close();
        }
        emit job->finished(cancelled, error);
        job->deleteLater();
    });
    watcher->setFuture(future);
    return job;
}

} // namespace liaison
