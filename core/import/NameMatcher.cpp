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

namespace {

bool isStopWord(const QString &w)
{
    static const QStringList words = {QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("the"),
                                      QStringLiteral("and"), QStringLiteral("a"),   QStringLiteral("an"),
                                      QStringLiteral("at"),  QStringLiteral("in"),  QStringLiteral("on"),
                                      QStringLiteral("to"),  QStringLiteral("de")};
    return words.contains(w);
}

bool isSuffixWord(const QString &w)
{
    static const QStringList words = {QStringLiteral("ltd"),     QStringLiteral("limited"), QStringLiteral("plc"),
                                      QStringLiteral("inc"),     QStringLiteral("llc"),     QStringLiteral("llp"),
                                      QStringLiteral("pte"),     QStringLiteral("gmbh"),    QStringLiteral("group"),
                                      QStringLiteral("uk"),      QStringLiteral("holdings"), QStringLiteral("co"),
                                      QStringLiteral("company"), QStringLiteral("corp"),    QStringLiteral("corporation")};
    return words.contains(w);
}

bool hasDigit(const QString &w)
{
    for (const QChar c : w)
        if (c.isDigit())
            return true;
    return false;
}

int levenshtein(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

// "dept" in "department", "govt" in "government": same start, letters in order.
bool abbreviates(const QString &shorter, const QString &longer)
{
    if (shorter.size() < 3 || longer.size() < shorter.size() + 2 || shorter.at(0) != longer.at(0))
        return false;
    qsizetype j = 0;
    for (const QChar c : longer)
        if (j < shorter.size() && shorter.at(j) == c)
            ++j;
    return j == shorter.size();
}

// How alike two words are, 0..1; -1: both hold numbers and differ ("Room 101" is not "Room 102").
double wordScore(const QString &a, const QString &b)
{
    if (a == b)
        return 1;
    if (hasDigit(a) && hasDigit(b))
        return -1;
    if (a.size() <= 3 || b.size() <= 3) {
        const QString &s = a.size() < b.size() ? a : b, &l = a.size() < b.size() ? b : a;
        return abbreviates(s, l) ? 0.85 : 0;
    }
    if (abbreviates(a, b) || abbreviates(b, a))
        return 0.85;
    // Singular and plural: "Industry" / "Industries", "Service" / "Services".
    auto stem = [](QString w) {
        if (w.endsWith(QLatin1String("ies")))
            w = w.chopped(3) + QLatin1Char('y');
        else if (w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")))
            w.chop(1);
        return w;
    };
    if (stem(a) == stem(b))
        return 0.95;
    const double sim = 1.0 - double(levenshtein(a, b)) / double(std::max(a.size(), b.size()));
    return sim >= 0.75 ? sim : 0;
}

} // namespace

NameMatcher::Key NameMatcher::keyOf(const QString &normalised)
{
    Key key;
    const QStringList words = normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words)
        if (!isStopWord(w))
            key.tokens.append(w);
    if (key.tokens.isEmpty())
        key.tokens = words;
    while (key.tokens.size() > 1 && isSuffixWord(key.tokens.last()))
        key.tokens.removeLast();
    key.compact = key.tokens.join(QString());
    if (key.tokens.size() >= 2) {
        QString plain, shortWhole;
        for (const QString &t : std::as_const(key.tokens)) {
            plain.append(t.at(0));
            // "HM Revenue and Customs" is HMRC: a short word counts whole.
            shortWhole.append(t.size() <= 2 && !hasDigit(t) ? t : t.left(1));
        }
        key.initials.append(plain);
        if (shortWhole != plain)
            key.initials.append(shortWhole);
    }
    return key;
}

double NameMatcher::score(const Key &a, const Key &b)
{
    if (a.tokens.isEmpty() || b.tokens.isEmpty())
        return 0;
    // Numbers must agree: "Room 101" is not "Room 102".
    QStringList numbersA, numbersB;
    for (const QString &t : a.tokens)
        if (hasDigit(t))
            numbersA.append(t);
    for (const QString &t : b.tokens)
        if (hasDigit(t))
            numbersB.append(t);
    if (!numbersA.isEmpty() && !numbersB.isEmpty() && numbersA != numbersB)
        return 0;
    if (a.tokens == b.tokens)
        return 0.95; // alike but for of/for/the/and or a Ltd/Group/UK
    if (a.compact.size() >= 4 && a.compact == b.compact)
        return 0.93; // "Beat Bullying" / "Beatbullying"
    // An acronym of the other's words: "DBIS", "BT" beside "British Telecom".
    if (a.tokens.size() == 1 && b.initials.contains(a.tokens.first()))
        return 0.85;
    if (b.tokens.size() == 1 && a.initials.contains(b.tokens.first()))
        return 0.85;
    // Each word of the shorter name with its best unused partner in the other.
    const QStringList &s = a.tokens.size() <= b.tokens.size() ? a.tokens : b.tokens;
    const QStringList &l = a.tokens.size() <= b.tokens.size() ? b.tokens : a.tokens;
    std::vector<bool> used(size_t(l.size()), false);
    double sum = 0;
    for (const QString &w : s) {
        double best = 0;
        qsizetype at = -1;
        for (qsizetype j = 0; j < l.size(); ++j) {
            if (used[size_t(j)])
                continue;
            const double v = wordScore(w, l.at(j));
            if (v < 0)
                return 0;
            if (v > best) {
                best = v;
                at = j;
            }
        }
        if (at >= 0)
            used[size_t(at)] = true;
        sum += best;
    }
    double result = 2.0 * sum / double(s.size() + l.size());
    // A typo across a space: "Beat Bulying" / "Beatbullying".
    if (a.compact.size() >= 8 && b.compact.size() >= 8 && (a.tokens.size() == 1 || b.tokens.size() == 1)) {
        const double sim = 1.0 - double(levenshtein(a.compact, b.compact)) / double(std::max(a.compact.size(), b.compact.size()));
        if (sim >= 0.9)
            result = std::max(result, 0.9 * sim);
    }
    return result;
}

double NameMatcher::similarity(const QString &a, const QString &b)
{
    return score(keyOf(normalise(a)), keyOf(normalise(b)));
}

void NameMatcher::index(qint64 id, const QString &normalised, bool created)
{
    Known known{id, normalised, keyOf(normalised), created};
    const int row = int(m_known.size());
    QStringList keys;
    for (const QString &t : std::as_const(known.key.tokens))
        keys.append(QStringLiteral("w:") + t.left(3));
    keys.append(QStringLiteral("c:") + known.key.compact.left(6));
    for (const QString &i : std::as_const(known.key.initials))
        keys.append(QStringLiteral("i:") + i);
    if (known.key.tokens.size() == 1)
        keys.append(QStringLiteral("a:") + known.key.tokens.first());
    keys.removeDuplicates();
    for (const QString &k : std::as_const(keys))
        m_buckets[k].push_back(row);
    m_known.push_back(std::move(known));
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
    index(id, normalised, false);
}

void NameMatcher::addCreated(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    m_exact.insert(trimmed, id);
    m_names.insert(id, trimmed);
    const QString normalised = normalise(trimmed);
    m_normalised[normalised].append(id);
    index(id, normalised, true);
}

qint64 NameMatcher::find(const QString &raw) const
{
    const QString name = raw.trimmed();
    if (const auto it = m_exact.constFind(name); it != m_exact.cend())
        return *it;
    if (const auto it = m_alias.constFind(name); it != m_alias.cend())
        return *it;
    const auto it = m_normalised.constFind(normalise(name));
    return it != m_normalised.cend() && it->size() == 1 ? it->first() : 0;
}

qint64 NameMatcher::findNormalised(const QString &normalised) const
{
    const auto it = m_normalised.constFind(normalised);
    return it != m_normalised.cend() && it->size() == 1 ? it->first() : 0;
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
            result.candidates.append({id, m_names.value(id), 1.0, false});
        return result;
    }
    if (normalised.isEmpty())
        return result;
    // Only records that share a word start, a compact form or initials are scored.
    const Key key = keyOf(normalised);
    QStringList keys;
    for (const QString &t : std::as_const(key.tokens))
        keys.append(QStringLiteral("w:") + t.left(3));
    keys.append(QStringLiteral("c:") + key.compact.left(6));
    for (const QString &i : std::as_const(key.initials))
        keys.append(QStringLiteral("a:") + i);
    if (key.tokens.size() == 1)
        keys.append(QStringLiteral("i:") + key.tokens.first());
    keys.removeDuplicates();
    // Rows sharing word starts, and how many: a word's partner shares its first
    // three letters (a typo later in the word, "Dept"), so a row that shares too
    // few cannot reach the threshold and is not scored. Rows found by their
    // compact form or initials are always scored.
    QHash<int, int> hits;
    for (const QString &k : std::as_const(keys)) {
        const auto it = m_buckets.constFind(k);
        if (it == m_buckets.cend())
            continue;
        const bool word = k.startsWith(QLatin1String("w:"));
        // A word start most names share ("dep" of Department) says little: skip a crowded one.
        if (word && it->size() > 2000 && keys.size() > 2)
            continue;
        for (int row : *it)
            hits[row] += word ? 1 : 1000;
    }
    QHash<qint64, Candidate> best;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        const Known &known = m_known[size_t(it.key())];
        if (it.value() < 1000
            && 2.0 * it.value() / double(key.tokens.size() + known.key.tokens.size()) < kCloseThreshold)
            continue;
        const double s = score(key, known.key);
        if (s >= kCloseThreshold && s > best.value(known.id).score)
            best[known.id] = {known.id, m_names.value(known.id), s, known.created};
    }
    for (const Candidate &c : std::as_const(best))
        result.candidates.append(c);
    std::sort(result.candidates.begin(), result.candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.score > b.score || (a.score == b.score && a.id < b.id); });
    if (result.candidates.size() > 5)
        result.candidates.resize(5);
    result.how = result.candidates.isEmpty() ? How::None : How::Uncertain;
    return result;
}

} // namespace liaison
