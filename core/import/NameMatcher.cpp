#include "NameMatcher.h"

#include <algorithm>

namespace liaison {

QString NameMatcher::normalise(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool space = true;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            out.append(c.toCaseFolded());
            space = false;
        } else if (c == QLatin1Char('&')) {
            if (!space)
                out.append(QLatin1Char(' '));
            out.append(QLatin1String("and "));
            space = true;
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('.')) {
            // "Queen's" and "Q.E.D." read the same without them
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (out.startsWith(QLatin1String("the ")))
        out.remove(0, 4);
    static const char *const suffixes[] = {" ltd", " limited", " plc", " inc", " llc", " pte", " gmbh"};
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const char *suffix : suffixes) {
            if (out.endsWith(QLatin1String(suffix)) && out.size() > qsizetype(strlen(suffix))) {
                out.chop(qsizetype(strlen(suffix)));
                stripped = true;
            }
        }
    }
    return out;
}

std::vector<quint32> NameMatcher::bigramsOf(const QString &s)
{
    std::vector<quint32> grams;
    if (s.size() < 2)
        return grams;
    grams.reserve(size_t(s.size()));
    for (qsizetype i = 0; i + 1 < s.size(); ++i)
        grams.push_back(quint32(s.at(i).unicode()) << 16 | s.at(i + 1).unicode());
    std::sort(grams.begin(), grams.end());
    return grams;
}

double NameMatcher::similarity(const QString &a, const QString &b)
{
    const std::vector<quint32> x = bigramsOf(a), y = bigramsOf(b);
    if (x.empty() || y.empty())
        return a == b ? 1 : 0;
    size_t i = 0, j = 0, common = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i] == y[j]) {
            ++common;
            ++i;
            ++j;
        } else if (x[i] < y[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * double(common) / double(x.size() + y.size());
}

void NameMatcher::add(qint64 id, const QString &name, bool isAlias)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    if (isAlias)
        m_alias.insert(trimmed, id);
    else {
        m_exact.insert(trimmed, id);
        m_names.insert(id, trimmed);
    }
    const QString normalised = normalise(trimmed);
    QList<qint64> &ids = m_normalised[normalised];
    if (!ids.contains(id))
        ids.append(id);
    m_known.push_back({id, normalised, bigramsOf(normalised)});
}

void NameMatcher::addCreated(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    m_exact.insert(trimmed, id);
    m_names.insert(id, trimmed);
    m_normalised[normalise(trimmed)].append(id);
}

NameMatcher::Match NameMatcher::match(const QString &raw) const
{
    Match result;
    const QString name = raw.trimmed();
    if (const auto it = m_exact.constFind(name); it != m_exact.cend()) {
        result.how = How::Exact;
        result.id = *it;
        return result;
    }
    if (const auto it = m_alias.constFind(name); it != m_alias.cend()) {
        result.how = How::Alias;
        result.id = *it;
        return result;
    }
    const QString normalised = normalise(name);
    if (const auto it = m_normalised.constFind(normalised); it != m_normalised.cend() && !it->isEmpty()) {
        if (it->size() == 1) {
            result.how = How::Normalised;
            result.id = it->first();
            return result;
        }
        // Two records normalise alike: a person must choose.
        result.how = How::Uncertain;
        for (qint64 id : *it)
            result.candidates.append({id, m_names.value(id), 1.0});
        return result;
    }
    if (normalised.size() < 3)
        return result;
    const std::vector<quint32> grams = bigramsOf(normalised);
    QHash<qint64, double> best;
    for (const Known &known : m_known) {
        double score = 0;
        size_t i = 0, j = 0, common = 0;
        while (i < grams.size() && j < known.bigrams.size()) {
            if (grams[i] == known.bigrams[j]) {
                ++common;
                ++i;
                ++j;
            } else if (grams[i] < known.bigrams[j]) {
                ++i;
            } else {
                ++j;
            }
        }
        if (!grams.empty() && !known.bigrams.empty())
            score = 2.0 * double(common) / double(grams.size() + known.bigrams.size());
        // One name inside the other at word boundaries ("Ofcom" / "Ofcom Spectrum Group") is close too.
        if (score < kCloseThreshold && known.normalised.size() >= 4 && normalised.size() >= 4) {
            const QString longer = normalised.size() > known.normalised.size() ? normalised : known.normalised;
            const QString shorter = normalised.size() > known.normalised.size() ? known.normalised : normalised;
            if ((longer + QLatin1Char(' ')).startsWith(shorter + QLatin1Char(' '))
                || (QLatin1Char(' ') + longer).endsWith(QLatin1Char(' ') + shorter))
                score = qMax(score, kCloseThreshold);
        }
        if (score >= kCloseThreshold && score > best.value(known.id))
            best[known.id] = score;
    }
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        result.candidates.append({it.key(), m_names.value(it.key()), it.value()});
    std::sort(result.candidates.begin(), result.candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.score > b.score || (a.score == b.score && a.id < b.id); });
    if (result.candidates.size() > 5)
        result.candidates.resize(5);
    result.how = result.candidates.isEmpty() ? How::None : How::Uncertain;
    return result;
}

} // namespace liaison
