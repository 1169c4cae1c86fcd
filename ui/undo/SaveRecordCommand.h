#pragma once

#include "EditContext.h"
#include "RecordStore.h"
#include "storage/StorageError.h"

#include <QUndoCommand>

#include <optional>
#include <typeinfo>

namespace liaison {

// Creates a record or changes one. Undoing a creation deletes the record;
// redoing puts it back under the same id, so later commands that refer to it
// stay valid. Every step is guarded by a row version (the one the editor showed,
// then the one the previous step left): if someone else changed the record in
// between, the step is refused with a clear message instead of overwriting.
template<typename T>
class SaveRecordCommand : public QUndoCommand
{
public:
    // `before` is empty for a creation.
    SaveRecordCommand(EditContext &context, std::optional<T> before, T after, const QString &text)
        : QUndoCommand(text)
        , m_context(context)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    qint64 recordId() const { return m_after.id; }

    void redo() override { apply(m_after, !m_before.has_value() && !m_done); }
    void undo() override
    {
        if (m_before)
            apply(*m_before, false);
        else
            erase();
    }

private:
    void apply(T record, bool firstCreation)
    {
        try {
            if (firstCreation) {
                record.id = 0;
            } else if (!m_before && m_done) {
                record.id = m_after.id;
                record.rowVersion = 0; // restore under the old id
            } else if (m_lastVersion == 0) {
                // The first change: guarded by the version the editor showed,
                // so another person's edit since then is refused, not overwritten.
                record.rowVersion = m_after.rowVersion;
            } else {
                // As this session's edits left it (this command's, or a later one undone since).
                record.rowVersion = m_context.lastVersion(typeid(T).name(), m_after.id, m_lastVersion);
            }
            saveRecord(m_context.repository(), record);
            m_context.rememberVersion(typeid(T).name(), record.id, record.rowVersion);
            if (firstCreation) {
                m_after.id = record.id;
                m_done = true;
            }
            m_lastVersion = record.rowVersion;
            m_context.notifyChanged(record.id);
        } catch (const StorageError &e) {
            setObsolete(true); // refused: the stack drops the command, nothing half-done stays on it
            m_context.notifyFailed(e.message());
        }
    }

    void erase()
    {
        try {
            T current = m_after;
            current.rowVersion = m_context.lastVersion(typeid(T).name(), m_after.id, m_lastVersion);
            removeRecord(m_context.repository(), current);
            m_context.notifyChanged(m_after.id);
        } catch (const StorageError &e) {
            setObsolete(true);
            m_context.notifyFailed(e.message());
        }
    }

    EditContext &m_context;
    std::optional<T> m_before;
    T m_after;
    bool m_done = false;   // created once: later redos restore the same id
    int m_lastVersion = 0; // the row version this command's last step left
};

// Deletes a record whose links are stored with it (activities, partnerships,
// affiliations); undo restores it whole, under its id.
template<typename T>
class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(EditContext &context, T record, const QString &text)
        : QUndoCommand(text)
        , m_context(context)
        , m_record(std::move(record))
    {
    }

    void redo() override
    {
        try {
            const std::optional<T> current = findRecord(m_context.repository(), m_record);
            if (current) {
                m_record = *current;
                removeRecord(m_context.repository(), *current);
            }
            m_context.notifyChanged(m_record.id);
        } catch (const StorageError &e) {
            setObsolete(true); // refused: the stack drops the command, nothing half-done stays on it
            m_context.notifyFailed(e.message());
        }
    }
    void undo() override
    {
        try {
            T restored = m_record;
            restored.rowVersion = 0;
            saveRecord(m_context.repository(), restored);
            m_context.rememberVersion(typeid(T).name(), restored.id, restored.rowVersion);
            m_context.notifyChanged(m_record.id);
        } catch (const StorageError &e) {
            setObsolete(true); // refused: the stack drops the command, nothing half-done stays on it
            m_context.notifyFailed(e.message());
        }
    }

private:
    EditContext &m_context;
    T m_record;
};

} // namespace liaison
