#pragma once

#include "storage/StorageError.h"
#include "undo/EditContext.h"

#include <QPushButton>
#include <QWidget>

#include <functional>

class QUndoStack;

namespace liaison {

class EditContext;
class ListQuery;

// The detail pane of a list page: shows one record, edits it through undo
// commands, and re-reads it when the database changes.
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    RecordEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_context(context)
        , m_undoStack(undoStack)
        , m_query(query)
    {
    }

    qint64 currentId() const { return m_id; }
    // Shows record `id` (0: a blank form for a new record).
    virtual void load(qint64 id) = 0;
    void startNew() { load(0); }
    void reload() { load(m_id); }
    // Read-only database: the buttons that change records are disabled; the
    // fields stay readable, selectable and editable, so nothing typed is lost.
    void setReadOnly(bool readOnly)
    {
        m_readOnly = readOnly;
        updateButtons();
    }

signals:
    // A record was created or chosen from within the editor: the page selects it.
    void recordSaved(qint64 id);
    // Open another record (a linked organisation, person, activity…).
    void openRequested(const QString &pageId, qint64 id);

protected:
    // Buttons marked "needsRecord" (delete, merge) act on a stored record:
    // off on a blank form; every button is off on a read-only database.
    void updateButtons()
    {
        for (QPushButton *button : findChildren<QPushButton *>())
            button->setEnabled(!m_readOnly && (m_id != 0 || !button->property("needsRecord").toBool()));
    }

    // A button's action that reads or writes the database: a storage failure
    // (a server gone, a locked file) becomes the window's message instead of
    // an exception escaping the event loop; the form keeps what was typed.
    template<typename Editor>
    std::function<void()> guarded(void (Editor::*method)())
    {
        return [this, method] {
            try {
                (static_cast<Editor *>(this)->*method)();
            } catch (const StorageError &e) {
                m_context.notifyFailed(e.message());
            }
        };
    }

    EditContext &m_context;
    QUndoStack &m_undoStack;
    ListQuery &m_query;
    qint64 m_id = 0;
    int m_loadedVersion = 0; // the row version shown: a save is guarded by it
    bool m_readOnly = false;
};

} // namespace liaison
