#include "domain/DateSpan.h"
#include "domain/PartialDate.h"

#include <QTest>

using namespace liaison;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void spans_data();
    void spans();
    void isoRoundTrip_data();
    void isoRoundTrip();
    void rejectsMalformedIso_data();
    void rejectsMalformedIso();
    void normalisesToStartOfSpan();
    void dateSpanRange();
    void dateSpanEndingWhereItStartsIsNoRange();
    void displayStrings();
};

void TestPartialDate::spans_data()
{
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("day") << PartialDate::day(2014, 3, 14) << QDate(2014, 3, 14) << QDate(2014, 3, 14);
    QTest::newRow("month") << PartialDate::month(2012, 10) << QDate(2012, 10, 1) << QDate(2012, 10, 31);
    QTest::newRow("february leap") << PartialDate::month(2016, 2) << QDate(2016, 2, 1) << QDate(2016, 2, 29);
    QTest::newRow("quarter") << PartialDate::quarter(2013, 3) << QDate(2013, 7, 1) << QDate(2013, 9, 30);
    QTest::newRow("q4") << PartialDate::quarter(2013, 4) << QDate(2013, 10, 1) << QDate(2013, 12, 31);
    QTest::newRow("year") << PartialDate::year(2022) << QDate(2022, 1, 1) << QDate(2022, 12, 31);
}

void TestPartialDate::spans()
{
    QFETCH(PartialDate, date);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QVERIFY(date.isValid());
    QCOMPARE(date.first(), first);
    QCOMPARE(date.last(), last);
    QCOMPARE(date.monthKey(), first.year() * 100 + first.month());
}

void TestPartialDate::isoRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::newRow("day") << "2014-03-12" << int(DatePrecision::Day);
    QTest::newRow("month") << "2012-10" << int(DatePrecision::Month);
    QTest::newRow("quarter") << "2014-Q3" << int(DatePrecision::Quarter);
    QTest::newRow("year") << "2013" << int(DatePrecision::Year);
}

void TestPartialDate::isoRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    const PartialDate date = PartialDate::fromIsoString(text);
    QVERIFY(date.isValid());
    QCOMPARE(int(date.precision()), precision);
    QCOMPARE(date.toIsoString(), text);
    QCOMPARE(PartialDate::fromIsoString(date.toIsoString()), date);
}

void TestPartialDate::rejectsMalformedIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("month 13") << "2014-13";
    QTest::newRow("quarter 5") << "2014-Q5";
    QTest::newRow("30 Feb") << "2014-02-30";
    QTest::newRow("words") << "Oct-12";
}

void TestPartialDate::rejectsMalformedIso()
{
    QFETCH(QString, text);
    QVERIFY(!PartialDate::fromIsoString(text).isValid());
}

void TestPartialDate::normalisesToStartOfSpan()
{
    // Whatever day it is given, a month-precision date is the month.
    const PartialDate date(QDate(2012, 10, 17), DatePrecision::Month);
    QCOMPARE(date, PartialDate::month(2012, 10));
    QCOMPARE(PartialDate(QDate(2013, 8, 20), DatePrecision::Quarter), PartialDate::quarter(2013, 3));
    QVERIFY(PartialDate::month(2012, 10) != PartialDate::day(2012, 10, 1));
}

void TestPartialDate::dateSpanRange()
{
    // "9-10 Feb 2013"
    const DateSpan span(PartialDate::day(2013, 2, 9), PartialDate::day(2013, 2, 10));
    QVERIFY(span.isRange());
    QCOMPARE(span.first(), QDate(2013, 2, 9));
    QCOMPARE(span.last(), QDate(2013, 2, 10));
    // A range known to the month at its end still ends at the month's end.
    const DateSpan loose(PartialDate::day(2013, 1, 20), PartialDate::month(2013, 3));
    QCOMPARE(loose.last(), QDate(2013, 3, 31));
}

void TestPartialDate::dateSpanEndingWhereItStartsIsNoRange()
{
    const DateSpan span(PartialDate::month(2012, 10), PartialDate::month(2012, 10));
    QVERIFY(!span.isRange());
    QCOMPARE(span.last(), QDate(2012, 10, 31));
}

void TestPartialDate::displayStrings()
{
    QCOMPARE(PartialDate::day(2014, 3, 12).toDisplayString(), QStringLiteral("12 Mar 2014"));
    QCOMPARE(PartialDate::month(2012, 10).toDisplayString(), QStringLiteral("Oct 2012"));
    QCOMPARE(PartialDate::quarter(2014, 3).toDisplayString(), QStringLiteral("Q3 2014"));
    QCOMPARE(PartialDate::year(2013).toDisplayString(), QStringLiteral("2013"));
    QCOMPARE(DateSpan(PartialDate::day(2013, 2, 9), PartialDate::day(2013, 2, 10)).toDisplayString(),
             QStringLiteral("9 Feb 2013 – 10 Feb 2013"));
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "TestPartialDate.moc"
