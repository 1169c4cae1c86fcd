#include "Vocabulary.h"

namespace liaison::Vocabulary {

QStringList partnershipStages()
{
    return {QStringLiteral("scoping"), QStringLiteral("introduced"), QStringLiteral("engaging"),
            QStringLiteral("formalising"), QStringLiteral("agreement signed"), QStringLiteral("active"),
            QStringLiteral("dormant"), QStringLiteral("closed")};
}

QStringList agreementStatuses()
{
    return {QStringLiteral("drafting"), QStringLiteral("negotiating"), QStringLiteral("signed"),
            QStringLiteral("in force"), QStringLiteral("expired")};
}

QStringList participantRoles()
{
    return {QStringLiteral("introducer"), QStringLiteral("introduced"), QStringLiteral("speaker"),
            QStringLiteral("host"),       QStringLiteral("attendee"),   QStringLiteral("panellist"),
            QStringLiteral("leader"),     QStringLiteral("member"),     QStringLiteral("party"),
            QStringLiteral("signatory"),  QStringLiteral("participant")};
}

QStringList organisationKinds()
{
    return {QStringLiteral("agency"),  QStringLiteral("ministry"), QStringLiteral("university"),
            QStringLiteral("company"), QStringLiteral("network"),  QStringLiteral("facilitator"),
            QStringLiteral("other")};
}

} // namespace liaison::Vocabulary
