#pragma once

#include "TimelineContent.h"
#include "TimelineLayout.h"

#include <QFont>

class QPainter;

namespace liaison {

// What to emphasise: the selected and the hovered activity.
struct TimelineHighlight
{
    qint64 selectedId = 0;
    qint64 hoveredId = 0;
};

// Draws a laid-out timeline on any QPainter: the widget's, a PDF page's, a
// printer's, an image's. The one painter for screen and paper.
class TimelinePainter
{
public:
    static void paint(QPainter &painter, const TimelineLayout &layout, const TimelineContent &content,
                      const QFont &font, const TimelineHighlight &highlight = TimelineHighlight());

    // Swatches for each kind and the shapes' meaning, in one line (wrapping
    // when narrow); returns the height used.
    static double paintLegend(QPainter &painter, const QRectF &rect, const QFont &font, bool dense);
    static double legendHeight(const QRectF &rect, const QFont &font);

    static QColor stageColor(const QString &stage);

    // The axis's lower row of labels as painted: each on the unit it names.
    struct AxisLabel
    {
        QRectF rect; // the text is centred in it
        QString text;
        qint64 day = 0; // where the named unit begins
    };
    static QList<AxisLabel> minorAxisLabels(const TimelineLayout &layout, const QFont &font);

private:
    static void paintAxis(QPainter &painter, const TimelineLayout &layout, const QFont &font);
    static void paintLanes(QPainter &painter, const TimelineLayout &layout, const TimelineContent &content,
                           const QFont &font);
    static void paintMarks(QPainter &painter, const TimelineLayout &layout, const TimelineContent &content,
                           const QFont &font, const TimelineHighlight &highlight);
    static void paintDensity(QPainter &painter, const TimelineLayout &layout, const TimelineContent &content);
    static void paintShape(QPainter &painter, TimelineLayout::Shape shape, const QRectF &rect, ActivityKind kind,
                           double em);
};

} // namespace liaison
