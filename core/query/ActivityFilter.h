#pragma once

#include "domain/ActivityKind.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace liaison {

// The filters the lists, the timeline and the dashboard share. Empty fields do
// not filter. Within a field, values are alternatives (any of these kinds);
// across fields, all must hold.
struct ActivityFilter
{
    QList<ActivityKind> kinds;
    // Activities whose span overlaps [from, to]; either end may be open.
    QDate from;
    QDate to;
    QList<qint64> organisationIds; // taking part as an organisation or through a person representing it
    QList<qint64> personIds;
    QList<qint64> partnershipIds;
    QStringList areas;
    QStringList countries; // of the organisations taking part
    QString text;          // words to search for

    bool isEmpty() const
    {
        return kinds.isEmpty() && !from.isValid() && !to.isValid() && organisationIds.isEmpty()
            && personIds.isEmpty() && partnershipIds.isEmpty() && areas.isEmpty() && countries.isEmpty()
            && text.trimmed().isEmpty();
    }
    bool operator==(const ActivityFilter &o) const
    {
        return kinds == o.kinds && from == o.from && to == o.to && organisationIds == o.organisationIds
            && personIds == o.personIds && partnershipIds == o.partnershipIds && areas == o.areas
            && countries == o.countries && text == o.text;
    }
    bool operator!=(const ActivityFilter &o) const { return !(*this == o); }
};

} // namespace liaison
