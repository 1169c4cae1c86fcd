#include "CsvFileActions.h"

#include "ImportWizard.h"
#include "csv/CsvWriter.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/StorageError.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QStatusBar>

namespace liaison {

namespace {
QString droppedCsv(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QString path = mime->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt") ? path : QString();
}
} // namespace

CsvFileActions::CsvFileActions(QMainWindow *window, QMenu *fileMenu, Database &database, std::function<void()> refresh)
    : QObject(window)
    , m_window(window)
    , m_database(database)
    , m_refresh(std::move(refresh))
{
    QAction *importAction = new QAction(tr("&Import CSV…"), this);
    importAction->setObjectName(QStringLiteral("importCsvAction"));
    connect(importAction, &QAction::triggered, this, [this] { openWizard(); });
    QAction *exportAction = new QAction(tr("&Export list as CSV…"), this);
    exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    connect(exportAction, &QAction::triggered, this, &CsvFileActions::exportList);
    QAction *undoAction = new QAction(tr("&Undo an import…"), this);
    undoAction->setObjectName(QStringLiteral("undoImportAction"));
    connect(undoAction, &QAction::triggered, this, &CsvFileActions::undoImport);
    QAction *first = fileMenu->actions().value(0);
    fileMenu->insertAction(first, importAction);
    fileMenu->insertAction(first, undoAction);
    fileMenu->insertAction(first, exportAction);
    if (first)
        fileMenu->insertSeparator(first);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
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

bool CsvFileActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!droppedCsv(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedCsv(drop->mimeData());
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            openWizard(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace liaison
