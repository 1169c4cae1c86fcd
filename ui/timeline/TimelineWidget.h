#pragma once

#include "timeline/TimelineContent.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelineSource.h"

#include <QWidget>

namespace liaison {

class Database;

// The timeline on screen: zoom from decades to days (wheel, +/−, fit), pan by
// dragging or with the arrow keys, hover for details, click to select. It asks
// TimelineSource for the visible window only and keeps the layout until the
// view changes, so a repaint is only painting. Drawing is TimelinePainter's,
// the same code that prints.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(Database &db, QWidget *parent = nullptr);
    ~TimelineWidget() override;

    void setFilter(const ActivityFilter &filter);
    ActivityFilter filter() const;
    // A partnership's own timeline: its filter always holds this partnership.
    void setFixedPartnership(qint64 partnershipId);
    qint64 fixedPartnership() const { return m_fixedPartnership; }
    void setLanes(TimelineLanes lanes);
    TimelineLanes lanes() const { return m_source.lanes(); }

    double firstVisibleDay() const { return m_firstDay; }
    double lastVisibleDay() const { return m_lastDay; }
    void setVisibleRange(double firstDay, double lastDay);

    qint64 selectedActivity() const { return m_selected; }
    void setSelectedActivity(qint64 id);

    // What is drawn now (laid out for the current size and range).
    const TimelineLayout &currentLayout();
    const TimelineContent &currentContent();
    QRectF timelineRect() const;
    // Drops cached data after records changed.
    void reload();
    // Lanes and counts load on a worker thread after each filter change.
    bool isLoading() const { return m_loading; }

    QSize sizeHint() const override { return {900, 420}; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitToData();

signals:
    void loaded(); // lanes and counts for the current filter are in
    void activitySelected(qint64 id);
    void activityActivated(qint64 id); // double click: open the record
    void visibleRangeChanged(double firstDay, double lastDay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void zoomAround(double factor, double anchorX);
    void panByPixels(double dx);
    void invalidate();
    void startLoading();
    qint64 markIdAt(const QPointF &point);

    Database &m_db;
    TimelineSource m_source;
    bool m_loading = false;
    int m_generation = 0;
    QList<class QThread *> m_workers; // stale ones finish and are dropped
    qint64 m_fixedPartnership = 0;
    double m_firstDay = 0;
    double m_lastDay = 365;
    qint64 m_selected = 0;
    qint64 m_hovered = 0;

    bool m_layoutValid = false;
    TimelineContent m_content;
    TimelineLayout m_layout;

    bool m_dragging = false;
    bool m_dragged = false;
    QPointF m_dragStart;
    double m_dragFirstDay = 0;
};

} // namespace liaison
