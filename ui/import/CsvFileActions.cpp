#include "CsvFileActions.h"

#include "ImportWizard.h"
#include "csv/CsvWriter.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/ListQuery.h"
#include "storage/StorageError.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

#include <limits>

namespace liaison {


CsvFileActions::CsvFileActions(QMainWindow *window, Database &database, std::function<void()> refresh)
    : QObject(window)
    , m_window(window)
    , m_database(database)
    , m_refresh(std::move(refresh))
{
}

void CsvFileActions::openWizard(const QString &filePath)
{
    auto *wizard = new ImportWizard(m_database.location(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        if (m_refresh)
            m_refresh();
    });
    if (!filePath.isEmpty())
        wizard->setFilePath(filePath);
    wizard->open();
}

namespace {
struct ExportOutcome
{
    qint64 rows = 0;
    QString error;
};
} // namespace

void CsvFileActions::exportList(const ListRequest &request, const QString &name)
{
    const QString suggested = name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export list as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportListTo(request, name, path);
}

void CsvFileActions::exportListTo(const ListRequest &request, const QString &name, const QString &path)
{
    if (m_exportProgress)
        return; // one export at a time
    auto *progress = new QProgressDialog(tr("Exporting %1 to %2…").arg(name, QFileInfo(path).fileName()), tr("Cancel"),
                                         0, 0, m_window);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export list as CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300); // a small list is done before it would show
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_exportProgress = progress;

    // The worker has its own connection (a Qt SQL connection belongs to its
    // thread) and its own QSaveFile: a cancelled or failed export leaves no file.
    const DatabaseLocation location = m_database.location();
    QFuture<ExportOutcome> future = QtConcurrent::run([location, request, path](QPromise<ExportOutcome> &promise) {
        ExportOutcome outcome;
        QSaveFile file(path);
        try {
            Database db;
            db.open(location, Database::OpenOptions{false, -1});
            ListQuery lists(db);
            const qint64 total = lists.count(request);
            promise.setProgressRange(0, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
            if (!file.open(QIODevice::WriteOnly))
                throw StorageError(file.errorString());
            CsvWriter writer(&file, true); // with a BOM: Excel then reads UTF-8
            qint64 rows = -1; // the header is not a row
            lists.exportRows(request, [&](const QStringList &cells) {
                writer.writeRecord(cells);
                if (++rows % 1000 == 0)
                    promise.setProgressValue(int(qMin<qint64>(rows, std::numeric_limits<int>::max())));
                return !promise.isCanceled();
            });
            outcome.rows = qMax<qint64>(0, rows);
            if (promise.isCanceled()) {
                file.cancelWriting();
                return;
            }
            if (!writer.flush() || !file.commit())
                throw StorageError(file.errorString());
        } catch (const StorageError &e) {
            file.cancelWriting();
            outcome.error = e.message();
        }
        promise.addResult(outcome);
    });
    auto *watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcher<ExportOutcome>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, [watcher] { watcher->cancel(); });
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this, watcher, progress, path, name] {
        watcher->deleteLater();
        const bool cancelled = watcher->isCanceled() || watcher->future().resultCount() == 0;
        if (progress) {
            progress->disconnect(watcher); // closing a progress dialog emits canceled()
            progress->close();
        }
        if (cancelled) {
            m_window->statusBar()->showMessage(tr("Export cancelled: %1 was not written").arg(path), 8000);
            emit exportFinished(0, QString(), true);
            return;
        }
        const ExportOutcome outcome = watcher->result();
        if (!outcome.error.isEmpty()) {
            QMessageBox::warning(m_window, tr("Export list as CSV"), tr("%1: %2").arg(path, outcome.error));
            emit exportFinished(0, outcome.error, false);
            return;
        }
        m_window->statusBar()->showMessage(
            tr("Exported %L1 row(s) of %2 to %3").arg(outcome.rows).arg(name, path), 8000);
        emit exportFinished(outcome.rows, QString(), false);
    });
    watcher->setFuture(future);
}

void CsvFileActions::undoImport()
{
    QList<ImportBatch> batches;
    try {
        batches = ImportBatchRepository(m_database).list();
    } catch (const StorageError &e) {
        QMessageBox::warning(m_window, tr("Undo an import"), e.message());
        return;
    }
    if (batches.isEmpty()) {
        QMessageBox::information(m_window, tr("Undo an import"), tr("There is no import to undo."));
        return;
    }
    QStringList items;
    for (const ImportBatch &b : batches)
        items.append(tr("%1 — %2, %3 by %4 (%n record(s))", nullptr, int(b.rowCount))
                         .arg(b.id)
                         .arg(b.source, QLocale().toString(b.importedAt.toLocalTime(), QLocale::ShortFormat), b.importedBy));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Undo an import"),
                                                 tr("The import to undo (everything it created goes):"), items, 0, false, &ok);
    if (!ok)
        return;
    const ImportBatch batch = batches.at(items.indexOf(chosen));
    try {
        const ImportBatchRepository::UndoResult r = ImportBatchRepository(m_database).undo(batch.id);
        QString message = tr("Removed %1 activities, %2 organisations and %3 people imported from %4.")
                              .arg(r.activities)
                              .arg(r.organisations)
                              .arg(r.people)
                              .arg(batch.source);
        if (r.keptOrganisations || r.keptPeople)
            message += QLatin1Char(' ') + tr("Kept %1 organisations and %2 people that other records now use.")
                                              .arg(r.keptOrganisations)
                                              .arg(r.keptPeople);
        m_window->statusBar()->showMessage(message, 10000);
    } catch (const StorageError &e) {
        QMessageBox::warning(m_window, tr("Undo an import"), tr("Nothing was undone: %1").arg(e.message()));
    }
    if (m_refresh)
        m_refresh();
}

} // namespace liaison
