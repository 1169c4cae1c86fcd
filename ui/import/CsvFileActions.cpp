#include "CsvFileActions.h"

#include "ImportWizard.h"
#include "csv/CsvWriter.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/StorageError.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

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

void CsvFileActions::exportList()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export list as CSV"), tr("organisations.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    qint64 rows = -1;
    try {
        if (!file.open(QIODevice::WriteOnly))
            throw StorageError(file.errorString());
        CsvWriter writer(&file, true); // with a BOM: Excel then reads UTF-8
        ImportBatchRepository(m_database).exportRows(QStringLiteral("organisations"), {}, [&](const QStringList &cells) {
            writer.writeRecord(cells);
            ++rows;
            return true;
        });
        if (!writer.flush() || !file.commit())
            throw StorageError(file.errorString());
    } catch (const StorageError &e) {
        file.cancelWriting();
        QMessageBox::warning(m_window, tr("Export list as CSV"), tr("%1: %2").arg(path, e.message()));
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported %n organisation(s) to %1", nullptr, int(rows)).arg(path), 8000);
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
