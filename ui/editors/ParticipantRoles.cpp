#include "ParticipantRoles.h"

#include <QSettings>

namespace liaison::ParticipantRoles {

namespace {
QString settingsKey(ActivityKind kind)
{
    return QStringLiteral("participantRoles/") + activityKindName(kind);
}

QString usualRole(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Introduction: return QStringLiteral("introduced");
    case ActivityKind::Delegation: return QStringLiteral("member");
    case ActivityKind::Agreement: return QStringLiteral("party");
    case ActivityKind::Meeting:
    case ActivityKind::Event: return QStringLiteral("attendee");
    default: return QStringLiteral("participant");
    }
}
} // namespace

QString defaultRole(ActivityKind kind)
{
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    return remembered.isEmpty() ? usualRole(kind) : remembered;
}

void remember(ActivityKind kind, const QString &role)
{
    if (!role.trimmed().isEmpty())
        QSettings().setValue(settingsKey(kind), role.trimmed());
}

} // namespace liaison::ParticipantRoles
