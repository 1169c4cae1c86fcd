#pragma once

#include <QObject>

namespace liaison {

class GlobalSearch;
class MainWindow;
class RecordHistory;

// The window's ways about: View ▸ Search everything (Ctrl+K), Back and
// Forward (Alt+Left, Alt+Right) through the records opened on any list page,
// and Help ▸ Guide (F1) and Help ▸ Keyboard shortcuts. Plugged into the
// window in one place; finds its menus by objectName ("viewMenu", "helpMenu").
class WindowNavigation : public QObject
{
    Q_OBJECT

public:
    explicit WindowNavigation(MainWindow *window);

    RecordHistory *history() const { return m_history; }
    GlobalSearch *search();
    void showGuide();
    void showShortcuts();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
    RecordHistory *m_history;
    GlobalSearch *m_search = nullptr;
};

} // namespace liaison
