#pragma once

#include "storage/RecordMerger.h"

#include <QUndoCommand>

namespace liaison {

class EditContext;

// Merges two organisations or two people, or removes one with its links; undo
// puts back every link from the merger's journal.
class MergeRecordsCommand : public QUndoCommand
{
public:
    enum class Action { MergeOrganisations, MergePeople, RemoveOrganisation, RemovePerson };

    MergeRecordsCommand(EditContext &context, Action action, qint64 keptId, qint64 droppedId, const QString &text);

    bool succeeded() const { return m_succeeded; }
    void redo() override;
    void undo() override;

private:
    EditContext &m_context;
    Action m_action;
    qint64 m_keptId;
    qint64 m_droppedId;
    MergeJournal m_journal;
    bool m_succeeded = false;
};

} // namespace liaison
