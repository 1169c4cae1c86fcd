#include "timeline/TimelineLayout.h"
#include "timeline/TimelinePainter.h"

#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace liaison;

// The layout's promises, on crowded synthetic content: labels never overlap
// one another or another mark; every mark is placed; the hidden labels are
// counted; spans cover exactly their days.
class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void spansCoverTheirDays();
    void axisUnitsFollowTheZoom();
    void legendFitsItsHeight();
};

namespace {
TimelineContent crowd(int count, quint32 seed)
{
    TimelineContent content;
    for (ActivityKind kind : allActivityKinds())
        content.lanes.append({qint64(kind), activityKindName(kind), {}});
    QRandomGenerator random(seed);
    const qint64 start = QDate(2015, 1, 1).toJulianDay();
    for (int i = 0; i < count; ++i) {
        TimelineMark mark;
        mark.id = i + 1;
        mark.kind = ActivityKind(random.bounded(6));
        mark.lane = int(mark.kind);
        mark.title = QStringLiteral("Activity %1 ").arg(i) + QString(random.bounded(30), QLatin1Char('x'));
        mark.firstDay = start + random.bounded(365);
        const int shape = random.bounded(4);
        mark.precision = shape == 1 ? DatePrecision::Month : DatePrecision::Day;
        mark.lastDay = mark.firstDay + (shape == 1 ? 29 : shape == 2 ? random.bounded(6) : 0);
        content.marks.append(mark);
    }
    return content;
}
} // namespace

void TestTimelineLayout::labelsNeverOverlap_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("sparse") << 20;
    QTest::newRow("busy") << 150;
    QTest::newRow("crowded") << 600;
}

void TestTimelineLayout::labelsNeverOverlap()
{
    QFETCH(int, count);
    const TimelineContent content = crowd(count, quint32(count));
    TimelineLayout::Options options;
    options.font = QFont(QStringLiteral("Noto Sans"), 9);
    const double first = QDate(2015, 1, 1).toJulianDay(), last = QDate(2016, 1, 10).toJulianDay();
    const TimelineLayout layout(content, QRectF(0, 0, 1200, 600), first, last, options);
    QCOMPARE(layout.marks().size(), content.marks.size());
    int hidden = 0, laneHidden = 0;
    for (const TimelineLayout::PlacedLane &lane : layout.lanes())
        laneHidden += lane.hiddenLabels;
    const auto &marks = layout.marks();
    for (int i = 0; i < marks.size(); ++i) {
        const QRectF label = marks.at(i).labelRect;
        if (label.isEmpty()) {
            ++hidden;
            continue;
        }
        QVERIFY(layout.plotRect().contains(label.adjusted(1, 1, -1, -1)));
        for (int j = 0; j < marks.size(); ++j) {
            if (j == i)
                continue;
            const QRectF other = marks.at(j).labelRect;
            QVERIFY2(other.isEmpty() || !label.intersects(other.adjusted(0.5, 0.5, -0.5, -0.5)),
                     qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
            QVERIFY2(!label.intersects(marks.at(j).shapeRect.adjusted(0.5, 0.5, -0.5, -0.5)),
                     qPrintable(QStringLiteral("label %1 covers mark %2").arg(i).arg(j)));
        }
    }
    QCOMPARE(layout.hiddenLabels(), hidden);
    QCOMPARE(laneHidden, hidden);
    if (count >= 600)
        QVERIFY(hidden > 0); // crowded: some had to go, and they are counted
    if (count <= 20)
        QVERIFY(hidden < count / 2);
}

void TestTimelineLayout::spansCoverTheirDays()
{
    TimelineContent content;
    content.lanes.append({qint64(ActivityKind::Meeting), QStringLiteral("Meetings"), {}});
    TimelineMark month;
    month.id = 1;
    month.title = QStringLiteral("Known to the month");
    month.precision = DatePrecision::Month;
    month.firstDay = QDate(2014, 3, 1).toJulianDay();
    month.lastDay = QDate(2014, 3, 31).toJulianDay();
    TimelineMark quarter = month;
    quarter.id = 2;
    quarter.precision = DatePrecision::Quarter;
    quarter.firstDay = QDate(2014, 7, 1).toJulianDay();
    quarter.lastDay = QDate(2014, 9, 30).toJulianDay();
    content.marks = {month, quarter};
    TimelineLayout::Options options;
    options.font = QFont(QStringLiteral("Noto Sans"), 9);
    const TimelineLayout layout(content, QRectF(0, 0, 1000, 300), QDate(2014, 1, 1).toJulianDay(),
                                QDate(2015, 1, 1).toJulianDay(), options);
    for (int i = 0; i < 2; ++i) {
        const TimelineLayout::PlacedMark *placed = layout.placedMark(i);
        QVERIFY(placed);
        QCOMPARE(placed->shape, TimelineLayout::Shape::Span);
        QVERIFY(qAbs(placed->shapeRect.left() - layout.xForDay(content.marks.at(i).firstDay)) < 0.01);
        QVERIFY(qAbs(placed->shapeRect.right() - layout.xForDay(content.marks.at(i).lastDay + 1)) < 0.01);
    }
}

void TestTimelineLayout::axisUnitsFollowTheZoom()
{
    const double day = QDate(2014, 1, 1).toJulianDay();
    QCOMPARE(TimelineAxis(day, day + 14, 1000 / 14.0, 40).minorUnit(), TimelineAxis::Unit::Day);
    QCOMPARE(TimelineAxis(day, day + 365, 1000 / 365.0, 40).minorUnit(), TimelineAxis::Unit::Month);
    QCOMPARE(TimelineAxis(day, day + 3653, 1000 / 3653.0, 40).minorUnit(), TimelineAxis::Unit::Year);
    const TimelineAxis decades(day, day + 36525, 1000 / 36525.0, 40);
    QVERIFY(decades.minorUnit() >= TimelineAxis::Unit::FiveYears);
    // Ticks fall on the first day of their unit.
    const TimelineAxis months(day, day + 365, 1000 / 365.0, 40);
    QVERIFY(months.minorTicks().size() >= 12);
    for (const TimelineAxis::Tick &tick : months.minorTicks())
        QCOMPARE(QDate::fromJulianDay(tick.day).day(), 1);
}

// The height reserved for the legend holds every row it paints, however
// narrow the pane (a partnership's timeline beside its editor).
void TestTimelineLayout::legendFitsItsHeight()
{
    QImage image(1600, 400, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const QFont font;
    bool wrapped = false;
    for (int width : {1500, 900, 560, 420, 300, 200}) {
        const QRectF rect(0, 0, width, 400);
        const double reserved = TimelinePainter::legendHeight(rect, font);
        const double painted = TimelinePainter::paintLegend(painter, rect, font, false);
        QVERIFY2(painted <= reserved + 0.01, qPrintable(QStringLiteral("width %1: painted %2 > reserved %3")
                                                           .arg(width).arg(painted).arg(reserved)));
        wrapped = wrapped || painted > TimelinePainter::legendHeight(QRectF(0, 0, 1500, 400), font);
    }
    QVERIFY(wrapped); // the narrow widths did wrap, so the check above meant something
}

QTEST_MAIN(TestTimelineLayout)
#include "TestTimelineLayout.moc"
