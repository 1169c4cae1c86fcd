#include "TimelinePainter.h"

#include "domain/KindPalette.h"
#include "report/PdfText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace liaison {

namespace {
const QColor kInk(0x22, 0x2B, 0x36);
const QColor kMutedInk(0x5C, 0x67, 0x73);
const QColor kGrid(0xE3, 0xE7, 0xEB);
const QColor kMajorGrid(0xC3, 0xCA, 0xD1);
const QColor kLaneAlt(0xF6, 0xF8, 0xFA);
const QColor kAxisBack(0xFB, 0xFC, 0xFD);
const QColor kSelection(0x1F, 0x4E, 0x9C);

QFont scaled(const QFont &font, double factor, bool bold = false)
{
    QFont f = font;
    if (font.pointSizeF() > 0)
        f.setPointSizeF(font.pointSizeF() * factor);
    else
        f.setPixelSize(qMax(1, int(font.pixelSize() * factor)));
    f.setBold(bold);
    return f;
}
} // namespace

QColor TimelinePainter::stageColor(const QString &stage)
{
    // Pale, warming towards agreement: bands sit behind marks and must not compete.
    const QString s = stage.toLower();
    if (s == QLatin1String("scoping")) return QColor(0xF1, 0xF3, 0xF5);
    if (s == QLatin1String("introduced")) return QColor(0xE8, 0xF1, 0xF8);
    if (s == QLatin1String("engaging")) return QColor(0xE3, 0xF2, 0xEC);
    if (s == QLatin1String("formalising")) return QColor(0xFB, 0xF0, 0xDF);
    if (s == QLatin1String("agreement signed")) return QColor(0xFB, 0xE6, 0xDA);
    if (s == QLatin1String("active")) return QColor(0xE6, 0xF4, 0xE1);
    if (s == QLatin1String("dormant")) return QColor(0xEE, 0xEC, 0xF3);
    return QColor(0xF0, 0xF0, 0xF0);
}

void TimelinePainter::paint(QPainter &painter, const TimelineLayout &layout, const TimelineContent &content,
                            const QFont &font, const TimelineHighlight &highlight)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintLanes(painter, layout, content, font);
    paintAxis(painter, layout, font);
    if (content.dense)
        paintDensity(painter, layout, content);
    else
        paintMarks(painter, layout, content, font, highlight);
    painter.restore();
}

void TimelinePainter::paintLanes(QPainter &painter, const TimelineLayout &layout, const TimelineContent &content,
                                 const QFont &font)
{
    const double em = layout.em();
    const QRectF plot = layout.plotRect();
    for (int i = 0; i < layout.lanes().size(); ++i) {
        const TimelineLayout::PlacedLane &lane = layout.lanes().at(i);
        if (i % 2 == 1)
            painter.fillRect(QRectF(layout.rect().left(), lane.rect.top(), layout.rect().width(), lane.rect.height()),
                             kLaneAlt);
        // A partnership's stages as pale bands behind its lane, named at their start.
        for (const TimelineStageBand &band : content.lanes.at(i).stages) {
            const double left = qMax(plot.left(), layout.xForDay(double(band.firstDay)));
            const double right = qMin(plot.right(), layout.xForDay(double(band.lastDay + 1)));
            if (right <= left)
                continue;
            const QRectF r(left, lane.rect.top() + 1, right - left, lane.rect.height() - 2);
            painter.fillRect(r, stageColor(band.stage));
            painter.setFont(scaled(font, 0.78));
            painter.setPen(kMutedInk);
            const QRectF text = r.adjusted(0.25 * em, 0, -0.1 * em, -0.1 * em);
            if (QFontMetricsF(painter.font()).horizontalAdvance(band.stage) < text.width())
                PdfText::draw(painter, text, Qt::AlignLeft | Qt::AlignBottom, band.stage);
        }
    }
    // Vertical grid through the lanes: faint per minor unit, firmer per major.
    painter.setPen(QPen(kGrid, qMax(1.0, em / 16)));
    for (const TimelineAxis::Tick &tick : layout.axis().minorTicks()) {
        const double x = layout.xForDay(double(tick.day));
        if (x >= plot.left() && x <= plot.right())
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter.setPen(QPen(kMajorGrid, qMax(1.0, em / 12)));
    for (const TimelineAxis::Tick &tick : layout.axis().majorTicks()) {
        const double x = layout.xForDay(double(tick.day));
        if (x >= plot.left() && x <= plot.right())
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    // Lane names in the gutter, with how many labels did not fit.
    for (int i = 0; i < layout.lanes().size(); ++i) {
        const TimelineLayout::PlacedLane &lane = layout.lanes().at(i);
        const QRectF r = lane.labelRect.adjusted(0.5 * em, 0.2 * em, 0, -0.2 * em);
        painter.setFont(scaled(font, 1.0, true));
        painter.setPen(kInk);
        // The name on up to two lines when the lane is tall enough, else cut short.
        const QFontMetricsF fm(painter.font());
        const QString label = content.lanes.at(i).label;
        const int lines = r.height() > 3.2 * em ? 2 : 1;
        double used = fm.height();
        if (lines == 2 && fm.horizontalAdvance(label) > r.width()) {
            const QRectF wrapped = fm.boundingRect(QRectF(0, 0, r.width(), 1e6), Qt::TextWordWrap, label);
            if (wrapped.height() <= 2.05 * fm.height()) {
                PdfText::draw(painter, QRectF(r.left(), r.top(), r.width(), 2 * fm.height()), Qt::TextWordWrap, label);
                used = wrapped.height();
            } else {
                PdfText::draw(painter, QRectF(r.left(), r.top(), r.width(), 2 * fm.height()), Qt::TextWordWrap,
                                 fm.elidedText(label, Qt::ElideRight, 1.8 * r.width()));
                used = 2 * fm.height();
            }
        } else {
            PdfText::draw(painter, r, Qt::AlignLeft | Qt::AlignTop, fm.elidedText(label, Qt::ElideRight, r.width()));
        }
        if (lane.hiddenLabels > 0 && r.height() > used + 0.9 * em) {
            painter.setFont(scaled(font, 0.8));
            painter.setPen(kMutedInk);
            PdfText::draw(painter, r.adjusted(0, used + 0.05 * em, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                             QStringLiteral("+%1 unlabelled").arg(lane.hiddenLabels));
        }
    }
    painter.setPen(QPen(kMajorGrid, qMax(1.0, em / 14)));
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));
    painter.drawLine(QPointF(layout.rect().left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
}

void TimelinePainter::paintAxis(QPainter &painter, const TimelineLayout &layout, const QFont &font)
{
    const double em = layout.em();
    const QRectF axis = layout.axisRect();
    painter.fillRect(QRectF(layout.rect().left(), axis.top(), layout.rect().width(), axis.height()), kAxisBack);
    const double mid = axis.top() + axis.height() * 0.48;
    painter.save();
    painter.setClipRect(axis.adjusted(-1, 0, 1, 0));
    // Major row on top: the label sits at the start of its unit, or at the
    // left edge while that unit is still in view.
    painter.setFont(scaled(font, 1.0, true));
    painter.setPen(kInk);
    const QList<TimelineAxis::Tick> &major = layout.axis().majorTicks();
    for (int i = 0; i < major.size(); ++i) {
        const double x = layout.xForDay(double(major.at(i).day));
        const double next = i + 1 < major.size() ? layout.xForDay(double(major.at(i + 1).day)) : axis.right() + 1e6;
        const double left = qMax(x, axis.left()) + 0.3 * em;
        const double width = qMin(next, axis.right()) - left - 0.3 * em;
        if (width > em)
            PdfText::draw(painter, QRectF(left, axis.top(), width, mid - axis.top()), Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(painter.font()).elidedText(major.at(i).label, Qt::ElideRight, width));
        if (x >= axis.left()) {
            painter.setPen(QPen(kMajorGrid, qMax(1.0, em / 12)));
            painter.drawLine(QPointF(x, axis.top() + 0.2 * em), QPointF(x, axis.bottom()));
            painter.setPen(kInk);
        }
    }
    // Minor row.
    painter.setFont(scaled(font, 0.9));
    const QList<TimelineAxis::Tick> &minor = layout.axis().minorTicks();
    for (const TimelineAxis::Tick &tick : minor) {
        const double x = layout.xForDay(double(tick.day));
        painter.setPen(QPen(kMajorGrid, qMax(1.0, em / 16)));
        painter.drawLine(QPointF(x, axis.bottom() - 0.35 * em), QPointF(x, axis.bottom()));
    }
    painter.setPen(kMutedInk);
    for (const AxisLabel &label : minorAxisLabels(layout, font))
        PdfText::draw(painter, label.rect, Qt::AlignCenter, label.text);
    painter.restore();
}

QList<TimelinePainter::AxisLabel> TimelinePainter::minorAxisLabels(const TimelineLayout &layout, const QFont &font)
{
    const double em = layout.em();
    const QRectF axis = layout.axisRect();
    const double mid = axis.top() + axis.height() * 0.48;
    const QFontMetricsF fm(scaled(font, 0.9));
    const TimelineAxis::Unit unit = layout.axis().minorUnit();
    // A unit of several years is named by its first year ("2010" for
    // 2010-2014): its label starts at that year, where the tick is, and is
    // left out when that year is off the edge — centred in the unit (or in
    // the part of it in view) it would sit over 2012 or 2013.
    const bool namedByFirstYear = unit == TimelineAxis::Unit::FiveYears || unit == TimelineAxis::Unit::Decade
        || unit == TimelineAxis::Unit::Century;
    QList<AxisLabel> labels;
    const QList<TimelineAxis::Tick> &minor = layout.axis().minorTicks();
    for (int i = 0; i < minor.size(); ++i) {
        const double x = layout.xForDay(double(minor.at(i).day));
        const double next = i + 1 < minor.size()
            ? layout.xForDay(double(minor.at(i + 1).day))
            : layout.xForDay(double(TimelineAxis::nextUnit(minor.at(i).day, unit)));
        const QString text = minor.at(i).label;
        const double w = fm.horizontalAdvance(text);
        const double height = axis.bottom() - mid - 0.25 * em;
        if (namedByFirstYear) {
            const double left = x + 0.2 * em;
            if (x < axis.left() || left + w > qMin(next, axis.right()))
                continue;
            labels.append({QRectF(left, mid, w, height), text, minor.at(i).day});
            continue;
        }
        // Labels centred in their unit when it is wide, else none.
        if (next - x < w + 0.4 * em)
            continue;
        // A unit cut by an edge is labelled in its visible part, if it fits there.
        const double left = qMax(x, axis.left()), right = qMin(next, axis.right());
        if (right - left < w + 0.4 * em)
            continue;
        labels.append({QRectF(left, mid, right - left, height), text, minor.at(i).day});
    }
    return labels;
}

void TimelinePainter::paintShape(QPainter &painter, TimelineLayout::Shape shape, const QRectF &r, ActivityKind kind,
                                 double em)
{
    const QColor fill = KindPalette::color(kind);
    const QColor line = KindPalette::outline(kind);
    const double pen = qMax(1.0, em / 14);
    switch (shape) {
    case TimelineLayout::Shape::Point:
        painter.setPen(QPen(Qt::white, pen));
        painter.setBrush(fill);
        painter.drawEllipse(r);
        break;
    case TimelineLayout::Shape::Milestone: {
        QPainterPath diamond;
        const QPointF c = r.center();
        const double h = r.height() * 0.62;
        diamond.moveTo(c.x(), c.y() - h);
        diamond.lineTo(c.x() + h, c.y());
        diamond.lineTo(c.x(), c.y() + h);
        diamond.lineTo(c.x() - h, c.y());
        diamond.closeSubpath();
        painter.setPen(QPen(line, pen));
        painter.setBrush(fill);
        painter.drawPath(diamond);
        break;
    }
    case TimelineLayout::Shape::Bar:
        painter.setPen(QPen(line, pen));
        painter.setBrush(fill);
        painter.drawRoundedRect(r, r.height() / 3, r.height() / 3);
        break;
    case TimelineLayout::Shape::Span: {
        // Known only to a month, quarter or year: a pale bar over the whole
        // span with open, dashed edges — an extent, not a day.
        QColor pale = fill;
        pale.setAlphaF(0.28);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pale);
        painter.drawRect(r);
        QPen dashed(line, pen, Qt::DashLine);
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r);
        painter.setPen(QPen(fill, 2 * pen));
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        break;
    }
    }
}

void TimelinePainter::paintMarks(QPainter &painter, const TimelineLayout &layout, const TimelineContent &content,
                                 const QFont &font, const TimelineHighlight &highlight)
{
    const double em = layout.em();
    painter.save();
    painter.setClipRect(layout.plotRect());
    painter.setFont(font);
    for (const TimelineLayout::PlacedMark &placed : layout.marks()) {
        const TimelineMark &mark = content.marks.at(placed.mark);
        paintShape(painter, placed.shape, placed.shapeRect, mark.kind, em);
        const bool selected = highlight.selectedId != 0 && mark.id == highlight.selectedId;
        const bool hovered = highlight.hoveredId != 0 && mark.id == highlight.hoveredId;
        if (selected || hovered) {
            painter.setPen(QPen(selected ? kSelection : kMutedInk, qMax(1.5, em / 8)));
            painter.setBrush(Qt::NoBrush);
            const QRectF ring = placed.shapeRect.adjusted(-0.25 * em, -0.25 * em, 0.25 * em, 0.25 * em);
            painter.drawRoundedRect(ring, 0.3 * em, 0.3 * em);
        }
        if (!placed.labelRect.isEmpty()) {
            QFont f = font;
            f.setBold(selected);
            painter.setFont(f);
            painter.setPen(selected ? kSelection : kInk);
            PdfText::draw(painter, placed.labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, placed.label);
        }
    }
    // Where marks would have covered one another: how many, in one badge,
    // in the lane's kind colour when the lanes are kinds.
    painter.setFont(scaled(font, 0.8, true));
    const bool byKind = !content.lanes.isEmpty() && content.lanes.constFirst().stages.isEmpty()
        && content.lanes.size() <= allActivityKinds().size();
    for (const TimelineLayout::Badge &badge : layout.badges()) {
        const QColor base = byKind ? KindPalette::color(ActivityKind(content.lanes.at(badge.lane).key))
                                   : QColor(0x4A, 0x6F, 0x8F);
        QColor fill = base.lighter(185);
        painter.setPen(QPen(base.darker(115), qMax(1.0, em / 14)));
        painter.setBrush(fill);
        painter.drawRoundedRect(badge.rect, badge.rect.height() / 2, badge.rect.height() / 2);
        painter.setPen(kInk);
        const QFontMetricsF fm(painter.font());
        const QString text = fm.elidedText(badge.text(), Qt::ElideRight, badge.rect.width());
        PdfText::draw(painter, badge.rect, Qt::AlignCenter, text);
    }
    painter.restore();
}

void TimelinePainter::paintDensity(QPainter &painter, const TimelineLayout &layout, const TimelineContent &content)
{
    painter.save();
    painter.setClipRect(layout.plotRect());
    // Thousands of bars: opaque colours, whole pixels, one call per lane —
    // this is what keeps a decade of a million activities within a frame.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    const bool byKind = !content.lanes.isEmpty() && content.lanes.constFirst().stages.isEmpty()
        && content.lanes.size() <= allActivityKinds().size();
    QVector<QVector<QRectF>> perLane(content.lanes.size());
    for (const TimelineLayout::DensityBar &bar : layout.densityBars()) {
        if (bar.lane < perLane.size()) {
            const QRectF r = bar.rect;
            perLane[bar.lane].append(QRectF(std::floor(r.left()), std::floor(r.top()),
                                            qMax(1.0, std::floor(r.right()) - std::floor(r.left()) - (r.width() > 2.5 ? 1 : 0)),
                                            std::ceil(r.bottom()) - std::floor(r.top())));
        }
    }
    for (int lane = 0; lane < perLane.size(); ++lane) {
        QColor colour = byKind ? KindPalette::color(ActivityKind(content.lanes.at(lane).key)) : QColor(0x4A, 0x6F, 0x8F);
        painter.setBrush(colour);
        painter.drawRects(perLane.at(lane));
    }
    painter.restore();
}

namespace {
// The legend's two groups, in the order painted: the kinds, then the shapes.
QStringList legendKindTexts()
{
    QStringList texts;
    for (ActivityKind kind : allActivityKinds()) {
        QString name = activityKindName(kind);
        name[0] = name.at(0).toUpper();
        texts.append(name);
    }
    return texts;
}

const QStringList &legendShapeTexts()
{
    static const QStringList texts = {QStringLiteral("one day"), QStringLiteral("from – to (delegation)"),
                                      QStringLiteral("agreement"), QStringLiteral("known to the month, quarter or year")};
    return texts;
}

// Rows that a group of entries wraps into at this width (as paintLegend wraps them).
int legendRows(const QStringList &texts, double width, const QFontMetricsF &fm)
{
    const double em = fm.height();
    double x = 0;
    int rows = 1;
    for (const QString &text : texts) {
        const double w = 1.6 * em + fm.horizontalAdvance(text) + em;
        if (x + w > width && x > 0) {
            x = 0;
            ++rows;
        }
        x += w;
    }
    return rows;
}
} // namespace

double TimelinePainter::legendHeight(const QRectF &rect, const QFont &font)
{
    const QFontMetricsF fm(font);
    // The shapes' row may wrap too in a narrow pane (a partnership's timeline).
    const int rows = legendRows(legendKindTexts(), rect.width(), fm) + legendRows(legendShapeTexts(), rect.width(), fm);
    return rows * 1.5 * fm.height();
}

double TimelinePainter::paintLegend(QPainter &painter, const QRectF &rect, const QFont &font, bool dense)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const double em = fm.height();
    const double row = 1.5 * em;
    double x = rect.left(), y = rect.top();
    auto item = [&](TimelineLayout::Shape shape, ActivityKind kind, const QString &text, bool mark = true) {
        const double w = 1.6 * em + fm.horizontalAdvance(text) + em;
        if (x + w > rect.right() && x > rect.left()) {
            x = rect.left();
            y += row;
        }
        const QRectF swatch(x, y + (row - 0.75 * em) / 2, shape == TimelineLayout::Shape::Point
                                || shape == TimelineLayout::Shape::Milestone ? 0.75 * em : 1.3 * em, 0.75 * em);
        if (mark)
            paintShape(painter, shape, swatch, kind, em);
        else
            painter.fillRect(swatch, KindPalette::color(kind));
        painter.setPen(kInk);
        PdfText::draw(painter, QRectF(x + 1.6 * em, y, w, row), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w;
    };
    const QStringList kindTexts = legendKindTexts();
    for (int i = 0; i < kindTexts.size(); ++i)
        item(TimelineLayout::Shape::Point, allActivityKinds().at(i), kindTexts.at(i), false);
    x = rect.left();
    y += row;
    if (dense) {
        painter.setPen(kMutedInk);
        PdfText::draw(painter, QRectF(x, y, rect.width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("Too many activities to tell apart: bars show how many began in each stretch of time."));
    } else {
        const QStringList &shapes = legendShapeTexts();
        item(TimelineLayout::Shape::Point, ActivityKind::Meeting, shapes.at(0));
        item(TimelineLayout::Shape::Bar, ActivityKind::Delegation, shapes.at(1));
        item(TimelineLayout::Shape::Milestone, ActivityKind::Agreement, shapes.at(2));
        item(TimelineLayout::Shape::Span, ActivityKind::Meeting, shapes.at(3));
    }
    painter.restore();
    return y + row - rect.top();
}

} // namespace liaison
