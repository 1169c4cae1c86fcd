#pragma once

#include <QStringList>

namespace liaison {

// The words the team uses for stages, statuses and roles, in their usual order.
// Records may hold other words too; these are what pickers offer first.
namespace Vocabulary {
QStringList partnershipStages();
QStringList agreementStatuses();
QStringList participantRoles();
QStringList organisationKinds();
} // namespace Vocabulary

} // namespace liaison
