#include "import/DateCellReader.h"

#include <QTest>

using namespace liaison;

// The importer's reading of date cells: per-column order, years for dates
// without one, and what the row's report and the summary are told.
class TestDateCellReader : public QObject
{
    Q_OBJECT

private slots:
    void fromParts()
    {
        QCOMPARE(DateCellReader::fromParts(QStringLiteral("12"), QStringLiteral("March"), QStringLiteral("2014")),
                 QStringLiteral("12 March 2014"));
        QCOMPARE(DateCellReader::fromParts(QString(), QStringLiteral("3"), QStringLiteral("2014")), QStringLiteral("March 2014"));
        QCOMPARE(DateCellReader::fromParts(QStringLiteral("Tuesday 4"), QStringLiteral(" 3 "), QStringLiteral("2014")),
                 QStringLiteral("Tuesday 4 March 2014"));
        QCOMPARE(DateCellReader::fromParts(QString(), QStringLiteral("Jan-14"), QStringLiteral("2014")), QStringLiteral("Jan-14"));
        QCOMPARE(DateCellReader::fromParts(QStringLiteral("12"), QString(), QStringLiteral("2015")), QStringLiteral("2015"));
        QCOMPARE(DateCellReader::fromParts(QString(), QString(), QString()), QString());
    }

    void readsAndSays()
    {
        ImportMapping mapping;
        ColumnMapping date;
        date.column = 0;
        date.field = ImportField::Date;
        mapping.columns.append(date);
        DateColumnSurvey survey;
        survey.add(0, QStringLiteral("23/01/2014"), 2);
        DateCellReader reader(mapping);
        QStringList warnings;
        reader.prepare(survey, {QStringLiteral("Date")}, QStringLiteral("/home/me/2009/meetings-jan-mar-2014.csv"), &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('|'))));
        QString error;
        QStringList notes;
        QCOMPARE(reader.read(0, QStringLiteral("06/03/2014"), {}, 3, &error, &notes).start(), PartialDate::day(2014, 3, 6));
        QCOMPARE(reader.takeWarnings(), QStringList());
        QCOMPARE(reader.read(0, QStringLiteral("9-10 Feb"), {}, 4, &error, &notes).start(), PartialDate::day(2014, 2, 9));
        const QStringList said = reader.takeWarnings();
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QLatin1String("\"meetings-jan-mar-2014.csv\" (January to March 2014)")), qPrintable(said.first()));
        QCOMPARE(reader.read(0, QStringLiteral("Feb"), {}, 5, &error, &notes).start(), PartialDate::month(2014, 2));
        QCOMPARE(reader.takeWarnings(), QStringList()); // said once
        QVERIFY(notes.isEmpty());
        QCOMPARE(reader.read(0, QStringLiteral("9 Feb"), u"2012", 6, &error, &notes).start(), PartialDate::day(2012, 2, 9));
        QCOMPARE(reader.takeWarnings().size(), 1); // the Year column, a new source
        QCOMPARE(reader.read(0, QStringLiteral("1 May"), {}, 7, &error, &notes).start(), PartialDate::day(2014, 5, 1));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QLatin1String("falls outside")), qPrintable(notes.first()));
        QVERIFY(!reader.read(0, QStringLiteral("1-").repeated(5000), {}, 8, &error, &notes).isValid());
        QVERIFY2(error.size() < 120 && error.contains(QLatin1String("longer than 100")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDateCellReader)
#include "TestDateCellReader.moc"
