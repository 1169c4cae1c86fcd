#include "ActivityKind.h"

namespace liaison {

QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Introduction: return QStringLiteral("introduction");
    case ActivityKind::Meeting: return QStringLiteral("meeting");
    case ActivityKind::Event: return QStringLiteral("event");
    case ActivityKind::Delegation: return QStringLiteral("delegation");
    case ActivityKind::Agreement: return QStringLiteral("agreement");
    case ActivityKind::Note: return QStringLiteral("note");
    }
    return {};
}

ActivityKind activityKindFromName(const QString &name, bool *ok)
{
    const QString wanted = name.trimmed().toLower();
    for (ActivityKind kind : allActivityKinds()) {
        if (activityKindName(kind) == wanted) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return ActivityKind::Note;
}

QList<ActivityKind> allActivityKinds()
{
    return {ActivityKind::Introduction, ActivityKind::Meeting, ActivityKind::Event,
            ActivityKind::Delegation, ActivityKind::Agreement, ActivityKind::Note};
}

} // namespace liaison
