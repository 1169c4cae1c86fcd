#pragma once

#include "storage/QuickLogWriter.h"

#include <QUndoCommand>

namespace liaison {

class EditContext;

// One quick-log entry as one undo step: the first redo writes it (new people,
// organisations, affiliations, partnership and the activity, in one
// transaction), undo removes all of it in one transaction, redo puts it back
// under the same ids. A refused step (someone changed a record since, a server
// gone) leaves the database as it was and drops the command.
class QuickLogCommand : public QUndoCommand
{
public:
    QuickLogCommand(EditContext &context, QuickLogEntry entry, const QString &text);

    // Valid after a successful first redo.
    const QuickLogResult &written() const { return m_written; }

    void redo() override;
    void undo() override;

private:
    void rememberVersions();

    EditContext &m_context;
    QuickLogEntry m_entry;
    QuickLogResult m_written;
    bool m_done = false;
};

} // namespace liaison
