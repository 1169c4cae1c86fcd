#include "csv/CsvReader.h"
#include "import/NameMatcher.h"

#include <QFile>
#include <QTest>

using namespace liaison;

// The near-duplicate measure on a list of real-looking pairs
// (tests/data/name-pairs.csv: a name in a file, an existing record, whether
// they are the same organisation or person).
class TestNameMatcher : public QObject
{
    Q_OBJECT

private slots:
    void precisionOnPairs();
    void shortNamesTakePart();
    void createdNamesAreCandidates();
    void find();
};

void TestNameMatcher::precisionOnPairs()
{
    QFile file(QStringLiteral(LIAISON_TEST_DATA "/name-pairs.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, CsvFormat());
    QStringList row;
    reader.readRecord(row); // header
    int same = 0, found = 0, different = 0, falseFlags = 0;
    QStringList missed, noise;
    while (reader.readRecord(row)) {
        NameMatcher matcher;
        matcher.add(1, row.at(1));
        const NameMatcher::Match m = matcher.match(row.at(0));
        const bool flagged = m.how != NameMatcher::How::None;
        if (row.at(2) == QLatin1String("yes")) {
            ++same;
            found += flagged;
            if (!flagged)
                missed.append(row.at(0) + QStringLiteral(" / ") + row.at(1));
        } else {
            ++different;
            falseFlags += flagged;
            if (flagged)
                noise.append(row.at(0) + QStringLiteral(" / ") + row.at(1));
        }
    }
    qInfo("pairs: %d same, %d found; %d different, %d flagged (%s)", same, found, different, falseFlags,
          qPrintable(noise.join(QStringLiteral("; "))));
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("missed: ") + missed.join(QStringLiteral("; "))));
    // One known false flag: "Royal Society" beside "Royal Society of Chemistry"
    // (one name inside the other, as a department inside its parent often is).
    QVERIFY2(falseFlags <= 1, qPrintable(QStringLiteral("false flags: ") + noise.join(QStringLiteral("; "))));
}

void TestNameMatcher::shortNamesTakePart()
{
    NameMatcher matcher;
    matcher.add(1, QStringLiteral("British Telecom"));
    matcher.add(2, QStringLiteral("Hewlett Packard"));
    matcher.add(3, QStringLiteral("BT Group plc"));
    const NameMatcher::Match bt = matcher.match(QStringLiteral("BT"));
    QCOMPARE(bt.how, NameMatcher::How::Uncertain);
    QCOMPARE(bt.candidates.first().id, 3); // same words, then the acronym
    QCOMPARE(bt.candidates.size(), 2);
    QCOMPARE(matcher.match(QStringLiteral("HP")).candidates.value(0).id, 2);
    QCOMPARE(matcher.match(QStringLiteral("EE")).how, NameMatcher::How::None);
}

void TestNameMatcher::createdNamesAreCandidates()
{
    NameMatcher matcher;
    matcher.addCreated(-1, QStringLiteral("Beat Bullying"));
    const NameMatcher::Match m = matcher.match(QStringLiteral("Beatbullying"));
    QCOMPARE(m.how, NameMatcher::How::Uncertain);
    QCOMPARE(m.candidates.first().name, QStringLiteral("Beat Bullying"));
    QVERIFY(m.candidates.first().inFile);
}

void TestNameMatcher::find()
{
    NameMatcher matcher;
    matcher.add(1, QStringLiteral("Government Digital Service"));
    matcher.add(1, QStringLiteral("GDS"), true);
    QCOMPARE(matcher.find(QStringLiteral("GDS")), 1);
    QCOMPARE(matcher.find(QStringLiteral("the government digital service ltd")), 1);
    QCOMPARE(matcher.find(QStringLiteral("Govt Digital Service")), 0); // close is not found
}

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "TestNameMatcher.moc"
