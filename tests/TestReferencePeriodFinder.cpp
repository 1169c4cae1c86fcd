#include "import/ReferencePeriodFinder.h"
#include "import/YearContext.h"

#include <QTest>

using namespace liaison;

// The period a file's name or title row names, which gives dates without a
// year their year (and YearContext, which chooses among the sources).
class TestReferencePeriodFinder : public QObject
{
    Q_OBJECT

private slots:
    void periods_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("dashed months and year") << "meetings-jan-mar-2014.csv" << QDate(2014, 1, 1) << QDate(2014, 3, 31);
        QTest::newRow("joined, two-digit year") << "DfT_aprjun13_meetings.csv" << QDate(2013, 4, 1) << QDate(2013, 6, 30);
        QTest::newRow("sept") << "FCO-ministers-julsept2011.csv" << QDate(2011, 7, 1) << QDate(2011, 9, 30);
        QTest::newRow("oct-dec") << "hospitality oct-dec-2010.csv" << QDate(2010, 10, 1) << QDate(2010, 12, 31);
        QTest::newRow("quarter") << "Ministerial meetings Q3 2014.csv" << QDate(2014, 7, 1) << QDate(2014, 9, 30);
        QTest::newRow("quarter word") << "Quarter 2 2015 returns" << QDate(2015, 4, 1) << QDate(2015, 6, 30);
        QTest::newRow("title") << "Ministerial meetings, January to March 2014" << QDate(2014, 1, 1) << QDate(2014, 3, 31);
        QTest::newRow("title with days") << "Meetings 1 January - 31 March 2014" << QDate(2014, 1, 1) << QDate(2014, 3, 31);
        QTest::newRow("across the new year") << "gifts-dec-feb-2014.csv" << QDate(2013, 12, 1) << QDate(2014, 2, 28);
        QTest::newRow("one month") << "travel March 2012.csv" << QDate(2012, 3, 1) << QDate(2012, 3, 31);
        QTest::newRow("year alone") << "overseas-travel-2012.csv" << QDate(2012, 1, 1) << QDate(2012, 12, 31);
        QTest::newRow("financial year") << "ministers-meetings-2013-14.csv" << QDate(2013, 4, 1) << QDate(2014, 3, 31);
        QTest::newRow("months in a financial year") << "returns jan-mar 2013/14" << QDate(2014, 1, 1) << QDate(2014, 3, 31);
    }

    void periods()
    {
        QFETCH(QString, text);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const ReferencePeriodFinder::Period p = ReferencePeriodFinder::find(text);
        QVERIFY2(p.isValid(), qPrintable(text));
        QCOMPARE(p.from, from);
        QCOMPARE(p.to, to);
        QVERIFY(!p.description.isEmpty());
    }

    void noPeriod_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain name") << "meetings.csv";
        QTest::newRow("month words without a year") << "may-meetings.csv";
        QTest::newRow("words that start like months") << "summary of decisions.csv";
        QTest::newRow("long digit runs") << "export-20140306.csv";
        QTest::newRow("version") << "meetings_v2.csv";
    }

    void noPeriod()
    {
        QFETCH(QString, text);
        QVERIFY2(!ReferencePeriodFinder::find(text).isValid(), qPrintable(ReferencePeriodFinder::find(text).description));
    }

    void described()
    {
        QCOMPARE(ReferencePeriodFinder::find(u"meetings-jan-mar-2014").description, QStringLiteral("January to March 2014"));
        QCOMPARE(ReferencePeriodFinder::find(u"dec-feb-2014").description, QStringLiteral("December 2013 to February 2014"));
        QCOMPARE(ReferencePeriodFinder::find(u"2012").description, QStringLiteral("2012"));
    }

    // The order of the sources: Year column, file name, title, the column's dated cells.
    void yearContextOrder()
    {
        YearContext years;
        QVERIFY(!years.periodFor(0, u"").isValid());
        years.noteDated(0, DateSpan(PartialDate::month(2012, 6)), 9, QStringLiteral("Jun-12"), true);
        QCOMPARE(years.periodFor(0, u"").source, YearContext::Source::Column);
        QVERIFY(years.periodFor(0, u"").description.contains(QLatin1String("below")));
        years.noteDated(0, DateSpan(PartialDate::month(2013, 12)), 3, QStringLiteral("Dec-13"));
        const YearContext::Period around = years.periodFor(0, u"");
        QCOMPARE(around.from, QDate(2013, 7, 1)); // twelve months: the nearest year for each month
        QCOMPARE(around.to, QDate(2014, 6, 30));
        QVERIFY(!years.periodFor(1, u"").isValid()); // another column has no dated cell
        years.addTitle(QStringLiteral("Ministerial meetings, April to June 2011"));
        QCOMPARE(years.periodFor(0, u"").source, YearContext::Source::Title);
        QCOMPARE(years.periodFor(1, u"").from, QDate(2011, 4, 1));
        years.setFileName(QStringLiteral("meetings-jan-mar-2014.csv"));
        QCOMPARE(years.periodFor(0, u"").source, YearContext::Source::FileName);
        QCOMPARE(years.periodFor(0, u" 2009 ").source, YearContext::Source::YearColumn);
        QCOMPARE(years.periodFor(0, u"2009").from, QDate(2009, 1, 1));
        QCOMPARE(years.periodFor(0, u"n/a").source, YearContext::Source::FileName);
        QCOMPARE(years.periodFor(0, u"2013-14").from, QDate(2013, 4, 1)); // a financial year in the Year column
        QCOMPARE(years.periodFor(0, u"2013-14").to, QDate(2014, 3, 31));
    }
};

QTEST_GUILESS_MAIN(TestReferencePeriodFinder)
#include "TestReferencePeriodFinder.moc"
