#include "ImportBatchCommand.h"

#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace liaison {

ImportBatchCommand::ImportBatchCommand(Database &database, qint64 batchId, QString filePath, Importer::Options options,
                                       std::function<void()> refresh, std::function<void(const QString &)> failed)
    : m_database(database)
    , m_batchId(batchId)
    , m_filePath(std::move(filePath))
    , m_options(std::move(options))
    , m_refresh(std::move(refresh))
    , m_failed(std::move(failed))
{
    setText(QCoreApplication::translate("ImportBatchCommand", "Import %1").arg(QFileInfo(m_filePath).fileName()));
    // The wizard's progress and report sinks belong to it, not to a later redo.
    m_options.progress = nullptr;
    m_options.issueSink = nullptr;
    m_options.recordSink = nullptr;
    m_options.dryRun = false;
}

void ImportBatchCommand::undo()
{
    if (!m_applied)
        return;
    try {
        ImportBatchRepository(m_database).undo(m_batchId);
        m_applied = false;
    } catch (const StorageError &e) {
        setObsolete(true); // nothing was undone; the stack drops the step rather than lie about it
        if (m_failed)
            m_failed(QCoreApplication::translate("ImportBatchCommand", "The import was not undone: %1").arg(e.message()));
    }
    if (m_refresh)
        m_refresh();
}

void ImportBatchCommand::redo()
{
    if (m_applied)
        return; // pushed after the wizard's own run
    QFile file(m_filePath);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(m_filePath, file.errorString());
    } else {
        try {
            const Importer::Summary summary = Importer(m_database).run(file, m_options);
            if (summary.batchId > 0) {
                m_batchId = summary.batchId;
                m_applied = true;
            } else {
                error = QCoreApplication::translate("ImportBatchCommand", "nothing was imported");
            }
        } catch (const StorageError &e) {
            error = e.message();
        }
    }
    if (!m_applied) {
        setObsolete(true);
        if (m_failed)
            m_failed(QCoreApplication::translate("ImportBatchCommand", "The import was not redone: %1").arg(error));
    }
    if (m_refresh)
        m_refresh();
}

} // namespace liaison
