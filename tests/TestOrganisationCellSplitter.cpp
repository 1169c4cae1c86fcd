#include "import/NameMatcher.h"
#include "import/OrganisationCellSplitter.h"

#include <QSet>
#include <QTest>

using namespace liaison;

// Organisation cells: lists split, names with "and", commas or brackets kept
// whole, people in them found, and doubts said.
class TestOrganisationCellSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void knownNamesDecide();
    void personOfOrganisation();
    void doubts();
};

namespace {
QStringList names(const OrganisationCellSplitter::Result &r)
{
    QStringList list;
    for (const auto &p : r.parts)
        list.append(p.person ? QStringLiteral("person:") + p.name : p.name);
    return list;
}
} // namespace

void TestOrganisationCellSplitter::split_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("comma list") << "Babcock, Balfour Beatty, BT, Capita"
                                << QStringList{"Babcock", "Balfour Beatty", "BT", "Capita"};
    QTest::newRow("two, one an acronym") << "Balfour Beatty, BT" << QStringList{"Balfour Beatty", "BT"};
    QTest::newRow("semicolons") << "Acme Widgets; Beta Holdings" << QStringList{"Acme Widgets", "Beta Holdings"};
    QTest::newRow("lines") << "Babcock\r\nCapita\r\nSerco" << QStringList{"Babcock", "Capita", "Serco"};
    QTest::newRow("wrapped name") << "Department for Business,\nInnovation and Skills"
                                  << QStringList{"Department for Business, Innovation and Skills"};
    QTest::newRow("wrapped at and") << "Marks and\nSpencer" << QStringList{"Marks and Spencer"};
    QTest::newRow("and") << "Marks and Spencer" << QStringList{"Marks and Spencer"};
    QTest::newRow("and 2") << "Slaughter and May" << QStringList{"Slaughter and May"};
    QTest::newRow("ampersand") << "Procter & Gamble" << QStringList{"Procter & Gamble"};
    QTest::newRow("department list") << "Department for Business, Innovation and Skills"
                                     << QStringList{"Department for Business, Innovation and Skills"};
    QTest::newRow("department list 2") << "Department for Environment, Food and Rural Affairs; HMRC"
                                       << QStringList{"Department for Environment, Food and Rural Affairs", "HMRC"};
    QTest::newRow("ministry list") << "Ministry of Housing, Communities and Local Government, Capita"
                                   << QStringList{"Ministry of Housing, Communities and Local Government", "Capita"};
    QTest::newRow("brackets") << "BT (Health)" << QStringList{"BT (Health)"};
    QTest::newRow("brackets in a list") << "BT (Health, Care), Capita" << QStringList{"BT (Health, Care)", "Capita"};
    QTest::newRow("legal form after a comma") << "Acme Widgets, Ltd, Capita" << QStringList{"Acme Widgets, Ltd", "Capita"};
    QTest::newRow("lowercase fragment") << "Capita, and others" << QStringList{"Capita, and others"};
    QTest::newRow("acronyms joined by and") << "PwC, Deloitte, KPMG and EY" << QStringList{"PwC", "Deloitte", "KPMG", "EY"};
    QTest::newRow("ampersand in a name") << "Ernst & Young LLP, Johnson & Johnson"
                                         << QStringList{"Ernst & Young LLP", "Johnson & Johnson"};
    QTest::newRow("department list with a dash of &") << "Department for Digital, Culture, Media & Sport"
                                                       << QStringList{"Department for Digital, Culture, Media & Sport"};
    QTest::newRow("list after a ministry") << "Ministry of Defence, Army, Navy and RAF"
                                           << QStringList{"Ministry of Defence", "Army", "Navy and RAF"};
    QTest::newRow("university list") << "University of Oxford, Imperial College and UCL"
                                     << QStringList{"University of Oxford", "Imperial College and UCL"};
}

void TestOrganisationCellSplitter::split()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, expected);
    QCOMPARE(names(OrganisationCellSplitter().split(cell)), expected);
}

void TestOrganisationCellSplitter::knownNamesDecide()
{
    QSet<QString> known{NameMatcher::normalise(u"O2"), NameMatcher::normalise(u"EE"), NameMatcher::normalise(u"Three"),
                        NameMatcher::normalise(u"Vodafone"), NameMatcher::normalise(u"Smith, Jones and Partners")};
    const OrganisationCellSplitter splitter([&](const QString &n) { return known.contains(NameMatcher::normalise(n)); });
    QCOMPARE(names(splitter.split(QStringLiteral("O2, EE, Three and Vodafone"))),
             (QStringList{"O2", "EE", "Three", "Vodafone"}));
    QCOMPARE(names(splitter.split(QStringLiteral("Smith, Jones and Partners"))), (QStringList{"Smith, Jones and Partners"}));
    QCOMPARE(names(splitter.split(QStringLiteral("Smith, Jones and Partners; O2"))),
             (QStringList{"Smith, Jones and Partners", "O2"}));
    // Without that knowledge the tail stays whole (and is a doubt).
    const OrganisationCellSplitter blind;
    const auto r = blind.split(QStringLiteral("O2, EE, Three and Vodafone"));
    QCOMPARE(names(r), (QStringList{"O2", "EE", "Three and Vodafone"}));
    QVERIFY(r.doubts.join(QLatin1Char('\n')).contains(QLatin1String("Three and Vodafone")));
}

void TestOrganisationCellSplitter::personOfOrganisation()
{
    auto r = OrganisationCellSplitter().split(QStringLiteral("Martin Ivens, The Sunday Times"));
    QCOMPARE(r.parts.size(), 2);
    QVERIFY(r.parts.at(0).person);
    QCOMPARE(r.parts.at(0).name, QStringLiteral("Martin Ivens"));
    QCOMPARE(r.parts.at(0).organisation, QStringLiteral("The Sunday Times"));
    QCOMPARE(r.parts.at(1).name, QStringLiteral("The Sunday Times"));
    QVERIFY(!r.parts.at(1).person);
    r = OrganisationCellSplitter().split(QStringLiteral("Mr John Smith, Editor, Daily Bugle News"));
    QCOMPARE(names(r), (QStringList{"person:John Smith", "Daily Bugle News"}));
    QCOMPARE(r.parts.at(0).title, QStringLiteral("Editor"));
    QCOMPARE(r.parts.at(0).honorifics, QStringList{"Mr"});
    QCOMPARE(r.parts.at(0).organisation, QStringLiteral("Daily Bugle News"));
    r = OrganisationCellSplitter().split(QStringLiteral("Sir John Smith"));
    QCOMPARE(names(r), (QStringList{"person:John Smith"}));
    QCOMPARE(r.doubts.size(), 1);
    QCOMPARE(names(OrganisationCellSplitter().split(QStringLiteral("John Smith"))), (QStringList{"John Smith"}));
    r = OrganisationCellSplitter().split(QStringLiteral("Capita; Lord Smith, Acme Trust"));
    QCOMPARE(names(r), (QStringList{"Capita", "person:Lord Smith", "Acme Trust"}));
}

void TestOrganisationCellSplitter::doubts()
{
    const auto r = OrganisationCellSplitter().split(QStringLiteral("Imperial College and UCL"));
    QCOMPARE(names(r), QStringList{"Imperial College and UCL"});
    QCOMPARE(r.doubts.size(), 1);
    QVERIFY(OrganisationCellSplitter().split(QStringLiteral("Babcock, Capita")).doubts.isEmpty());
    QVERIFY(!OrganisationCellSplitter().split(QStringLiteral("Martin Ivens, The Sunday Times")).doubts.isEmpty());
}

QTEST_GUILESS_MAIN(TestOrganisationCellSplitter)
#include "TestOrganisationCellSplitter.moc"
