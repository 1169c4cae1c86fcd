#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace liaison {

namespace {
QString plainText(QString text)
{
    // "&Undo" → "Undo"; "&&" stays one "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

// The menu path an action is found under ("File ▸ Open recent"), or "Window".
QString menuOf(QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        auto *menu = qobject_cast<QMenu *>(object);
        if (!menu)
            continue;
        QStringList path{plainText(menu->title())};
        // Submenus: their own action sits in the parent menu.
        for (QAction *menuAction = menu->menuAction(); menuAction;) {
            QMenu *parent = nullptr;
            // (The menu bar's overflow menu lists every menu too: it has no title.)
            for (QObject *o : menuAction->associatedObjects()) {
                auto *candidate = qobject_cast<QMenu *>(o);
                if (candidate && candidate != menu && !candidate->title().isEmpty()) {
                    parent = candidate;
                    break;
                }
            }
            if (!parent)
                break;
            path.prepend(plainText(parent->title()));
            menuAction = parent->menuAction();
        }
        return path.join(QStringLiteral(" ▸ "));
    }
    return ShortcutsDialog::tr("Window");
}
} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(QWidget *window)
{
    QList<Entry> result;
    QList<QAction *> seen;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->isSeparator() || seen.contains(action))
            continue;
        seen.append(action);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        QString what = plainText(action->text());
        // Undo/redo actions name the command they would undo; the shortcut list names the action.
        if (action->objectName() == QLatin1String("undo"))
            what = tr("Undo");
        else if (action->objectName() == QLatin1String("redo"))
            what = tr("Redo");
        result.append({menuOf(action), what, keys.join(QStringLiteral(", "))});
    }
    // Keys the lists handle themselves (no action carries them).
    const QString lists = tr("Lists");
    result.append({lists, tr("First row"), QKeySequence(Qt::CTRL | Qt::Key_Home).toString(QKeySequence::NativeText)});
    result.append({lists, tr("Last row (counts a long list to its end)"),
                   QKeySequence(Qt::CTRL | Qt::Key_End).toString(QKeySequence::NativeText)});
    std::stable_sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) { return a.where < b.where; });
    return result;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent ? parent : window)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    const QList<Entry> all = entries(window);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Does"), tr("Menu")});
    m_table->setRowCount(int(all.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    for (int row = 0; row < all.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(all.at(row).keys));
        m_table->setItem(row, 1, new QTableWidgetItem(all.at(row).what));
        m_table->setItem(row, 2, new QTableWidgetItem(all.at(row).where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("shortcutsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace liaison
