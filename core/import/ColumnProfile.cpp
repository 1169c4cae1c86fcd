#include "ColumnProfile.h"

#include <QRegularExpression>
#include <QStringList>

namespace liaison {

namespace {
const QStringList &weekdays()
{
    static const QStringList list{
        QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday"), QStringLiteral("mon"),
        QStringLiteral("tue"), QStringLiteral("tues"), QStringLiteral("wed"), QStringLiteral("weds"),
        QStringLiteral("thu"), QStringLiteral("thur"), QStringLiteral("thurs"), QStringLiteral("fri"),
        QStringLiteral("sat"), QStringLiteral("sun")};
    return list;
}

bool isMonthWord(const QString &word)
{
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList full{QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                                  QStringLiteral("april"), QStringLiteral("june"), QStringLiteral("july"),
                                  QStringLiteral("august"), QStringLiteral("september"), QStringLiteral("sept"),
                                  QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    return months.contains(word) || full.contains(word);
}
} // namespace

bool ColumnProfile::isMissing(const QString &cell)
{
    static const QRegularExpression missing(QStringLiteral("^(n/?a|nil|none|not applicable|-+|–|—|\\?)\\.?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return missing.match(cell.trimmed()).hasMatch();
}

ColumnProfile::Content ColumnProfile::classify(const QString &cell)
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return Content::Empty;
    if (isMissing(text))
        return Content::Missing;
    static const QRegularExpression amount(
        QStringLiteral("^(?:(?:[£$€¥]|US\\$|GBP|EUR|USD)\\s?-?\\d[\\d,.]*(?:\\s?[km])?(?!\\S*[/\\-]\\d)"
                       "|\\d[\\d,]*(?:\\.\\d\\d)?\\s?(?:GBP|EUR|USD|pounds|euros?|dollars)\\b"
                       "|\\d{1,3}(?:,\\d{3})*\\.\\d\\d$|\\d+\\.\\d\\d$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (amount.match(text).hasMatch())
        return Content::Amount;
    const QString lower = text.toLower();
    if (weekdays().contains(lower) || weekdays().contains(lower.chopped(lower.endsWith(QLatin1Char('.')) ? 1 : 0)))
        return Content::Weekday;
    static const QRegularExpression count(QStringLiteral("^\\d{1,3}$"));
    if (count.match(text).hasMatch())
        return Content::Count;
    static const QRegularExpression fileName(
        QStringLiteral("\\.(pdf|docx?|xlsx?|xlsm|csv|odt|ods|rtf|txt|pptx?|msg|eml|html?)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (fileName.match(text).hasMatch() && !text.contains(QLatin1Char('\n')))
        return Content::FileName;
    // Dates: numeric forms, and a few words of which one is a month name (with
    // a number, or alone: "July", "Jan/Feb/Mar"); "Theresa May" is no date.
    static const QRegularExpression numeric(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\d(?:[ T]\\d\\d:\\d\\d(?::\\d\\d)?)?$"
                       "|^\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?[/.]\\d{1,2}[/.]\\d{2,4}$"));
    if (numeric.match(text).hasMatch())
        return Content::Date;
    static const QRegularExpression splitter(QStringLiteral("[\\s/,\\-–]+"));
    const QStringList words = lower.split(splitter, Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.size() <= 6) {
        bool month = false, digits = false, other = false;
        static const QRegularExpression number(QStringLiteral("^\\d{1,4}(?:st|nd|rd|th)?$"));
        for (QString word : words) {
            if (word.endsWith(QLatin1Char('.')))
                word.chop(1);
            if (isMonthWord(word))
                month = true;
            else if (number.match(word).hasMatch())
                digits = true;
            else if (word != QLatin1String("to") && word != QLatin1String("and") && !weekdays().contains(word))
                other = true;
        }
        if (month && !other && (digits || words.size() <= 3))
            return Content::Date;
    }
    return Content::Text;
}

QString ColumnProfile::contentName(Content content)
{
    switch (content) {
    case Content::Empty: return QStringLiteral("empty");
    case Content::Missing: return QStringLiteral("\"n/a\"");
    case Content::Amount: return QStringLiteral("currency amounts");
    case Content::Weekday: return QStringLiteral("days of the week");
    case Content::Count: return QStringLiteral("small whole numbers");
    case Content::Date: return QStringLiteral("dates");
    case Content::FileName: return QStringLiteral("file names");
    case Content::Text: return QStringLiteral("text");
    }
    return QString();
}

void ColumnProfile::add(const QString &cell)
{
    const Content content = classify(cell);
    if (content == Content::Empty)
        return;
    ++m_cells;
    ++m_counts[int(content)];
}

ColumnProfile::Content ColumnProfile::dominant(double share) const
{
    if (m_cells == 0)
        return Content::Empty;
    const int saying = m_cells - count(Content::Missing);
    if (saying == 0)
        return Content::Missing;
    for (int i = int(Content::Amount); i < kContentCount; ++i) {
        if (m_counts[i] >= share * saying)
            return Content(i);
    }
    return Content::Text;
}

} // namespace liaison
