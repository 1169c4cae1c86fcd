#pragma once

#include <QObject>

#include <functional>

class QMainWindow;

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
    void exportList();
    // Lists the import batches and undoes the chosen one as a whole.
    void undoImport();

private:
    QMainWindow *m_window;
    Database &m_database;
    std::function<void()> m_refresh;
};

} // namespace liaison
