#include "ActivityRepository.h"

#include "ActivityFilterSql.h"

#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

#include <algorithm>

namespace liaison {

namespace {
template<typename T>
QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(qlonglong(*value)) : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

ActivityRepository::ActivityRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("activities"),
              {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("description"),
               QStringLiteral("location"), QStringLiteral("start_date"), QStringLiteral("start_precision"),
               QStringLiteral("end_date"), QStringLiteral("end_precision"), QStringLiteral("last_date"),
               QStringLiteral("start_month"), QStringLiteral("series_id"), QStringLiteral("purpose"),
               QStringLiteral("outcome"), QStringLiteral("follow_up_due"), QStringLiteral("follow_up_done"),
               QStringLiteral("agreement_status"), QStringLiteral("signed_date"), QStringLiteral("renewal_date"),
               QStringLiteral("import_batch_id"), QStringLiteral("cost"), QStringLiteral("cost_minor"),
               QStringLiteral("cost_currency"), QStringLiteral("transport"), QStringLiteral("officials"),
               QStringLiteral("source")})
    , m_areas(db, QStringLiteral("activity_areas"), QStringLiteral("activity_id"))
{
}

void ActivityRepository::save(Activity &a)
{
    if (!a.when.isValid())
        throw StorageError(QStringLiteral("activity \"%1\" has no date").arg(a.title));
    RecordRollbackGuard guard(a);
    Transaction transaction(m_db);
    // A new record has no children to replace: skip the deletes (bulk writes).
    const bool isNew = a.isNew();
    const PartialDate start = a.when.start();
    const PartialDate end = a.when.end();
    m_table.write(a, {activityKindName(a.kind), a.title, RecordTable::textValue(a.description),
                      RecordTable::textValue(a.location), start.first(), int(start.precision()),
                      RecordTable::dateValue(end.first()), RecordTable::precisionValue(end), a.when.last(),
                      start.monthKey(), RecordTable::idValue(a.seriesId), RecordTable::textValue(a.purpose),
                      RecordTable::textValue(a.outcome), RecordTable::dateValue(a.followUpDue), a.followUpDone,
                      RecordTable::textValue(a.agreementStatus), RecordTable::dateValue(a.signedDate),
                      RecordTable::dateValue(a.renewalDate), RecordTable::idValue(a.importBatchId),
                      RecordTable::textValue(a.cost), optionalValue(a.costMinor), RecordTable::textValue(a.costCurrency),
                      RecordTable::textValue(a.transport), optionalValue(a.officials), RecordTable::textValue(a.source)});

    if (!isNew)
        m_db.exec(QStringLiteral("DELETE FROM activity_participants WHERE activity_id = ?"), {a.id});
    for (int i = 0; i < a.participants.size(); ++i) {
        const Participant &p = a.participants.at(i);
        m_db.exec(QStringLiteral("INSERT INTO activity_participants "
                                 "(activity_id, person_id, organisation_id, role, position) VALUES (?, ?, ?, ?, ?)"),
                  {a.id, RecordTable::idValue(p.personId), RecordTable::idValue(p.organisationId), p.role, i});
    }

    if (!isNew)
        m_db.exec(QStringLiteral("DELETE FROM activity_partnerships WHERE activity_id = ?"), {a.id});
    // Stored as a set; keep the caller's copy in the order it reads back.
    std::sort(a.partnershipIds.begin(), a.partnershipIds.end());
    a.partnershipIds.erase(std::unique(a.partnershipIds.begin(), a.partnershipIds.end()), a.partnershipIds.end());
    for (qint64 partnershipId : std::as_const(a.partnershipIds))
        m_db.exec(QStringLiteral("INSERT INTO activity_partnerships (activity_id, partnership_id) VALUES (?, ?)"),
                  {a.id, partnershipId});

    if (!isNew)
        m_db.exec(QStringLiteral("DELETE FROM itinerary_stops WHERE activity_id = ?"), {a.id});
    for (int i = 0; i < a.itinerary.size(); ++i) {
        const ItineraryStop &stop = a.itinerary.at(i);
        m_db.exec(QStringLiteral("INSERT INTO itinerary_stops "
                                 "(activity_id, position, place, stop_date, stop_precision, purpose) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {a.id, i, stop.place, RecordTable::dateValue(stop.date.first()),
                   RecordTable::precisionValue(stop.date), RecordTable::textValue(stop.purpose)});
    }

    m_areas.set(a.id, a.areas, !isNew);
    a.areas.removeDuplicates();
    a.areas.sort();
    transaction.commit();
    guard.dismiss();
}

void ActivityRepository::remove(const Activity &a)
{
    Transaction transaction(m_db);
    m_table.remove(a);
    transaction.commit();
}

std::optional<Activity> ActivityRepository::find(qint64 id)
{
    const QList<Activity> found =
        select(QStringLiteral("SELECT %1 FROM activities WHERE id = ?").arg(m_table.selectList()), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Activity>(found.first());
}

QList<Activity> ActivityRepository::ofPartnership(qint64 partnershipId)
{
    return select(QStringLiteral("SELECT %1 FROM activities WHERE id IN "
                                 "(SELECT activity_id FROM activity_partnerships WHERE partnership_id = ?) "
                                 "ORDER BY start_date, id")
                      .arg(m_table.selectList()),
                  {partnershipId});
}

QList<Activity> ActivityRepository::list(int offset, int limit)
{
    return select(QStringLiteral("SELECT %1 FROM activities ORDER BY start_date DESC, id DESC LIMIT ? OFFSET ?")
                      .arg(m_table.selectList()),
                  {limit, offset});
}

qint64 ActivityRepository::count()
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM activities"));
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

qint64 ActivityRepository::count(const ActivityFilter &filter)
{
    const ActivityFilterSql where(filter, m_db.backend());
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM activities a WHERE ") + where.condition(),
                                 where.values());
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

QMap<ActivityKind, qint64> ActivityRepository::countByKind()
{
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT kind, COUNT(*) FROM activities GROUP BY kind"));
    QMap<ActivityKind, qint64> counts;
    while (query.next()) {
        bool known = false;
        const ActivityKind kind = activityKindFromName(query.value(0).toString(), &known);
        if (known)
            counts[kind] += query.value(1).toLongLong();
    }
    query.finish();
    return counts;
}

QList<Activity> ActivityRepository::select(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = m_db.exec(sql, values);
    QList<Activity> result;
    while (query.next()) {
        Activity a;
        m_table.readRecord(a, query);
        a.kind = activityKindFromName(query.value(1).toString());
        a.title = query.value(2).toString();
        a.description = query.value(3).toString();
        a.location = query.value(4).toString();
        a.when = DateSpan(RecordTable::partialDate(query.value(5), query.value(6)),
                          RecordTable::partialDate(query.value(7), query.value(8)));
        // 9 last_date and 10 start_month are derived from the span.
        a.seriesId = query.value(11).toLongLong();
        a.purpose = query.value(12).toString();
        a.outcome = query.value(13).toString();
        a.followUpDue = RecordTable::partialDate(query.value(14), 0).first();
        a.followUpDone = query.value(15).toBool();
        a.agreementStatus = query.value(16).toString();
        a.signedDate = RecordTable::partialDate(query.value(17), 0).first();
        a.renewalDate = RecordTable::partialDate(query.value(18), 0).first();
        a.importBatchId = query.value(19).toLongLong();
        a.cost = query.value(20).toString();
        if (!query.value(21).isNull())
            a.costMinor = query.value(21).toLongLong();
        a.costCurrency = query.value(22).toString();
        a.transport = query.value(23).toString();
        if (!query.value(24).isNull())
            a.officials = query.value(24).toInt();
        a.source = query.value(25).toString();
        result.append(a);
    }
    query.finish();
    for (Activity &a : result)
        loadChildren(a);
    return result;
}

void ActivityRepository::loadChildren(Activity &a)
{
    QSqlQuery &participants = m_db.exec(QStringLiteral("SELECT person_id, organisation_id, role "
                                                       "FROM activity_participants WHERE activity_id = ? "
                                                       "ORDER BY position"),
                                        {a.id});
    while (participants.next())
        a.participants.append({participants.value(0).toLongLong(), participants.value(1).toLongLong(),
                               participants.value(2).toString()});
    participants.finish();

    QSqlQuery &links = m_db.exec(QStringLiteral("SELECT partnership_id FROM activity_partnerships "
                                                "WHERE activity_id = ? ORDER BY partnership_id"),
                                 {a.id});
    while (links.next())
        a.partnershipIds.append(links.value(0).toLongLong());
    links.finish();

    QSqlQuery &stops = m_db.exec(QStringLiteral("SELECT place, stop_date, stop_precision, purpose "
                                                "FROM itinerary_stops WHERE activity_id = ? ORDER BY position"),
                                 {a.id});
    while (stops.next())
        a.itinerary.append({stops.value(0).toString(), RecordTable::partialDate(stops.value(1), stops.value(2)),
                            stops.value(3).toString()});
    stops.finish();

    a.areas = m_areas.get(a.id);
}

} // namespace liaison
