#pragma once

#include "storage/StorageError.h"
#include "undo/EditContext.h"

#include <QPushButton>
#include <QWidget>

#include <functional>
#include <initializer_list>

class QLabel;
class QUndoStack;

namespace liaison {

class EditContext;
class ListQuery;

// The detail pane of a list page: shows one record, edits it through undo
// commands, and re-reads it when the database changes. It knows when the form
// holds changes not saved yet ("dirty"): its heading shows •, Save is enabled
// only then, and leaving the record asks Save / Discard / Cancel.
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    RecordEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent = nullptr);
    ~RecordEditor() override;

    qint64 currentId() const { return m_id; }
    // Shows record `id` (0: a blank form for a new record); the form is clean
    // afterwards. A read that fails keeps what the form shows, dirty or not.
    void load(qint64 id);
    // A blank form with the cursor in its first field (the name, a title).
    void startNew();
    // Re-reads the record after a change in the database, unless the form
    // holds typing not saved yet: that is never overwritten behind the user's back.
    void reload();
    // Saves the form (Save, Ctrl+S, Enter in a name field).
    virtual void save() = 0;
    // save() with a storage failure turned into the window's message; true
    // when the form is clean afterwards (a refused save keeps it dirty).
    bool trySave();

    bool isDirty() const { return m_dirty; }
    // Before the record shown is left (another row, page, New, closing, another
    // database): a dirty form asks Save / Discard / Cancel. True when the caller
    // may go on (saved, discarded, or nothing to ask); false on Cancel or a failed save.
    bool confirmLeave();
    // What the prompt and the window title call the record.
    QString recordTitle() const;

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
    void dirtyChanged(bool dirty);

protected:
    // Fills the form with record `id`; false when it could not be read.
    virtual bool loadRecord(qint64 id) = 0;

    // The fields that belong to the record (not sub-forms that save on their
    // own, such as "add affiliation", nor merge pickers): a change in any of
    // them, typed or set, makes the form dirty. Line edits, text edits, combo
    // boxes, check boxes, date fields and item models.
    void watch(std::initializer_list<QObject *> fields);
    // The heading that shows the record's name; it gets a • while dirty.
    void setHeadingLabel(QLabel *heading) { m_headingLabel = heading; }
    void setFirstField(QWidget *field) { m_firstField = field; }
    void markDirty();
    void setDirty(bool dirty);

    // Buttons marked "needsRecord" (delete, merge) act on a stored record:
    // off on a blank form; "savesForm" (Save) only while the form is dirty;
    // every button is off on a read-only database.
    void updateButtons();

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

private:
    bool m_dirty = false;
    int m_loading = 0; // changes made while filling the form are not the user's
    QLabel *m_headingLabel = nullptr;
    QWidget *m_firstField = nullptr;
};

} // namespace liaison
