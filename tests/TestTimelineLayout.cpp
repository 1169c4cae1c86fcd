#include "timeline/TimelineLayout.h"
#include "timeline/TimelinePainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QSet>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace liaison;

// The layout's promises, on crowded synthetic content: labels never overlap
// one another or another mark; marks never cover one another (those that
// would are counted in badges, which cover nothing either); every mark is
// drawn or counted once; the hidden labels are counted; spans cover exactly
// their days; axis labels sit on the year they name.
class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void spansCoverTheirDays();
    void axisUnitsFollowTheZoom();
    void marksNeverPileUp_data();
    void marksNeverPileUp();
    void yearLabelsSitOnTheirYear_data();
    void yearLabelsSitOnTheirYear();
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
    // Each mark drawn or counted in a badge, once.
    QSet<int> accounted;
    for (const TimelineLayout::PlacedMark &placed : layout.marks())
        accounted.insert(placed.mark);
    int inBadges = 0;
    for (const TimelineLayout::Badge &badge : layout.badges()) {
        inBadges += int(badge.marks.size());
        for (int index : badge.marks)
            accounted.insert(index);
    }
    QCOMPARE(int(layout.marks().size()) + inBadges, int(content.marks.size()));
    QCOMPARE(int(accounted.size()), int(content.marks.size()));
    if (count <= 20)
        QVERIFY(layout.badges().isEmpty());
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

namespace {
// Whether two shapes cover one another, allowing half a pixel of antialiasing.
bool covers(const QRectF &a, const QRectF &b)
{
    return a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5));
}
} // namespace

void TestTimelineLayout::marksNeverPileUp_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("height");
    QTest::newRow("busy year") << 600 << 600;
    QTest::newRow("day zoom on a crowd") << 5000 << 600;
    QTest::newRow("one row per lane") << 2000 << 200;
}

// What the timeline showed at day zoom on 200,000 activities: rows of circles
// piled on one another. Now no mark covers another: those that would are
// counted in a badge per lane and stretch, and badges cover nothing.
void TestTimelineLayout::marksNeverPileUp()
{
    QFETCH(int, count);
    QFETCH(int, height);
    const TimelineContent content = crowd(count, quint32(count + height));
    TimelineLayout::Options options;
    options.font = QFont(QStringLiteral("Noto Sans"), 9);
    const double first = QDate(2015, 1, 1).toJulianDay(), last = QDate(2016, 1, 1).toJulianDay();
    const TimelineLayout layout(content, QRectF(0, 0, 1200, height), first, last, options);
    const auto &marks = layout.marks();
    for (int i = 0; i < marks.size(); ++i)
        for (int j = i + 1; j < marks.size(); ++j)
            QVERIFY2(!covers(marks.at(i).shapeRect, marks.at(j).shapeRect),
                     qPrintable(QStringLiteral("marks %1 and %2 overlap").arg(marks.at(i).mark).arg(marks.at(j).mark)));
    QVERIFY(!layout.badges().isEmpty());
    int inBadges = 0;
    for (int b = 0; b < layout.badges().size(); ++b) {
        const TimelineLayout::Badge &badge = layout.badges().at(b);
        inBadges += int(badge.marks.size());
        QVERIFY(badge.marks.size() >= 1);
        QVERIFY2(layout.lanes().at(badge.lane).rect.contains(badge.rect),
                 qPrintable(QStringLiteral("badge %1,%2 %3x%4 outside its lane %5,%6 %7x%8").arg(badge.rect.left()).arg(badge.rect.top())
                                .arg(badge.rect.width()).arg(badge.rect.height()).arg(layout.lanes().at(badge.lane).rect.left())
                                .arg(layout.lanes().at(badge.lane).rect.top()).arg(layout.lanes().at(badge.lane).rect.width())
                                .arg(layout.lanes().at(badge.lane).rect.height())));
        // Its activities are those of its lane and of the stretch it stands for.
        for (int index : badge.marks) {
            QCOMPARE(content.marks.at(index).lane, badge.lane);
            QVERIFY(content.marks.at(index).firstDay >= badge.firstDay);
        }
        for (const TimelineLayout::PlacedMark &placed : marks) {
            QVERIFY2(!covers(badge.rect, placed.shapeRect), qPrintable(QStringLiteral("badge %1 covers a mark").arg(b)));
            QVERIFY2(placed.labelRect.isEmpty() || !covers(badge.rect, placed.labelRect),
                     qPrintable(QStringLiteral("badge %1 covers a label").arg(b)));
        }
        for (int other = b + 1; other < layout.badges().size(); ++other)
            QVERIFY(!covers(badge.rect, layout.badges().at(other).rect));
        // The count fits its badge.
        const QFontMetricsF fm(QFont(QStringLiteral("Noto Sans"), 9 * 0.8, QFont::Bold));
        QVERIFY2(fm.horizontalAdvance(badge.text()) <= badge.rect.width(),
                 qPrintable(QStringLiteral("%1 in %2 px at %3").arg(badge.text()).arg(badge.rect.width()).arg(badge.rect.left())));
    }
    QCOMPARE(int(marks.size()) + inBadges, count);
    QCOMPARE(layout.badgeAt(layout.badges().first().rect.center()), std::optional<int>(0));

    const QString shots = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QImage image(1200, height, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        TimelinePainter::paint(painter, layout, content, options.font);
        painter.end();
        image.save(shots + QStringLiteral("/timeline-badges-%1-%2.png").arg(count).arg(height));
    }
}

void TestTimelineLayout::yearLabelsSitOnTheirYear_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("width");
    // A partnership's years on an A4 page: five-year units at this width.
    QTest::newRow("2010-2016 narrow") << QDate(2010, 1, 1) << QDate(2016, 12, 31) << 420;
    // The same band clipped by the left edge: "2010" must not stand over 2013.
    QTest::newRow("clipped at 2013") << QDate(2013, 3, 1) << QDate(2021, 6, 30) << 420;
    QTest::newRow("decades") << QDate(1952, 1, 1) << QDate(2031, 1, 1) << 600;
    QTest::newRow("years") << QDate(2009, 7, 1) << QDate(2016, 1, 1) << 1100;
}

void TestTimelineLayout::yearLabelsSitOnTheirYear()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, width);
    TimelineContent content;
    content.lanes.append({qint64(ActivityKind::Meeting), QStringLiteral("Meetings"), {}});
    TimelineLayout::Options options;
    options.font = QFont(QStringLiteral("Noto Sans"), 9);
    const TimelineLayout layout(content, QRectF(0, 0, width, 200), from.toJulianDay(), to.toJulianDay(), options);
    const QList<TimelinePainter::AxisLabel> labels = TimelinePainter::minorAxisLabels(layout, options.font);
    QVERIFY(!labels.isEmpty());
    const QString shots = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QImage image(width, 60, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        TimelinePainter::paint(painter, layout, content, options.font);
        painter.end();
        image.save(shots + QStringLiteral("/timeline-axis-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    }
    const QFontMetricsF fm(QFont(QStringLiteral("Noto Sans"), 9 * 0.9));
    for (const TimelinePainter::AxisLabel &label : labels) {
        bool isYear = false;
        const int year = label.text.left(4).toInt(&isYear);
        if (!isYear)
            continue; // quarters, months
        // The text starts within the year it names (drawn centred in its rect).
        const double textLeft = label.rect.center().x() - fm.horizontalAdvance(label.text) / 2;
        const double yearStart = layout.xForDay(QDate(year, 1, 1).toJulianDay());
        const double yearEnd = layout.xForDay(QDate(year + 1, 1, 1).toJulianDay());
        QVERIFY2(textLeft >= yearStart - 0.5 && textLeft < yearEnd,
                 qPrintable(QStringLiteral("%1 starts at %2, its year is %3-%4").arg(label.text).arg(textLeft).arg(yearStart).arg(yearEnd)));
        QVERIFY(label.rect.left() >= layout.axisRect().left() - 0.5);
    }
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
