#pragma once

#include "EditContext.h"
#include "RecordStore.h"
#include "storage/StorageError.h"

#include <QUndoCommand>

#include <optional>

namespace liaison {

// Creates a record or changes one. Undoing a creation deletes the record;
// redoing puts it back under the same id, so later commands that refer to it
// stay valid. Each step re-reads the stored row version first, so an undo after
// switching records (or after other edits of the same record) still applies.
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
    // False when the last step was refused (the message went to the context).
    bool succeeded() const { return m_succeeded; }

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
        m_succeeded = false;
        try {
            if (firstCreation) {
                record.id = 0;
            } else if (!m_before && m_done) {
                record.id = m_after.id;
                record.rowVersion = 0; // restore under the old id
            } else {
                const std::optional<T> current = findRecord(m_context.repository(), record);
                if (!current)
                    throw ConflictError(QStringLiteral("the record was deleted meanwhile"));
                record.rowVersion = current->rowVersion;
            }
            saveRecord(m_context.repository(), record);
            if (firstCreation) {
                m_after.id = record.id;
                m_done = true;
            }
            m_succeeded = true;
            m_context.notifyChanged(record.id);
        } catch (const StorageError &e) {
            setObsolete(true); // refused: the stack drops the command, nothing half-done stays on it
            m_context.notifyFailed(e.message());
        }
    }

    void erase()
    {
        m_succeeded = false;
        try {
            const std::optional<T> current = findRecord(m_context.repository(), m_after);
            if (current)
                removeRecord(m_context.repository(), *current);
            m_succeeded = true;
            m_context.notifyChanged(m_after.id);
        } catch (const StorageError &e) {
            setObsolete(true); // refused: the stack drops the command, nothing half-done stays on it
            m_context.notifyFailed(e.message());
        }
    }

    EditContext &m_context;
    std::optional<T> m_before;
    T m_after;
    bool m_done = false; // created once: later redos restore the same id
    bool m_succeeded = false;
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
