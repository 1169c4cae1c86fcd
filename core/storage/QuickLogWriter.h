#pragma once

#include "domain/Activity.h"
#include "domain/Affiliation.h"
#include "domain/Organisation.h"
#include "domain/Partnership.h"
#include "domain/Person.h"

#include <optional>

namespace liaison {

class Repository;

// One line of the quick log as typed: who took part (an introducer and the two
// people introduced, say), when, why, the follow-up and the partnership it
// advances. A person or organisation is either a stored record (its id) or a
// new name to create; a partnership likewise.
struct QuickLogEntry
{
    struct Side
    {
        qint64 personId = 0;
        QString personName; // created when personId is 0 and this is not empty
        qint64 organisationId = 0;
        QString organisationName; // created when organisationId is 0 and this is not empty
        QString role;
    };

    ActivityKind kind = ActivityKind::Introduction;
    QString title; // empty: made from the names (QuickLogWriter::titleFor)
    PartialDate date;
    QString purpose;
    QDate followUpDue;
    QList<Side> sides;
    qint64 partnershipId = 0;
    QString partnershipName; // created, with the sides' organisations as parties, when partnershipId is 0
};

// Everything one quick-log entry wrote, with ids and row versions: what undo
// removes and redo puts back under the same ids.
struct QuickLogResult
{
    QList<Organisation> organisations; // created
    QList<Person> people;              // created
    QList<Affiliation> affiliations;   // created
    std::optional<Partnership> partnership; // created
    Activity activity;
};

// Writes a quick-log entry in one transaction, all or nothing: the new
// organisations, the new people with their affiliation to the organisation
// typed beside them, a new partnership between the two sides' organisations,
// and the activity itself. Also answers what the form fills in by itself: a
// person's organisation on a date, and the partnership two organisations share.
class QuickLogWriter
{
public:
    explicit QuickLogWriter(Repository &repository);

    // Lines such as "Person: Bob Lee", "Organisation: Smart Nation Group" for
    // what write() would create, for the user to confirm first.
    static QStringList newRecords(const QuickLogEntry &entry);
    // "Introduction of Ann Lee (GDS) to Tan Wei Ming (GovTech)" and the like.
    static QString titleFor(const QuickLogEntry &entry);

    // Throws StorageError (nothing is written then).
    QuickLogResult write(const QuickLogEntry &entry);
    // Undo: deletes what write() created, in one transaction. Throws
    // ConflictError when someone changed one of the records since (nothing is
    // removed then). Row versions are those in `written`.
    void remove(const QuickLogResult &written);
    // Redo: puts it all back under the same ids, in one transaction; row
    // versions in `written` become those stored.
    void restore(QuickLogResult &written);

    // The organisation `personId` was affiliated with on `date` (a current one
    // when the date is not valid): of the ties covering it, the one that began
    // last; 0 when none.
    qint64 organisationOn(qint64 personId, const PartialDate &date);
    // A partnership both organisations are party to (the most recently
    // changed), or none.
    std::optional<Partnership> sharedPartnership(qint64 organisationA, qint64 organisationB);

private:
    Repository &m_repository;
};

} // namespace liaison
