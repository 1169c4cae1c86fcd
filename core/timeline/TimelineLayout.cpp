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

void TimelineLayout::shapeExtent(const TimelineMark &mark, Shape &shape, double &left, double &right) const
{
    const double markHeight = 0.75 * m_em;
    left = xForDay(double(mark.firstDay));
    right = xForDay(double(mark.lastDay + 1));
    if (mark.kind == ActivityKind::Delegation && mark.lastDay > mark.firstDay)
        shape = Shape::Bar;
    else if (mark.precision != DatePrecision::Day)
        shape = Shape::Span; // known only to a month, quarter or year: its whole span
    else if (mark.kind == ActivityKind::Agreement)
        shape = Shape::Milestone;
    else if (mark.lastDay > mark.firstDay)
        shape = Shape::Bar;
    else
        shape = Shape::Point;
    if (shape == Shape::Point || shape == Shape::Milestone) {
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
}

void TimelineLayout::placeMarks(const TimelineContent &content, const QFont &font, int rows)
{
    const QFontMetricsF fm(font);
    // As TimelinePainter draws the counts: 0.8 of the font, bold.
    m_badgeFont = font;
    if (font.pointSizeF() > 0)
        m_badgeFont.setPointSizeF(font.pointSizeF() * 0.8);
    else
        m_badgeFont.setPixelSize(qMax(1, int(font.pixelSize() * 0.8)));
    m_badgeFont.setBold(true);
    QVector<QList<int>> byLane(m_lanes.size());
    QVector<int> order(content.marks.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return content.marks.at(a).firstDay < content.marks.at(b).firstDay;
    });
    for (int index : std::as_const(order)) {
        const int lane = content.marks.at(index).lane;
        if (lane >= 0 && lane < m_lanes.size())
            byLane[lane].append(index);
    }
    m_marks.reserve(order.size());
    const double rowHeight = 1.55 * m_em;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const qsizetype placedBefore = m_marks.size();
        const int hiddenBefore = m_lanes.at(lane).hiddenLabels;
        QList<int> over = placeLane(content, lane, byLane.at(lane), fm, rows);
        if (over.isEmpty())
            continue;
        // Marks would cover one another: the lane keeps a row for badges that
        // count them. With one row only, its marks are counted where crowded.
        m_marks.resize(placedBefore);
        m_hiddenLabels -= m_lanes.at(lane).hiddenLabels - hiddenBefore;
        m_lanes[lane].hiddenLabels = hiddenBefore;
        if (rows >= 2) {
            over = placeLane(content, lane, byLane.at(lane), fm, rows - 1);
            const double rowTop = m_lanes.at(lane).rect.top() + 0.35 * m_em + (rows - 1) * rowHeight;
            placeClusters(content, lane, over, rowTop, true);
        } else {
            placeClusters(content, lane, byLane.at(lane), m_lanes.at(lane).rect.top() + 0.35 * m_em, false);
        }
    }
}

void TimelineLayout::placeClusters(const TimelineContent &content, int laneIndex, const QList<int> &marks,
                                   double rowTop, bool more)
{
    // Greedy from the left: a cluster begins at a mark's left edge and takes
    // every mark starting before its end (a badge's width on, wide enough for
    // its count); a cluster of one is drawn as the mark, larger ones as one
    // badge over the cluster's start. Clusters never overlap, so neither do
    // badges and marks.
    const double rowHeight = 1.55 * m_em;
    const double markHeight = 0.75 * m_em;
    const double badgeWidth = 2.6 * m_em;
    const double gap = 0.25 * m_em;
    const double markTop = rowTop + (rowHeight - markHeight) / 2 - 0.1 * m_em;
    const QFontMetricsF badgeMetrics(m_badgeFont);
    const auto needed = [&](qsizetype count) {
        return badgeMetrics.horizontalAdvance(QStringLiteral("+%1").arg(count)) + 0.5 * m_em + gap;
    };
    struct Cluster
    {
        int first = 0, last = 0; // [first, last) in marks
        double left = 0, end = 0;
        Shape shape = Shape::Point;
        double right = 0; // the first mark's shape
    };
    QList<Cluster> clusters;
    int i = 0;
    while (i < marks.size()) {
        Cluster c;
        c.first = i;
        shapeExtent(content.marks.at(marks.at(i)), c.shape, c.left, c.right);
        c.end = qMax(c.left + badgeWidth, c.right + gap);
        int j = i + 1;
        for (;;) {
            while (j < marks.size()) {
                Shape s;
                double l, r;
                shapeExtent(content.marks.at(marks.at(j)), s, l, r);
                if (l >= c.end)
                    break;
                ++j;
            }
            // Wider takes in more marks, and maybe a digit more.
            if (j - i == 1 || c.end - c.left >= needed(j - i))
                break;
            c.end = c.left + needed(j - i);
        }
        c.last = j;
        clusters.append(c);
        i = j;
    }
    // At the right edge a badge moves left into the room the cluster before
    // it left; where that is too little, the two are counted together.
    while (clusters.size() >= 2) {
        Cluster &c = clusters.last();
        if (c.last - c.first == 1 && !more)
            break;
        const double width = needed(c.last - c.first);
        if (qMin(c.end - gap, m_plotRect.right()) - qMax(c.left, m_plotRect.left()) >= width - gap)
            break;
        if (m_plotRect.right() - width + gap >= clusters.at(clusters.size() - 2).end) {
            c.left = m_plotRect.right() - width + gap;
            c.end = m_plotRect.right() + gap;
            break;
        }
        Cluster merged = clusters.at(clusters.size() - 2);
        merged.last = c.last;
        merged.end = qMax(merged.end, c.end);
        clusters.removeLast();
        clusters.last() = merged;
    }
    for (const Cluster &c : std::as_const(clusters)) {
        if (c.last - c.first == 1 && !more) {
            PlacedMark placed;
            placed.mark = marks.at(c.first);
            placed.shape = c.shape;
            placed.shapeRect = QRectF(c.left, markTop, c.right - c.left, markHeight);
            ++m_lanes[laneIndex].hiddenLabels;
            ++m_hiddenLabels;
            m_marks.append(placed);
            continue;
        }
        Badge badge;
        badge.lane = laneIndex;
        badge.more = more;
        const double height = 1.05 * m_em;
        const double left = qMax(c.left, m_plotRect.left());
        const double right = qMin(c.end - gap, m_plotRect.right());
        badge.rect = QRectF(left, rowTop + (rowHeight - height) / 2 - 0.1 * m_em, right - left, height);
        const TimelineMark &first = content.marks.at(marks.at(c.first));
        badge.firstDay = first.firstDay;
        badge.lastDay = first.lastDay;
        for (int k = c.first; k < c.last; ++k) {
            const TimelineMark &mark = content.marks.at(marks.at(k));
            badge.marks.append(marks.at(k));
            badge.firstDay = qMin(badge.firstDay, mark.firstDay);
            badge.lastDay = qMax(badge.lastDay, mark.lastDay);
        }
        m_badges.append(badge);
    }
}

QList<int> TimelineLayout::placeLane(const TimelineContent &content, int laneIndex, const QList<int> &order,
                                     const QFontMetricsF &fm, int rows)
{
    const double rowHeight = 1.55 * m_em;
    const double markHeight = 0.75 * m_em;
    const double gap = 0.6 * m_em;
    const double maxLabel = 16 * m_em;
    // Per row: the right edge of what is already there (marks and labels),
    // of the marks alone, and which placed mark owns the label ending the row
    // (to shorten it if needed).
    QVector<double> ends(rows, -1e300);
    QVector<double> shapeEnds(rows, -1e300);
    QVector<int> rowLast(rows, -1);
    QList<int> over;
    PlacedLane &lane = m_lanes[laneIndex];
    for (int index : order) {
        const TimelineMark &mark = content.marks.at(index);
        PlacedMark placed;
        placed.mark = index;
        double left, right;
        shapeExtent(mark, placed.shape, left, right);
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
        for (int r = 0; r < rows && labelWidth > 0; ++r) {
            if (ends[r] + gap <= extentLeft) {
                row = r;
                withLabel = true;
                break;
            }
        }
        if (row < 0) {
            // No room for its label: the mark still shows, in a row where it
            // covers nothing, or else where the label before it can be cut
            // short; if it would cover another mark, it is counted in a badge.
            for (int r = 0; r < rows && row < 0; ++r) {
                if (ends[r] <= left)
                    row = r;
            }
            for (int r = 0; r < rows && row < 0; ++r) {
                if (shapeEnds[r] + 0.15 * m_em > left)
                    continue;
                const int owner = rowLast[r];
                if (owner < 0 || m_marks[owner].labelRect.isEmpty() || m_marks[owner].labelRect.left() >= left)
                    continue;
                row = r;
                PlacedMark &previous = m_marks[owner];
                const double width = left - 0.3 * m_em - previous.labelRect.left();
                if (width < 2 * m_em) {
                    previous.labelRect = QRectF();
                    previous.label.clear();
                    ++lane.hiddenLabels;
                    ++m_hiddenLabels;
                } else {
                    previous.label = fm.elidedText(content.marks.at(previous.mark).title, Qt::ElideRight, width);
                    previous.labelRect.setWidth(fm.horizontalAdvance(previous.label));
                }
                ends[r] = shapeEnds[r];
            }
            if (row < 0) {
                over.append(index);
                continue;
            }
            ++lane.hiddenLabels;
            ++m_hiddenLabels;
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
        shapeEnds[row] = qMax(shapeEnds[row], right);
        rowLast[row] = withLabel ? int(m_marks.size()) : -1;
        m_marks.append(placed);
    }
    return over;
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

std::optional<int> TimelineLayout::badgeAt(const QPointF &point) const
{
    for (int i = 0; i < m_badges.size(); ++i)
        if (m_badges.at(i).rect.contains(point))
            return i;
    return std::nullopt;
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
