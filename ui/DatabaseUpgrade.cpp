#include "DatabaseUpgrade.h"

#include "BackgroundJob.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

namespace liaison {

void DatabaseUpgrade::open(Database &db, const DatabaseLocation &location, QWidget *parent)
{
    Database::OpenOptions asItIs;
    asItIs.migrate = false;
    db.open(location, asItIs);
    if (db.schemaVersion() >= Schema::currentVersion())
        return;
    db.close();
    // The job's own open does the work; a migration runs in one transaction
    // and cannot stop half-way, so there is nothing to cancel. Its errors are
    // left for the open below to report.
    BackgroundJob *job = BackgroundJob::start(
        parent, QCoreApplication::translate("DatabaseUpgrade", "Liaison"),
        QCoreApplication::translate("DatabaseUpgrade", "Opening %1…\nA database from an earlier Liaison is brought up to date once.")
            .arg(location.toDisplayString()),
        location, [](BackgroundJob::Context &) { return QString(); });
    job->progressDialog()->setCancelButton(nullptr);
    QEventLoop loop;
    QObject::connect(job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    db.open(location);
}

} // namespace liaison
