#include "CsvFileActions.h"

#include "BackgroundJob.h"
#include "ExportNotice.h"
#include "ImportWizard.h"
#include "undo/ImportBatchCommand.h"
#include "csv/ListCsvExport.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/ListQuery.h"
#include "storage/StorageError.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <memory>

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
    connect(wizard, &ImportWizard::imported, this, [this, wizard](qint64 batchId) {
        if (m_undoStack && batchId > 0) {
            QPointer<QMainWindow> window = m_window;
            m_undoStack->push(new ImportBatchCommand(m_database, batchId, wizard->filePath(), wizard->lastCommitOptions(),
                                                     m_refresh, [window](const QString &message) {
                                                         if (window)
                                                             QMetaObject::invokeMethod(window, "showMessage",
                                                                                       Q_ARG(QString, message));
                                                     }));
        }
        if (m_refresh)
            m_refresh();
    });
    if (!filePath.isEmpty())
        wizard->setFilePath(filePath);
    wizard->open();
}

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
    if (m_export)
        return; // one export at a time
    auto rows = std::make_shared<qint64>(0);
    // ListCsvExport writes all or nothing: a cancelled or failed export leaves no file.
    m_export = BackgroundJob::start(
        m_window, tr("Export list as CSV"), tr("Exporting %1 to %2…").arg(name, QFileInfo(path).fileName()),
        m_database.location(), [request, path, rows](BackgroundJob::Context &context) {
            const qint64 total = ListQuery(context.db).count(request);
            context.progress(0, total);
            // With a BOM: Excel then reads UTF-8.
            const ListCsvExport::Result result = ListCsvExport::write(context.db, request, path, true, [&](qint64 written) {
                context.progress(written, total);
                return !context.cancelled();
            });
            *rows = result.rows;
            return result.error;
        });
    m_export->progressDialog()->setObjectName(QStringLiteral("exportProgress"));
    connect(m_export, &BackgroundJob::finished, this, [this, rows, path, name](bool cancelled, const QString &error) {
        if (cancelled) {
            m_window->statusBar()->showMessage(tr("Export cancelled: %1 was not written").arg(path), 8000);
            emit exportFinished(0, QString(), true);
        } else if (!error.isEmpty()) {
            QMessageBox::warning(m_window, tr("Export list as CSV"), error);
            emit exportFinished(0, error, false);
        } else {
            m_window->statusBar()->showMessage(tr("Exported %L1 row(s) of %2 to %3").arg(*rows).arg(name, path), 8000);
            ExportNotice::show(m_window, tr("Export list as CSV"), tr("%L1 row(s) of %2 were").arg(*rows).arg(name), path);
            emit exportFinished(*rows, QString(), false);
        }
    });
}

// Someone changed records of the batch after the import: they were kept.
// Say which, and let the user remove them too.
void CsvFileActions::offerEditedRecords(const ImportBatch &batch, const ImportBatchRepository::UndoResult &result)
{
    QStringList lines;
    for (const ImportBatchRepository::EditedRecord &e : result.edited)
        lines.append(tr("%1 %2 “%3”, edited by %4").arg(e.what).arg(e.id).arg(e.name, e.editedBy));
    QMessageBox box(QMessageBox::Information, tr("Undo an import"),
                    tr("%n record(s) of “%1” were edited since the import by %2, and were kept.", nullptr,
                       int(result.edited.size()))
                        .arg(batch.source, result.editedBy()),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("undoImportKeptBox"));
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.setInformativeText(lines.mid(0, 10).join(QLatin1Char('\n')));
    QPushButton *keep = box.addButton(tr("Keep them"), QMessageBox::AcceptRole);
    QPushButton *remove = box.addButton(tr("Remove them too"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("undoImportRemoveEdited"));
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    try {
        ImportBatchRepository(m_database).undo(batch.id, true);
        m_window->statusBar()->showMessage(tr("Removed the %n edited record(s) of %1 too.", nullptr, int(result.edited.size()))
                                               .arg(batch.source),
                                           10000);
    } catch (const StorageError &e) {
        QMessageBox::warning(m_window, tr("Undo an import"), tr("Nothing more was undone: %1").arg(e.message()));
    }
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
        if (!r.edited.isEmpty())
            message += QLatin1Char(' ') + tr("Kept %n record(s) edited since by %1.", nullptr, int(r.edited.size()))
                                              .arg(r.editedBy());
        m_window->statusBar()->showMessage(message, 10000);
        if (!r.edited.isEmpty())
            offerEditedRecords(batch, r);
    } catch (const StorageError &e) {
        QMessageBox::warning(m_window, tr("Undo an import"), tr("Nothing was undone: %1").arg(e.message()));
    }
    if (m_refresh)
        m_refresh();
}

} // namespace liaison
