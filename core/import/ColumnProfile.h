#pragma once

#include <QString>

#include <array>

namespace liaison {

// What the cells of one column look like, over a sample of rows: the
// evidence that confirms or vetoes what its heading suggests. A currency
// amount is a cost whatever the heading says; weekday names are no people;
// small whole numbers and "n/a" are a head-count, not organisations.
class ColumnProfile
{
public:
    enum class Content {
        Empty,    // no cell with a value
        Missing,  // "n/a", "nil", "-": says nothing either way
        Amount,   // "£1,207.39", "€800", "1207.39"
        Weekday,  // "Tuesday", "Tue"
        Count,    // "22", "3"
        Date,     // "2014-03-06", "06/03/2014", "Oct-12", "9-10 Feb", "July"
        FileName, // "minutes-2014-03-06.pdf"
        Text,     // anything else, or a mix
    };
    static constexpr int kContentCount = int(Content::Text) + 1;

    static Content classify(const QString &cell);
    static QString contentName(Content content); // "currency amounts"
    // Whole-cell words that stand for "nothing here" ("n/a", "nil", "none", "-").
    static bool isMissing(const QString &cell);

    void add(const QString &cell);
    int cells() const { return m_cells; }             // non-empty cells
    int count(Content content) const { return m_counts[int(content)]; }
    // The content at least `share` of the cells that say something hold;
    // Text when no content does, Empty without cells, Missing when that is all.
    Content dominant(double share = 0.7) const;

private:
    std::array<int, kContentCount> m_counts{};
    int m_cells = 0;
};

} // namespace liaison
