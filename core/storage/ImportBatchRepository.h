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

    // A record the batch created that someone changed after the import.
    struct EditedRecord
    {
        QString what; // activity, organisation or person
        qint64 id = 0;
        QString name;  // an activity's title, else the name
        QString editedBy;
    };

    struct UndoResult
    {
        qint64 activities = 0;
        qint64 organisations = 0;
        qint64 people = 0;
        // Records the batch created that other records now use: kept.
        qint64 keptOrganisations = 0;
        qint64 keptPeople = 0;
        // Records of the batch changed since the import (their row version
        // moved on, or the last to change them is not the importer): kept
        // unless forced, and listed either way.
        QList<EditedRecord> edited;
        bool forced = false;
        // "bob" or "bob and carol": who changed them.
        QString editedBy() const;
    };
    // Deletes what the batch created, in one transaction. Organisations and
    // people it created that something outside the batch now refers to are
    // kept (and counted), and so are the records someone changed after the
    // import unless `force` is given, so that undoing never removes another's work.
    UndoResult undo(qint64 batchId, bool force = false);

    // Every organisation name, short name and alias: (id, name, isAlias).
    void forEachOrganisationName(const std::function<void(qint64, const QString &, bool)> &visit);
    void forEachPersonName(const std::function<void(qint64, const QString &)> &visit);


private:
    Database &m_db;
};

} // namespace liaison
