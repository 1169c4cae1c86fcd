#pragma once

// Readable QCOMPARE failure messages for domain types (found by ADL).
#include "domain/ActivityKind.h"
#include "domain/DateSpan.h"
#include "domain/PartialDate.h"

#include <QTest>

namespace liaison {

inline char *toString(const PartialDate &date)
{
    return QTest::toString(date.isValid() ? date.toIsoString() + QLatin1Char('/') + precisionName(date.precision())
                                          : QStringLiteral("(none)"));
}

inline char *toString(const DateSpan &span)
{
    return QTest::toString(span.start().toIsoString() + QStringLiteral("..") + span.end().toIsoString());
}

inline char *toString(ActivityKind kind)
{
    return QTest::toString(activityKindName(kind));
}

} // namespace liaison
