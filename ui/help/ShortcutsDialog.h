#pragma once

#include <QDialog>

class QTableWidget;

namespace liaison {

// Help ▸ Keyboard shortcuts: every shortcut of the window's actions, read
// from the actions themselves when the dialog opens (so it cannot drift from
// what the keys do), with the menu each sits in. Also the few keys widgets
// handle themselves (the lists' Ctrl+End), which no action carries.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // "Ctrl+K", one row per shortcut: for tests and the dialog alike.
    struct Entry
    {
        QString where; // the menu ("View"), or "Lists" for keys the lists handle
        QString what;  // the action, as its menu shows it, without the & mnemonic
        QString keys;  // native text, several joined by ", "
    };
    static QList<Entry> entries(QWidget *window);

private:
    QTableWidget *m_table;
};

} // namespace liaison
