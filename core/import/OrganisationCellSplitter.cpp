#include "OrganisationCellSplitter.h"

#include "PersonCellParser.h"

#include <QRegularExpression>
#include <QSet>

namespace liaison {

namespace {

QStringList splitTopLevel(const QString &text, QChar separator)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && depth > 0)
            --depth;
        else if (c == separator && depth == 0) {
            const QString part = text.mid(start, i - start).trimmed();
            if (!part.isEmpty())
                parts.append(part);
            start = i + 1;
        }
    }
    const QString part = text.mid(start).trimmed();
    if (!part.isEmpty())
        parts.append(part);
    return parts;
}

QStringList wordsOf(const QString &s)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool isAcronym(const QString &s)
{
    if (s.size() < 2 || s.size() > 6)
        return false;
    bool letter = false;
    for (const QChar c : s) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            letter = true;
        } else if (!c.isDigit() && c != QLatin1Char('&')) {
            return false;
        }
    }
    return letter;
}

bool isLegalForm(const QString &s)
{
    static const QSet<QString> forms = {QStringLiteral("ltd"),  QStringLiteral("limited"), QStringLiteral("plc"),
                                        QStringLiteral("inc"),  QStringLiteral("llp"),     QStringLiteral("llc"),
                                        QStringLiteral("co"),   QStringLiteral("corp"),    QStringLiteral("pte"),
                                        QStringLiteral("gmbh"), QStringLiteral("ag"),      QStringLiteral("sa"),
                                        QStringLiteral("lp"),   QStringLiteral("bv"),      QStringLiteral("nv")};
    QString k = s.toCaseFolded();
    k.remove(QLatin1Char('.'));
    return forms.contains(k);
}

// Not a name on its own: "ltd", "and others", "of London", a bare "Ltd".
bool isFragment(const QString &piece)
{
    const QStringList words = wordsOf(piece);
    if (words.isEmpty())
        return true;
    if (words.size() == 1 && isLegalForm(words.first()))
        return true;
    if (words.first().at(0).isLower()) {
        static const QSet<QString> joining = {QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("for"),
                                              QStringLiteral("the"), QStringLiteral("in"),  QStringLiteral("on")};
        return words.size() <= 2 || joining.contains(words.first());
    }
    return false;
}

// Institution nouns and legal forms: a piece with one is a name of its own,
// never the tail of "Department for Culture, Media and Sport".
bool hasStrongOrganisationWord(const QString &piece)
{
    static const QSet<QString> words = {
        QStringLiteral("ltd"),        QStringLiteral("limited"),     QStringLiteral("plc"),     QStringLiteral("inc"),
        QStringLiteral("llp"),        QStringLiteral("group"),       QStringLiteral("bank"),    QStringLiteral("trust"),
        QStringLiteral("university"), QStringLiteral("college"),     QStringLiteral("school"),  QStringLiteral("council"),
        QStringLiteral("agency"),     QStringLiteral("department"),  QStringLiteral("ministry"), QStringLiteral("office"),
        QStringLiteral("institute"),  QStringLiteral("association"), QStringLiteral("society"), QStringLiteral("foundation"),
        QStringLiteral("company"),    QStringLiteral("corporation"), QStringLiteral("authority"), QStringLiteral("times"),
        QStringLiteral("news"),       QStringLiteral("centre"),      QStringLiteral("commission")};
    for (QString w : wordsOf(piece)) {
        w.remove(QLatin1Char('.'));
        if (words.contains(w.toCaseFolded()))
            return true;
    }
    return false;
}

bool continuesLine(const QString &previous, const QString &line)
{
    const QChar c = line.at(0);
    if (c.isLower() || c == QLatin1Char(',') || c == QLatin1Char('&') || c == QLatin1Char('(')
        || c == QLatin1Char(')') || line.startsWith(QLatin1String("and ")))
        return true;
    if (previous.endsWith(QLatin1Char(',')) || previous.endsWith(QLatin1Char('&')) || previous.endsWith(QLatin1Char('-'))
        || previous.endsWith(QLatin1Char('(')))
        return true;
    const QString last = previous.section(QLatin1Char(' '), -1).toCaseFolded();
    static const QSet<QString> open = {QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("for"),
                                       QStringLiteral("the"), QStringLiteral("on"), QStringLiteral("in"),
                                       QStringLiteral("to")};
    return open.contains(last);
}

} // namespace

OrganisationCellSplitter::OrganisationCellSplitter(std::function<bool(const QString &)> known)
    : m_known(std::move(known))
{
}

bool OrganisationCellSplitter::isKnown(const QString &name) const
{
    if (!m_known || name.isEmpty())
        return false;
    // The same name is asked about several times in one cell (whole, group, piece).
    const auto it = m_answers.constFind(name);
    if (it != m_answers.cend())
        return *it;
    const bool known = m_known(name);
    m_answers.insert(name, known);
    return known;
}

QStringList OrganisationCellSplitter::joinFragments(const QStringList &pieces) const
{
    QStringList out;
    for (const QString &piece : pieces) {
        if (!out.isEmpty() && isFragment(piece))
            out.last() += QStringLiteral(", ") + piece;
        else
            out.append(piece);
    }
    return out;
}

void OrganisationCellSplitter::splitAnd(const QString &piece, Result &result) const
{
    if (!piece.contains(QLatin1String(" and ")) && !piece.contains(QLatin1String(" & "))) {
        result.parts.append(Part{piece, false, {}, {}, {}});
        return;
    }
    static const QRegularExpression connector(QStringLiteral("\\s+(?:and|&)\\s+"));
    const QStringList halves = piece.split(connector);
    if (halves.size() == 2 && !isKnown(piece)) {
        const bool knownA = isKnown(halves.at(0)), knownB = isKnown(halves.at(1));
        auto standsAlone = [](const QString &s) { return isAcronym(s) || hasStrongOrganisationWord(s); };
        // Two acronyms ("KPMG and EY") are two names; names made of acronyms joined by "and" are rare.
        const bool acronyms = isAcronym(halves.at(0)) && isAcronym(halves.at(1));
        if ((knownA && knownB) || (knownA && standsAlone(halves.at(1))) || (knownB && standsAlone(halves.at(0)))
            || acronyms) {
            result.parts.append(Part{halves.at(0), false, {}, {}, {}});
            result.parts.append(Part{halves.at(1), false, {}, {}, {}});
            return;
        }
        if (standsAlone(halves.at(0)) && standsAlone(halves.at(1)))
            result.doubts.append(QStringLiteral("kept \"%1\" as one name; it may be two").arg(piece));
    }
    result.parts.append(Part{piece, false, {}, {}, {}});
}

OrganisationCellSplitter::Result OrganisationCellSplitter::split(const QString &cell) const
{
    m_answers.clear(); // what is known may grow between cells
    Result result;
    QString text = cell;
    text.remove(QLatin1Char('\r'));
    const QString whole = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    if (whole.isEmpty())
        return result;
    // Most cells are one plain name, or plain names between semicolons: nothing to decide.
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('\n')) && !whole.contains(QLatin1String(" and "))
        && !whole.contains(QLatin1String(" & "))) {
        QStringList plain;
        for (const QString &part : whole.split(QLatin1Char(';'))) {
            const QString name = part.trimmed();
            if (name.isEmpty())
                continue;
            if (PersonCellParser::hasPersonMarks(name)) {
                plain.clear();
                break;
            }
            plain.append(name);
        }
        if (!plain.isEmpty()) {
            for (const QString &name : std::as_const(plain))
                result.parts.append(Part{name, false, {}, {}, {}});
            return result;
        }
    }
    // A known name that holds a semicolon; else each group between semicolons
    // is read once (groups repeat far more than whole cells do).
    const QStringList groups = splitTopLevel(text, QLatin1Char(';'));
    bool allRead = true;
    for (const QString &group : groups)
        allRead = allRead && m_groups.contains(group);
    if (!allRead && groups.size() > 1 && isKnown(whole)) {
        result.parts.append(Part{whole, false, {}, {}, {}});
        return result;
    }
    for (const QString &group : groups) {
        if (const auto it = m_groups.constFind(group); it != m_groups.cend()) {
            result.parts += it->parts;
            result.doubts += it->doubts;
            continue;
        }
        Result one;
        splitGroup(group, one);
        if (m_groups.size() < kGroupCache)
            m_groups.insert(group, one);
        result.parts += one.parts;
        result.doubts += one.doubts;
    }
    return result;
}

void OrganisationCellSplitter::splitGroup(const QString &group, Result &result) const
{
    // Units: the group's names before commas are looked at — lines that start
    // afresh (a wrapped line continues the one before it).
    QStringList units;
    const QString flat = QString(group).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    if (isKnown(flat)) {
        units.append(flat);
    } else {
        QString current, previous;
        for (const QString &raw : group.split(QLatin1Char('\n'))) {
            const QString line = raw.simplified();
            if (line.isEmpty())
                continue;
            if (current.isEmpty() || !continuesLine(previous, line)) {
                if (!current.isEmpty())
                    units.append(current);
                current = line;
            } else {
                current += QLatin1Char(' ') + line;
            }
            previous = line;
        }
        if (!current.isEmpty())
            units.append(current.replace(QLatin1String(" ,"), QLatin1String(",")));
    }

    for (const QString &unit : std::as_const(units)) {
        if (isKnown(unit)) {
            result.parts.append(Part{unit, false, {}, {}, {}});
            continue;
        }
        QStringList pieces = splitTopLevel(unit, QLatin1Char(','));
        for (QString &piece : pieces)
            piece = piece.simplified();
        if (pieces.size() <= 1) {
            // "Sir John Smith" alone in an organisations cell: a person (said, for review).
            if (PersonCellParser::hasPersonMarks(unit) && !isAcronym(unit)) {
                const PersonCellParser::Person p = PersonCellParser::parseName(unit);
                result.parts.append(Part{p.name, true, QString(), QString(), p.honorifics});
                result.doubts.append(QStringLiteral("read \"%1\" as a person, not an organisation").arg(unit));
                continue;
            }
            splitAnd(unit, result);
            continue;
        }
        // Known names made of several pieces ("Department for Business, Innovation and Skills" in the database).
        for (qsizetype length = pieces.size(); length >= 2; --length) {
            for (qsizetype start = 0; start + length <= pieces.size(); ++start) {
                const QString joined = pieces.mid(start, length).join(QStringLiteral(", "));
                if (isKnown(joined)) {
                    pieces.remove(start + 1, length - 1);
                    pieces[start] = joined;
                }
            }
        }
        pieces = joinFragments(pieces);
        // "Department for Culture, Media and Sport": a name ending "for/of X"
        // continued by plain capitalised pieces up to one holding "and".
        static const QRegularExpression headOf(QStringLiteral("\\b(?:for|of|on)(?:\\s+[A-Z][\\w'-]*){1,2}$"));
        for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
            if (isKnown(pieces.at(i)) || !headOf.match(pieces.at(i)).hasMatch())
                continue;
            qsizetype end = -1;
            for (qsizetype j = i + 1; j < pieces.size(); ++j) {
                const QString &p = pieces.at(j);
                const QStringList words = wordsOf(p);
                static const QRegularExpression connector(QStringLiteral("\\s+(?:and|&)\\s+"));
                bool acronymHalf = false;
                for (const QString &half : p.split(connector))
                    acronymHalf = acronymHalf || isAcronym(half);
                // "Ministry of Defence, Army, Navy and RAF" is a list: an acronym is a name of its own.
                if (isKnown(p) || acronymHalf || hasStrongOrganisationWord(p) || words.size() > 4
                    || !words.first().at(0).isUpper())
                    break;
                if (p.contains(QLatin1String(" and ")) || p.contains(QLatin1String(" & "))) {
                    end = j;
                    break;
                }
            }
            if (end > i) {
                pieces[i] = pieces.mid(i, end - i + 1).join(QStringLiteral(", "));
                pieces.remove(i + 1, end - i);
            }
        }
        if (pieces.size() == 1) {
            result.parts.append(Part{pieces.first(), false, {}, {}, {}});
            continue;
        }
        // People among the pieces: marked ("Mr X", "Lord Y", "Z MP") or, when
        // the cell is only a name, a role and an organisation, plain ("Martin Ivens").
        // An acronym beside a plain name is no proof ("Balfour Beatty, BT"): a
        // plain name is a person only next to a name that is surely an organisation.
        auto orgLike = [&](const QString &p) {
            return isKnown(p) || PersonCellParser::hasOrganisationWord(p) || p.startsWith(QLatin1String("The "));
        };
        QList<int> kinds(pieces.size(), 0); // 0 organisation, 1 person, 2 role
        int plainNames = 0, organisations = 0;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QString &p = pieces.at(i);
            if (isKnown(p))
                ++organisations;
            else if (PersonCellParser::hasPersonMarks(p))
                kinds[i] = 1;
            else if (PersonCellParser::couldBeName(p))
                ++plainNames;
            else if (orgLike(p))
                ++organisations;
        }
        const bool plainPeople = plainNames == 1 && organisations >= 1 && pieces.size() <= 3;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (kinds[i] == 0 && plainPeople && !isKnown(pieces.at(i)) && PersonCellParser::couldBeName(pieces.at(i))) {
                kinds[i] = 1;
                result.doubts.append(QStringLiteral("read \"%1\" as a person, not an organisation").arg(pieces.at(i)));
            }
        }
        if (kinds.contains(1)) {
            for (qsizetype i = 0; i < pieces.size(); ++i)
                if (kinds[i] == 0 && PersonCellParser::looksLikeRole(pieces.at(i))
                    && !PersonCellParser::hasOrganisationWord(pieces.at(i)) && !isKnown(pieces.at(i)))
                    kinds[i] = 2;
        }
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (kinds[i] == 0) {
                splitAnd(pieces.at(i), result);
                if (pieces.size() > 2 && i + 1 == pieces.size() && pieces.at(i).contains(QLatin1String(" and "))
                    && !result.doubts.contains(QStringLiteral("kept \"%1\" as one name; it may be two").arg(pieces.at(i)))
                    && result.parts.last().name == pieces.at(i))
                    result.doubts.append(QStringLiteral("kept \"%1\" as one name; it may be two").arg(pieces.at(i)));
                continue;
            }
            if (kinds[i] != 1)
                continue;
            const PersonCellParser::Person p = PersonCellParser::parseName(pieces.at(i));
            Part part{p.name, true, QString(), QString(), p.honorifics};
            QStringList roles;
            // Roles right after the person; the organisation nearest after, else before.
            for (qsizetype j = i + 1; j < pieces.size() && kinds[j] == 2; ++j)
                roles.append(pieces.at(j));
            part.title = roles.join(QStringLiteral(", "));
            for (qsizetype j = i + 1; j < pieces.size() && part.organisation.isEmpty(); ++j)
                if (kinds[j] == 0)
                    part.organisation = pieces.at(j);
                else if (kinds[j] == 1)
                    break;
            for (qsizetype j = i - 1; j >= 0 && part.organisation.isEmpty(); --j)
                if (kinds[j] == 0)
                    part.organisation = pieces.at(j);
            result.parts.append(part);
        }
    }
}


} // namespace liaison
