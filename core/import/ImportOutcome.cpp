#include "ImportOutcome.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace liaison {

namespace {
constexpr int kMaxMessage = 300;

QString plural(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

// "3 no such day, 1 not a date": the largest first.
QString countsText(const QMap<QString, qint64> &counts)
{
    QList<std::pair<qint64, QString>> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.value(), it.key()});
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[n, reason] : list)
        parts.append(QStringLiteral("%1 %2").arg(n).arg(reason));
    return parts.join(QStringLiteral(", "));
}
} // namespace

void ImportOutcome::refused(const QString &reason)
{
    ++m_refused;
    ++m_refusedByReason[reasonKind(reason)];
}

void ImportOutcome::notData(const QString &reason)
{
    ++m_notData;
    ++m_skippedByReason[reasonKind(reason)];
}

void ImportOutcome::duplicate(const QString &source, qint64 batchId)
{
    ++m_duplicates;
    ++m_duplicatesBySource[batchId > 0 ? QStringLiteral("%1 (batch %2)").arg(source).arg(batchId) : source];
}

double ImportOutcome::refusedShare(qint64 rowsRead) const
{
    const qint64 rows = dataRows(rowsRead);
    return rows > 0 ? double(m_refused) / double(rows) : 0.0;
}

QStringList ImportOutcome::summaryLines(qint64 rowsRead) const
{
    QStringList lines;
    if (m_refused > 0)
        lines.append(QStringLiteral("refused %1 of %2 data rows (%3%): %4")
                         .arg(m_refused)
                         .arg(dataRows(rowsRead))
                         .arg(QString::number(refusedShare(rowsRead) * 100, 'f', 1))
                         .arg(countsText(m_refusedByReason)));
    if (m_notData > 0)
        lines.append(QStringLiteral("skipped %1 without data: %2").arg(plural(m_notData, "row", "rows"), countsText(m_skippedByReason)));
    if (m_duplicates > 0) {
        QStringList from;
        for (auto it = m_duplicatesBySource.cbegin(); it != m_duplicatesBySource.cend(); ++it)
            from.append(QStringLiteral("%1 from %2").arg(it.value()).arg(it.key()));
        lines.append(QStringLiteral("%1 imported before, not imported again: %2")
                         .arg(plural(m_duplicates, "row was", "rows were"), from.join(QStringLiteral(", "))));
    }
    return lines;
}

QJsonObject ImportOutcome::toJson(qint64 rowsRead) const
{
    QJsonObject json{{QStringLiteral("dataRows"), dataRows(rowsRead)},
                     {QStringLiteral("refused"), m_refused},
                     {QStringLiteral("refusedShare"), qRound(refusedShare(rowsRead) * 10000) / 10000.0},
                     {QStringLiteral("refusedByReason"), countsJson(m_refusedByReason)},
                     {QStringLiteral("skippedByReason"), countsJson(m_skippedByReason)},
                     {QStringLiteral("duplicates"), m_duplicates},
                     {QStringLiteral("duplicatesFrom"), countsJson(m_duplicatesBySource)},
                     {QStringLiteral("refusedAsPartial"), refusedAsPartial}};
    if (!failure.isEmpty())
        json.insert(QStringLiteral("failure"), failure);
    return json;
}

QString ImportOutcome::reasonKind(const QString &reason)
{
    static const QRegularExpression quotedText(QStringLiteral("\"[^\"]*\"|“[^”]*”"));
    QString kind = reason;
    kind.remove(quotedText);
    kind.remove(QStringLiteral("()"));
    kind = kind.simplified();
    while (kind.startsWith(QLatin1Char(':')) || kind.startsWith(QLatin1Char(' ')))
        kind.remove(0, 1);
    // "note row: Nil return": the kind is before the colon.
    const qsizetype colon = kind.indexOf(QLatin1String(": "));
    if (colon > 0)
        kind.truncate(colon);
    if (kind.endsWith(QLatin1Char(':')))
        kind.chop(1);
    return kind.isEmpty() ? QStringLiteral("other") : kind;
}

QString ImportOutcome::quoted(const QString &cell)
{
    QString shown = cell;
    const bool cut = shown.size() > kMaxQuoted;
    if (cut)
        shown.truncate(kMaxQuoted);
    shown.replace(QStringLiteral("\r\n"), QStringLiteral("⏎")).replace(QLatin1Char('\n'), QStringLiteral("⏎"))
        .replace(QLatin1Char('\r'), QStringLiteral("⏎"));
    if (!cut)
        return QStringLiteral("\"%1\"").arg(shown);
    return QStringLiteral("\"%1…\" (%2 characters)").arg(shown, QLocale::c().toString(cell.size()));
}

QString ImportOutcome::shortened(const QString &message)
{
    if (!message.contains(QLatin1Char('"')) && message.size() <= kMaxMessage)
        return message;
    // Cut each long quoted part; what is still too long is cut as a whole.
    static const QRegularExpression quotedText(QStringLiteral("\"([^\"]*)\""));
    QString result;
    qsizetype last = 0;
    for (auto it = quotedText.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(message).mid(last, m.capturedStart() - last);
        const QString cell = m.captured(1);
        result += cell.size() > kMaxQuoted ? quoted(cell) : m.captured(0);
        last = m.capturedEnd();
    }
    result += QStringView(message).mid(last);
    if (result.size() > kMaxMessage)
        result = result.left(kMaxMessage) + QStringLiteral("… (%1 characters)").arg(QLocale::c().toString(message.size()));
    return result;
}

} // namespace liaison
