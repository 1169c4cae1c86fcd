#pragma once

#include <QList>
#include <QString>

namespace liaison {

enum class ActivityKind { Introduction, Meeting, Event, Delegation, Agreement, Note };

// Stable names used in the database, on the command line and in CSV files.
QString activityKindName(ActivityKind kind);
// Accepts the stable name in any case; `ok` tells whether it was one.
ActivityKind activityKindFromName(const QString &name, bool *ok = nullptr);
QList<ActivityKind> allActivityKinds();

} // namespace liaison
