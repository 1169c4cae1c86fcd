#include "QuickLogWriter.h"

#include "Database.h"
#include "Repository.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace liaison {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("QuickLogWriter", text);
}

bool isIntroducer(const QuickLogEntry::Side &side)
{
    return side.role.compare(QLatin1String("introducer"), Qt::CaseInsensitive) == 0;
}

QString personLabel(const QuickLogEntry::Side &side)
{
    if (side.organisationName.trimmed().isEmpty())
        return side.personName.trimmed();
    if (side.personName.trimmed().isEmpty())
        return side.organisationName.trimmed();
    return QStringLiteral("%1 (%2)").arg(side.personName.trimmed(), side.organisationName.trimmed());
}

bool isEmpty(const QuickLogEntry::Side &side)
{
    return !side.personId && !side.organisationId && side.personName.trimmed().isEmpty()
        && side.organisationName.trimmed().isEmpty();
}
} // namespace

QuickLogWriter::QuickLogWriter(Repository &repository)
    : m_repository(repository)
{
}

QStringList QuickLogWriter::newRecords(const QuickLogEntry &entry)
{
    QStringList lines;
    const auto add = [&lines](const QString &line) {
        if (!lines.contains(line, Qt::CaseInsensitive))
            lines.append(line);
    };
    for (const QuickLogEntry::Side &side : entry.sides) {
        const QString person = side.personName.trimmed();
        const QString organisation = side.organisationName.trimmed();
        if (!side.personId && !person.isEmpty())
            add(tr("Person: %1").arg(person));
        if (!side.organisationId && !organisation.isEmpty())
            add(tr("Organisation: %1").arg(organisation));
        if (!side.personId && !person.isEmpty() && (side.organisationId || !organisation.isEmpty()))
            add(tr("Affiliation: %1 at %2").arg(person, organisation));
    }
    if (!entry.partnershipId && !entry.partnershipName.trimmed().isEmpty())
        add(tr("Partnership: %1").arg(entry.partnershipName.trimmed()));
    return lines;
}

QString QuickLogWriter::titleFor(const QuickLogEntry &entry)
{
    QStringList others;
    for (const QuickLogEntry::Side &side : entry.sides)
        if (!isEmpty(side) && !(entry.kind == ActivityKind::Introduction && isIntroducer(side)))
            others.append(personLabel(side));
    if (entry.kind == ActivityKind::Introduction && others.size() == 2)
        return tr("Introduction of %1 to %2").arg(others.at(0), others.at(1));
    const QString kind = activityKindName(entry.kind);
    const QString kindTitle = kind.left(1).toUpper() + kind.mid(1);
    return others.isEmpty() ? kindTitle : tr("%1 with %2").arg(kindTitle, others.join(QStringLiteral(", ")));
}

QuickLogResult QuickLogWriter::write(const QuickLogEntry &entry)
{
    QuickLogResult result;
    Transaction transaction(m_repository.database());
    // One record per new name, even when two sides share it (two people of one
    // new organisation).
    QHash<QString, qint64> newOrganisations;
    QHash<QString, qint64> newPeople;
    Activity &activity = result.activity;
    activity.kind = entry.kind;
    activity.when = DateSpan(entry.date);
    activity.purpose = entry.purpose.trimmed();
    activity.followUpDue = entry.followUpDue;
    QList<qint64> partyOrganisations;
    for (const QuickLogEntry::Side &side : entry.sides) {
        if (isEmpty(side))
            continue;
        Participant participant;
        participant.role = side.role.trimmed();
        participant.organisationId = side.organisationId;
        const QString organisationName = side.organisationName.trimmed();
        if (!participant.organisationId && !organisationName.isEmpty()) {
            const QString key = organisationName.toCaseFolded();
            if (!newOrganisations.contains(key)) {
                Organisation organisation;
                organisation.name = organisationName;
                m_repository.organisations().save(organisation);
                result.organisations.append(organisation);
                newOrganisations.insert(key, organisation.id);
            }
            participant.organisationId = newOrganisations.value(key);
        }
        participant.personId = side.personId;
        const QString personName = side.personName.trimmed();
        if (!participant.personId && !personName.isEmpty()) {
            const QString key = personName.toCaseFolded();
            if (!newPeople.contains(key)) {
                Person person;
                person.name = personName;
                m_repository.people().save(person);
                result.people.append(person);
                newPeople.insert(key, person.id);
                // A new person is known by the organisation typed beside them:
                // that tie is recorded, current, its start unknown.
                if (participant.organisationId) {
                    Affiliation affiliation;
                    affiliation.personId = person.id;
                    affiliation.organisationId = participant.organisationId;
                    m_repository.affiliations().save(affiliation);
                    result.affiliations.append(affiliation);
                }
            }
            participant.personId = newPeople.value(key);
        }
        if (participant.organisationId && !isIntroducer(side) && !partyOrganisations.contains(participant.organisationId))
            partyOrganisations.append(participant.organisationId);
        activity.participants.append(participant);
    }
    activity.title = entry.title.trimmed().isEmpty() ? titleFor(entry) : entry.title.trimmed();

    qint64 partnershipId = entry.partnershipId;
    const QString partnershipName = entry.partnershipName.trimmed();
    if (!partnershipId && !partnershipName.isEmpty()) {
        Partnership partnership;
        partnership.name = partnershipName;
        for (qint64 organisation : std::as_const(partyOrganisations))
            partnership.parties.append({organisation, QStringLiteral("partner")});
        // An introduction is where a partnership starts; anything else is still scoping it.
        partnership.stageHistory.append({entry.kind == ActivityKind::Introduction ? QStringLiteral("introduced")
                                                                                  : QStringLiteral("scoping"),
                                         entry.date, QString()});
        m_repository.partnerships().save(partnership);
        partnershipId = partnership.id;
        result.partnership = partnership;
    }
    if (partnershipId)
        activity.partnershipIds.append(partnershipId);
    m_repository.activities().save(activity);
    transaction.commit();
    return result;
}

void QuickLogWriter::remove(const QuickLogResult &written)
{
    Transaction transaction(m_repository.database());
    m_repository.activities().remove(written.activity);
    if (written.partnership)
        m_repository.partnerships().remove(*written.partnership);
    for (const Affiliation &affiliation : written.affiliations)
        m_repository.affiliations().remove(affiliation);
    for (const Person &person : written.people)
        m_repository.people().remove(person);
    for (const Organisation &organisation : written.organisations)
        m_repository.organisations().remove(organisation);
    transaction.commit();
}

void QuickLogWriter::restore(QuickLogResult &written)
{
    QuickLogResult restored = written;
    Transaction transaction(m_repository.database());
    // Row version 0 with an id: the repositories put the record back under that id.
    for (Organisation &organisation : restored.organisations) {
        organisation.rowVersion = 0;
        m_repository.organisations().save(organisation);
    }
    for (Person &person : restored.people) {
        person.rowVersion = 0;
        m_repository.people().save(person);
    }
    for (Affiliation &affiliation : restored.affiliations) {
        affiliation.rowVersion = 0;
        m_repository.affiliations().save(affiliation);
    }
    if (restored.partnership) {
        restored.partnership->rowVersion = 0;
        m_repository.partnerships().save(*restored.partnership);
    }
    restored.activity.rowVersion = 0;
    m_repository.activities().save(restored.activity);
    transaction.commit();
    written = restored;
}

qint64 QuickLogWriter::organisationOn(qint64 personId, const PartialDate &date)
{
    if (!personId)
        return 0;
    const QList<Affiliation> affiliations = m_repository.affiliations().ofPerson(personId); // most recent first
    const auto covers = [&date](const Affiliation &a) {
        if (!date.isValid())
            return a.isCurrent();
        return (!a.from.isValid() || a.from.first() <= date.last()) && (!a.to.isValid() || a.to.last() >= date.first());
    };
    // Several ties on the date: the one that began last (the list's order).
    for (const Affiliation &a : affiliations)
        if (covers(a))
            return a.organisationId;
    return 0;
}

std::optional<Partnership> QuickLogWriter::sharedPartnership(qint64 organisationA, qint64 organisationB)
{
    if (!organisationA || !organisationB)
        return std::nullopt;
    Database &db = m_repository.database();
    QSqlQuery &query = db.exec(
        QStringLiteral("SELECT s.id FROM partnerships s WHERE "
                       "EXISTS (SELECT 1 FROM partnership_parties a WHERE a.partnership_id = s.id AND a.organisation_id = ?) "
                       "AND EXISTS (SELECT 1 FROM partnership_parties b WHERE b.partnership_id = s.id AND b.organisation_id = ?) "
                       "ORDER BY s.updated_at DESC, s.id DESC LIMIT 1"),
        {organisationA, organisationB});
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!id)
        return std::nullopt;
    return m_repository.partnerships().find(id);
}

} // namespace liaison
