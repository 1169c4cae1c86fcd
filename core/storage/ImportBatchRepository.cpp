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

QStringList ImportBatchRepository::exportKinds()
{
    return {QStringLiteral("activities"), QStringLiteral("organisations"), QStringLiteral("people"),
            QStringLiteral("partnerships")};
}

bool ImportBatchRepository::exportRows(const QString &what, const ActivityFilter &filter,
                                       const std::function<bool(const QStringList &)> &row)
{
    QString sql;
    QVariantList values;
    QStringList header;
    // Dates as lossless ISO partial dates; several names joined by "; ".
    const bool postgres = m_db.backend() == DatabaseLocation::Backend::PostgreSQL;
    // SQLite's group_concat keeps the order of the ordered subquery it reads.
    const QString joinedNames = postgres ? QStringLiteral("string_agg(n, '; ' ORDER BY pos)")
                                         : QStringLiteral("group_concat(n, '; ')");
    if (what == QLatin1String("activities")) {
        header = {QStringLiteral("Kind"), QStringLiteral("Title"), QStringLiteral("Start"),
                  QStringLiteral("End"), QStringLiteral("Location"),
                  QStringLiteral("Description"), QStringLiteral("Purpose"), QStringLiteral("Outcome"),
                  QStringLiteral("Organisations"), QStringLiteral("People")};
        const ActivityFilterSql where(filter, m_db.backend());
        const QString orgs = QStringLiteral("(SELECT %1 FROM (SELECT o.name AS n, p.position AS pos FROM activity_participants p "
                                            "JOIN organisations o ON o.id = p.organisation_id WHERE p.activity_id = a.id "
                                            "AND p.person_id IS NULL ORDER BY p.position) x)")
                                 .arg(joinedNames);
        const QString people = QStringLiteral("(SELECT %1 FROM (SELECT pe.name AS n, p.position AS pos FROM activity_participants p "
                                              "JOIN people pe ON pe.id = p.person_id WHERE p.activity_id = a.id "
                                              "ORDER BY p.position) x)")
                                   .arg(joinedNames);
        sql = QStringLiteral("SELECT a.kind, a.title, a.start_date, a.end_date, a.start_precision, a.end_precision, "
                             "a.location, a.description, a.purpose, a.outcome, %1, %2 FROM activities a WHERE %3 "
                             "ORDER BY a.start_date, a.id")
                  .arg(orgs, people, where.condition());
        values = where.values();
    } else if (what == QLatin1String("organisations")) {
        header = {QStringLiteral("Name"), QStringLiteral("Short name"), QStringLiteral("Kind"), QStringLiteral("Country"),
                  QStringLiteral("Website"), QStringLiteral("Notes")};
        sql = QStringLiteral("SELECT name, short_name, kind, country, website, notes FROM organisations ORDER BY name, id");
    } else if (what == QLatin1String("people")) {
        header = {QStringLiteral("Name"), QStringLiteral("Native name"), QStringLiteral("Title"), QStringLiteral("Email"),
                  QStringLiteral("Phone"), QStringLiteral("Notes")};
        sql = QStringLiteral("SELECT name, native_name, title, email, phone, notes FROM people ORDER BY name, id");
    } else if (what == QLatin1String("partnerships")) {
        header = {QStringLiteral("Name"), QStringLiteral("Focus"), QStringLiteral("Owner"), QStringLiteral("Stage"),
                  QStringLiteral("Organisations"), QStringLiteral("Notes")};
        sql = QStringLiteral("SELECT p.name, p.focus, p.owner, p.stage, (SELECT %1 FROM (SELECT o.name AS n, pp.position AS pos "
                             "FROM partnership_parties pp JOIN organisations o ON o.id = pp.organisation_id "
                             "WHERE pp.partnership_id = p.id ORDER BY pp.position) x), p.notes FROM partnerships p "
                             "ORDER BY p.name, p.id")
                  .arg(joinedNames);
    } else {
        return false;
    }
    if (!row(header))
        return true;
    // A plain query (not the statement cache): it is read to the end while the
    // caller writes, and forward-only keeps memory flat.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(QStringLiteral("cannot prepare the export query"));
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    if (!query.exec())
        throw StorageError(QStringLiteral("the export query failed"));
    const int columns = int(header.size());
    const bool isActivities = what == QLatin1String("activities");
    QStringList cells;
    while (query.next()) {
        cells.clear();
        for (int i = 0; i < columns; ++i) {
            const QVariant v = query.value(i);
            if (isActivities && (i == 2 || i == 3)) { // date + precision → lossless ISO partial date
                const PartialDate d = RecordTable::partialDate(v, query.value(i + 2));
                cells.append(d.isValid() ? d.toIsoString() : QString());
            } else {
                // Past the two precision columns, which the header does not show.
                const QVariant shown = isActivities && i >= 4 ? query.value(i + 2) : v;
                cells.append(shown.isNull() ? QString() : shown.toString());
            }
        }
        if (!row(cells))
            break;
    }
    return true;
}

} // namespace liaison
