#pragma once

#include "domain/Affiliation.h"
#include "domain/Organisation.h"
#include "domain/Person.h"

#include <QList>

namespace liaison {

class Repository;

// What merging (or removing) an organisation or a person changed, so that it
// can be undone exactly: the links that were re-pointed or dropped, and the
// records as they were.
struct MergeJournal
{
    enum class Kind { Organisations, People };
    enum class Operation { Merge, Remove };

    struct ParticipantRow
    {
        qint64 id = 0;
        qint64 activityId = 0;
        qint64 personId = 0;
        qint64 organisationId = 0;
        QString role;
        int position = 0;
    };
    struct PartyRow
    {
        qint64 partnershipId = 0;
        QString role;
        int position = 0;
        bool keptWasParty = false; // the kept organisation was already a party: the row was dropped
    };

    Kind kind = Kind::Organisations;
    Operation operation = Operation::Merge;
    qint64 keptId = 0;
    qint64 droppedId = 0;
    Organisation keptOrganisation; // as before the merge
    Organisation droppedOrganisation;
    Person keptPerson;
    Person droppedPerson;
    QList<Affiliation> affiliations;      // the dropped record's
    QList<ParticipantRow> participants;   // the dropped record's
    QList<PartyRow> parties;              // organisations: partnerships the dropped one was party to
    QList<qint64> childOrganisationIds;   // organisations whose parent was the dropped one
};

// Merges duplicates — two organisations or two people into one — re-pointing
// every link to the one kept (an organisation keeps the other's name, short
// name and aliases as aliases), and removes records with their links; both in
// one transaction, both undoable from the journal they return.
class RecordMerger
{
public:
    explicit RecordMerger(Repository &repository);

    MergeJournal mergeOrganisations(qint64 keptId, qint64 droppedId);
    MergeJournal mergePeople(qint64 keptId, qint64 droppedId);
    MergeJournal removeOrganisation(qint64 id);
    MergeJournal removePerson(qint64 id);
    // Puts everything back as the journal found it.
    void undo(const MergeJournal &journal);

private:
    void capture(MergeJournal &journal);

    Repository &m_repository;
};

} // namespace liaison
