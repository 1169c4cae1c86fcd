#include "MergeRecordsCommand.h"

#include "EditContext.h"
#include "storage/StorageError.h"

namespace liaison {

MergeRecordsCommand::MergeRecordsCommand(EditContext &context, Action action, qint64 keptId, qint64 droppedId,
                                         const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_action(action)
    , m_keptId(keptId)
    , m_droppedId(droppedId)
{
}

void MergeRecordsCommand::redo()
{
    m_succeeded = false;
    try {
        RecordMerger merger(m_context.repository());
        switch (m_action) {
        case Action::MergeOrganisations: m_journal = merger.mergeOrganisations(m_keptId, m_droppedId); break;
        case Action::MergePeople: m_journal = merger.mergePeople(m_keptId, m_droppedId); break;
        case Action::RemoveOrganisation: m_journal = merger.removeOrganisation(m_droppedId); break;
        case Action::RemovePerson: m_journal = merger.removePerson(m_droppedId); break;
        }
        m_succeeded = true;
        m_context.notifyChanged(m_keptId);
    } catch (const StorageError &e) {
        setObsolete(true);
        m_context.notifyFailed(e.message());
    }
}

void MergeRecordsCommand::undo()
{
    if (!m_succeeded)
        return;
    try {
        RecordMerger(m_context.repository()).undo(m_journal);
        m_context.notifyChanged(m_droppedId);
    } catch (const StorageError &e) {
        setObsolete(true);
        m_context.notifyFailed(e.message());
    }
}

} // namespace liaison
