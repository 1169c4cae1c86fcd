#include "KindPalette.h"

namespace liaison {

QColor KindPalette::color(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Introduction: return QColor(0xE6, 0x9F, 0x00); // orange
    case ActivityKind::Meeting: return QColor(0x00, 0x72, 0xB2);      // blue
    case ActivityKind::Event: return QColor(0x00, 0x9E, 0x73);        // bluish green
    case ActivityKind::Delegation: return QColor(0xCC, 0x79, 0xA7);   // reddish purple
    case ActivityKind::Agreement: return QColor(0xD5, 0x5E, 0x00);    // vermilion
    case ActivityKind::Note: return QColor(0x99, 0x99, 0x99);         // grey
    }
    return Qt::gray;
}

QColor KindPalette::outline(ActivityKind kind)
{
    return color(kind).darker(150);
}

} // namespace liaison
