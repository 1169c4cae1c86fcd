#include "DateParser.h"

#include <QLocale>
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

// Splits into numbers and words; false on characters no date contains, or
// once there are more than `maxTokens` (no date has many: stop early).
bool tokenise(QStringView text, QVarLengthArray<Token, 8> &tokens, int maxTokens)
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
            if (tokens.size() > maxTokens)
                return false;
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
                if (tokens.size() > maxTokens)
                    return false;
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

const QString kNoYear = QStringLiteral("no year (give a reference period for dates without one)");

QString orderError(DateParser::DayOrder order)
{
    return QStringLiteral("no such day in %1 order (is the file %2?)")
        .arg(DateParser::dayOrderName(order),
             DateParser::dayOrderName(order == DateParser::DayOrder::DayFirst ? DateParser::DayOrder::MonthFirst
                                                                              : DateParser::DayOrder::DayFirst));
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
    if (!tokenise(text, t, 3) || t.isEmpty())
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

namespace {
PartialDate dateOf(int year, int month, int day, int quarter)
{
    if (quarter > 0)
        return PartialDate::quarter(year, quarter);
    if (month == 0)
        return PartialDate::year(year);
    if (day == 0)
        return PartialDate::month(year, month);
    return PartialDate::day(year, month, day);
}
} // namespace

QString DateParser::dayOrderName(DayOrder order)
{
    return order == DayOrder::DayFirst ? QStringLiteral("day-first") : QStringLiteral("month-first");
}

DateParser::DayOrder DateParser::systemDayOrder(QString *format)
{
    const QString f = QLocale::system().dateFormat(QLocale::ShortFormat);
    if (format)
        *format = f;
    const qsizetype day = f.indexOf(QLatin1Char('d'));
    const qsizetype month = f.indexOf(QLatin1Char('M'));
    return month >= 0 && day >= 0 && month < day ? DayOrder::MonthFirst : DayOrder::DayFirst;
}

// The year a date without one takes from the reference period: the one year
// that puts it in the period; several → ambiguous (an error); none → the
// nearest, said in `details`.
bool DateParser::pickYear(const Parts &p, int *year, QString *error, Details &details) const
{
    if (!m_from.isValid()) {
        if (error)
            *error = kNoYear;
        return false;
    }
    const int firstYear = m_from.year() - 1;
    const int lastYear = qMin(m_to.year() + 1, firstYear + 400);
    int overlapping = 0, inside = 0, overlapYear = 0, insideYear = 0, otherYear = 0, nearestYear = 0;
    qint64 nearest = -1;
    for (int y = firstYear; y <= lastYear; ++y) {
        const PartialDate c = dateOf(y, p.month, p.day, p.quarter);
        if (!c.isValid())
            continue;
        if (c.first() <= m_to && c.last() >= m_from) {
            if (overlapping++ == 0)
                overlapYear = y;
            else
                otherYear = y;
            if (c.first() >= m_from && c.last() <= m_to) {
                ++inside;
                insideYear = y;
            }
            continue;
        }
        const qint64 distance = c.last() < m_from ? c.last().daysTo(m_from) : m_to.daysTo(c.first());
        if (nearest < 0 || distance < nearest) {
            nearest = distance;
            nearestYear = y;
        }
    }
    if (overlapping == 1 || (overlapping > 1 && inside == 1)) {
        *year = overlapping == 1 ? overlapYear : insideYear;
    } else if (overlapping > 1) {
        if (error)
            *error = QStringLiteral("ambiguous: %1 or %2, the period %3 to %4 holds both (give the year)")
                         .arg(dateOf(overlapYear, p.month, p.day, p.quarter).toDisplayString(),
                              dateOf(otherYear, p.month, p.day, p.quarter).toDisplayString(),
                              m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
        return false;
    } else if (nearest >= 0) {
        *year = nearestYear;
        details.outsidePeriod = true;
    } else {
        if (error)
            *error = QStringLiteral("no such day");
        return false;
    }
    details.yearFromPeriod = true;
    return true;
}

bool DateParser::resolve(Parts &p, const Parts *inherit, PartialDate &date, QString *error, Details &details) const
{
    if (inherit) {
        if (p.quarter == 0 && p.month == 0 && p.day > 0 && inherit->month > 0)
            p.month = inherit->month;
        if (p.year == 0)
            p.year = inherit->year;
    }
    if (p.quarter < 0 || p.quarter > 4 || p.month < 0 || p.month > 12) {
        if (error)
            *error = p.month > 12 && p.day >= 1 && p.day <= 12 ? orderError(m_order)
                                                                : QStringLiteral("no such month or quarter");
        return false;
    }
    if (p.day > 0 && p.month == 0) {
        if (error)
            *error = QStringLiteral("a day without a month");
        return false;
    }
    if (p.year == 0 && !pickYear(p, &p.year, error, details))
        return false;
    if (p.day > 0 && !QDate(p.year, p.month, p.day).isValid()) {
        if (error)
            *error = QDate(p.year, p.day, p.month).isValid() ? orderError(m_order) : QStringLiteral("no such day");
        return false;
    }
    date = dateOf(p.year, p.month, p.day, p.quarter);
    return date.isValid();
}

// One date or one range (no lists).
DateSpan DateParser::parseSpan(const QString &text, QString *error, Details &details) const
{
    QString firstError;
    Parts whole;
    if (parseSingle(text, whole) && !(whole.day > 0 && whole.month == 0)) {
        PartialDate date;
        Details d;
        if (resolve(whole, nullptr, date, &firstError, d)) {
            details = d;
            return DateSpan(date);
        }
    }
    // A range: try each dash (or " to ") as the divider; the right side is a
    // full date, the left may borrow its month and year from it. Both sides
    // are read in the same day order as single dates.
    const auto trySplit = [&](qsizetype at, qsizetype width) -> DateSpan {
        const QStringView left = QStringView(text).left(at).trimmed();
        const QStringView right = QStringView(text).mid(at + width).trimmed();
        if (left.isEmpty() || right.isEmpty())
            return {};
        Parts r, l;
        if (!parseSingle(right, r) || !parseSingle(left, l))
            return {};
        // "Jul-Sep 14": after a month alone, a two-digit number is the year, not a day.
        if (l.month > 0 && l.day == 0 && l.year == 0 && r.month > 0 && r.day > 0 && r.year == 0) {
            r.year = expandYear(r.day, 2);
            r.day = 0;
        }
        // "May 13-15, 2014": the end is a day and a year; the month is the start's.
        if (l.month > 0 && l.day > 0 && l.year == 0 && r.day == 0 && r.quarter == 0 && r.year > 0 && r.month > 0
            && right.contains(QLatin1Char(','))) {
            r.day = r.month;
            r.month = l.month;
        }
        PartialDate end, start;
        QString e;
        Details d;
        if (!resolve(r, nullptr, end, &e, d)) {
            if (firstError.isEmpty() || e.startsWith(QLatin1String("no such day")) || e == kNoYear)
                firstError = e;
            return {};
        }
        const Parts leftParts = l;
        if (!resolve(l, &r, start, &e, d)) {
            firstError = e;
            return {};
        }
        // "28 Dec - 3 Jan": a start that borrowed the end's year may lie in the year before.
        if (end.first() < start.first() && leftParts.year == 0) {
            Parts before = leftParts;
            before.year = r.year - 1;
            PartialDate earlier;
            if (resolve(before, &r, earlier, nullptr, d) && earlier.first() <= end.first())
                start = earlier;
        }
        if (end.first() < start.first()) {
            firstError = QStringLiteral("the range ends before it starts");
            return {};
        }
        details = d;
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

// "Jan/Feb/Mar" (that quarter), "Apr/Jun" (the quarter they bound), "Feb/Mar"
// (those months), with an optional year at the end.
DateSpan DateParser::parseMonthList(const QString &text, QString *error, Details &details) const
{
    QVarLengthArray<Token, 8> t;
    if (!tokenise(text, t, 13))
        return {};
    QVarLengthArray<int, 12> months;
    int year = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i].type == Token::Number) {
            if (i + 1 != t.size() || months.isEmpty() || (t[i].digits != 2 && t[i].digits != 4))
                return {};
            year = expandYear(t[i].value, t[i].digits);
            continue;
        }
        const int month = monthFromName(t[i].word);
        if (month == 0)
            return {};
        if (!months.isEmpty() && t[i].separatorBefore != QLatin1Char('/') && t[i].separatorBefore != QLatin1Char(','))
            return {};
        months.append(month);
    }
    if (months.size() < 2)
        return {};
    int wraps = 0; // "Nov/Dec/Jan" crosses into the next year once
    for (qsizetype i = 1; i < months.size(); ++i) {
        if (months[i] == months[i - 1])
            return {};
        if (months[i] < months[i - 1])
            ++wraps;
    }
    if (wraps > 1)
        return {};
    Details d;
    Parts first;
    first.month = months.first();
    if (year > 0)
        first.year = year - wraps;
    else if (!pickYear(first, &first.year, error, d))
        return {};
    const int lastYear = first.year + wraps;
    d.monthList = true;
    details = d;
    if (wraps == 0 && (months.first() - 1) % 3 == 0 && months.last() == months.first() + 2)
        return DateSpan(PartialDate::quarter(first.year, (months.first() - 1) / 3 + 1));
    return DateSpan(PartialDate::month(first.year, months.first()), PartialDate::month(lastYear, months.last()));
}

// "26-oct-12,28-oct-12": the span from the earliest to the latest of the dates.
DateSpan DateParser::parseList(const QString &text, QString *error, Details &details) const
{
    QString separated = text;
    separated.replace(QLatin1String(" and "), QLatin1String(";"), Qt::CaseInsensitive)
        .replace(QLatin1Char('&'), QLatin1Char(';'))
        .replace(QLatin1Char(','), QLatin1Char(';'));
    const QStringList parts = separated.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    Details d;
    PartialDate start, end, right;
    // From the right: "9, 10 and 12 Feb 2014" — a bare day takes the month
    // and year of the date after it, as the start of a range does.
    for (qsizetype i = parts.size() - 1; i >= 0; --i) {
        const QString part = parts.at(i).trimmed();
        Details partDetails;
        DateSpan span = parseSpan(part, error, partDetails);
        Parts bare;
        if (!span.isValid() && right.isValid() && right.precision() == DatePrecision::Day && parseSingle(part, bare)
            && bare.year == 0 && bare.quarter == 0) {
            Parts next;
            next.year = right.first().year();
            next.month = right.first().month();
            PartialDate date;
            if (resolve(bare, &next, date, error, partDetails))
                span = DateSpan(date);
        }
        // A year is no part of a list of dates ("May 13-15, 2014" is not "May 13-15" and "2014").
        if (!span.isValid() || span.start().precision() == DatePrecision::Year)
            return {};
        right = span.start();
        d.yearFromPeriod |= partDetails.yearFromPeriod;
        d.outsidePeriod |= partDetails.outsidePeriod;
        const PartialDate last = span.isRange() ? span.end() : span.start();
        if (!start.isValid() || span.start().first() < start.first())
            start = span.start();
        if (!end.isValid() || last.last() > end.last())
            end = last;
    }
    d.listParts = int(parts.size());
    details = d;
    return start == end ? DateSpan(start) : DateSpan(start, end);
}

DateSpan DateParser::parse(QStringView input, QString *error, Details *details) const
{
    Details local;
    Details &d = details ? *details : local;
    d = Details();
    const QStringView trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = QStringLiteral("no date");
        return {};
    }
    // No date is long: refuse a long cell before any work that grows with it.
    if (trimmed.size() > kMaxLength) {
        if (error)
            *error = QStringLiteral("not a date (longer than %1 characters)").arg(kMaxLength);
        return {};
    }
    QString text = trimmed.toString();
    text.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    QString e;
    DateSpan span = parseSpan(text, &e, d);
    if (!span.isValid()) {
        QString monthError;
        span = parseMonthList(text, &monthError, d);
        if (!monthError.isEmpty())
            e = monthError;
    }
    if (!span.isValid() && (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char(';'))
                            || text.contains(QLatin1Char('&')) || text.contains(QLatin1String(" and "), Qt::CaseInsensitive))) {
        QString listError;
        span = parseList(text, &listError, d);
        if (!listError.isEmpty() && (e == QLatin1String("not a date") || listError == kNoYear))
            e = listError;
    }
    if (span.isValid())
        return span;
    d = Details();
    d.missingYear = e == kNoYear;
    if (error)
        *error = e;
    return {};
}

int DateParser::dayOrderEvidence(QStringView text, bool *ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() > kMaxLength)
        return 0;
    // Only cells with two small numbers side by side can depend on the order (not ISO).
    QVarLengthArray<Token, 8> t;
    tokenise(trimmed, t, 12);
    bool pair = false;
    for (qsizetype i = 0; i + 1 < t.size() && !pair; ++i)
        pair = t[i].type == Token::Number && t[i + 1].type == Token::Number && t[i].digits <= 2 && t[i + 1].digits <= 2;
    if (!pair || (t[0].type == Token::Number && t[0].digits == 4))
        return 0;
    // Read it both ways (a leap year for dates without one, so 29/02 reads).
    DateParser dayFirst, monthFirst;
    monthFirst.setDayOrder(DayOrder::MonthFirst);
    dayFirst.setReferencePeriod(QDate(2000, 1, 1), QDate(2000, 12, 31));
    monthFirst.setReferencePeriod(QDate(2000, 1, 1), QDate(2000, 12, 31));
    Details dd, md;
    const DateSpan a = dayFirst.parse(trimmed, nullptr, &dd);
    const DateSpan b = monthFirst.parse(trimmed, nullptr, &md);
    if (ambiguous)
        *ambiguous = a.isValid() && b.isValid() && a != b;
    // Only a single date is evidence: the parts of a range or a list are read
    // in the order single dates show.
    if (a.isValid() && !b.isValid() && !a.isRange() && dd.listParts == 0)
        return 1;
    if (b.isValid() && !a.isValid() && !b.isRange() && md.listParts == 0)
        return -1;
    return 0;
}

} // namespace liaison
