#pragma once

#include "PartialDate.h"
#include "Record.h"

namespace liaison {

// A person's tie to an organisation over a period; an invalid `to` means current.
struct Affiliation : Record
{
    qint64 personId = 0;
    qint64 organisationId = 0;
    QString role;
    PartialDate from;
    PartialDate to;

    bool isCurrent() const { return !to.isValid(); }
};

} // namespace liaison
