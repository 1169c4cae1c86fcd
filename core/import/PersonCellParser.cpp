#include "PersonCellParser.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace liaison {

namespace {

// A word as compared with the lists below: no dots or trailing commas, folded.
QString key(const QString &word)
{
    QString k = word;
    k.remove(QLatin1Char('.'));
    k.remove(QLatin1Char(','));
    k.remove(QLatin1Char('\''));
    return k.toCaseFolded();
}

// Forms of address written before a name, longest first within a start word.
const QList<QStringList> &prefixHonorifics()
{
    static const QList<QStringList> list = [] {
        const char *const phrases[] = {
            "the right honourable", "the rt honourable", "the rt hon", "the hon", "the honourable", "the reverend",
            "the revd", "right honourable", "rt honourable", "rt hon", "honourable", "hon", "his excellency",
            "her excellency", "his royal highness", "her royal highness", "hrh", "mr", "mrs", "ms", "miss", "mx",
            "dr", "prof", "professor", "sir", "dame", "rev", "revd", "reverend", "cllr", "councillor", "dato",
            "datuk", "datin", "dato sri"};
        QList<QStringList> out;
        for (const char *p : phrases)
            out.append(QString::fromLatin1(p).split(QLatin1Char(' ')));
        std::stable_sort(out.begin(), out.end(), [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
        return out;
    }();
    return list;
}

// Post-nominal letters: membership, honours, degrees.
bool isPostNominal(const QString &word)
{
    static const QSet<QString> letters = [] {
        QSet<QString> s;
        for (const char *w : {"mp", "msp", "ms", "am", "mla", "mep", "qc", "kc", "pc", "jp", "dl", "kbe", "cbe", "obe",
                              "mbe", "dbe", "gbe", "bem", "kcb", "gcb", "cb", "kcmg", "gcmg", "cmg", "kcvo", "gcvo",
                              "cvo", "lvo", "mvo", "frs", "freng", "frse", "fmedsci", "fba", "frsa", "frcp", "frcs",
                              "phd", "dphil", "ma", "msc", "bsc", "mba", "llb", "llm", "md", "kg", "kt", "om", "ch",
                              "dso", "mc", "bart"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    // Written in capitals ("MP", "OBE") or in their own mixed case ("PhD",
    // "FREng"): "Jack Ma" keeps his surname, "Jane Doe MA" has a degree.
    QString bare = word;
    bare.remove(QLatin1Char('.'));
    bare.remove(QLatin1Char(','));
    static const QSet<QString> mixed = {QStringLiteral("PhD"), QStringLiteral("DPhil"), QStringLiteral("FREng"),
                                        QStringLiteral("FMedSci"), QStringLiteral("Bart"), QStringLiteral("FRSE")};
    if (bare.isEmpty() || (bare != bare.toUpper() && !mixed.contains(bare)))
        return false;
    return letters.contains(bare.toCaseFolded());
}

bool isPeerage(const QString &word)
{
    static const QSet<QString> titles = {
        QStringLiteral("lord"),    QStringLiteral("baroness"),    QStringLiteral("baron"),    QStringLiteral("lady"),
        QStringLiteral("earl"),    QStringLiteral("viscount"),    QStringLiteral("viscountess"), QStringLiteral("countess"),
        QStringLiteral("marquess"), QStringLiteral("marchioness"), QStringLiteral("duke"),     QStringLiteral("duchess")};
    return titles.contains(key(word));
}

bool hasWordFrom(const QString &segment, const QSet<QString> &words)
{
    QString s = segment;
    for (QChar &c : s)
        if (!c.isLetterOrNumber() && c != QLatin1Char('\''))
            c = QLatin1Char(' ');
    const QStringList parts = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : parts)
        if (words.contains(w.toCaseFolded()))
            return true;
    return false;
}

const QSet<QString> &roleWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"minister", "ministers", "secretary", "leader", "whip", "chancellor", "paymaster", "attorney", "solicitor",
              "advocate", "president", "chair", "chairman", "chairwoman", "chairperson", "director", "officer", "head",
              "chief", "ambassador", "commissioner", "spokesperson", "spokesman", "spokeswoman", "parliamentary",
              "treasurer", "deputy", "permanent", "adviser", "advisor", "advisers", "editor", "manager", "executive",
              "ceo", "cfo", "cto", "coo", "founder", "envoy", "counsellor", "consul", "governor", "mayor", "speaker",
              "clerk", "registrar", "principal", "dean", "provost", "rector", "coordinator", "administrator",
              "official", "officials", "representative", "delegate", "privy", "seal", "state", "general", "commons",
              "cabinet", "office", "department", "ministry", "government", "team", "staff", "member", "members",
              "trustee", "vice", "under", "assistant", "associate", "senior", "junior", "lead", "engineer", "analyst",
              "consultant", "correspondent", "reporter", "journalist", "producer", "owner", "committee", "justice",
              "exchequer", "treasury", "lords", "house", "councillor", "cllr", "board", "private", "special"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

const QSet<QString> &organisationWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"ltd", "limited", "plc", "inc", "llp", "llc", "lp", "co", "corp", "corporation", "company", "group",
              "holdings", "bank", "trust", "foundation", "institute", "institution", "university", "college", "school",
              "academy", "council", "agency", "authority", "department", "ministry", "office", "commission",
              "committee", "board", "association", "society", "federation", "union", "alliance", "network",
              "partnership", "services", "systems", "solutions", "technologies", "consulting", "consultancy",
              "international", "global", "uk", "times", "news", "post", "guardian", "telegraph", "mail", "media",
              "press", "centre", "center", "hospital", "nhs", "club", "fund", "capital", "energy", "airways",
              "airlines", "motors", "pharmaceuticals", "industries", "church", "charity", "forum", "chamber",
              "confederation", "organisation", "organization", "service", "police", "party", "museum", "library",
              "gallery", "court", "healthcare", "insurance", "investments", "ventures", "labs", "studios",
              "publishing", "magazine", "journal", "express", "herald", "observer", "economist", "independent",
              "mirror", "broadcasting", "television", "radio", "telecom", "communications", "bbc", "itv", "gmbh",
              "ag", "sa", "pte", "bhd", "nv", "bv", "secretariat", "parliament", "government", "embassy", "consulate",
              "programme", "project", "initiative", "campaign", "council", "cic", "charitable", "enterprises"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Splits at `separator` outside parentheses.
QStringList splitTopLevel(const QString &text, QChar separator)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && depth > 0)
            --depth;
        if (c == separator && depth == 0) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current.trimmed());
    return parts;
}

bool isParticle(const QString &word)
{
    static const QSet<QString> particles = {
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("de"),    QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("da"),  QStringLiteral("di"),    QStringLiteral("du"),
        QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("bin"),   QStringLiteral("binti"),
        QStringLiteral("al"),  QStringLiteral("el"),  QStringLiteral("ap"),    QStringLiteral("dos"),
        QStringLiteral("del"), QStringLiteral("ten"), QStringLiteral("ter")};
    return particles.contains(word);
}

// Words whose line ends in the middle of a name or role: the next line continues it.
bool endsOpen(const QString &line)
{
    if (line.endsWith(QLatin1Char(',')) || line.endsWith(QLatin1Char('&')) || line.endsWith(QLatin1Char('-'))
        || line.endsWith(QLatin1Char('(')))
        return true;
    const QString last = key(line.section(QLatin1Char(' '), -1));
    static const QSet<QString> open = {QStringLiteral("and"), QStringLiteral("of"),  QStringLiteral("for"),
                                       QStringLiteral("the"), QStringLiteral("to"),  QStringLiteral("on"),
                                       QStringLiteral("rt"),  QStringLiteral("hon"), QStringLiteral("mr"),
                                       QStringLiteral("mrs"), QStringLiteral("ms"),  QStringLiteral("dr"),
                                       QStringLiteral("sir"), QStringLiteral("dame"), QStringLiteral("in")};
    return open.contains(last) || isPeerage(last);
}

bool startsOpen(const QString &line)
{
    const QChar c = line.at(0);
    return c.isLower() || c == QLatin1Char(',') || c == QLatin1Char('&') || c == QLatin1Char(')')
        || c == QLatin1Char('(') || line.startsWith(QLatin1String("and "));
}

} // namespace

PersonCellParser::Person PersonCellParser::parseName(const QString &text)
{
    Person person;
    QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Forms of address, as many as are written ("The Rt Hon The Lord", "Professor Dame").
    bool stripped = true;
    while (stripped && words.size() > 1) {
        stripped = false;
        if (words.first() == QLatin1String("HE") || words.first() == QLatin1String("H.E.")) {
            person.honorifics.append(words.takeFirst());
            stripped = true;
            continue;
        }
        QStringList keys; // the first words as compared, once
        for (qsizetype i = 0; i < qMin<qsizetype>(words.size(), 4); ++i)
            keys.append(key(words.at(i)));
        for (const QStringList &phrase : prefixHonorifics()) {
            if (phrase.size() >= words.size())
                continue;
            bool match = true;
            for (qsizetype i = 0; i < phrase.size() && match; ++i)
                match = keys.at(i) == phrase.at(i);
            if (match) {
                person.honorifics.append(words.mid(0, phrase.size()).join(QLatin1Char(' ')));
                words.remove(0, phrase.size());
                stripped = true;
                break;
            }
        }
        // "The Lord Smith": the article goes, the peerage stays in the name.
        if (!stripped && words.size() > 2 && key(words.first()) == QLatin1String("the") && isPeerage(words.at(1))) {
            words.removeFirst();
            stripped = true;
        }
    }
    QStringList postNominals;
    while (words.size() > 1 && isPostNominal(words.last())) {
        QString w = words.takeLast();
        if (w.endsWith(QLatin1Char(',')))
            w.chop(1);
        postNominals.prepend(w);
    }
    person.honorifics += postNominals;
    for (QString &w : words)
        if (w.endsWith(QLatin1Char(',')))
            w.chop(1);
    person.name = words.join(QLatin1Char(' '));
    if (person.name.isEmpty())
        person.name = text.simplified();
    return person;
}

namespace {
// Whether the first or last word could be a mark at all, without copying
// (most organisation names have none): a word of a few letters and dots.
bool mayBeMarked(const QString &segment)
{
    const QStringView s = QStringView(segment).trimmed();
    const qsizetype firstSpace = s.indexOf(QLatin1Char(' '));
    if (firstSpace < 0)
        return false;
    const QStringView first = s.left(firstSpace);
    const QStringView last = s.mid(s.lastIndexOf(QLatin1Char(' ')) + 1);
    static const char *const starts[] = {"the", "right", "rt", "honourable", "hon", "his", "her", "hrh", "mr", "mrs",
                                         "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "revd",
                                         "reverend", "cllr", "councillor", "dato", "datuk", "datin", "he", "lord",
                                         "baroness", "baron", "lady", "earl", "viscount", "viscountess", "countess",
                                         "marquess", "marchioness", "duke", "duchess"};
    QStringView bare = first;
    while (bare.endsWith(QLatin1Char('.')))
        bare.chop(1);
    if (bare.size() <= 11) // the longest start word
        for (const char *w : starts)
            if (qsizetype(strlen(w)) == bare.size() && bare.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
                return true;
    // Post-nominals: short, and capitals or their own mixed case.
    return last.size() <= 8 && !last.isEmpty() && last.at(0).isUpper() && last.size() >= 2
        && (last.at(1).isUpper() || last.at(1) == QLatin1Char('.') || last.startsWith(QLatin1String("Ph"))
            || last.startsWith(QLatin1String("DPh")) || last.startsWith(QLatin1String("Bart")));
}
} // namespace

bool PersonCellParser::hasPersonMarks(const QString &segment)
{
    if (!mayBeMarked(segment))
        return false;
    const QString s = segment.simplified();
    if (s.isEmpty())
        return false;
    const QStringList words = s.split(QLatin1Char(' '));
    // Cheap first: marks sit on the first or the last word.
    static const QSet<QString> firstWords = [] {
        QSet<QString> set;
        for (const QStringList &phrase : prefixHonorifics())
            set.insert(phrase.first());
        return set;
    }();
    if (words.size() < 2
        || (!firstWords.contains(key(words.first())) && !isPeerage(words.first()) && !isPostNominal(words.last())
            && words.first() != QLatin1String("HE") && words.first() != QLatin1String("H.E.")))
        return false;
    if (isPeerage(words.first()) && !hasWordFrom(words.mid(1).join(QLatin1Char(' ')), roleWords()))
        return true;
    if (words.size() >= 3 && key(words.first()) == QLatin1String("the") && isPeerage(words.at(1)))
        return true;
    const Person p = parseName(s);
    if (p.honorifics.isEmpty() || p.name.isEmpty())
        return false;
    // "Mr Philip Dunne", "Jane Doe MP" — but not "Dr Foster Ltd" or "Sir Minister".
    return !hasWordFrom(p.name, roleWords()) && !hasWordFrom(p.name, organisationWords());
}

bool PersonCellParser::couldBeName(const QString &segment)
{
    const Person p = parseName(segment);
    const QStringList words = p.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 4)
        return false;
    if (hasWordFrom(p.name, roleWords()) || hasWordFrom(p.name, organisationWords()))
        return false;
    if (key(words.first()) == QLatin1String("the"))
        return false;
    for (const QString &w : words) {
        if (isParticle(w))
            continue;
        if (!w.at(0).isUpper())
            return false;
        int upper = 0;
        for (const QChar c : w) {
            if (c.isDigit() || c == QLatin1Char('&') || c == QLatin1Char('(') || c == QLatin1Char(')'))
                return false;
            upper += c.isUpper();
        }
        // "BT", "NHS": an acronym is no part of a personal name.
        if (upper >= 2 && upper * 2 > w.size())
            return false;
    }
    return true;
}

bool PersonCellParser::looksLikeRole(const QString &segment)
{
    const QString s = segment.simplified();
    if (s.isEmpty())
        return false;
    const QStringList words = s.split(QLatin1Char(' '));
    // "Lord Privy Seal", "Lord Chancellor": a peerage word starting an office.
    if (isPeerage(words.first()) && words.size() >= 2)
        return hasWordFrom(words.mid(1).join(QLatin1Char(' ')), roleWords());
    if (!parseName(s).honorifics.isEmpty() && hasPersonMarks(s))
        return false;
    if (hasWordFrom(s, roleWords()))
        return true;
    if (couldBeName(s))
        return false;
    // Lowercase joining words in a phrase of three or more: "for the Arts".
    if (words.size() >= 3)
        for (const QString &w : words)
            if (w == QLatin1String("for") || w == QLatin1String("of") || w == QLatin1String("to")
                || w == QLatin1String("the"))
                return true;
    return false;
}

bool PersonCellParser::hasOrganisationWord(const QString &segment)
{
    return hasWordFrom(segment, organisationWords());
}

QString PersonCellParser::honorificsNote(const QStringList &honorifics)
{
    return honorifics.isEmpty() ? QString() : QStringLiteral("Honorifics: ") + honorifics.join(QStringLiteral(", "));
}

QList<PersonCellParser::Person> PersonCellParser::parseCell(const QString &cell)
{
    QString text = cell;
    text.remove(QLatin1Char('\r'));
    // Excel wraps long cells: a line that ends or starts in the middle of a
    // phrase continues it; other line breaks separate like commas.
    QString joined;
    QString previous;
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.simplified();
        if (line.isEmpty())
            continue;
        if (joined.isEmpty())
            joined = line;
        else if (endsOpen(previous) || startsOpen(line) || previous.count(QLatin1Char(' ')) == 0)
            joined += QLatin1Char(' ') + line;
        else
            joined += QStringLiteral(", ") + line;
        previous = line;
    }
    joined.replace(QLatin1String(" ,"), QLatin1String(","));
    joined.replace(QLatin1String(",,"), QLatin1String(","));

    QList<Person> people;
    for (const QString &group : splitTopLevel(joined, QLatin1Char(';'))) {
        if (group.isEmpty())
            continue;
        struct Segment
        {
            bool role;
            QString text;
        };
        QList<Segment> segments;
        for (QString s : splitTopLevel(group, QLatin1Char(','))) {
            if (s.isEmpty())
                continue;
            // Only post-nominals after a comma ("Jane Doe, MP"): they belong to the name before.
            bool allPost = true;
            for (const QString &w : s.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                allPost = allPost && isPostNominal(w);
            if (allPost && !segments.isEmpty() && !segments.last().role) {
                segments.last().text += QLatin1Char(' ') + s;
                continue;
            }
            // "Jane Doe (Minister for X)": the role in brackets.
            const qsizetype open = s.indexOf(QLatin1Char('('));
            if (open > 0 && s.endsWith(QLatin1Char(')'))) {
                const QString inner = s.mid(open + 1, s.size() - open - 2).trimmed();
                const QString outer = s.left(open).trimmed();
                if (looksLikeRole(inner) && !looksLikeRole(outer)) {
                    segments.append({false, outer});
                    segments.append({true, inner});
                    continue;
                }
                // "Minister of State for Trade (Lord Smith)": the name in brackets.
                if (looksLikeRole(outer) && !looksLikeRole(inner) && (hasPersonMarks(inner) || couldBeName(inner))) {
                    segments.append({true, outer});
                    segments.append({false, inner});
                    continue;
                }
            }
            if (looksLikeRole(s)) {
                segments.append({true, s});
                continue;
            }
            // "Jane Doe MP and John Smith MP": two people.
            const QStringList halves = s.split(QRegularExpression(QStringLiteral("\\s+(?:and|&)\\s+")));
            if (halves.size() == 2 && (hasPersonMarks(halves.at(0)) || couldBeName(halves.at(0)))
                && (hasPersonMarks(halves.at(1)) || couldBeName(halves.at(1)))) {
                segments.append({false, halves.at(0)});
                segments.append({false, halves.at(1)});
                continue;
            }
            segments.append({false, s});
        }
        // Beside a name that is surely a person, a piece that is no name is
        // part of a role: "Secretary of State for Business, Innovation and Skills, Jane Doe MP".
        bool marked = false;
        for (const Segment &s : std::as_const(segments))
            marked = marked || (!s.role && hasPersonMarks(s.text));
        if (marked)
            for (Segment &s : segments)
                if (!s.role && !hasPersonMarks(s.text) && !couldBeName(s.text))
                    s.role = true;
        // "Smith, Jane": single words only, no role — one name, as written.
        if (segments.size() >= 2) {
            bool singleWords = true;
            for (const Segment &s : std::as_const(segments))
                singleWords = singleWords && !s.role && !s.text.contains(QLatin1Char(' ')) && !hasPersonMarks(s.text);
            if (singleWords) {
                people.append(Person{group.simplified(), QString(), {}});
                continue;
            }
        }
        // Roles written before the first name go to the name after them;
        // otherwise each role goes to the name before it.
        const bool rolesFirst = !segments.isEmpty() && segments.first().role;
        QList<Person> groupPeople;
        QStringList pending;
        for (const Segment &s : std::as_const(segments)) {
            if (!s.role) {
                Person p = parseName(s.text);
                if (rolesFirst && !pending.isEmpty()) {
                    p.title = pending.join(QStringLiteral(", "));
                    pending.clear();
                }
                groupPeople.append(p);
            } else if (!rolesFirst && !groupPeople.isEmpty()) {
                Person &p = groupPeople.last();
                p.title = p.title.isEmpty() ? s.text : p.title + QStringLiteral(", ") + s.text;
            } else {
                pending.append(s.text);
            }
        }
        if (!pending.isEmpty() && !groupPeople.isEmpty()) {
            Person &p = groupPeople.last();
            p.title = p.title.isEmpty() ? pending.join(QStringLiteral(", "))
                                        : p.title + QStringLiteral(", ") + pending.join(QStringLiteral(", "));
            pending.clear();
        }
        // A group of roles only: keep what was written as the name rather than lose it.
        if (groupPeople.isEmpty())
            groupPeople.append(Person{group.simplified(), QString(), {}});
        people += groupPeople;
    }
    return people;
}

} // namespace liaison
