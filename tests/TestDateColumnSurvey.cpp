#include "import/DateColumnSurvey.h"

#include <QBuffer>
#include <QTest>

using namespace liaison;
using Order = DateParser::DayOrder;

// Each date column's day order from the cells that prove it.
class TestDateColumnSurvey : public QObject
{
    Q_OBJECT

private slots:
    // One day-first date decides; ranges that look month-first do not flip it.
    void rangesNeverFlip()
    {
        DateColumnSurvey survey;
        survey.add(0, QStringLiteral("23/01/2014"), 2);
        for (int i = 0; i < 5; ++i)
            survey.add(0, QStringLiteral("12-13/03/2014"), 3 + i);
        survey.add(0, QStringLiteral("06/03/2014"), 9);
        QString warning;
        QCOMPARE(survey.order(0, Order::MonthFirst, QStringLiteral("the system's order"), QStringLiteral("Date"), &warning),
                 Order::DayFirst);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(survey.evidence(), 1);
    }

    void noEvidenceTakesTheFallbackAndSaysSo()
    {
        DateColumnSurvey survey;
        survey.add(0, QStringLiteral("03/04/2014"), 2);
        survey.add(0, QStringLiteral("2014-05-06"), 3);
        QString warning;
        QCOMPARE(survey.order(0, Order::MonthFirst, QStringLiteral("the system's order (M/d/yy)"), QStringLiteral("Date"), &warning),
                 Order::MonthFirst);
        QVERIFY2(warning.contains(QLatin1String("\"03/04/2014\" (line 2)")) && warning.contains(QLatin1String("month-first, the system's order (M/d/yy)")),
                 qPrintable(warning));
    }

    void nothingAmbiguousSaysNothing()
    {
        DateColumnSurvey survey;
        survey.add(0, QStringLiteral("03/03/2014"), 2); // the same day both ways
        survey.add(0, QStringLiteral("2014-05-06"), 3);
        survey.add(0, QStringLiteral("9-10 Feb"), 4);
        survey.add(0, QStringLiteral("12-13/03/2014"), 5);
        QString warning;
        QCOMPARE(survey.order(0, Order::DayFirst, QStringLiteral("the system's order"), QStringLiteral("Date"), &warning),
                 Order::DayFirst);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(survey.ambiguousCells(), 0);
    }

    void disagreementTakesTheMajorityWithAWarning()
    {
        DateColumnSurvey survey;
        survey.add(0, QStringLiteral("23/01/2014"), 2);
        survey.add(0, QStringLiteral("24/01/2014"), 3);
        survey.add(0, QStringLiteral("01/25/2014"), 4);
        QString warning;
        QCOMPARE(survey.order(0, Order::MonthFirst, QStringLiteral("the system's order"), QStringLiteral("Date"), &warning),
                 Order::DayFirst);
        QVERIFY2(warning.contains(QLatin1String("2 cells are day-first")) && warning.contains(QLatin1String("line 4")),
                 qPrintable(warning));
    }

    // Per column: a month-first column beside a day-first one.
    void perColumn()
    {
        QBuffer file;
        file.setData("Title row,,\nDate,Until,Who\n23/01/2014,01/24/2014,A\n03/04/2014,05/06/2014,B\nJan-14,x,C\n");
        file.open(QIODevice::ReadOnly);
        ImportMapping mapping;
        mapping.headerRow = 1;
        mapping.dataStart = 2;
        for (const auto &[column, field] : {std::pair{0, ImportField::Date}, std::pair{1, ImportField::EndDate},
                                            std::pair{2, ImportField::People}}) {
            ColumnMapping c;
            c.column = column;
            c.field = field;
            mapping.columns.append(c);
        }
        DateColumnSurvey survey;
        survey.read(file, CsvFormat(), mapping);
        QCOMPARE(survey.order(0, Order::MonthFirst, QString(), QStringLiteral("Date"), nullptr), Order::DayFirst);
        QCOMPARE(survey.order(1, Order::DayFirst, QString(), QStringLiteral("Until"), nullptr), Order::MonthFirst);
        QCOMPARE(survey.titles(), QStringList{QStringLiteral("Title row")});
        QCOMPARE(survey.columns().value(0).datedText, QStringLiteral("23/01/2014"));
        QCOMPARE(survey.columns().value(0).datedLine, 3);
        QCOMPARE(file.pos(), 0); // rewound for the import
    }
};

QTEST_GUILESS_MAIN(TestDateColumnSurvey)
#include "TestDateColumnSurvey.moc"
