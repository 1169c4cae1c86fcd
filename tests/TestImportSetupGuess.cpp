#include "support/TestDatabase.h"

#include "domain/Activity.h"
#include "import/ColumnProfile.h"
#include "import/HeaderWords.h"
#include "import/ImportSetupGuess.h"
#include "import/MoneyText.h"
#include "import/NoteRows.h"
#include "import/PlaceList.h"
#include "storage/Database.h"
#include "storage/ListQuery.h"
#include "storage/Repository.h"

#include <QBuffer>
#include <QTest>

using namespace liaison;
using liaison::test::TestDatabase;

// The default setup of a file and the pieces it is made of: heading words,
// cell profiles, note rows, costs, destinations; and the new activity fields
// stored on both backends.
class TestImportSetupGuess : public QObject
{
    Q_OBJECT

private slots:
    void headerWords();
    void suggestFieldWholeWords_data();
    void suggestFieldWholeWords();
    void cellContent_data();
    void cellContent();
    void money_data();
    void money();
    void places_data();
    void places();
    void noteRows_data();
    void noteRows();
    void cellsVetoHeadings();
    void lowConfidenceLeftUnmapped();
    void fillDownFound();
    void fillDownNotForFullColumns();
    void sampleIsBounded();
    void newFieldsStored();

private:
    static QList<QStringList> rows(const char *csv);
    static const ImportSetupGuess::Column &column(const ImportSetupGuess &g, int c) { return g.columns.at(c); }
};

QList<QStringList> TestImportSetupGuess::rows(const char *csv)
{
    QList<QStringList> list;
    for (const QString &line : QString::fromUtf8(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list.append(line.split(QLatin1Char('|')));
    return list;
}

void TestImportSetupGuess::headerWords()
{
    const HeaderWords w(QStringLiteral("Cost of trip (Minister only)"));
    QCOMPARE(w.words(), QStringList({QStringLiteral("cost"), QStringLiteral("of"), QStringLiteral("trip")}));
    QVERIFY(!HeaderWords(QStringLiteral("Officials accompanying")).has({"company"}));
    QVERIFY(HeaderWords(QStringLiteral("Name of Organisation(s)")).has({"organisation"}));
    QVERIFY(HeaderWords(QStringLiteral("Companies")).has({"company", "companies"}));
    QVERIFY(HeaderWords(QStringLiteral("Next steps")).has({"next step"}));
    QVERIFY(!HeaderWords(QStringLiteral("Steps next")).has({"next step"}));
    QVERIFY(HeaderWords(QStringLiteral("Type of meeting")).onlyOf({"type", "of", "meeting"}));
    QVERIFY(!HeaderWords(QStringLiteral("Type of hospitality")).onlyOf({"type", "of", "meeting"}));
    // A heading that is only an aside keeps it.
    QCOMPARE(HeaderWords(QStringLiteral("(Minister)")).words(), QStringList{QStringLiteral("minister")});
}

void TestImportSetupGuess::suggestFieldWholeWords_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    using F = ImportField;
    // Each of the first four was mapped wrong by matching parts of words.
    QTest::newRow("accompanying is no company") << "Officials accompanying" << int(F::Officials);
    QTest::newRow("type of hospitality") << "Type of hospitality" << int(F::Ignore);
    QTest::newRow("cost, minister only") << "Cost of trip (Minister only)" << int(F::Cost);
    QTest::newRow("total cost") << "Total cost including travel and accommodation (Minister only)" << int(F::Cost);
    QTest::newRow("minister's day") << "Minister's day" << int(F::Day); // weekday cells leave it out (cellsVetoHeadings)
    QTest::newRow("transport") << "Mode of transport" << int(F::Transport);
    QTest::newRow("officials number") << "Number of officials accompanying Minister" << int(F::Officials);
    QTest::newRow("source file") << "Source file" << int(F::Source);
    QTest::newRow("type of meeting") << "Type of meeting" << int(F::Kind);
    QTest::newRow("type") << "Type" << int(F::Kind);
    QTest::newRow("organisation") << "Name of Organisation" << int(F::Organisations);
    QTest::newRow("minister") << "Minister" << int(F::People);
    QTest::newRow("date") << "Date(s) of trip" << int(F::Date);
    QTest::newRow("destination") << "Destination" << int(F::Location);
    QTest::newRow("purpose") << "Purpose of meeting" << int(F::Purpose);
    QTest::newRow("attendance is no end") << "Attendance" << int(F::Ignore);
    QTest::newRow("a diary's meeting with") << "Meeting with" << int(F::Organisations);
    QTest::newRow("subject") << "Subject" << int(F::Title);
    QTest::newRow("weekday") << "Weekday" << int(F::Ignore);
}

void TestImportSetupGuess::suggestFieldWholeWords()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(importFieldName(ImportMapping::suggestField(header, ImportTarget::Activity)), importFieldName(ImportField(field)));
}

void TestImportSetupGuess::cellContent_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("content");
    using C = ColumnProfile::Content;
    QTest::newRow("pounds") << QStringLiteral("£1,207.39") << int(C::Amount);
    QTest::newRow("pounds with text") << QStringLiteral("£514 (met by FCO)") << int(C::Amount);
    QTest::newRow("euros") << QStringLiteral("€800") << int(C::Amount);
    QTest::newRow("bare decimal") << QStringLiteral("1207.39") << int(C::Amount);
    QTest::newRow("weekday") << QStringLiteral("Tuesday") << int(C::Weekday);
    QTest::newRow("short weekday") << QStringLiteral("Thurs") << int(C::Weekday);
    QTest::newRow("count") << QStringLiteral("22") << int(C::Count);
    QTest::newRow("n/a") << QStringLiteral("n/a") << int(C::Missing);
    QTest::newRow("iso") << QStringLiteral("2014-03-06") << int(C::Date);
    QTest::newRow("day first") << QStringLiteral("06/03/2014") << int(C::Date);
    QTest::newRow("range") << QStringLiteral("16-18/03/2014") << int(C::Date);
    QTest::newRow("month-year") << QStringLiteral("Oct-12") << int(C::Date);
    QTest::newRow("days of a month") << QStringLiteral("9-10 Feb") << int(C::Date);
    QTest::newRow("month") << QStringLiteral("July") << int(C::Date);
    QTest::newRow("months") << QStringLiteral("Jan/Feb/Mar") << int(C::Date);
    QTest::newRow("a name with a month") << QStringLiteral("Theresa May") << int(C::Text);
    QTest::newRow("pdf") << QStringLiteral("minutes-2014-03-06.pdf") << int(C::FileName);
    QTest::newRow("name") << QStringLiteral("Jane Doe") << int(C::Text);
    QTest::newRow("organisation with number") << QStringLiteral("Level 39") << int(C::Text);
}

void TestImportSetupGuess::cellContent()
{
    QFETCH(QString, cell);
    QFETCH(int, content);
    QCOMPARE(ColumnProfile::contentName(ColumnProfile::classify(cell)), ColumnProfile::contentName(ColumnProfile::Content(content)));
}

void TestImportSetupGuess::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::newRow("pounds") << QStringLiteral("£1,207.39") << true << qint64(120739) << QStringLiteral("GBP");
    QTest::newRow("with text") << QStringLiteral("£514 (met by FCO)") << true << qint64(51400) << QStringLiteral("GBP");
    QTest::newRow("code after") << QStringLiteral("2,000 USD") << true << qint64(200000) << QStringLiteral("USD");
    QTest::newRow("euro") << QStringLiteral("€80.5") << true << qint64(8050) << QStringLiteral("EUR");
    QTest::newRow("bare") << QStringLiteral("1207.39") << true << qint64(120739) << QString();
    QTest::newRow("nil") << QStringLiteral("Nil") << false << qint64(0) << QString();
    QTest::newRow("met by host") << QStringLiteral("Met by host government") << false << qint64(0) << QString();
    QTest::newRow("two amounts") << QStringLiteral("£100 flights, £50 hotel") << false << qint64(0) << QString();
    QTest::newRow("a number in words") << QStringLiteral("2 nights, met by host") << false << qint64(0) << QString();
}

void TestImportSetupGuess::money()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    const auto amount = MoneyText::parse(text);
    QCOMPARE(amount.has_value(), found);
    if (amount) {
        QCOMPARE(amount->minorUnits, minor);
        QCOMPARE(amount->currency, currency);
    }
}

void TestImportSetupGuess::places_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("places");
    QTest::newRow("two") << QStringLiteral("Mumbai and New Delhi") << QStringList{QStringLiteral("Mumbai"), QStringLiteral("New Delhi")};
    QTest::newRow("three") << QStringLiteral("Brussels, Paris and Berlin")
                           << QStringList{QStringLiteral("Brussels"), QStringLiteral("Paris"), QStringLiteral("Berlin")};
    QTest::newRow("semicolons") << QStringLiteral("Geneva; Bern") << QStringList{QStringLiteral("Geneva"), QStringLiteral("Bern")};
    QTest::newRow("city, country") << QStringLiteral("Paris, France") << QStringList{QStringLiteral("Paris, France")};
    QTest::newRow("one name with and") << QStringLiteral("Bosnia and Herzegovina")
                                       << QStringList{QStringLiteral("Bosnia and Herzegovina")};
    QTest::newRow("with and without") << QStringLiteral("Trinidad and Tobago and Jamaica")
                                      << QStringList{QStringLiteral("Trinidad and Tobago"), QStringLiteral("Jamaica")};
}

void TestImportSetupGuess::places()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, places);
    QCOMPARE(PlaceList::split(cell), places);
}

void TestImportSetupGuess::noteRows_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("reason");
    using W = NoteRows::Verdict::What;
    // date in column 0
    QTest::newRow("nil return beside a name") << QStringList{QString(), QStringLiteral("Jane Doe"), QStringLiteral("Nil return")}
                                              << int(W::Note) << QStringLiteral("nil return");
    QTest::newRow("nil return with a period") << QStringList{QStringLiteral("Jan-Mar 2014"), QStringLiteral("Jane Doe"), QStringLiteral("nil return")}
                                              << int(W::Note) << QStringLiteral("nil return");
    QTest::newRow("notes in a later column") << QStringList{QString(), QString(), QStringLiteral("Notes:")} << int(W::Note)
                                             << QStringLiteral("note");
    QTest::newRow("footnote") << QStringList{QString(), QString(), QStringLiteral("² Includes a dinner")} << int(W::Note)
                              << QStringLiteral("footnote");
    QTest::newRow("disclaimer") << QStringList{QString(), QStringLiteral("This return covers all meetings held with external organisations.")}
                                << int(W::Sentence) << QStringLiteral("sentence");
    QTest::newRow("a note-taking purpose") << QStringList{QStringLiteral("06/03/2014"), QStringLiteral("Jane Doe"), QStringLiteral("Note taking workshop")}
                                           << int(W::Data) << QString();
    QTest::newRow("a footnote mark on data") << QStringList{QStringLiteral("06/03/2014"), QStringLiteral("Jane Doe*"), QStringLiteral("GovTech")}
                                             << int(W::Data) << QString();
    QTest::newRow("a total in a later column") << QStringList{QString(), QString(), QStringLiteral("Total"), QStringLiteral("£5,000")}
                                               << int(W::Note) << QStringLiteral("total");
    QTest::newRow("a source line") << QStringList{QString(), QStringLiteral("Source: departmental records")} << int(W::Note)
                                   << QStringLiteral("source");
    QTest::newRow("a short continuation") << QStringList{QString(), QString(), QStringLiteral("and open standards")} << int(W::Data)
                                          << QString();
}

void TestImportSetupGuess::noteRows()
{
    QFETCH(QStringList, cells);
    QFETCH(int, what);
    QFETCH(QString, reason);
    const NoteRows::Verdict v = NoteRows::judge(cells, 0, {});
    QCOMPARE(int(v.what), what);
    QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
}

// The cells confirm or veto the heading (each mapped wrong by the heading alone).
void TestImportSetupGuess::cellsVetoHeadings()
{
    const ImportSetupGuess g = ImportSetupGuess::fromRows(rows(
        "Date|Attendees|Organisations|Hospitality|Note|When\n"
        "2015-01-06|3|GovTech|£120.00|minutes-1.pdf|Tuesday\n"
        "2015-01-07|n/a|Acme Ltd|£85.50|minutes-2.pdf|Wednesday\n"
        "2015-01-08|12|Beta|n/a|minutes-3.pdf|Thursday\n"), ImportTarget::Activity);
    QCOMPARE(g.headerRow, 0);
    QCOMPARE(importFieldName(column(g, 0).mapping.field), QStringLiteral("date"));
    QCOMPARE(importFieldName(column(g, 1).mapping.field), QStringLiteral("officials")); // counts, not people
    QCOMPARE(importFieldName(column(g, 2).mapping.field), QStringLiteral("organisations"));
    QCOMPARE(importFieldName(column(g, 3).mapping.field), QStringLiteral("cost"));       // amounts
    QCOMPARE(importFieldName(column(g, 4).mapping.field), QStringLiteral("source"));     // file names, not a description
    QCOMPARE(importFieldName(column(g, 5).mapping.field), QStringLiteral("ignore"));     // weekdays, not the date
    QVERIFY2(column(g, 5).reason.contains(QLatin1String("days of the week")), qPrintable(column(g, 5).reason));
    QVERIFY2(column(g, 4).reason.contains(QLatin1String("file names")), qPrintable(column(g, 4).reason));
    // A Day column: of weekdays, left out; of days of the month, a date part.
    const ImportSetupGuess days = ImportSetupGuess::fromRows(rows("Date|Day\n2015-01-06|Tuesday\n2015-01-07|Wednesday\n"),
                                                             ImportTarget::Activity);
    QCOMPARE(importFieldName(column(days, 1).mapping.field), QStringLiteral("ignore"));
    QVERIFY(column(days, 1).reason.contains(QLatin1String("days of the week")));
    const ImportSetupGuess parts = ImportSetupGuess::fromRows(rows("Year|Month|Day|Title\n2014|March|12|A\n2014|April|3|B\n"),
                                                              ImportTarget::Activity);
    QCOMPARE(importFieldName(column(parts, 2).mapping.field), QStringLiteral("day"));
    QCOMPARE(importFieldName(column(parts, 1).mapping.field), QStringLiteral("month"));
    // A kind column whose cells are no kinds.
    const ImportSetupGuess kinds = ImportSetupGuess::fromRows(rows("Date|Type\n2015-01-06|Lunch\n2015-01-07|Dinner\n"),
                                                              ImportTarget::Activity);
    QCOMPARE(importFieldName(column(kinds, 1).mapping.field), QStringLiteral("ignore"));
    QVERIFY(column(kinds, 1).reason.contains(QLatin1String("not kinds")));
    // No date heading: the column of dates is the date.
    const ImportSetupGuess dated = ImportSetupGuess::fromRows(rows("Diary entry|Who\n2015-01-06|Jane Doe\n2015-01-07|Jane Doe\n"),
                                                              ImportTarget::Activity);
    QCOMPARE(importFieldName(column(dated, 0).mapping.field), QStringLiteral("date"));
}

void TestImportSetupGuess::lowConfidenceLeftUnmapped()
{
    // Organisations by the heading, but the cells are dates and counts.
    const ImportSetupGuess g = ImportSetupGuess::fromRows(rows("Date|Organisation|Companies\n"
                                                               "06/03/2014|07/03/2014|3\n"
                                                               "12/03/2014|13/03/2014|5\n"),
                                                          ImportTarget::Activity);
    QCOMPARE(importFieldName(column(g, 1).mapping.field), QStringLiteral("ignore"));
    QCOMPARE(importFieldName(column(g, 2).mapping.field), QStringLiteral("ignore"));
    QVERIFY2(column(g, 1).reason.startsWith(QLatin1String("left unmapped: the heading says organisations")),
             qPrintable(column(g, 1).reason));
    QVERIFY(column(g, 2).reason.contains(QLatin1String("small whole numbers")));
    QCOMPARE(g.mappedColumns().size(), 1);
}

void TestImportSetupGuess::fillDownFound()
{
    const ImportSetupGuess g = ImportSetupGuess::fromRows(rows("Title row of the return|||\n"
                                                               "|||\n"
                                                               "Minister|Date|Organisation|Purpose\n"
                                                               "Jane Doe|06/03/2014|GovTech|Digital\n"
                                                               "|07/03/2014|Acme|Skills\n"
                                                               "||Beta|\n" // a continuation row: no evidence
                                                               "|12/03/2014|Gamma|Trade\n"
                                                               "John Smith|13/03/2014|Delta|Trade\n"
                                                               "|14/03/2014|Epsilon|Skills\n"
                                                               "|Nil return||\n"),
                                                          ImportTarget::Activity);
    QCOMPARE(g.headerRow, 2);
    QCOMPARE(g.dataStart, 3);
    QVERIFY(column(g, 0).mapping.fillDown);
    QVERIFY(column(g, 0).reason.contains(QLatin1String("filled down")));
    QVERIFY(!column(g, 1).mapping.fillDown); // dates are never filled down by default
    QVERIFY(!column(g, 2).mapping.fillDown);
    ImportMapping m;
    g.applyTo(m);
    QCOMPARE(m.headerRow, 2);
    QVERIFY(m.columnFor(ImportField::People)->fillDown);
}

void TestImportSetupGuess::fillDownNotForFullColumns()
{
    // Every row names its person, or the same person twice running: no blocks.
    const ImportSetupGuess full = ImportSetupGuess::fromRows(rows("Minister|Date\nJane Doe|06/03/2014\nJohn Smith|07/03/2014\n"
                                                                  "Jane Doe|08/03/2014\nAnna Black|09/03/2014\n"),
                                                             ImportTarget::Activity);
    QVERIFY(!column(full, 0).mapping.fillDown);
    const ImportSetupGuess sparse = ImportSetupGuess::fromRows(rows("Date|Minister\n06/03/2014|\n07/03/2014|Jane Doe\n"
                                                                    "08/03/2014|\n09/03/2014|\n10/03/2014|\n"),
                                                               ImportTarget::Activity);
    QVERIFY(!column(sparse, 1).mapping.fillDown); // the first row has none: not named once per block
}

void TestImportSetupGuess::sampleIsBounded()
{
    // Past the sample, a column changes its nature: the guess never sees it.
    QByteArray csv("Date,Cost\n");
    for (int i = 0; i < ImportSetupGuess::kSampleRows + 100; ++i)
        csv += i < ImportSetupGuess::kSampleRows ? "2014-03-06,£5.00\n" : "2014-03-06,Jane Doe\n";
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    buffer.seek(7);
    const ImportSetupGuess g = ImportSetupGuess::fromDevice(buffer, CsvFormat(), ImportTarget::Activity);
    QCOMPARE(buffer.pos(), qint64(7)); // put back where it was
    QCOMPARE(importFieldName(column(g, 1).mapping.field), QStringLiteral("cost"));
    QVERIFY(column(g, 1).reason.isEmpty() || column(g, 1).reason.contains(QLatin1String("amount")));
}

void TestImportSetupGuess::newFieldsStored()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    Database db;
    db.open(testDb.location());
    Repository repo(db);
    Activity a;
    a.kind = ActivityKind::Delegation;
    a.title = QStringLiteral("Trade mission");
    a.when = DateSpan(PartialDate::day(2014, 3, 6));
    a.cost = QStringLiteral("£514 (met by FCO)");
    a.costMinor = 51400;
    a.costCurrency = QStringLiteral("GBP");
    a.transport = QStringLiteral("Scheduled flight");
    a.officials = 0; // none is not unknown
    a.source = QStringLiteral("travel-q1-2014.pdf");
    repo.activities().save(a);
    const std::optional<Activity> back = repo.activities().find(a.id);
    QVERIFY(back);
    QCOMPARE(back->cost, a.cost);
    QCOMPARE(back->costMinor, a.costMinor);
    QCOMPARE(back->costCurrency, a.costCurrency);
    QCOMPARE(back->transport, a.transport);
    QCOMPARE(back->officials, std::optional<int>(0));
    QCOMPARE(back->source, a.source);
    Activity unknown;
    unknown.title = QStringLiteral("Meeting");
    unknown.when = DateSpan(PartialDate::day(2014, 3, 7));
    repo.activities().save(unknown);
    QVERIFY(!repo.activities().find(unknown.id)->officials.has_value());
    QVERIFY(!repo.activities().find(unknown.id)->costMinor.has_value());

    // The activities export carries them: the text as typed, the amount as a decimal.
    QList<QStringList> exported;
    ListRequest request;
    request.kind = ListKind::Activities;
    ListQuery(db).exportRows(request, [&](const QStringList &cells) {
        exported.append(cells);
        return true;
    });
    QCOMPARE(exported.size(), 3);
    const QStringList &header = exported.first();
    const qsizetype at = header.indexOf(QStringLiteral("Cost"));
    QVERIFY(at > 0);
    QCOMPARE(header.mid(at, 6), QStringList({QStringLiteral("Cost"), QStringLiteral("Cost amount"), QStringLiteral("Cost currency"),
                                             QStringLiteral("Transport"), QStringLiteral("Number of officials"),
                                             QStringLiteral("Source")}));
    const QStringList &trip = exported.at(1).contains(QStringLiteral("Trade mission")) ? exported.at(1) : exported.at(2);
    QCOMPARE(trip.mid(at, 6), QStringList({a.cost, QStringLiteral("514.00"), QStringLiteral("GBP"), a.transport,
                                           QStringLiteral("0"), a.source}));
}

QTEST_GUILESS_MAIN(TestImportSetupGuess)
#include "TestImportSetupGuess.moc"
