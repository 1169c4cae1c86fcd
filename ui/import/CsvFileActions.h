#pragma once

#include <QObject>

#include <functional>

class QMainWindow;
class QMenu;

namespace liaison {

class Database;

// The main window's CSV hooks in one place, so the window needs two lines:
// File ▸ Import CSV… (the wizard), File ▸ Undo an import…, File ▸ Export list
// as CSV…, and dropping a .csv file on the window (which opens the wizard).
class CsvFileActions : public QObject
{
    Q_OBJECT

public:
    // `refresh` runs after an import has been committed.
    CsvFileActions(QMainWindow *window, QMenu *fileMenu, Database &database, std::function<void()> refresh);

    void openWizard(const QString &filePath = {});
    void exportList();
    // Lists the import batches and undoes the chosen one as a whole.
    void undoImport();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    Database &m_database;
    std::function<void()> m_refresh;
};

} // namespace liaison
