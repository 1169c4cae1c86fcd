#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace liaison {

// Ctrl+Z and Ctrl+Shift+Z while a text field has focus: the field's own undo
// of its typing when it has some, the window's record-level stack otherwise
// (an empty field, a field that was not typed in). Watches the shortcut
// override the application sends to the focused widget before any shortcut.
class FieldUndo : public QObject
{
    Q_OBJECT

public:
    static FieldUndo *install(QAction *undo, QAction *redo, QUndoStack *stack);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FieldUndo(QAction *undo, QAction *redo);

    QAction *m_undo;
    QAction *m_redo;
};

} // namespace liaison
