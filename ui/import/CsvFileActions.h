#pragma once

#include "BackgroundJob.h"
#include "storage/ImportBatchRepository.h"
#include "storage/ListQuery.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;
class QUndoStack;
namespace liaison {

class Database;

// What the main window's CSV entries do: open the import wizard (File ▸ Import
// CSV…, or a .csv dropped on the window), undo an import batch, export a list.
class CsvFileActions : public QObject
{
    Q_OBJECT

public:
    // `refresh` runs after an import has been committed.
    CsvFileActions(QMainWindow *window, Database &database, std::function<void()> refresh);

    void openWizard(const QString &filePath = {});
    // Where a committed import goes as one undoable step (Ctrl+Z takes it back).
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // Asks where, then writes the list `request` describes (the page's search,
    // filters and sort) as CSV on a worker thread with its own connection,
    // behind a progress dialog whose Cancel leaves no file. `name` is the
    // page's name, for the suggested file name and the messages.
    void exportList(const ListRequest &request, const QString &name);
    // The same without asking (the tests', and a dropped path's, way in).
    void exportListTo(const ListRequest &request, const QString &name, const QString &path);
    // Lists the import batches and undoes the chosen one as a whole.
    void undoImport();

signals:
    // An export ended: `rows` written, or `error` (empty when cancelled too).
    void exportFinished(qint64 rows, const QString &error, bool cancelled);

private:
    void offerEditedRecords(const ImportBatch &batch, const ImportBatchRepository::UndoResult &result);

    QMainWindow *m_window;
    QPointer<BackgroundJob> m_export;
    Database &m_database;
    std::function<void()> m_refresh;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace liaison
