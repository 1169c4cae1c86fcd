#pragma once

#include "query/ActivityFilter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace liaison {

class Database;

struct ImportBatch
{
    qint64 id = 0;
    QString source;
    QDateTime importedAt;
    QString importedBy;
    qint64 rowCount = 0;
};

// What an import needs from storage besides writing: the names to match
// against, the batches to list and undo, and the rows to export.
class ImportBatchRepository
{
public:
    explicit ImportBatchRepository(Database &db);

    QList<ImportBatch> list();

    struct UndoResult
    {
        qint64 activities = 0;
        qint64 organisations = 0;
        qint64 people = 0;
        // Records the batch created that other records now use: kept.
        qint64 keptOrganisations = 0;
        qint64 keptPeople = 0;
    };
    // Deletes what the batch created, in one transaction. Organisations and
    // people it created that something outside the batch now refers to are
    // kept (and counted), so that undoing never removes another's work.
    UndoResult undo(qint64 batchId);

    // Every organisation name, short name and alias: (id, name, isAlias).
    void forEachOrganisationName(const std::function<void(qint64, const QString &, bool)> &visit);
    void forEachPersonName(const std::function<void(qint64, const QString &)> &visit);


private:
    Database &m_db;
};

} // namespace liaison
