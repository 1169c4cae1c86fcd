#pragma once

#include "domain/Activity.h"

#include <QFont>
#include <QMap>
#include <QRectF>

class QPainter;

namespace liaison {

// Activities per quarter, stacked by kind in the kind colours: the briefing
// pack's small chart, painted with QPainter so that it prints headless. (The
// Qt Charts dashboard can take its place in the pack once it exists.)
class QuarterChart
{
public:
    explicit QuarterChart(const QList<Activity> &activities);

    bool isEmpty() const { return m_counts.isEmpty(); }
    // yyyy*4 + quarter-1 → counts per kind.
    const QMap<int, QMap<ActivityKind, int>> &counts() const { return m_counts; }
    void paint(QPainter &painter, const QRectF &rect, const QFont &font) const;

private:
    QMap<int, QMap<ActivityKind, int>> m_counts;
};

} // namespace liaison
