#pragma once

#include "storage/DatabaseLocation.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QListView;
class QMenu;
class QStackedWidget;
class QStandardItemModel;
class QUndoStack;

namespace liaison {

class CsvFileActions;
class DashboardPage;
class Database;
class EditContext;
class ListPage;
class ListQuery;
class MessageBanner;
class Repository;
class TimelinePage;

// The window the team works in: a side bar of pages (Organisations, People,
// Partnerships, Activities, Follow-ups, and pages other parts plug in with
// addPage), one undo stack for every edit, the File menu's databases, and
// window state kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the side bar (Ctrl+1…9 switch to the first nine).
    void addPage(const QString &id, const QString &title, QWidget *page);
    void showPage(const QString &id);
    QString currentPageId() const;
    ListPage *listPage(const QString &id) const;
    CsvFileActions *csvActions() const;
    // Switches to the page and shows the record there.
    void openRecord(const QString &pageId, qint64 id);

    Database &database() { return *m_database; }
    Repository &repository() { return *m_repository; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isReadOnly() const { return m_readOnly; }
    // The message shown above the pages (a refused edit, a read-only database).
    QString bannerText() const;

    TimelinePage *timelinePage() const { return m_timelinePage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }

signals:
    // File ▸ Import CSV… and a .csv dropped on the window: the import wizard opens on it.
    void importCsvRequested(const QString &path);

public slots:
    void showMessage(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildPages();
    // Save / Discard / Cancel for the editor on screen, or for every page's.
    bool confirmLeavePage();
    bool confirmLeaveAll();
    // "• Record — database — Liaison" while the editor on screen has unsaved changes.
    void updateTitle();
    void buildMenus();
    void restoreWindowState();
    void refreshAfterEdit();
    void updateFollowUpCount();
    void checkWritable();
    void setReadOnly(bool readOnly, const QString &reason);
    void editFailed(const QString &message);
    void newDatabase();
    void openDatabaseFile(bool readOnly);
    void connectTeamDatabase();
    // A file that does not exist is created only when `create` (File ▸ New);
    // otherwise MissingDatabasePrompt asks.
    void openLocation(const DatabaseLocation &location, bool readOnly = false, bool create = false);
    void rememberLocation(const DatabaseLocation &location);
    void fillRecentMenu();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repository> m_repository;
    std::unique_ptr<ListQuery> m_listQuery;
    EditContext *m_context = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QStandardItemModel *m_navigation = nullptr;
    QListView *m_navigationView = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_banner = nullptr; // the banner's text
    MessageBanner *m_bannerBox = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QHash<QString, ListPage *> m_listPages;
    TimelinePage *m_timelinePage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    CsvFileActions *m_csv = nullptr;
    bool m_readOnly = false;
};

} // namespace liaison
