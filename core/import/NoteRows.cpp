#include "NoteRows.h"

#include <QRegularExpression>

namespace liaison {

namespace {
QString shown(const QString &text)
{
    QString s = text.left(60);
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

bool looksDated(const QString &text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}
} // namespace

NoteRows::Verdict NoteRows::judge(const QList<QString> &cells, int dateColumn, const QStringList &prefixes)
{
    Verdict v;
    int first = -1, filled = 0;
    for (int i = 0; i < cells.size(); ++i) {
        if (cells.at(i).isEmpty())
            continue;
        if (first < 0)
            first = i;
        ++filled;
    }
    if (first < 0)
        return v;
    const QString &firstText = cells.at(first);
    for (const QString &prefix : prefixes) {
        if (!prefix.isEmpty() && firstText.startsWith(prefix, Qt::CaseInsensitive)) {
            v.what = Verdict::What::Note;
            v.column = first;
            v.reason = QStringLiteral("note row: %1").arg(shown(firstText));
            return v;
        }
    }
    const QString dateText = dateColumn >= 0 ? cells.value(dateColumn) : QString();
    const bool dated = looksDated(dateText);
    static const QRegularExpression nil(QStringLiteral("^nil\\s+returns?\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression note(QStringLiteral("^(?:notes?|n\\.\\s?b\\.?)(?:\\s*[:.\\-–]|\\s*\\d|\\s*$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    // A footnote marker then text: "²Figures…", "* Not…", "(1) Includes…", "[a] …".
    static const QRegularExpression footnote(
        QStringLiteral("^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+|\\(\\d{1,2}\\)|\\[\\w{1,2}\\])\\s*\\S"));
    static const QRegularExpression total(QStringLiteral("^(?:sub[- ]?)?totals?\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression source(QStringLiteral("^sources?\\s*:"), QRegularExpression::CaseInsensitiveOption);
    for (int i = first; i < cells.size(); ++i) {
        const QString &text = cells.at(i);
        if (text.isEmpty())
            continue;
        // Each kind of note starts with its own letters: most cells are
        // passed by their first character, without a regex (speed).
        const char16_t lower = text.at(0).toLower().unicode();
        const char *what = nullptr;
        if (lower == u'n') {
            if (nil.match(text).hasMatch())
                what = "nil return";
            else if (note.match(text).hasMatch() && (!dated || i == first))
                what = "note";
        } else if (dated) {
            continue;
        } else if (lower == u't') {
            if (total.match(text).hasMatch())
                what = "total";
        } else if (lower == u's') {
            if (source.match(text).hasMatch())
                what = "source";
        } else if (lower == u'(' || lower == u'[' || lower == u'*' || lower >= 0x80) {
            if (footnote.match(text).hasMatch())
                what = "footnote";
        }
        if (what) {
            v.what = Verdict::What::Note;
            v.column = i;
            v.reason = QStringLiteral("note row (%1): %2").arg(QLatin1String(what), shown(text));
            return v;
        }
    }
    // A sentence alone on a row without a date: a disclaimer after the data
    // ("Figures include…", "This return covers…").
    if (filled == 1 && !dated) {
        const QString &text = firstText;
        const qsizetype words = text.simplified().count(QLatin1Char(' ')) + 1;
        if (words >= 8 && text.at(0).isUpper()) {
            v.what = Verdict::What::Sentence;
            v.column = first;
            v.reason = QStringLiteral("note row (a sentence after the data): %1").arg(shown(text));
        }
    }
    return v;
}

} // namespace liaison
