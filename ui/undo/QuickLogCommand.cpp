#include "QuickLogCommand.h"

#include "EditContext.h"
#include "storage/StorageError.h"

#include <typeinfo>

namespace liaison {

QuickLogCommand::QuickLogCommand(EditContext &context, QuickLogEntry entry, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_entry(std::move(entry))
{
}

void QuickLogCommand::redo()
{
    try {
        QuickLogWriter writer(m_context.repository());
        if (m_done) {
            writer.restore(m_written);
        } else {
            m_written = writer.write(m_entry);
            m_done = true;
        }
        rememberVersions();
        m_context.notifyChanged(m_written.activity.id);
    } catch (const StorageError &e) {
        setObsolete(true); // refused: the stack drops the command, nothing half-done stays on it
        m_context.notifyFailed(e.message());
    }
}

void QuickLogCommand::undo()
{
    try {
        // As this session's later edits (undone since) left the records.
        QuickLogResult current = m_written;
        for (Organisation &o : current.organisations)
            o.rowVersion = m_context.lastVersion(typeid(Organisation).name(), o.id, o.rowVersion);
        for (Person &p : current.people)
            p.rowVersion = m_context.lastVersion(typeid(Person).name(), p.id, p.rowVersion);
        for (Affiliation &a : current.affiliations)
            a.rowVersion = m_context.lastVersion(typeid(Affiliation).name(), a.id, a.rowVersion);
        if (current.partnership)
            current.partnership->rowVersion = m_context.lastVersion(typeid(Partnership).name(), current.partnership->id,
                                                                    current.partnership->rowVersion);
        current.activity.rowVersion = m_context.lastVersion(typeid(Activity).name(), current.activity.id,
                                                            current.activity.rowVersion);
        QuickLogWriter(m_context.repository()).remove(current);
        m_context.notifyChanged(m_written.activity.id);
    } catch (const StorageError &e) {
        setObsolete(true);
        m_context.notifyFailed(e.message());
    }
}

void QuickLogCommand::rememberVersions()
{
    for (const Organisation &o : std::as_const(m_written.organisations))
        m_context.rememberVersion(typeid(Organisation).name(), o.id, o.rowVersion);
    for (const Person &p : std::as_const(m_written.people))
        m_context.rememberVersion(typeid(Person).name(), p.id, p.rowVersion);
    for (const Affiliation &a : std::as_const(m_written.affiliations))
        m_context.rememberVersion(typeid(Affiliation).name(), a.id, a.rowVersion);
    if (m_written.partnership)
        m_context.rememberVersion(typeid(Partnership).name(), m_written.partnership->id, m_written.partnership->rowVersion);
    m_context.rememberVersion(typeid(Activity).name(), m_written.activity.id, m_written.activity.rowVersion);
}

} // namespace liaison
