#include "import/DateParser.h"

#include "support/TestPrinters.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

using namespace liaison;

class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("monthFirst");
        QTest::addColumn<QString>("start"); // ISO partial date
        QTest::addColumn<QString>("end");   // empty: no range
        // Reference period for dates without a year: the 2014 financial year.
        QTest::newRow("iso day") << "2013-03-22" << false << "2013-03-22" << "";
        QTest::newRow("iso month") << "2014-03" << false << "2014-03" << "";
        QTest::newRow("iso quarter") << "2014-Q3" << false << "2014-Q3" << "";
        QTest::newRow("quarter words") << "Q3 2014" << false << "2014-Q3" << "";
        QTest::newRow("year") << "2013" << false << "2013" << "";
        QTest::newRow("day first") << "22/03/2013" << false << "2013-03-22" << "";
        QTest::newRow("day first ambiguous") << "03/04/2013" << false << "2013-04-03" << "";
        QTest::newRow("month first") << "03/04/2013" << true << "2013-03-04" << "";
        QTest::newRow("two-digit year dots") << "22.03.13" << false << "2013-03-22" << "";
        QTest::newRow("dd-Mon-yy") << "02-Jul-13" << false << "2013-07-02" << "";
        QTest::newRow("dd-Mon-yy 2") << "14-Mar-14" << false << "2014-03-14" << "";
        QTest::newRow("day month year words") << "14 March 2014" << false << "2014-03-14" << "";
        QTest::newRow("month day, year") << "April 12, 2014" << false << "2014-04-12" << "";
        QTest::newRow("weekday") << "Monday 12th May 2014" << false << "2014-05-12" << "";
        QTest::newRow("month year") << "March 2019" << false << "2019-03" << "";
        QTest::newRow("Mon-yy") << "Oct-12" << false << "2012-10" << "";
        QTest::newRow("Mon-yyyy") << "Dec-2010" << false << "2010-12" << "";
        QTest::newRow("mm/yyyy") << "10/2012" << false << "2012-10" << "";
        QTest::newRow("ordinal without year") << "12th April" << false << "2014-04-12" << "";
        QTest::newRow("without year, early next year") << "3 Feb" << false << "2015-02-03" << "";
        QTest::newRow("day range") << "9-10 Feb" << false << "2015-02-09" << "2015-02-10";
        QTest::newRow("day range numeric") << "16-18/03/2014" << false << "2014-03-16" << "2014-03-18";
        QTest::newRow("full range") << "27/05/2013-29/05/2013" << false << "2013-05-27" << "2013-05-29";
        QTest::newRow("en dash range") << u8"22 – 25/01/2013" << false << "2013-01-22" << "2013-01-25";
        QTest::newRow("to range") << "9 Feb to 2 Mar 2014" << false << "2014-02-09" << "2014-03-02";
        QTest::newRow("month range") << "Jan-Mar 2014" << false << "2014-01" << "2014-03";
        QTest::newRow("spaces around") << "  22/03/2013 " << false << "2013-03-22" << "";
        // Month lists: a whole quarter is that quarter, else the months.
        QTest::newRow("month list quarter") << "Jan/Feb/Mar" << false << "2015-Q1" << "";
        QTest::newRow("month list bounds a quarter") << "Apr/Jun" << false << "2014-Q2" << "";
        QTest::newRow("month list Q4") << "Oct/Nov/Dec" << false << "2014-Q4" << "";
        QTest::newRow("month list two months") << "Feb/Mar" << false << "2015-02" << "2015-03";
        QTest::newRow("month list with year") << "Jul/Aug/Sep 2013" << false << "2013-Q3" << "";
        QTest::newRow("month list across the year") << "Nov/Dec/Jan 2014" << false << "2013-11" << "2014-01";
        // A list of dates: the span from the first to the last.
        QTest::newRow("date list") << "26-oct-12,28-oct-12" << false << "2012-10-26" << "2012-10-28";
        QTest::newRow("date list and") << "9 Feb 2014 and 2 Feb 2014" << false << "2014-02-02" << "2014-02-09";
        QTest::newRow("month-day range, year") << "May 13-15, 2014" << false << "2014-05-13" << "2014-05-15";
        QTest::newRow("month range, two-digit year") << "Jul-Sep 14" << false << "2014-07" << "2014-09";
        QTest::newRow("date list of days") << "9, 10 and 12 Feb 2014" << false << "2014-02-09" << "2014-02-12";
        QTest::newRow("date list of days without year") << "27 & 28 Jan" << false << "2015-01-27" << "2015-01-28";
        QTest::newRow("range parts month-first") << "03/12-03/14/2014" << true << "2014-03-12" << "2014-03-14";
        QTest::newRow("range across the new year") << "28 Dec - 3 Jan" << false << "2014-12-28" << "2015-01-03";
        QTest::newRow("spaced range without year") << "19 - 21 March" << false << "2015-03-19" << "2015-03-21";
        QTest::newRow("Mon-dd without year") << "11-Feb" << false << "2015-02-11" << "";
        QTest::newRow("month with trailing space") << "Feb " << false << "2015-02" << "";
    }

    void forms()
    {
        QFETCH(QString, text);
        QFETCH(bool, monthFirst);
        QFETCH(QString, start);
        QFETCH(QString, end);
        DateParser parser;
        parser.setDayOrder(monthFirst ? DateParser::DayOrder::MonthFirst : DateParser::DayOrder::DayFirst);
        parser.setReferencePeriod(QDate(2014, 4, 1), QDate(2015, 3, 31));
        QString error;
        const DateSpan span = parser.parse(text, &error);
        QVERIFY2(span.isValid(), qPrintable(text + QStringLiteral(": ") + error));
        QCOMPARE(span.start().toIsoString(), start);
        QCOMPARE(span.isRange() ? span.end().toIsoString() : QString(), end);
    }

    void precisionKept()
    {
        DateParser parser;
        QCOMPARE(parser.parse(u"Oct-12").start().precision(), DatePrecision::Month);
        QCOMPARE(parser.parse(u"Q2 2015").start().precision(), DatePrecision::Quarter);
        QCOMPARE(parser.parse(u"Q2 2015").last(), QDate(2015, 6, 30));
        QCOMPARE(parser.parse(u"2013").start().precision(), DatePrecision::Year);
        QCOMPARE(parser.parse(u"22/03/2013").start().precision(), DatePrecision::Day);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << "no date";
        QTest::newRow("words") << "next week" << "not a date";
        QTest::newRow("no such day") << "31/02/2013" << "no such day";
        QTest::newRow("month-first in day-first") << "03/22/2013" << "month-first";
        QTest::newRow("no year, no reference") << "12th April" << "no year";
        QTest::newRow("backwards range") << "29/05/2013-27/05/2013" << "ends before";
        QTest::newRow("TBC") << "TBC" << "not a date";
        QTest::newRow("impossible date") << "30/02/2012" << "no such day";
        QTest::newRow("a year is no part of a list") << "9 Feb 2014, 2015" << "";
        QTest::newRow("too long") << QString(101, QLatin1Char('1')) << "longer than 100 characters";
        QTest::newRow("long dashes") << QStringLiteral("1-").repeated(60) << "longer than 100 characters";
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        DateParser parser;
        QString error;
        QVERIFY(!parser.parse(text, &error).isValid());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // Issue 18: the range splitting cost the square of the cell's length (80 KB: 21.6 s).
    void longCellRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("dashes") << "1-";
        QTest::newRow("to ranges") << "9 Feb to ";
        QTest::newRow("digits") << "1";
        QTest::newRow("list") << "26-oct-12,";
    }

    void longCellRefusedAtOnce()
    {
        QFETCH(QString, unit);
        const QString cell = unit.repeated(1024 * 1024 / unit.size());
        DateParser parser;
        parser.setReferencePeriod(QDate(2014, 1, 1), QDate(2014, 12, 31));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!parser.parse(cell, &error).isValid());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.contains(QLatin1String("longer than")), qPrintable(error));
        bool ambiguous = true;
        timer.restart();
        QCOMPARE(DateParser::dayOrderEvidence(cell, &ambiguous), 0);
        QVERIFY(timer.elapsed() < 1000);
    }

    // Several years of the period fit: refused as ambiguous, never the earliest.
    void yearAmbiguousInPeriod()
    {
        DateParser parser;
        parser.setReferencePeriod(QDate(2013, 1, 1), QDate(2014, 12, 31));
        QString error;
        QVERIFY(!parser.parse(u"12 Feb", &error).isValid());
        QVERIFY2(error.contains(QLatin1String("ambiguous")) && error.contains(QLatin1String("2013"))
                     && error.contains(QLatin1String("2014")),
                 qPrintable(error));
        QVERIFY(!parser.parse(u"9-10 Feb", &error).isValid());
        QVERIFY2(error.contains(QLatin1String("ambiguous")), qPrintable(error));
        // One year fits: taken, and said.
        parser.setReferencePeriod(QDate(2014, 1, 1), QDate(2014, 3, 31));
        DateParser::Details details;
        QCOMPARE(parser.parse(u"12 Feb", &error, &details).start(), PartialDate::day(2014, 2, 12));
        QVERIFY(details.yearFromPeriod);
        QVERIFY(!details.outsidePeriod);
        // Outside the period: the nearest year, said.
        QCOMPARE(parser.parse(u"12 April", &error, &details).start(), PartialDate::day(2014, 4, 12));
        QVERIFY(details.outsidePeriod);
        QCOMPARE(parser.parse(u"Dec", &error, &details).start(), PartialDate::month(2013, 12));
        QVERIFY(details.outsidePeriod);
        // With no period: refused for want of a year, and the caller is told so.
        DateParser bare;
        QVERIFY(!bare.parse(u"Jan/Feb/Mar", &error, &details).isValid());
        QVERIFY(details.missingYear);
        QVERIFY(!bare.parse(u"9 Feb, 11 Feb", &error, &details).isValid());
        QVERIFY(details.missingYear);
        QVERIFY(!bare.parse(u"next week", &error, &details).isValid());
        QVERIFY(!details.missingYear);
    }

    void listsAreSaid()
    {
        DateParser parser;
        DateParser::Details details;
        QVERIFY(parser.parse(u"26-oct-12,28-oct-12", nullptr, &details).isValid());
        QCOMPARE(details.listParts, 2);
        QVERIFY(parser.parse(u"April 12, 2014", nullptr, &details).isValid());
        QCOMPARE(details.listParts, 0); // one date with a comma, not a list
        parser.setReferencePeriod(QDate(2014, 1, 1), QDate(2014, 12, 31));
        QVERIFY(parser.parse(u"Jan/Feb/Mar", nullptr, &details).isValid());
        QVERIFY(details.monthList);
        QCOMPARE(parser.parse(u"Jan/Feb/Mar").start().precision(), DatePrecision::Quarter);
        QCOMPARE(parser.parse(u"Feb/Mar").start().precision(), DatePrecision::Month);
    }

    void rangesAreNoEvidence()
    {
        bool ambiguous = true;
        // 12 and 13 are both days: the range proves nothing about the order.
        QCOMPARE(DateParser::dayOrderEvidence(u"12-13/03/2014", &ambiguous), 0);
        QVERIFY(!ambiguous);
        QCOMPARE(DateParser::dayOrderEvidence(u"9-13/03/2014", &ambiguous), 0);
        QCOMPARE(DateParser::dayOrderEvidence(u"16-18/03/2014", &ambiguous), 0);
        QCOMPARE(DateParser::dayOrderEvidence(u"23/01/2014", &ambiguous), 1);
        QCOMPARE(DateParser::dayOrderEvidence(u"01/23/2014", &ambiguous), -1);
        QCOMPARE(DateParser::dayOrderEvidence(u"16/02", &ambiguous), 1);
        QCOMPARE(DateParser::dayOrderEvidence(u"06/03/2014", &ambiguous), 0);
        QVERIFY(ambiguous);
        QCOMPARE(DateParser::dayOrderEvidence(u"03/03/2014", &ambiguous), 0);
        QVERIFY(!ambiguous); // both orders read the same day
        QCOMPARE(DateParser::dayOrderEvidence(u"30/02/2012", &ambiguous), 0);
        QVERIFY(!ambiguous);
    }

    void systemOrder()
    {
        QString format;
        const DateParser::DayOrder order = DateParser::systemDayOrder(&format);
        QCOMPARE(format, QLocale::system().dateFormat(QLocale::ShortFormat));
        QCOMPARE(order == DateParser::DayOrder::MonthFirst, format.indexOf(QLatin1Char('M')) < format.indexOf(QLatin1Char('d')));
    }

    void dayOrderEvidence()
    {
        bool ambiguous = false;
        QCOMPARE(DateParser::dayOrderEvidence(u"22/03/2013", &ambiguous), 1);
        QVERIFY(!ambiguous);
        QCOMPARE(DateParser::dayOrderEvidence(u"03/22/2013", &ambiguous), -1);
        QCOMPARE(DateParser::dayOrderEvidence(u"03/04/2013", &ambiguous), 0);
        QVERIFY(ambiguous);
        QCOMPARE(DateParser::dayOrderEvidence(u"2013-03-04", &ambiguous), 0);
        QVERIFY(!ambiguous);
        QCOMPARE(DateParser::dayOrderEvidence(u"14-Mar-14", &ambiguous), 0);
    }
};

QTEST_GUILESS_MAIN(TestDateParser)
#include "TestDateParser.moc"
