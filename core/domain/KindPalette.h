#pragma once

#include "ActivityKind.h"

#include <QColor>

namespace liaison {

// One colour per activity kind, shared by the timeline, the charts and the
// PDFs so that a kind looks the same everywhere. Chosen to stay distinct for
// the common colour-vision deficiencies (Okabe–Ito) and on grey print.
class KindPalette
{
public:
    static QColor color(ActivityKind kind);
    // A darker shade for outlines and text on the kind's colour.
    static QColor outline(ActivityKind kind);
};

} // namespace liaison
