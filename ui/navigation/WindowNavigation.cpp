#include "WindowNavigation.h"

#include "GlobalSearch.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "RecordHistory.h"
#include "help/GuideDialog.h"
#include "help/ShortcutsDialog.h"
#include "storage/ListQuery.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>

namespace liaison {

WindowNavigation::WindowNavigation(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_history(new RecordHistory(this))
{
    setObjectName(QStringLiteral("windowNavigation"));
    auto *searchAction = new QAction(tr("&Search everything…"), window);
    searchAction->setObjectName(QStringLiteral("searchEverythingAction"));
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(searchAction, &QAction::triggered, this, [this] { search()->start(); });
    auto *guide = new QAction(tr("&Guide"), window);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &WindowNavigation::showGuide);
    auto *shortcuts = new QAction(tr("&Keyboard shortcuts"), window);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, &WindowNavigation::showShortcuts);
    // A line edit claims Ctrl+K for itself (delete to the end of the line, on
    // Linux desktops): in this window it is Search everything wherever the focus is.
    qApp->installEventFilter(this);
    const QList<QAction *> all = {searchAction, m_history->backAction(), m_history->forwardAction(), guide, shortcuts};
    window->addActions(all);

    if (auto *view = window->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(searchAction);
        view->addAction(m_history->backAction());
        view->addAction(m_history->forwardAction());
    }
    if (auto *help = window->findChild<QMenu *>(QStringLiteral("helpMenu"))) {
        QAction *before = help->actions().value(0);
        help->insertAction(before, guide);
        help->insertAction(before, shortcuts);
        help->insertSeparator(before);
    }

    for (const QString &id : {QStringLiteral("organisations"), QStringLiteral("people"), QStringLiteral("partnerships"),
                              QStringLiteral("activities"), QStringLiteral("followups")}) {
        if (ListPage *page = window->listPage(id))
            connect(page, &ListPage::recordShown, m_history, [this, id](qint64 record) { m_history->visited(id, record); });
    }
    connect(m_history, &RecordHistory::openRequested, window, &MainWindow::openRecord);
}

bool WindowNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == m_window && key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_K)) {
            event->ignore(); // not the line edit's: the window's shortcut then runs
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

GlobalSearch *WindowNavigation::search()
{
    if (!m_search) {
        ListPage *any = m_window->listPage(QStringLiteral("organisations"));
        m_search = new GlobalSearch(any->query(), m_window);
        connect(m_search, &GlobalSearch::openRequested, m_window, &MainWindow::openRecord);
    }
    return m_search;
}

void WindowNavigation::showGuide()
{
    auto *dialog = m_window->findChild<GuideDialog *>();
    if (!dialog) {
        dialog = new GuideDialog(m_window);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void WindowNavigation::showShortcuts()
{
    // Built anew each time: the actions are read as they are now.
    delete m_window->findChild<ShortcutsDialog *>();
    auto *dialog = new ShortcutsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace liaison
