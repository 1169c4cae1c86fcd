#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace liaison {

// Reads the people in one cell as returns and diaries write them: a name with
// its role and honorifics, in either order, possibly wrapped by Excel —
// "Minister for the Cabinet Office, Paymaster General, The Rt Hon Jane Doe MP",
// "Jane Doe MP, Minister for X", "Government Whip (Lords), Baroness Jones of
// Ashby", "Mr Philip Dunne", "Professor Dame Jane Smith DBE FRS". The name is
// what identifies the person across rows and files; the role goes to the
// person's title; honorifics (forms of address and post-nominals) are kept
// apart so that "The Rt Hon Jane Doe MP" and "Jane Doe" are one record.
// Peerage titles (Lord, Baroness…) are part of the name: "Lord Smith" is how
// the person is known, and "Lord Smith" is not "John Smith".
class PersonCellParser
{
public:
    struct Person
    {
        QString name;
        QString title;          // role(s), joined with ", "
        QStringList honorifics; // in the order written: "The Rt Hon", "MP"
        bool operator==(const Person &o) const
        {
            return name == o.name && title == o.title && honorifics == o.honorifics;
        }
    };

    // Every person in the cell (usually one). Roles go to the name they sit
    // next to; a cell of only roles gives nothing.
    static QList<Person> parseCell(const QString &cell);
    // One name with honorifics and no role: "The Rt Hon The Lord Smith" → "Lord Smith".
    static Person parseName(const QString &text);

    // The shape of one comma-separated segment.
    static bool looksLikeRole(const QString &segment);
    // A name with a form of address, post-nominals or a peerage title ("Mr X",
    // "X MP", "Lord X"): a person for certain.
    static bool hasPersonMarks(const QString &segment);
    // Two to four capitalised words with no role or organisation word: could be
    // a person ("Martin Ivens"), could be a firm named after people.
    static bool couldBeName(const QString &segment);
    // Words that make a segment an organisation's name ("Ltd", "Council", "Times").
    static bool hasOrganisationWord(const QString &segment);

    // How honorifics are kept in the person's notes (no column of their own):
    // "Honorifics: The Rt Hon, MP".
    static QString honorificsNote(const QStringList &honorifics);
};

} // namespace liaison
