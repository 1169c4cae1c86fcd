#pragma once

#include "Record.h"

namespace liaison {

// A recurring programme whose occurrences are events: a speaker series, an
// annual exchange conference.
struct Series : Record
{
    QString name;
    QString notes;
};

} // namespace liaison
