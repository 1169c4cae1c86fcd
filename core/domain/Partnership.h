#pragma once

#include "PartialDate.h"
#include "Record.h"

#include <QList>
#include <QStringList>

namespace liaison {

struct PartnershipParty
{
    qint64 organisationId = 0;
    QString role; // lead, partner, facilitator…

    bool operator==(const PartnershipParty &o) const
    {
        return organisationId == o.organisationId && role == o.role;
    }
};

struct StageChange
{
    QString stage;
    PartialDate date;
    QString note;

    bool operator==(const StageChange &o) const
    {
        return stage == o.stage && date == o.date && note == o.note;
    }
};

// What the team brokers between organisations. Its current stage is the last
// entry of its stage history.
struct Partnership : Record
{
    QString name;
    QString focus;
    QString owner; // who in the team looks after it
    QString notes;
    QList<PartnershipParty> parties;
    QList<StageChange> stageHistory; // oldest first
    QStringList areas;               // areas of cooperation

    QString stage() const { return stageHistory.isEmpty() ? QString() : stageHistory.constLast().stage; }
};

} // namespace liaison
