#pragma once

#include "import/Importer.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace liaison {

class Database;

// An import committed by the wizard, as one step on the window's undo stack:
// undo removes what the batch created (ImportBatchRepository::undo, which
// keeps records others now use); redo imports the same file again with the
// same mapping and review decisions, as a new batch. Pushed after the import
// has run: the first redo() does nothing.
class ImportBatchCommand : public QUndoCommand
{
public:
    // `refresh` runs after each step (lists, timeline); `failed` gets a message when one is refused.
    ImportBatchCommand(Database &database, qint64 batchId, QString filePath, Importer::Options options,
                       std::function<void()> refresh, std::function<void(const QString &)> failed);

    qint64 batchId() const { return m_batchId; }
    void undo() override;
    void redo() override;

private:
    Database &m_database;
    qint64 m_batchId;
    QString m_filePath;
    Importer::Options m_options;
    std::function<void()> m_refresh;
    std::function<void(const QString &)> m_failed;
    bool m_applied = true;
};

} // namespace liaison
