#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace liaison {

// Rows of a sheet that are notes, not data — wherever in the row the note
// sits: "Nil return" (with or without the minister's name beside it), "Note:",
// "Notes", a footnote ("² Figures include…", "* Not …") on a row without a
// date, a disclaimer sentence alone on its row after the data.
class NoteRows
{
public:
    struct Verdict
    {
        enum class What { Data, Note, Sentence };
        What what = What::Data;
        int column = -1;  // the cell that makes it a note
        QString reason;   // "note row (nil return): Nil return"
    };
    // `cells`: the row, trimmed. `dateColumn`: the date's column or -1;
    // `prefixes`: the mapping's skipPrefixes, for the first cell (as before).
    // A Sentence verdict is one long sentence alone on a dateless row: a note,
    // unless the caller finds it continues the text of the row above.
    static Verdict judge(const QList<QString> &cells, int dateColumn, const QStringList &prefixes);
};

} // namespace liaison
