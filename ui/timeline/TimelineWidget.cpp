#include "TimelineWidget.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "timeline/TimelinePainter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <QDate>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace liaison {

namespace {
constexpr double kMinimumSpanDays = 1;        // a day across the width
constexpr double kMaximumSpanDays = 365.25 * 120; // a century and more
const QColor kBackground(0xFF, 0xFF, 0xFF);
} // namespace

TimelineWidget::TimelineWidget(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_source(db)
{
    setObjectName(QStringLiteral("timelineWidget"));
    setAccessibleName(tr("Timeline of activities"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(400, 220);
    const QDate today = QDate::currentDate();
    m_firstDay = double(today.addYears(-3).toJulianDay());
    m_lastDay = double(today.addMonths(3).toJulianDay());
    // Loading starts when the filter is set or the view is first drawn, so
    // that a partnership's timeline never counts everything first.
}

TimelineWidget::~TimelineWidget()
{
    ++m_generation; // a late result finds nobody to give it to
    for (QThread *worker : std::as_const(m_workers)) {
        worker->wait();
        delete worker;
    }
}

void TimelineWidget::setFilter(const ActivityFilter &filter)
{
    ActivityFilter f = filter;
    if (m_fixedPartnership != 0)
        f.partnershipIds = {m_fixedPartnership};
    const bool changed = f != m_source.filter() || !m_source.hasLaneData();
    m_source.setFilter(f);
    if (changed)
        startLoading();
    invalidate();
}

void TimelineWidget::startLoading()
{
    // A worker opens its own connection (a Qt SQL connection belongs to its
    // thread) and counts per lane and day; the view shows "loading" meanwhile.
    // A newer filter makes an older result stale: the generation says which.
    const int generation = ++m_generation;
    m_loading = true;
    const DatabaseLocation location = m_db.location();
    const ActivityFilter filter = m_source.filter();
    const TimelineLanes lanes = m_source.lanes();
    const int limit = m_source.laneLimit();
    QPointer<TimelineWidget> self(this);
    QThread *worker = QThread::create([=] {
        TimelineSource::LaneData data;
        QString error;
        try {
            Database db;
            db.open(location, {false, -1});
            data = TimelineSource::loadLaneData(db, filter, lanes, limit);
        } catch (const StorageError &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(qApp, [self, generation, data, error] {
            if (!self || self->m_generation != generation)
                return;
            self->m_loading = false;
            if (error.isEmpty())
                self->m_source.setLaneData(data);
            self->invalidate();
            emit self->loaded();
            emit self->visibleRangeChanged(self->m_firstDay, self->m_lastDay);
        }, Qt::QueuedConnection);
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker] {
        m_workers.removeOne(worker);
        worker->deleteLater();
    });
    worker->start();
}

ActivityFilter TimelineWidget::filter() const
{
    return m_source.filter();
}

void TimelineWidget::setFixedPartnership(qint64 partnershipId)
{
    m_fixedPartnership = partnershipId;
    setFilter(m_source.filter());
}

void TimelineWidget::setLanes(TimelineLanes lanes)
{
    if (lanes == m_source.lanes())
        return;
    m_source.setLanes(lanes);
    startLoading();
    invalidate();
}

void TimelineWidget::reload()
{
    m_source.reload();
    startLoading();
    invalidate();
}

void TimelineWidget::invalidate()
{
    m_layoutValid = false;
    update();
}

void TimelineWidget::setVisibleRange(double firstDay, double lastDay)
{
    double span = std::clamp(lastDay - firstDay, kMinimumSpanDays, kMaximumSpanDays);
    const double centre = (firstDay + lastDay) / 2;
    m_firstDay = centre - span / 2;
    m_lastDay = centre + span / 2;
    invalidate();
    emit visibleRangeChanged(m_firstDay, m_lastDay);
}

void TimelineWidget::setSelectedActivity(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    update();
    emit activitySelected(id);
}

QRectF TimelineWidget::timelineRect() const
{
    const double legend = TimelinePainter::legendHeight(QRectF(rect()).adjusted(8, 0, -8, 0), font());
    return QRectF(rect()).adjusted(0, 0, -1, -legend - 8);
}

const TimelineLayout &TimelineWidget::currentLayout()
{
    if (!m_loading && !m_source.hasLaneData())
        startLoading();
    if (!m_layoutValid) {
        TimelineLayout::Options options;
        options.font = font();
        options.maxRowsPerLane = 5;
        const QRectF area = timelineRect();
        const double em = QFontMetricsF(font()).height();
        const double widthEms = (area.width() - options.gutterEms * em) / em;
        if (m_loading)
            m_content = TimelineContent(); // drawn as "loading" until the worker is done
        else
            m_content = m_source.content(m_firstDay, m_lastDay, widthEms);
        m_layout = TimelineLayout(m_content, area, m_firstDay, m_lastDay, options);
        m_layoutValid = true;
    }
    return m_layout;
}

const TimelineContent &TimelineWidget::currentContent()
{
    currentLayout();
    return m_content;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    const TimelineLayout &layout = currentLayout();
    TimelineHighlight highlight;
    highlight.selectedId = m_selected;
    highlight.hoveredId = m_hovered;
    TimelinePainter::paint(painter, layout, m_content, font(), highlight);
    const QRectF legend(8, timelineRect().bottom() + 6, width() - 16, height() - timelineRect().bottom() - 6);
    TimelinePainter::paintLegend(painter, legend, font(), m_content.dense);
    if (m_loading || m_content.lanes.isEmpty() || (m_content.total == 0 && m_content.marks.isEmpty())) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(layout.plotRect(), Qt::AlignCenter,
                         m_loading                   ? tr("Loading the timeline…")
                         : m_content.lanes.isEmpty() ? tr("No activities match the filters.")
                                                     : tr("No activities in this stretch of time."));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layoutValid = false;
}

void TimelineWidget::zoomAround(double factor, double anchorX)
{
    const TimelineLayout &layout = currentLayout();
    const double anchor = layout.dayForX(anchorX);
    const double span = std::clamp((m_lastDay - m_firstDay) * factor, kMinimumSpanDays, kMaximumSpanDays);
    const double ratio = (anchor - m_firstDay) / (m_lastDay - m_firstDay);
    m_firstDay = anchor - ratio * span;
    m_lastDay = m_firstDay + span;
    invalidate();
    emit visibleRangeChanged(m_firstDay, m_lastDay);
}

void TimelineWidget::zoomIn()
{
    zoomAround(1 / 1.5, currentLayout().plotRect().center().x());
}

void TimelineWidget::zoomOut()
{
    zoomAround(1.5, currentLayout().plotRect().center().x());
}

void TimelineWidget::fitToData()
{
    qint64 first = 0, last = 0;
    if (!m_source.bounds(&first, &last))
        return;
    const double air = qMax(3.0, (last - first) * 0.03);
    setVisibleRange(double(first) - air, double(last + 1) + air);
}

void TimelineWidget::panByPixels(double dx)
{
    const TimelineLayout &layout = currentLayout();
    const double days = dx * (m_lastDay - m_firstDay) / layout.plotRect().width();
    m_firstDay -= days;
    m_lastDay -= days;
    invalidate();
    emit visibleRangeChanged(m_firstDay, m_lastDay);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0 && !(event->modifiers() & Qt::ShiftModifier)) {
        zoomAround(std::pow(1.0015, -delta.y()), event->position().x());
    } else {
        panByPixels((delta.x() != 0 ? delta.x() : delta.y()) / 2.0);
    }
    event->accept();
}

qint64 TimelineWidget::markIdAt(const QPointF &point)
{
    const TimelineLayout &layout = currentLayout();
    const std::optional<int> index = layout.markAt(point);
    return index ? m_content.marks.at(*index).id : 0;
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragged = false;
    m_dragStart = event->position();
    m_dragFirstDay = m_firstDay;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const double dx = event->position().x() - m_dragStart.x();
        if (m_dragged || std::abs(dx) > 3) {
            m_dragged = true;
            setCursor(Qt::ClosedHandCursor);
            const double span = m_lastDay - m_firstDay;
            m_firstDay = m_dragFirstDay - dx * span / currentLayout().plotRect().width();
            m_lastDay = m_firstDay + span;
            invalidate();
            emit visibleRangeChanged(m_firstDay, m_lastDay);
        }
        return;
    }
    const qint64 hovered = markIdAt(event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    unsetCursor();
    if (!m_dragged) {
        // A badge of activities too close to tell apart: zoom in on them.
        if (const std::optional<int> badge = currentLayout().badgeAt(event->position())) {
            const TimelineLayout::Badge &b = currentLayout().badges().at(*badge);
            const double first = double(b.firstDay), last = double(b.lastDay + 1);
            const double margin = qMax(1.0, (last - first) * 0.15);
            setVisibleRange(first - margin, last + margin);
            return;
        }
        const qint64 id = markIdAt(event->position());
        m_selected = 0; // emit even when clicking the same one again
        setSelectedActivity(id);
    }
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 id = markIdAt(event->position());
    if (id != 0)
        emit activityActivated(id);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const double step = currentLayout().plotRect().width() / 8;
    switch (event->key()) {
    case Qt::Key_Left: panByPixels(step); break;
    case Qt::Key_Right: panByPixels(-step); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Home:
    case Qt::Key_0: fitToData(); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected)
            emit activityActivated(m_selected);
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    if (m_hovered) {
        m_hovered = 0;
        update();
    }
    QWidget::leaveEvent(event);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const TimelineLayout &layout = currentLayout();
    if (const std::optional<int> index = layout.markAt(help->pos())) {
        const TimelineMark &mark = m_content.marks.at(*index);
        QString kind = activityKindName(mark.kind);
        kind[0] = kind.at(0).toUpper();
        QString tip = QStringLiteral("<b>%1</b><br>%2 · %3").arg(mark.title.toHtmlEscaped(), kind, mark.when);
        if (mark.precision != DatePrecision::Day)
            tip += tr("<br><i>known only to the %1</i>").arg(precisionName(mark.precision));
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    if (const std::optional<int> index = layout.badgeAt(help->pos())) {
        const TimelineLayout::Badge &badge = layout.badges().at(*index);
        const QLocale c = QLocale::c();
        const QString from = c.toString(QDate::fromJulianDay(badge.firstDay), QStringLiteral("d MMM yyyy"));
        const QString to = c.toString(QDate::fromJulianDay(badge.lastDay), QStringLiteral("d MMM yyyy"));
        QStringList titles;
        for (int i = 0; i < badge.marks.size() && i < 5; ++i)
            titles.append(m_content.marks.at(badge.marks.at(i)).title.toHtmlEscaped());
        if (badge.marks.size() > 5)
            titles.append(QStringLiteral("…"));
        QToolTip::showText(help->globalPos(),
                           (badge.more ? tr("<b>%n more activities</b> (%1 – %2), too close to tell apart: click to zoom in.",
                                            nullptr, int(badge.marks.size()))
                                       : tr("<b>%n activities</b> (%1 – %2), too close to tell apart: click to zoom in.",
                                            nullptr, int(badge.marks.size())))
                                   .arg(from, to)
                               + QStringLiteral("<br>") + titles.join(QStringLiteral("<br>")),
                           this);
        return true;
    }
    for (const TimelineLayout::DensityBar &bar : layout.densityBars()) {
        if (bar.rect.adjusted(-1, -100, 1, 0).contains(help->pos()) && help->pos().y() <= bar.rect.bottom()
            && help->pos().y() >= layout.lanes().at(bar.lane).rect.top()) {
            const QLocale c = QLocale::c();
            const QString from = c.toString(QDate::fromJulianDay(bar.firstDay), QStringLiteral("d MMM yyyy"));
            const QString to = c.toString(QDate::fromJulianDay(bar.lastDay), QStringLiteral("d MMM yyyy"));
            QToolTip::showText(help->globalPos(),
                               tr("%1: %n activities began %2 – %3", nullptr, int(bar.count))
                                   .arg(m_content.lanes.at(bar.lane).label, from, to),
                               this);
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace liaison
