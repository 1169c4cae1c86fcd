#include "import/TypedDateReader.h"

#include <QTest>

using namespace liaison;

// Dates as people type them into a form field, read with a fixed "today".
class TestTypedDateReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEachForm_data();
    void readsEachForm();
    void dayOrderFollowsTheLocale();
    void refusesWhatIsNotOneDate_data();
    void refusesWhatIsNotOneDate();
    void describesWhatWillBeStored();
};

namespace {
const QDate kToday(2026, 11, 4);
}

void TestTypedDateReader::readsEachForm_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<PartialDate>("expected");
    QTest::newRow("day month-name year") << "30 Nov 2026" << PartialDate::day(2026, 11, 30);
    QTest::newRow("numeric day first") << "30/11/2026" << PartialDate::day(2026, 11, 30);
    QTest::newRow("ISO") << "2026-11-30" << PartialDate::day(2026, 11, 30);
    QTest::newRow("month") << "Nov 2026" << PartialDate::month(2026, 11);
    QTest::newRow("quarter") << "Q3 2014" << PartialDate::quarter(2014, 3);
    QTest::newRow("year") << "2014" << PartialDate::year(2014);
    QTest::newRow("today") << "today" << PartialDate(kToday);
    QTest::newRow("Today, spaced") << "  Today " << PartialDate(kToday);
    QTest::newRow("tomorrow") << "tomorrow" << PartialDate(kToday.addDays(1));
    QTest::newRow("yesterday") << "yesterday" << PartialDate(kToday.addDays(-1));
    QTest::newRow("+2w") << "+2w" << PartialDate::day(2026, 11, 18);
    QTest::newRow("+3d") << "+3d" << PartialDate::day(2026, 11, 7);
    QTest::newRow("+1m") << "+1m" << PartialDate::day(2026, 12, 4);
    QTest::newRow("+1y") << "+1y" << PartialDate::day(2027, 11, 4);
    QTest::newRow("-1w") << "-1w" << PartialDate::day(2026, 10, 28);
    QTest::newRow("+ 10 d") << "+ 10 d" << PartialDate::day(2026, 11, 14);
    // No year: the nearest to today (a follow-up in January is next year's).
    QTest::newRow("no year, soon") << "14 Dec" << PartialDate::day(2026, 12, 14);
    QTest::newRow("no year, next January") << "10 Jan" << PartialDate::day(2027, 1, 10);
    QTest::newRow("empty is not set") << "" << PartialDate();
}

void TestTypedDateReader::readsEachForm()
{
    QFETCH(QString, typed);
    QFETCH(PartialDate, expected);
    QString error;
    const PartialDate read = TypedDateReader(DateParser::DayOrder::DayFirst, kToday).read(typed, &error);
    QCOMPARE(read, expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTypedDateReader::dayOrderFollowsTheLocale()
{
    // The order is the caller's (the form passes its locale's): 11/30 only reads month first.
    QCOMPARE(TypedDateReader(DateParser::DayOrder::MonthFirst, kToday).read(u"11/30/2026"), PartialDate::day(2026, 11, 30));
    QCOMPARE(TypedDateReader(DateParser::DayOrder::MonthFirst, kToday).read(u"03/04/2026"), PartialDate::day(2026, 3, 4));
    QCOMPARE(TypedDateReader(DateParser::DayOrder::DayFirst, kToday).read(u"03/04/2026"), PartialDate::day(2026, 4, 3));
}

void TestTypedDateReader::refusesWhatIsNotOneDate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("words") << "next tuesday-ish";
    QTest::newRow("range") << "9-10 Feb 2014";
    QTest::newRow("impossible day") << "31 Feb 2014";
    QTest::newRow("unit unknown") << "+2x";
    QTest::newRow("sign alone") << "+";
    QTest::newRow("the old edit's leftovers") << "not set14Dec2026";
}

void TestTypedDateReader::refusesWhatIsNotOneDate()
{
    QFETCH(QString, typed);
    QString error;
    QVERIFY(!TypedDateReader(DateParser::DayOrder::DayFirst, kToday).read(typed, &error).isValid());
    QVERIFY2(!error.isEmpty(), qPrintable(typed));
}

void TestTypedDateReader::describesWhatWillBeStored()
{
    QCOMPARE(TypedDateReader::describe(PartialDate::day(2026, 11, 30)), QStringLiteral("30 Nov 2026, day"));
    QCOMPARE(TypedDateReader::describe(PartialDate::quarter(2014, 3)), QStringLiteral("Q3 2014, quarter"));
    QCOMPARE(TypedDateReader::describe(PartialDate::year(2014)), QStringLiteral("2014, year"));
    QCOMPARE(TypedDateReader::describe(PartialDate()), QStringLiteral("not set"));
}

QTEST_GUILESS_MAIN(TestTypedDateReader)
#include "TestTypedDateReader.moc"
