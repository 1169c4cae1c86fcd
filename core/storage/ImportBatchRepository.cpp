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

QString ImportBatchRepository::UndoResult::editedBy() const
{
    QStringList names;
    for (const EditedRecord &record : edited) {
        if (!names.contains(record.editedBy))
            names.append(record.editedBy);
    }
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

ImportBatchRepository::UndoResult ImportBatchRepository::undo(qint64 batchId, bool force)
{
    UndoResult result;
    result.forced = force;
    Transaction transaction(m_db);
    QSqlQuery &exists = m_db.exec(QStringLiteral("SELECT imported_by FROM import_batches WHERE id = ?"), {batchId});
    const bool found = exists.next();
    const QString importer = found ? exists.value(0).toString() : QString();
    exists.finish();
    if (!found)
        throw StorageError(QStringLiteral("there is no import batch %1").arg(batchId));

    // The import wrote its records at row version 1 under the importer's name:
    // anything else is someone's later work (optimistic locking moves the
    // version on every save).
    const QString edited = QStringLiteral("(row_version > 1 OR updated_by <> ?)");
    const auto listEdited = [&](const QString &table, const QString &name, const QString &what) {
        QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id, %1, updated_by FROM %2 WHERE import_batch_id = ? AND %3 ORDER BY id")
                                     .arg(name, table, edited),
                                 {batchId, importer});
        while (q.next())
            result.edited.append({what, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        q.finish();
    };
    listEdited(QStringLiteral("activities"), QStringLiteral("title"), QStringLiteral("activity"));
    listEdited(QStringLiteral("organisations"), QStringLiteral("name"), QStringLiteral("organisation"));
    listEdited(QStringLiteral("people"), QStringLiteral("name"), QStringLiteral("person"));
    // Kept records stay in use: their participants and affiliations keep the
    // organisations and people they name (the in-use checks below).
    const QString unedited = force ? QString() : QStringLiteral(" AND NOT ") + edited;
    const QVariantList keep = force ? QVariantList{batchId} : QVariantList{batchId, importer};

    result.activities = m_db.exec(QStringLiteral("DELETE FROM activities WHERE import_batch_id = ?") + unedited, keep)
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
    result.people = m_db.exec(QStringLiteral("DELETE FROM people WHERE import_batch_id = ? AND NOT ") + personInUse
                                  + unedited,
                              force ? QVariantList{batchId, batchId} : QVariantList{batchId, batchId, importer})
                        .numRowsAffected();
    result.organisations =
        m_db.exec(QStringLiteral("DELETE FROM organisations WHERE import_batch_id = ? AND NOT ") + orgInUse + unedited, keep)
            .numRowsAffected();
    if (!force && !result.edited.isEmpty()) {
        // The batch stays with what is left of it, so that a forced undo can
        // still remove the edited records and what only they used.
        qint64 left = 0;
        for (const char *table : {"activities", "organisations", "people"})
            left += count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE import_batch_id = ?").arg(QLatin1String(table)));
        m_db.exec(QStringLiteral("UPDATE import_batches SET row_count = ? WHERE id = ?"), {left, batchId});
    } else {
        // What stays no longer belongs to a batch that is gone.
        for (const char *table : {"activities", "organisations", "people"})
            m_db.exec(QStringLiteral("UPDATE %1 SET import_batch_id = NULL WHERE import_batch_id = ?").arg(QLatin1String(table)),
                      {batchId});
        // The batch's rows may be imported again: their fingerprints go (those of
        // activities kept because they are someone's since stay, without a batch).
        m_db.exec(QStringLiteral("DELETE FROM import_fingerprints WHERE batch_id = ? AND (activity_id IS NULL OR NOT EXISTS "
                                 "(SELECT 1 FROM activities a WHERE a.id = import_fingerprints.activity_id))"),
                  {batchId});
        m_db.exec(QStringLiteral("UPDATE import_fingerprints SET batch_id = NULL WHERE batch_id = ?"), {batchId});
        m_db.exec(QStringLiteral("DELETE FROM import_batches WHERE id = ?"), {batchId});
    }
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
