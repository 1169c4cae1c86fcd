#include "import/PersonCellParser.h"

#include <QTest>

using namespace liaison;
using Person = PersonCellParser::Person;

// Person cells as quarterly returns and diaries write them: name, role and
// honorifics in either order, wrapped lines, several people in one cell.
class TestPersonCellParser : public QObject
{
    Q_OBJECT

private slots:
    void parseCell_data();
    void parseCell();
    void severalPeople();
    void variantsGiveOneName();
    void shapes();
};

void TestPersonCellParser::parseCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("honorifics");
    QTest::newRow("roles first") << "Minister for the Cabinet Office, Paymaster General, The Rt Hon Jane Doe MP"
                                 << "Jane Doe" << "Minister for the Cabinet Office, Paymaster General"
                                 << QStringList{"The Rt Hon", "MP"};
    QTest::newRow("Excel wrap before the comma")
        << "Minister for the Cabinet Office, Paymaster General\r\n, The Rt Hon Jane Doe MP" << "Jane Doe"
        << "Minister for the Cabinet Office, Paymaster General" << QStringList{"The Rt Hon", "MP"};
    QTest::newRow("wrap inside the name") << "The Rt Hon\nJane Doe MP" << "Jane Doe" << "" << QStringList{"The Rt Hon", "MP"};
    QTest::newRow("role after") << "Jane Doe MP, Minister for X" << "Jane Doe" << "Minister for X" << QStringList{"MP"};
    QTest::newRow("role on the next line") << "Jane Doe MP\nMinister for Trade" << "Jane Doe" << "Minister for Trade"
                                           << QStringList{"MP"};
    QTest::newRow("peer, role after") << "Lord Smith, Leader of the House of Lords" << "Lord Smith"
                                      << "Leader of the House of Lords" << QStringList{};
    QTest::newRow("role with brackets first") << "Government Whip (Lords), Baroness Jones of Ashby"
                                              << "Baroness Jones of Ashby" << "Government Whip (Lords)" << QStringList{};
    QTest::newRow("Mr") << "Mr Philip Dunne" << "Philip Dunne" << "" << QStringList{"Mr"};
    QTest::newRow("Dr, Chinese name order") << "Dr Tan Wei Ming" << "Tan Wei Ming" << "" << QStringList{"Dr"};
    QTest::newRow("professor dame, post-nominals") << "Professor Dame Jane Smith DBE FRS" << "Jane Smith" << ""
                                                   << QStringList{"Professor", "Dame", "DBE", "FRS"};
    QTest::newRow("formal peer") << "The Rt Hon The Lord Smith" << "Lord Smith" << "" << QStringList{"The Rt Hon"};
    QTest::newRow("role in brackets") << "Jane Doe MP (Minister for Digital)" << "Jane Doe" << "Minister for Digital"
                                      << QStringList{"MP"};
    QTest::newRow("name in brackets") << "Minister of State for Trade (Lord Smith)" << "Lord Smith"
                                      << "Minister of State for Trade" << QStringList{};
    QTest::newRow("office held by a Lord") << "Lord Privy Seal, Lord Smith" << "Lord Smith" << "Lord Privy Seal"
                                           << QStringList{};
    QTest::newRow("post-nominal after a comma") << "Sir John Smith, KCB" << "John Smith" << ""
                                                << QStringList{"Sir", "KCB"};
    QTest::newRow("Ma is a surname, MA a degree") << "Jack Ma" << "Jack Ma" << "" << QStringList{};
    QTest::newRow("plain") << "Tan Wei Ming" << "Tan Wei Ming" << "" << QStringList{};
    QTest::newRow("surname first") << "Smith, Jane" << "Smith, Jane" << "" << QStringList{};
    QTest::newRow("secretary of state") << "Secretary of State for Business, Innovation and Skills, The Rt Hon Vince Cable MP"
                                        << "Vince Cable" << "Secretary of State for Business, Innovation and Skills"
                                        << QStringList{"The Rt Hon", "MP"};
}

void TestPersonCellParser::parseCell()
{
    QFETCH(QString, cell);
    QFETCH(QString, name);
    QFETCH(QString, title);
    QFETCH(QStringList, honorifics);
    const QList<Person> people = PersonCellParser::parseCell(cell);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.first().name, name);
    QCOMPARE(people.first().title, title);
    QCOMPARE(people.first().honorifics, honorifics);
}

void TestPersonCellParser::severalPeople()
{
    QList<Person> people = PersonCellParser::parseCell(QStringLiteral("Jane Doe MP; Lord Smith"));
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).name, QStringLiteral("Jane Doe"));
    QCOMPARE(people.at(1).name, QStringLiteral("Lord Smith"));
    people = PersonCellParser::parseCell(QStringLiteral("Jane Doe MP, Minister for X\nJohn Smith MP, Minister for Y"));
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).title, QStringLiteral("Minister for X"));
    QCOMPARE(people.at(1).name, QStringLiteral("John Smith"));
    QCOMPARE(people.at(1).title, QStringLiteral("Minister for Y"));
    people = PersonCellParser::parseCell(QStringLiteral("Jane Doe MP and Baroness Jones"));
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(1).name, QStringLiteral("Baroness Jones"));
    // A cell of roles only keeps what was written, rather than lose it.
    people = PersonCellParser::parseCell(QStringLiteral("Minister for Trade"));
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.first().name, QStringLiteral("Minister for Trade"));
}

void TestPersonCellParser::variantsGiveOneName()
{
    for (const char *cell : {"The Rt Hon The Lord Smith", "Lord Smith", "Lord Smith, Leader of the House of Lords",
                             "Lord Smith, Leader of the Hosue of Lords", "The Lord Smith"})
        QCOMPARE(PersonCellParser::parseCell(QString::fromLatin1(cell)).value(0).name, QStringLiteral("Lord Smith"));
    QCOMPARE(PersonCellParser::honorificsNote({QStringLiteral("The Rt Hon"), QStringLiteral("MP")}),
             QStringLiteral("Honorifics: The Rt Hon, MP"));
}

void TestPersonCellParser::shapes()
{
    QVERIFY(PersonCellParser::hasPersonMarks(QStringLiteral("Mr Philip Dunne")));
    QVERIFY(PersonCellParser::hasPersonMarks(QStringLiteral("Lord Smith")));
    QVERIFY(!PersonCellParser::hasPersonMarks(QStringLiteral("Lord Chancellor")));
    QVERIFY(!PersonCellParser::hasPersonMarks(QStringLiteral("Balfour Beatty")));
    QVERIFY(PersonCellParser::couldBeName(QStringLiteral("Martin Ivens")));
    QVERIFY(!PersonCellParser::couldBeName(QStringLiteral("The Sunday Times")));
    QVERIFY(!PersonCellParser::couldBeName(QStringLiteral("BT Group")));
    QVERIFY(!PersonCellParser::couldBeName(QStringLiteral("Capita")));
    QVERIFY(PersonCellParser::looksLikeRole(QStringLiteral("Leader of the House of Lords")));
    QVERIFY(PersonCellParser::looksLikeRole(QStringLiteral("Editor")));
    QVERIFY(!PersonCellParser::looksLikeRole(QStringLiteral("Baroness Jones of Ashby")));
}

QTEST_GUILESS_MAIN(TestPersonCellParser)
#include "TestPersonCellParser.moc"
