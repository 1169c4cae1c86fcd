#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace liaison {

// Cuts an organisations cell into names when it is clearly a list
// ("Babcock, Balfour Beatty, BT, Capita"; "A; B"; one name a line) and keeps
// names that hold "and", "&", commas or brackets whole ("Marks and Spencer",
// "Department for Business, Innovation and Skills", "BT (Health)"). The
// evidence: names already known (the database, whole cells elsewhere in the
// file), and the shape of the parts — a part of one or two lowercase words or
// a bare "Ltd" is not a name, "Department for X, Y and Z" is one. A part that
// is a person ("Martin Ivens, The Sunday Times") comes back as a person of the
// organisation beside it. What it could not decide is said in `doubts`.
class OrganisationCellSplitter
{
public:
    struct Part
    {
        QString name;         // the organisation, or the person's name
        bool person = false;  // a person of `organisation`
        QString organisation; // for a person: the organisation in the same cell (may be empty)
        QString title;        // for a person: the role written next to them
        QStringList honorifics;
    };
    struct Result
    {
        QList<Part> parts;
        QStringList doubts; // "kept "A and B" as one name"…
    };

    // `known`: whether a name is an organisation the database or the file already has.
    explicit OrganisationCellSplitter(std::function<bool(const QString &)> known = {});

    Result split(const QString &cell) const;

private:
    bool isKnown(const QString &name) const;
    QStringList joinFragments(const QStringList &pieces) const;
    void splitAnd(const QString &piece, Result &result) const;
    void splitGroup(const QString &group, Result &result) const;

    std::function<bool(const QString &)> m_known;
    mutable QHash<QString, bool> m_answers; // one split's questions, asked once
    // Groups between semicolons already read: the same group, the same names.
    static constexpr qsizetype kGroupCache = 4096;
    mutable QHash<QString, Result> m_groups;
};

} // namespace liaison
