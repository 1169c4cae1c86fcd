#pragma once

#include "ActivityKind.h"
#include "DateSpan.h"
#include "Record.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace liaison {

// Someone who took part, with a role: introducer, introduced, speaker, host,
// attendee, panellist, leader, member, party, signatory… A person may be given
// together with the organisation they represented.
struct Participant
{
    qint64 personId = 0;
    qint64 organisationId = 0;
    QString role;

    bool operator==(const Participant &o) const
    {
        return personId == o.personId && organisationId == o.organisationId && role == o.role;
    }
};

struct ItineraryStop
{
    QString place;
    PartialDate date;
    QString purpose;

    bool operator==(const ItineraryStop &o) const
    {
        return place == o.place && date == o.date && purpose == o.purpose;
    }
};

// A dated thing that happened. One type for every kind: the kind-specific
// fields are simply empty where they do not apply, which keeps the timeline and
// the aggregates one query over one table.
struct Activity : Record
{
    ActivityKind kind = ActivityKind::Meeting;
    QString title;
    QString description;
    QString location;
    DateSpan when;
    qint64 seriesId = 0; // event: the series it is an occurrence of
    QList<Participant> participants;
    QList<qint64> partnershipIds; // partnerships this activity advances
    QStringList areas;            // areas of cooperation

    // Introduction (and meeting follow-ups)
    QString purpose;
    QString outcome;
    QDate followUpDue;
    bool followUpDone = false;

    // Delegation
    QList<ItineraryStop> itinerary;

    // Agreement
    QString agreementStatus; // drafting, negotiating, signed, in force, expired
    QDate signedDate;
    QDate renewalDate;

    // What transparency returns list per trip or meeting. The cost is kept as
    // written ("£514 (met by FCO)"); the amount and currency are read from it
    // when it gives them, for sums.
    QString cost;
    std::optional<qint64> costMinor; // in minor units (pence, cents)
    QString costCurrency;            // ISO 4217: GBP, EUR, USD…
    QString transport;               // "Scheduled flight", "RAF Voyager"
    std::optional<int> officials;    // officials accompanying
    QString source;                  // the file or reference it came from

    qint64 importBatchId = 0; // the CSV import that created it, if any
};

} // namespace liaison
