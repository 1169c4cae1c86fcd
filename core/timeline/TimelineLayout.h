#pragma once

#include "TimelineAxis.h"
#include "TimelineContent.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>

#include <optional>

namespace liaison {

// Where everything of one timeline view goes inside a rectangle: the lane
// gutter, the two-row axis, each activity's shape and label, density bars.
// Computed once per view state and shared by painting and hit-testing; every
// size derives from the font's height, so the same layout suits a screen and
// a 300 dpi page.
class TimelineLayout
{
public:
    enum class Shape { Point, Span, Bar, Milestone };

    struct PlacedMark
    {
        int mark = -1; // index into content.marks
        Shape shape = Shape::Point;
        QRectF shapeRect;
        QRectF labelRect; // empty when hidden
        QString label;    // elided to fit
    };

    // Activities that would have covered one another, counted in one place
    // of a lane instead: "+12" under the marks shown, or "12" where a lane has
    // one row only. Never a pile of marks.
    struct Badge
    {
        int lane = 0;
        QRectF rect;
        QList<int> marks; // indices into content.marks
        bool more = false; // besides marks shown above it ("+12"), or instead of them ("12")
        qint64 firstDay = 0, lastDay = 0;
        QString text() const { return (more ? QStringLiteral("+") : QString()) + QString::number(marks.size()); }
    };

    struct PlacedLane
    {
        QRectF rect;      // the lane's band across the plot
        QRectF labelRect; // in the gutter
        int hiddenLabels = 0;
    };

    struct DensityBar
    {
        int lane = 0;
        QRectF rect;
        qint64 count = 0;
        qint64 firstDay = 0, lastDay = 0;
    };

    struct Options
    {
        QFont font;
        double gutterEms = 8.5; // lane labels
        int maxRowsPerLane = 6;
        double minLaneEms = 2.2;
    };

    TimelineLayout() = default;
    TimelineLayout(const TimelineContent &content, const QRectF &rect, double firstDay, double lastDay,
                   const Options &options);

    double em() const { return m_em; }
    QRectF rect() const { return m_rect; }
    QRectF axisRect() const { return m_axisRect; }
    QRectF plotRect() const { return m_plotRect; }
    double firstDay() const { return m_firstDay; }
    double lastDay() const { return m_lastDay; }
    double xForDay(double day) const;
    double dayForX(double x) const;
    const TimelineAxis &axis() const { return m_axis; }

    const QList<PlacedLane> &lanes() const { return m_lanes; }
    // The marks drawn; the others are in badges().
    const QList<PlacedMark> &marks() const { return m_marks; }
    const QList<Badge> &badges() const { return m_badges; }
    const QList<DensityBar> &densityBars() const { return m_bars; }
    qint64 densityMaximum() const { return m_densityMax; }
    int densityBinDays() const { return m_binDays; }
    int hiddenLabels() const { return m_hiddenLabels; }

    // The activity under a point (index into content.marks), nearest first.
    std::optional<int> markAt(const QPointF &point) const;
    // The placed mark drawn for content.marks[index], if any.
    const PlacedMark *placedMark(int contentIndex) const;
    // The badge under a point (index into badges()).
    std::optional<int> badgeAt(const QPointF &point) const;

private:
    void placeMarks(const TimelineContent &content, const QFont &font, int rows);
    // Places one lane's marks (sorted by first day) in `rows` rows; returns
    // those that would cover another mark, not placed.
    QList<int> placeLane(const TimelineContent &content, int laneIndex, const QList<int> &order,
                         const QFontMetricsF &fm, int rows);
    // Marks as they would be drawn, without labels: the shape's extent.
    void shapeExtent(const TimelineMark &mark, Shape &shape, double &left, double &right) const;
    // `marks` in one row from `rowTop`: alone where they stand clear, else in badges.
    void placeClusters(const TimelineContent &content, int laneIndex, const QList<int> &marks, double rowTop,
                       bool more);
    void placeDensity(const TimelineContent &content);

    double m_em = 16;
    QRectF m_rect, m_axisRect, m_plotRect;
    double m_firstDay = 0, m_lastDay = 1;
    TimelineAxis m_axis{0, 1, 1, 1};
    QList<PlacedLane> m_lanes;
    QList<PlacedMark> m_marks;
    QList<Badge> m_badges;
    QFont m_badgeFont;
    QList<DensityBar> m_bars;
    qint64 m_densityMax = 0;
    int m_binDays = 1;
    int m_hiddenLabels = 0;
};

} // namespace liaison
