#include "ImportBatchRepository.h"

#include "ActivityFilterSql.h"
#include "Database.h"
#include "RecordTable.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace liaison {

ImportBatchRepository::ImportBatchRepository(Database &db)
    : m_db(db)
{
}

QList<ImportBatch> ImportBatchRepository::list()
{
    QSqlQuery &query = m_db.exec(QStringLiteral(
        "SELECT id, source, imported_at, imported_by, row_count FROM import_batches ORDER BY id DESC"));
    QList<ImportBatch> batches;
    while (query.next()) {
        ImportBatch b;
        b.id = query.value(0).toLongLong();
        b.source = query.value(1).toString();
        b.importedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        b.importedBy = query.value(3).toString();
        b.rowCount = query.value(4).toLongLong();
        batches.append(b);
    }
    query.finish();
    return batches;
}

ImportBatchRepository::UndoResult ImportBatchRepository::undo(qint64 batchId)
{
    UndoResult result;
    Transaction transaction(m_db);
    QSqlQuery &exists = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM import_batches WHERE id = ?"), {batchId});
    const bool found = exists.next() && exists.value(0).toLongLong() > 0;
    exists.finish();
    if (!found)
        throw StorageError(QStringLiteral("there is no import batch %1").arg(batchId));

    result.activities = m_db.exec(QStringLiteral("DELETE FROM activities WHERE import_batch_id = ?"), {batchId})
                            .numRowsAffected();
    const auto count = [&](const QString &sql) {
        QSqlQuery &q = m_db.exec(sql, {batchId});
        const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return n;
    };
    const QString orgInUse = QStringLiteral(
        "(id IN (SELECT organisation_id FROM activity_participants WHERE organisation_id IS NOT NULL) "
        "OR id IN (SELECT organisation_id FROM affiliations) OR id IN (SELECT organisation_id FROM partnership_parties) "
        "OR id IN (SELECT parent_id FROM organisations WHERE parent_id IS NOT NULL))");
    const QString personInUse = QStringLiteral(
        "(id IN (SELECT person_id FROM activity_participants WHERE person_id IS NOT NULL) "
        "OR id IN (SELECT person_id FROM affiliations a JOIN organisations o ON o.id = a.organisation_id "
        "WHERE o.import_batch_id IS NULL OR o.import_batch_id <> ?))");
    result.keptOrganisations =
        count(QStringLiteral("SELECT COUNT(*) FROM organisations WHERE import_batch_id = ? AND ") + orgInUse);
    // Affiliations to the batch's own organisations go with them.
    QSqlQuery &kept = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM people WHERE import_batch_id = ? AND ") + personInUse,
                                {batchId, batchId});
    result.keptPeople = kept.next() ? kept.value(0).toLongLong() : 0;
    kept.finish();
    result.people = m_db.exec(QStringLiteral("DELETE FROM people WHERE import_batch_id = ? AND NOT ") + personInUse,
                              {batchId, batchId})
                        .numRowsAffected();
    result.organisations =
        m_db.exec(QStringLiteral("DELETE FROM organisations WHERE import_batch_id = ? AND NOT ") + orgInUse, {batchId})
            .numRowsAffected();
    // What stays no longer belongs to a batch that is gone.
    m_db.exec(QStringLiteral("UPDATE organisations SET import_batch_id = NULL WHERE import_batch_id = ?"), {batchId});
    m_db.exec(QStringLiteral("UPDATE people SET import_batch_id = NULL WHERE import_batch_id = ?"), {batchId});
    // The batch's rows may be imported again: their fingerprints go (those of
    // activities kept because they are someone's since stay, without a batch).
    m_db.exec(QStringLiteral("DELETE FROM import_fingerprints WHERE batch_id = ? AND (activity_id IS NULL OR NOT EXISTS "
                             "(SELECT 1 FROM activities a WHERE a.id = import_fingerprints.activity_id))"),
              {batchId});
    m_db.exec(QStringLiteral("UPDATE import_fingerprints SET batch_id = NULL WHERE batch_id = ?"), {batchId});
    m_db.exec(QStringLiteral("DELETE FROM import_batches WHERE id = ?"), {batchId});
    transaction.commit();
    return result;
}

void ImportBatchRepository::forEachOrganisationName(const std::function<void(qint64, const QString &, bool)> &visit)
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT id, name, short_name FROM organisations"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        visit(id, query.value(1).toString(), false);
        const QString shortName = query.value(2).toString();
        if (!shortName.isEmpty())
            visit(id, shortName, true);
    }
    query.finish();
    QSqlQuery &aliases = m_db.exec(QStringLiteral("SELECT organisation_id, alias FROM organisation_aliases"));
    while (aliases.next())
        visit(aliases.value(0).toLongLong(), aliases.value(1).toString(), true);
    aliases.finish();
}

void ImportBatchRepository::forEachPersonName(const std::function<void(qint64, const QString &)> &visit)
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT id, name FROM people"));
    while (query.next())
        visit(query.value(0).toLongLong(), query.value(1).toString());
    query.finish();
}

} // namespace liaison
