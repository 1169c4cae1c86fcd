#include "FieldUndo.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoStack>

namespace liaison {

namespace {
// Whether the focused text field can undo (or redo) typing of its own; an
// absent or read-only field returns false.
bool fieldCan(QObject *widget, bool redo)
{
    if (auto *box = qobject_cast<QComboBox *>(widget))
        widget = box->lineEdit();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return !edit->isReadOnly() && (redo ? edit->isRedoAvailable() : edit->isUndoAvailable());
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        return !text->isReadOnly() && (redo ? text->document()->isRedoAvailable() : text->document()->isUndoAvailable());
    if (auto *text = qobject_cast<QTextEdit *>(widget))
        return !text->isReadOnly() && (redo ? text->document()->isRedoAvailable() : text->document()->isUndoAvailable());
    return false;
}
} // namespace

FieldUndo::FieldUndo(QAction *undo, QAction *redo)
    : QObject(undo)
    , m_undo(undo)
    , m_redo(redo)
{
}

FieldUndo *FieldUndo::install(QAction *undo, QAction *redo, QUndoStack *)
{
    auto *filter = new FieldUndo(undo, redo);
    qApp->installEventFilter(filter);
    return filter;
}

bool FieldUndo::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || watched != QApplication::focusWidget())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    const auto matches = [&](QAction *action) {
        for (const QKeySequence &shortcut : action->shortcuts())
            if (shortcut == pressed)
                return true;
        return false;
    };
    const bool isUndo = matches(m_undo);
    const bool isRedo = !isUndo && matches(m_redo);
    if (!isUndo && !isRedo)
        return false;
    // Only this window's fields: another window has its own actions.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !m_undo->parentWidget() || widget->window() != m_undo->parentWidget()->window())
        return false;
    if (fieldCan(watched, isRedo)) {
        key->accept(); // the key goes to the field, whose own undo takes it
        return true;
    }
    // Nothing typed to take back here: the record-level stack answers.
    key->ignore();
    return true;
}

} // namespace liaison
