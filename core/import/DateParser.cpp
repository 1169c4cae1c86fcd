#include "DateParser.h"

#include <QVarLengthArray>

namespace liaison {

namespace {
struct Token
{
    enum Type { Number, Word } type = Number;
    int value = 0;   // Number
    int digits = 0;  // Number
    QStringView word; // Word
    QChar separatorBefore; // the separator that preceded it ('/', '-', '.', ' ', ',' or none)
};

bool isIgnoredWord(QStringView w)
{
    static const char *const words[] = {"st", "nd", "rd", "th", "of", "the", "mon", "monday", "tue", "tues",
                                        "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri",
                                        "friday", "sat", "saturday", "sun", "sunday"};
    for (const char *candidate : words) {
        if (w.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Splits into numbers and words; false on characters no date contains.
bool tokenise(QStringView text, QVarLengthArray<Token, 8> &tokens)
{
    QChar separator;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            Token t;
            t.type = Token::Number;
            qsizetype j = i;
            while (j < n && text.at(j).isDigit() && j - i < 5) {
                t.value = t.value * 10 + text.at(j).digitValue();
                ++j;
            }
            if (j < n && text.at(j).isDigit())
                return false;
            t.digits = int(j - i);
            t.separatorBefore = separator;
            tokens.append(t);
            separator = QChar();
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = text.mid(i, j - i);
            if (!isIgnoredWord(word) || (word.size() == 2 && tokens.isEmpty())) {
                Token t;
                t.type = Token::Word;
                t.word = word;
                t.separatorBefore = separator;
                tokens.append(t);
            }
            separator = QChar();
            i = j;
        } else if (c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char(',')
                   || c == QLatin1Char('\'')) {
            if (separator.isNull() || separator == QLatin1Char(' '))
                separator = c;
            ++i;
        } else if (c.isSpace()) {
            if (separator.isNull())
                separator = QLatin1Char(' ');
            ++i;
        } else {
            return false;
        }
    }
    return true;
}

QDate firstDayOfQuarter(int year, int quarter)
{
    return QDate(year, (quarter - 1) * 3 + 1, 1);
}
} // namespace

struct DateParser::Parts
{
    int year = 0; // 0: not given
    int month = 0;
    int day = 0;
    int quarter = 0;
};

void DateParser::setReferencePeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to.isValid() ? to : from;
}

int DateParser::expandYear(int year, int digits)
{
    if (digits > 2)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

int DateParser::monthFromName(QStringView word)
{
    static const char *const names[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QLatin1String name(names[m]);
        if (word.size() <= name.size() && name.startsWith(word, Qt::CaseInsensitive))
            return m + 1;
    }
    if (word.compare(QLatin1String("sept"), Qt::CaseInsensitive) == 0)
        return 9;
    return 0;
}

bool DateParser::parseSingle(QStringView text, Parts &p) const
{
    QVarLengthArray<Token, 8> t;
    if (!tokenise(text, t) || t.isEmpty() || t.size() > 3)
        return false;
    const auto num = [&](int i) { return i < t.size() && t[i].type == Token::Number; };
    const auto month = [&](int i) { return i < t.size() && t[i].type == Token::Word ? monthFromName(t[i].word) : 0; };
    const auto quarterWord = [&](int i) {
        return i < t.size() && t[i].type == Token::Word && t[i].word.compare(QLatin1String("q"), Qt::CaseInsensitive) == 0;
    };
    const auto year = [&](int i) { return expandYear(t[i].value, t[i].digits); };

    switch (t.size()) {
    case 1:
        if (num(0) && t[0].digits == 4) {
            p.year = t[0].value;
            return true;
        }
        if (month(0)) {
            p.month = month(0);
            return true;
        }
        if (num(0) && t[0].digits <= 2) { // a bare day, the start of a range such as "9-10 Feb"
            p.day = t[0].value;
            return true;
        }
        return false;
    case 2:
        if (num(0) && num(1)) {
            if (t[0].digits == 4) { // 2014-03
                p.year = t[0].value;
                p.month = t[1].value;
                return t[1].digits <= 2;
            }
            if (t[1].digits == 4) { // 03/2014
                p.month = t[0].value;
                p.year = t[1].value;
                return t[0].digits <= 2;
            }
            // 22/03 or 03/22: a day without a year
            if (t[0].digits > 2 || t[1].digits > 2)
                return false;
            if (m_order == DayOrder::DayFirst) {
                p.day = t[0].value;
                p.month = t[1].value;
            } else {
                p.month = t[0].value;
                p.day = t[1].value;
            }
            return true;
        }
        if (num(0) && month(1)) { // 12th April
            if (t[0].digits > 2)
                return false;
            p.day = t[0].value;
            p.month = month(1);
            return true;
        }
        if (month(0) && num(1)) {
            p.month = month(0);
            const QChar sep = t[1].separatorBefore;
            if (t[1].digits == 4 || (t[1].digits == 2 && sep != QLatin1Char(' ') && !sep.isNull())
                || t[1].value > 31) { // March 2019, Oct-12, Dec-2010
                p.year = year(1);
            } else { // April 12
                p.day = t[1].value;
            }
            return true;
        }
        if (quarterWord(0) && num(1) && t[1].digits == 1) { // "Q3" alone
            p.quarter = t[1].value;
            return true;
        }
        return false;
    case 3:
        if (num(0) && num(1) && num(2)) {
            if (t[0].digits == 4) { // ISO
                p.year = t[0].value;
                p.month = t[1].value;
                p.day = t[2].value;
                return t[1].digits <= 2 && t[2].digits <= 2;
            }
            if (t[0].digits > 2 || t[1].digits > 2 || (t[2].digits != 2 && t[2].digits != 4))
                return false;
            if (m_order == DayOrder::DayFirst) {
                p.day = t[0].value;
                p.month = t[1].value;
            } else {
                p.month = t[0].value;
                p.day = t[1].value;
            }
            p.year = year(2);
            return true;
        }
        if (num(0) && month(1) && num(2)) { // 02-Jul-13, 14 March 2014
            if (t[0].digits > 2)
                return false;
            p.day = t[0].value;
            p.month = month(1);
            p.year = year(2);
            return t[2].digits == 2 || t[2].digits == 4;
        }
        if (month(0) && num(1) && num(2)) { // April 12, 2014
            if (t[1].digits > 2)
                return false;
            p.month = month(0);
            p.day = t[1].value;
            p.year = year(2);
            return t[2].digits == 2 || t[2].digits == 4;
        }
        if (quarterWord(0) && num(1) && num(2) && t[1].digits == 1) { // Q3 2014
            p.quarter = t[1].value;
            p.year = year(2);
            return t[2].digits == 4 || t[2].digits == 2;
        }
        if (num(0) && quarterWord(1) && num(2) && t[0].digits == 4 && t[2].digits == 1) { // 2014-Q3
            p.year = t[0].value;
            p.quarter = t[2].value;
            return true;
        }
        return false;
    }
    return false;
}

bool DateParser::resolve(Parts &p, const Parts *inherit, PartialDate &date, QString *error) const
{
    if (inherit) {
        if (p.quarter == 0 && p.month == 0 && p.day > 0 && inherit->month > 0)
            p.month = inherit->month;
        if (p.year == 0)
            p.year = inherit->year;
    }
    if (p.quarter < 0 || p.quarter > 4 || p.month < 0 || p.month > 12) {
        if (error)
            *error = p.month > 12 && p.day >= 1 && p.day <= 12
                ? QStringLiteral("no such day in %1 order (is the file %2?)")
                      .arg(m_order == DayOrder::DayFirst ? QStringLiteral("day-first") : QStringLiteral("month-first"),
                           m_order == DayOrder::DayFirst ? QStringLiteral("month-first") : QStringLiteral("day-first"))
                : QStringLiteral("no such month or quarter");
        return false;
    }
    if (p.day > 0 && p.month == 0) {
        if (error)
            *error = QStringLiteral("a day without a month");
        return false;
    }
    if (p.year == 0) {
        if (!m_from.isValid()) {
            if (error)
                *error = QStringLiteral("no year (give a reference period for dates without one)");
            return false;
        }
        const int month = p.quarter > 0 ? (p.quarter - 1) * 3 + 1 : qMax(1, p.month);
        p.year = m_from.year();
        for (int y = m_from.year(); y <= m_to.year(); ++y) {
            const QDate d(y, month, p.day > 0 ? qMin(p.day, QDate(y, month, 1).daysInMonth()) : 1);
            if (d >= QDate(m_from.year(), m_from.month(), p.day > 0 ? m_from.day() : 1) && d <= m_to) {
                p.year = y;
                break;
            }
        }
    }
    if (p.quarter > 0)
        date = PartialDate(firstDayOfQuarter(p.year, p.quarter), DatePrecision::Quarter);
    else if (p.month == 0)
        date = PartialDate::year(p.year);
    else if (p.day == 0)
        date = PartialDate::month(p.year, p.month);
    else {
        const QDate d(p.year, p.month, p.day);
        if (!d.isValid()) {
            if (error) {
                const bool other = QDate(p.year, p.day, p.month).isValid();
                *error = other ? QStringLiteral("no such day in %1 order (is the file %2?)")
                                     .arg(m_order == DayOrder::DayFirst ? QStringLiteral("day-first")
                                                                        : QStringLiteral("month-first"),
                                          m_order == DayOrder::DayFirst ? QStringLiteral("month-first")
                                                                        : QStringLiteral("day-first"))
                               : QStringLiteral("no such day");
            }
            return false;
        }
        date = PartialDate(d, DatePrecision::Day);
    }
    return date.isValid();
}

DateSpan DateParser::parse(QStringView input, QString *error) const
{
    QString text = input.trimmed().toString();
    text.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    if (text.isEmpty()) {
        if (error)
            *error = QStringLiteral("no date");
        return {};
    }
    QString firstError;
    Parts whole;
    if (parseSingle(text, whole) && !(whole.day > 0 && whole.month == 0)) {
        PartialDate date;
        if (resolve(whole, nullptr, date, &firstError))
            return DateSpan(date);
    }
    // A range: try each dash (or " to ") as the divider; the right side is a
    // full date, the left may borrow its month and year from it.
    const auto trySplit = [&](qsizetype at, qsizetype width) -> DateSpan {
        const QStringView left = QStringView(text).left(at).trimmed();
        const QStringView right = QStringView(text).mid(at + width).trimmed();
        if (left.isEmpty() || right.isEmpty())
            return {};
        Parts r, l;
        if (!parseSingle(right, r) || !parseSingle(left, l))
            return {};
        PartialDate end, start;
        QString e;
        if (!resolve(r, nullptr, end, &e)) {
            if (firstError.isEmpty() || e.startsWith(QLatin1String("no such day")))
                firstError = e;
            return {};
        }
        if (!resolve(l, &r, start, &e)) {
            firstError = e;
            return {};
        }
        if (end.first() < start.first()) {
            firstError = QStringLiteral("the range ends before it starts");
            return {};
        }
        return DateSpan(start, end);
    };
    const qsizetype to = text.indexOf(QLatin1String(" to "), 0, Qt::CaseInsensitive);
    if (to > 0) {
        const DateSpan span = trySplit(to, 4);
        if (span.isValid())
            return span;
    }
    for (qsizetype i = text.indexOf(QLatin1Char('-')); i > 0; i = text.indexOf(QLatin1Char('-'), i + 1)) {
        const DateSpan span = trySplit(i, 1);
        if (span.isValid())
            return span;
    }
    if (error)
        *error = firstError.isEmpty() ? QStringLiteral("not a date") : firstError;
    return {};
}

int DateParser::dayOrderEvidence(QStringView text, bool *ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    QVarLengthArray<Token, 8> t;
    const QString normalised = text.trimmed().toString();
    if (!tokenise(normalised, t) || t.size() < 2)
        return 0;
    // Look at the first two numbers of a numeric date (not ISO).
    int evidence = 0;
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        if (t[i].type != Token::Number || t[i + 1].type != Token::Number || t[i].digits > 2 || t[i + 1].digits > 2)
            continue;
        if (i > 0 && t[i - 1].type == Token::Number && t[i - 1].digits == 4)
            return 0;
        const int a = t[i].value, b = t[i + 1].value;
        if (a > 12 && b <= 12)
            evidence = 1;
        else if (b > 12 && a <= 12)
            evidence = -1;
        else if (a != b && ambiguous && a >= 1 && b >= 1)
            *ambiguous = true;
        break;
    }
    return evidence;
}

} // namespace liaison
