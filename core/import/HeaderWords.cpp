#include "HeaderWords.h"

namespace liaison {

HeaderWords::HeaderWords(const QString &header)
{
    QString text = header.toLower();
    text.replace(QLatin1String("(s)"), QLatin1String("s")); // "Organisation(s)"
    // Drop asides in parentheses; a heading that is nothing but one keeps it.
    QString outside;
    int depth = 0;
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            outside += c;
    }
    if (!outside.trimmed().isEmpty())
        text = outside;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            m_words.append(word);
        word.clear();
    };
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber())
            word += c;
        else // spaces, punctuation, "minister's" apostrophe: the word ends
            flush();
    }
    flush();
}

bool HeaderWords::matches(const QString &word, QLatin1String wanted)
{
    if (word == wanted)
        return true;
    if (word.size() == wanted.size() + 1 && word.endsWith(QLatin1Char('s')) && word.startsWith(wanted))
        return true;
    return word.size() == wanted.size() + 2 && word.endsWith(QLatin1String("es")) && word.startsWith(wanted);
}

bool HeaderWords::hasPhrase(const QStringList &phrase) const
{
    for (qsizetype i = 0; i + phrase.size() <= m_words.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < phrase.size() && all; ++j)
            all = matches(m_words.at(i + j), QLatin1String(phrase.at(j).toLatin1()));
        if (all)
            return true;
    }
    return false;
}

bool HeaderWords::has(std::initializer_list<const char *> words) const
{
    for (const char *w : words) {
        const QString wanted = QString::fromLatin1(w);
        if (wanted.contains(QLatin1Char(' '))) {
            if (hasPhrase(wanted.split(QLatin1Char(' '))))
                return true;
            continue;
        }
        for (const QString &word : m_words) {
            if (matches(word, QLatin1String(w)))
                return true;
        }
    }
    return false;
}

bool HeaderWords::onlyOf(std::initializer_list<const char *> words) const
{
    if (m_words.isEmpty())
        return false;
    for (const QString &word : m_words) {
        bool found = false;
        for (const char *w : words)
            found = found || matches(word, QLatin1String(w));
        if (!found)
            return false;
    }
    return true;
}

} // namespace liaison
