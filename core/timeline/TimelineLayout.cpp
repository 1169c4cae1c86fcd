#include "TimelineLayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace liaison {

TimelineLayout::TimelineLayout(const TimelineContent &content, const QRectF &rect, double firstDay, double lastDay,
                               const Options &options)
    : m_rect(rect)
    , m_firstDay(firstDay)
    , m_lastDay(qMax(lastDay, firstDay + 1.0 / 24))
{
    const QFontMetricsF fm(options.font);
    m_em = fm.height();
    const double gutter = options.gutterEms * m_em;
    const double axisHeight = 2.6 * m_em;
    m_axisRect = QRectF(rect.left() + gutter, rect.top(), rect.width() - gutter, axisHeight);
    m_plotRect = QRectF(m_axisRect.left(), m_axisRect.bottom(), m_axisRect.width(), rect.bottom() - m_axisRect.bottom());
    const double pixelsPerDay = m_plotRect.width() / (m_lastDay - m_firstDay);
    m_axis = TimelineAxis(m_firstDay, m_lastDay, pixelsPerDay, 3.2 * m_em);

    const int laneCount = int(content.lanes.size());
    const double rowHeight = 1.55 * m_em;
    int rows = options.maxRowsPerLane;
    if (laneCount > 0) {
        const double perLane = m_plotRect.height() / laneCount;
        rows = std::clamp(int((perLane - 0.5 * m_em) / rowHeight), 1, options.maxRowsPerLane);
    }
    // Lanes share the height, but no lane grows past its rows: a single
    // partnership's lane should not stretch its marks a page apart.
    const double tallest = options.maxRowsPerLane * rowHeight + 0.8 * m_em;
    const double laneHeight = laneCount > 0
        ? qMax(options.minLaneEms * m_em, qMin(tallest, m_plotRect.height() / laneCount)) : 0;
    if (laneCount > 0 && laneHeight * laneCount < m_plotRect.height())
        m_plotRect.setHeight(laneHeight * laneCount);
    for (int i = 0; i < laneCount; ++i) {
        PlacedLane lane;
        lane.rect = QRectF(m_plotRect.left(), m_plotRect.top() + i * laneHeight, m_plotRect.width(), laneHeight);
        lane.labelRect = QRectF(rect.left(), lane.rect.top(), gutter - 0.5 * m_em, laneHeight);
        m_lanes.append(lane);
    }
    if (content.dense)
        placeDensity(content);
    else
        placeMarks(content, options.font, rows);
}

double TimelineLayout::xForDay(double day) const
{
    return m_plotRect.left() + (day - m_firstDay) * m_plotRect.width() / (m_lastDay - m_firstDay);
}

double TimelineLayout::dayForX(double x) const
{
    return m_firstDay + (x - m_plotRect.left()) * (m_lastDay - m_firstDay) / m_plotRect.width();
}

void TimelineLayout::placeMarks(const TimelineContent &content, const QFont &font, int rows)
{
    const QFontMetricsF fm(font);
    const double rowHeight = 1.55 * m_em;
    const double markHeight = 0.75 * m_em;
    const double gap = 0.6 * m_em;
    const double maxLabel = 16 * m_em;
    // Per lane and row: the right edge of what is already there, and which
    // placed mark owns the label ending the row (to shorten it if needed).
    QVector<QVector<double>> rowEnds(m_lanes.size(), QVector<double>(rows, -1e300));
    QVector<QVector<int>> rowLast(m_lanes.size(), QVector<int>(rows, -1));

    QVector<int> order(content.marks.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return content.marks.at(a).firstDay < content.marks.at(b).firstDay;
    });
    m_marks.reserve(order.size());
    for (int index : std::as_const(order)) {
        const TimelineMark &mark = content.marks.at(index);
        if (mark.lane < 0 || mark.lane >= m_lanes.size())
            continue;
        PlacedLane &lane = m_lanes[mark.lane];
        PlacedMark placed;
        placed.mark = index;
        double left = xForDay(double(mark.firstDay));
        double right = xForDay(double(mark.lastDay + 1));
        if (mark.kind == ActivityKind::Delegation && mark.lastDay > mark.firstDay)
            placed.shape = Shape::Bar;
        else if (mark.precision != DatePrecision::Day)
            placed.shape = Shape::Span; // known only to a month, quarter or year: its whole span
        else if (mark.kind == ActivityKind::Agreement)
            placed.shape = Shape::Milestone;
        else if (mark.lastDay > mark.firstDay)
            placed.shape = Shape::Bar;
        else
            placed.shape = Shape::Point;
        if (placed.shape == Shape::Point || placed.shape == Shape::Milestone) {
            const double centre = (left + right) / 2;
            left = centre - markHeight / 2;
            right = centre + markHeight / 2;
        } else if (right - left < 0.4 * m_em) {
            const double centre = (left + right) / 2;
            left = centre - 0.2 * m_em;
            right = centre + 0.2 * m_em;
        } else {
            // A year-long span seen at day zoom is millions of pixels wide:
            // keep it to the plot (dashes along it would cost that many).
            left = qMax(left, m_plotRect.left() - m_em);
            right = qMin(right, m_plotRect.right() + m_em);
        }
        // The label goes right of the mark; near the right edge, left of it.
        const double fullWidth = fm.horizontalAdvance(mark.title);
        const double roomRight = m_plotRect.right() - right - 0.3 * m_em;
        const double roomLeft = left - m_plotRect.left() - 0.3 * m_em;
        const bool labelLeft = fullWidth > roomRight && roomLeft > roomRight;
        const double available = qMin(maxLabel, qMax(0.0, labelLeft ? roomLeft : roomRight));
        const QString label = fm.elidedText(mark.title, Qt::ElideRight, available);
        const double labelWidth = label.isEmpty() || label == QStringLiteral("…") ? 0 : fm.horizontalAdvance(label);
        const double extentLeft = labelLeft ? left - 0.3 * m_em - labelWidth : left;

        int row = -1;
        bool withLabel = false;
        QVector<double> &ends = rowEnds[mark.lane];
        for (int r = 0; r < rows && labelWidth > 0; ++r) {
            if (ends[r] + gap <= extentLeft) {
                row = r;
                withLabel = true;
                break;
            }
        }
        if (row < 0) {
            ++lane.hiddenLabels;
            ++m_hiddenLabels;
            // No room for its label: the mark still shows, in a row where it
            // covers nothing, or else where the label before it can be cut short.
            for (int r = 0; r < rows && row < 0; ++r) {
                if (ends[r] <= left)
                    row = r;
            }
            if (row < 0) {
                row = int(std::min_element(ends.cbegin(), ends.cend()) - ends.cbegin());
                const int owner = rowLast[mark.lane][row];
                if (owner >= 0 && !m_marks[owner].labelRect.isEmpty()) {
                    PlacedMark &previous = m_marks[owner];
                    const double width = left - 0.3 * m_em - previous.labelRect.left();
                    if (width < 2 * m_em || previous.labelRect.left() >= left) {
                        previous.labelRect = QRectF();
                        previous.label.clear();
                        ++lane.hiddenLabels;
                        ++m_hiddenLabels;
                    } else {
                        previous.label = fm.elidedText(content.marks.at(previous.mark).title, Qt::ElideRight, width);
                        previous.labelRect.setWidth(fm.horizontalAdvance(previous.label));
                    }
                }
            }
        }
        const double rowTop = lane.rect.top() + 0.35 * m_em + row * rowHeight;
        const double markTop = rowTop + (rowHeight - markHeight) / 2 - 0.1 * m_em;
        placed.shapeRect = QRectF(left, markTop, right - left, markHeight);
        if (withLabel) {
            placed.label = label;
            placed.labelRect = labelLeft ? QRectF(left - 0.3 * m_em - labelWidth, rowTop, labelWidth, rowHeight)
                                         : QRectF(right + 0.3 * m_em, rowTop, labelWidth, rowHeight);
            ends[row] = qMax(right, placed.labelRect.right());
        } else {
            ends[row] = qMax(ends[row], right);
        }
        rowLast[mark.lane][row] = withLabel ? int(m_marks.size()) : -1;
        m_marks.append(placed);
    }
}

void TimelineLayout::placeDensity(const TimelineContent &content)
{
    // Bins of whole days aligned to multiples of their width, so that a bin
    // keeps its count while the view pans.
    const double binWidth = qMax(2.0, 0.22 * m_em);
    const double daysPerPixel = (m_lastDay - m_firstDay) / m_plotRect.width();
    m_binDays = qMax(1, int(std::ceil(binWidth * daysPerPixel)));
    const qint64 firstBin = qint64(std::floor(m_firstDay / m_binDays));
    const qint64 lastBin = qint64(std::ceil(m_lastDay / m_binDays));
    m_bars.reserve(int((lastBin - firstBin + 1) * content.lanes.size()));
    for (int lane = 0; lane < content.lanes.size() && lane < content.dailyCounts.size(); ++lane) {
        const TimelineDailyCounts &counts = content.dailyCounts.at(lane);
        for (qint64 bin = firstBin; bin <= lastBin; ++bin) {
            const qint64 first = bin * m_binDays, last = first + m_binDays - 1;
            const qint64 n = counts.countBetween(first, last);
            if (n == 0)
                continue;
            DensityBar bar;
            bar.lane = lane;
            bar.count = n;
            bar.firstDay = first;
            bar.lastDay = last;
            const double left = qMax(m_plotRect.left(), xForDay(double(first)));
            const double right = qMin(m_plotRect.right(), xForDay(double(last + 1)));
            if (right <= left)
                continue;
            bar.rect = QRectF(left, 0, right - left, 0); // heights set below, once the maximum is known
            m_densityMax = qMax(m_densityMax, n);
            m_bars.append(bar);
        }
    }
    for (DensityBar &bar : m_bars) {
        const QRectF laneRect = m_lanes.at(bar.lane).rect.adjusted(0, 0.3 * m_em, 0, -0.3 * m_em);
        // Square-root scale: quiet stretches stay visible next to busy ones.
        const double h = laneRect.height() * std::sqrt(double(bar.count) / double(m_densityMax));
        bar.rect.setTop(laneRect.bottom() - qMax(1.0, h));
        bar.rect.setBottom(laneRect.bottom());
    }
}

std::optional<int> TimelineLayout::markAt(const QPointF &point) const
{
    std::optional<int> best;
    double bestDistance = 1e300;
    const double slop = 0.3 * m_em;
    for (const PlacedMark &placed : m_marks) {
        const QRectF shape = placed.shapeRect.adjusted(-slop, -slop, slop, slop);
        if (shape.contains(point) || placed.labelRect.contains(point)) {
            const double d = std::abs(shape.center().x() - point.x()) + std::abs(shape.center().y() - point.y());
            if (d < bestDistance) {
                bestDistance = d;
                best = placed.mark;
            }
        }
    }
    return best;
}

const TimelineLayout::PlacedMark *TimelineLayout::placedMark(int contentIndex) const
{
    for (const PlacedMark &placed : m_marks) {
        if (placed.mark == contentIndex)
            return &placed;
    }
    return nullptr;
}

} // namespace liaison
