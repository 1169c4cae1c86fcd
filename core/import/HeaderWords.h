#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace liaison {

// The words of a column heading, for matching whole words rather than parts
// of words: "accompanying" does not hold "company", "Nil return" holds
// "return". Lower case; a plural "s"/"es" and "(s)" match the singular; a
// parenthesised aside ("Cost of trip (Minister only)") is left out of the
// words (it qualifies the heading, it does not say what the column is).
class HeaderWords
{
public:
    explicit HeaderWords(const QString &header);

    bool isEmpty() const { return m_words.isEmpty(); }
    const QStringList &words() const { return m_words; }
    // One of `words` is a word of the heading; an entry with a space is a
    // phrase whose words must follow each other ("next step").
    bool has(std::initializer_list<const char *> words) const;
    // Every word of the heading is one of `words`.
    bool onlyOf(std::initializer_list<const char *> words) const;
    bool is(const char *word) const { return m_words.size() == 1 && matches(m_words.first(), QLatin1String(word)); }

private:
    static bool matches(const QString &word, QLatin1String wanted);
    bool hasPhrase(const QStringList &phrase) const;
    QStringList m_words;
};

} // namespace liaison
