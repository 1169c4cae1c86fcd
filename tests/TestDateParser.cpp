#include "import/DateParser.h"

#include "support/TestPrinters.h"

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
