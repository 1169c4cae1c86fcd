#include "MoneyText.h"

#include <QRegularExpression>

namespace liaison {

namespace {
QString currencyCode(const QString &mark)
{
    const QString m = mark.trimmed().toUpper();
    if (m == QStringLiteral("£") || m == QLatin1String("GBP") || m.startsWith(QLatin1String("POUND")))
        return QStringLiteral("GBP");
    if (m == QStringLiteral("€") || m == QLatin1String("EUR") || m.startsWith(QLatin1String("EURO")))
        return QStringLiteral("EUR");
    if (m == QStringLiteral("$") || m == QStringLiteral("US$") || m == QLatin1String("USD") || m.startsWith(QLatin1String("DOLLAR")))
        return QStringLiteral("USD");
    if (m == QStringLiteral("¥") || m == QLatin1String("JPY"))
        return QStringLiteral("JPY");
    return QString();
}
} // namespace

std::optional<MoneyText::Amount> MoneyText::parse(const QString &text)
{
    // A currency mark before or after a number with optional thousands
    // separators (commas) and two decimals.
    static const QRegularExpression pattern(
        QStringLiteral("(?<pre>US\\$|[£$€¥]|\\b(?:GBP|EUR|USD|JPY)\\b)?\\s?(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)"
                       "(?:\\.(?<dec>\\d{1,2}))?(?!\\d|[/\\-.]\\d)\\s?(?<post>\\b(?:GBP|EUR|USD|JPY|pounds|euros?|dollars)\\b)?"),
        QRegularExpression::CaseInsensitiveOption);
    std::optional<Amount> found;
    auto it = pattern.globalMatch(text);
    int amounts = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString pre = m.captured(QStringLiteral("pre"));
        const QString post = m.captured(QStringLiteral("post"));
        const bool bare = pre.isEmpty() && post.isEmpty();
        // A bare number is an amount only when it is the whole text
        // ("1207.39"), not a count or a year inside a sentence.
        if (bare && m.captured(0).trimmed() != text.trimmed())
            continue;
        if (++amounts > 1)
            return std::nullopt;
        QString digits = m.captured(QStringLiteral("num"));
        digits.remove(QLatin1Char(','));
        QString dec = m.captured(QStringLiteral("dec"));
        if (dec.size() == 1)
            dec += QLatin1Char('0');
        bool ok = false;
        const qint64 whole = digits.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        Amount a;
        a.minorUnits = whole * 100 + (dec.isEmpty() ? 0 : dec.toInt());
        a.currency = currencyCode(pre.isEmpty() ? post : pre);
        found = a;
    }
    return found;
}

} // namespace liaison
