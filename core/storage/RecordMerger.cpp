#include "RecordMerger.h"

#include "Database.h"
#include "Repository.h"
#include "StorageError.h"
#include "Transaction.h"

namespace liaison {

namespace {
QString column(MergeJournal::Kind kind)
{
    return kind == MergeJournal::Kind::Organisations ? QStringLiteral("organisation_id") : QStringLiteral("person_id");
}

void appendNotes(QString &notes, const QString &more)
{
    if (more.isEmpty() || notes.contains(more))
        return;
    notes = notes.isEmpty() ? more : notes + QStringLiteral("\n") + more;
}

void fillEmpty(QString &field, const QString &other)
{
    if (field.isEmpty())
        field = other;
}
} // namespace

RecordMerger::RecordMerger(Repository &repository)
    : m_repository(repository)
{
}

void RecordMerger::capture(MergeJournal &journal)
{
    Database &db = m_repository.database();
    const bool organisations = journal.kind == MergeJournal::Kind::Organisations;
    journal.affiliations = organisations ? m_repository.affiliations().ofOrganisation(journal.droppedId)
                                         : m_repository.affiliations().ofPerson(journal.droppedId);
    QSqlQuery &participants = db.exec(
        QStringLiteral("SELECT id, activity_id, person_id, organisation_id, role, position FROM activity_participants "
                       "WHERE %1 = ? ORDER BY id").arg(column(journal.kind)),
        {journal.droppedId});
    while (participants.next())
        journal.participants.append({participants.value(0).toLongLong(), participants.value(1).toLongLong(),
                                     participants.value(2).toLongLong(), participants.value(3).toLongLong(),
                                     participants.value(4).toString(), participants.value(5).toInt()});
    participants.finish();
    if (!organisations)
        return;
    QSqlQuery &parties = db.exec(
        QStringLiteral("SELECT pp.partnership_id, pp.role, pp.position, "
                       "(SELECT COUNT(*) FROM partnership_parties k WHERE k.partnership_id = pp.partnership_id "
                       "AND k.organisation_id = ?) FROM partnership_parties pp WHERE pp.organisation_id = ?"),
        {journal.keptId, journal.droppedId});
    while (parties.next())
        journal.parties.append({parties.value(0).toLongLong(), parties.value(1).toString(), parties.value(2).toInt(),
                                parties.value(3).toLongLong() > 0});
    parties.finish();
    QSqlQuery &children = db.exec(QStringLiteral("SELECT id FROM organisations WHERE parent_id = ? AND id <> ?"),
                                  {journal.droppedId, journal.keptId});
    while (children.next())
        journal.childOrganisationIds.append(children.value(0).toLongLong());
    children.finish();
}

MergeJournal RecordMerger::mergeOrganisations(qint64 keptId, qint64 droppedId)
{
    if (keptId == droppedId)
        throw StorageError(QStringLiteral("an organisation cannot be merged into itself"));
    Database &db = m_repository.database();
    Transaction transaction(db);
    const std::optional<Organisation> kept = m_repository.organisations().find(keptId);
    const std::optional<Organisation> dropped = m_repository.organisations().find(droppedId);
    if (!kept || !dropped)
        throw ConflictError(QStringLiteral("one of the organisations to merge was deleted meanwhile"));
    MergeJournal journal;
    journal.kind = MergeJournal::Kind::Organisations;
    journal.keptId = keptId;
    journal.droppedId = droppedId;
    journal.keptOrganisation = *kept;
    journal.droppedOrganisation = *dropped;
    capture(journal);

    db.exec(QStringLiteral("UPDATE affiliations SET organisation_id = ? WHERE organisation_id = ?"), {keptId, droppedId});
    db.exec(QStringLiteral("UPDATE activity_participants SET organisation_id = ? WHERE organisation_id = ?"),
            {keptId, droppedId});
    for (const MergeJournal::PartyRow &party : std::as_const(journal.parties)) {
        if (party.keptWasParty)
            db.exec(QStringLiteral("DELETE FROM partnership_parties WHERE partnership_id = ? AND organisation_id = ?"),
                    {party.partnershipId, droppedId});
        else
            db.exec(QStringLiteral("UPDATE partnership_parties SET organisation_id = ? "
                                   "WHERE partnership_id = ? AND organisation_id = ?"),
                    {keptId, party.partnershipId, droppedId});
    }
    for (qint64 child : std::as_const(journal.childOrganisationIds))
        db.exec(QStringLiteral("UPDATE organisations SET parent_id = ? WHERE id = ?"), {keptId, child});

    Organisation merged = *kept;
    merged.aliases << dropped->name << dropped->shortName << dropped->aliases;
    merged.aliases.removeAll(QString());
    merged.aliases.removeAll(merged.name);
    merged.aliases.removeAll(merged.shortName);
    fillEmpty(merged.shortName, dropped->shortName);
    fillEmpty(merged.kind, dropped->kind);
    fillEmpty(merged.country, dropped->country);
    fillEmpty(merged.website, dropped->website);
    appendNotes(merged.notes, dropped->notes);
    if (merged.parentId == droppedId)
        merged.parentId = dropped->parentId == keptId ? 0 : dropped->parentId;
    m_repository.organisations().remove(*dropped);
    m_repository.organisations().save(merged);
    transaction.commit();
    return journal;
}

MergeJournal RecordMerger::mergePeople(qint64 keptId, qint64 droppedId)
{
    if (keptId == droppedId)
        throw StorageError(QStringLiteral("a person cannot be merged into themselves"));
    Database &db = m_repository.database();
    Transaction transaction(db);
    const std::optional<Person> kept = m_repository.people().find(keptId);
    const std::optional<Person> dropped = m_repository.people().find(droppedId);
    if (!kept || !dropped)
        throw ConflictError(QStringLiteral("one of the people to merge was deleted meanwhile"));
    MergeJournal journal;
    journal.kind = MergeJournal::Kind::People;
    journal.keptId = keptId;
    journal.droppedId = droppedId;
    journal.keptPerson = *kept;
    journal.droppedPerson = *dropped;
    capture(journal);

    db.exec(QStringLiteral("UPDATE affiliations SET person_id = ? WHERE person_id = ?"), {keptId, droppedId});
    db.exec(QStringLiteral("UPDATE activity_participants SET person_id = ? WHERE person_id = ?"), {keptId, droppedId});
    Person merged = *kept;
    fillEmpty(merged.nativeName, dropped->nativeName);
    fillEmpty(merged.title, dropped->title);
    fillEmpty(merged.email, dropped->email);
    fillEmpty(merged.phone, dropped->phone);
    appendNotes(merged.notes, dropped->notes);
    if (dropped->name != merged.name)
        appendNotes(merged.notes, QStringLiteral("Also known as %1").arg(dropped->name));
    m_repository.people().remove(*dropped);
    m_repository.people().save(merged);
    transaction.commit();
    return journal;
}

MergeJournal RecordMerger::removeOrganisation(qint64 id)
{
    Transaction transaction(m_repository.database());
    const std::optional<Organisation> dropped = m_repository.organisations().find(id);
    if (!dropped)
        throw ConflictError(QStringLiteral("the organisation was deleted meanwhile"));
    MergeJournal journal;
    journal.kind = MergeJournal::Kind::Organisations;
    journal.operation = MergeJournal::Operation::Remove;
    journal.droppedId = id;
    journal.droppedOrganisation = *dropped;
    capture(journal);
    m_repository.organisations().remove(*dropped);
    transaction.commit();
    return journal;
}

MergeJournal RecordMerger::removePerson(qint64 id)
{
    Transaction transaction(m_repository.database());
    const std::optional<Person> dropped = m_repository.people().find(id);
    if (!dropped)
        throw ConflictError(QStringLiteral("the person was deleted meanwhile"));
    MergeJournal journal;
    journal.kind = MergeJournal::Kind::People;
    journal.operation = MergeJournal::Operation::Remove;
    journal.droppedId = id;
    journal.droppedPerson = *dropped;
    capture(journal);
    m_repository.people().remove(*dropped);
    transaction.commit();
    return journal;
}

void RecordMerger::undo(const MergeJournal &journal)
{
    Database &db = m_repository.database();
    Transaction transaction(db);
    const bool organisations = journal.kind == MergeJournal::Kind::Organisations;
    // Back under its own id (row version 0 asks for that), so links can return.
    if (organisations) {
        Organisation restored = journal.droppedOrganisation;
        restored.rowVersion = 0;
        m_repository.organisations().save(restored);
    } else {
        Person restored = journal.droppedPerson;
        restored.rowVersion = 0;
        m_repository.people().save(restored);
    }
    const QString link = column(journal.kind);
    if (journal.operation == MergeJournal::Operation::Merge) {
        for (const Affiliation &affiliation : journal.affiliations)
            db.exec(QStringLiteral("UPDATE affiliations SET %1 = ? WHERE id = ?").arg(link),
                    {journal.droppedId, affiliation.id});
        for (const MergeJournal::ParticipantRow &row : journal.participants)
            db.exec(QStringLiteral("UPDATE activity_participants SET %1 = ? WHERE id = ?").arg(link),
                    {journal.droppedId, row.id});
        for (const MergeJournal::PartyRow &party : journal.parties) {
            if (party.keptWasParty)
                db.exec(QStringLiteral("INSERT INTO partnership_parties (partnership_id, organisation_id, role, position) "
                                       "VALUES (?, ?, ?, ?)"),
                        {party.partnershipId, journal.droppedId, party.role, party.position});
            else
                db.exec(QStringLiteral("UPDATE partnership_parties SET organisation_id = ? "
                                       "WHERE partnership_id = ? AND organisation_id = ?"),
                        {journal.droppedId, party.partnershipId, journal.keptId});
        }
        if (organisations) {
            Organisation kept = journal.keptOrganisation;
            const std::optional<Organisation> current = m_repository.organisations().find(journal.keptId);
            if (!current)
                throw ConflictError(QStringLiteral("the merged organisation was deleted meanwhile"));
            kept.rowVersion = current->rowVersion;
            m_repository.organisations().save(kept);
        } else {
            Person kept = journal.keptPerson;
            const std::optional<Person> current = m_repository.people().find(journal.keptId);
            if (!current)
                throw ConflictError(QStringLiteral("the merged person was deleted meanwhile"));
            kept.rowVersion = current->rowVersion;
            m_repository.people().save(kept);
        }
    } else {
        for (Affiliation affiliation : journal.affiliations) {
            affiliation.rowVersion = 0;
            m_repository.affiliations().save(affiliation);
        }
        for (const MergeJournal::ParticipantRow &row : journal.participants)
            db.exec(QStringLiteral("INSERT INTO activity_participants (id, activity_id, person_id, organisation_id, role, position) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    {row.id, row.activityId, RecordTable::idValue(row.personId), RecordTable::idValue(row.organisationId),
                     row.role, row.position});
        for (const MergeJournal::PartyRow &party : journal.parties)
            db.exec(QStringLiteral("INSERT INTO partnership_parties (partnership_id, organisation_id, role, position) "
                                   "VALUES (?, ?, ?, ?)"),
                    {party.partnershipId, journal.droppedId, party.role, party.position});
    }
    for (qint64 child : journal.childOrganisationIds)
        db.exec(QStringLiteral("UPDATE organisations SET parent_id = ? WHERE id = ?"), {journal.droppedId, child});
    transaction.commit();
}

} // namespace liaison
