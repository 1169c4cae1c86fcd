#pragma once

#include "domain/ActivityKind.h"

#include <QString>

namespace liaison {

// The role a new participant of a kind of activity gets by default: the last
// role used for that kind (kept in the settings across sessions), else the
// usual one (introduced, attendee, member, party…).
namespace ParticipantRoles {
QString defaultRole(ActivityKind kind);
void remember(ActivityKind kind, const QString &role);
} // namespace ParticipantRoles

} // namespace liaison
