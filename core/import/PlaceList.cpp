#include "PlaceList.h"

#include <QRegularExpression>

namespace liaison {

namespace {
// Places whose own name holds "and" (or "&").
const QStringList &wholeNames()
{
    static const QStringList names{
        QStringLiteral("Bosnia and Herzegovina"), QStringLiteral("Trinidad and Tobago"),
        QStringLiteral("Antigua and Barbuda"), QStringLiteral("Saint Kitts and Nevis"),
        QStringLiteral("St Kitts and Nevis"), QStringLiteral("Saint Vincent and the Grenadines"),
        QStringLiteral("St Vincent and the Grenadines"), QStringLiteral("Sao Tome and Principe"),
        QStringLiteral("São Tomé and Príncipe"), QStringLiteral("Turks and Caicos Islands"),
        QStringLiteral("Turks and Caicos"), QStringLiteral("Wallis and Futuna"),
        QStringLiteral("Heard Island and McDonald Islands"), QStringLiteral("Saint Pierre and Miquelon"),
        QStringLiteral("South Georgia and the South Sandwich Islands"), QStringLiteral("Svalbard and Jan Mayen"),
        QStringLiteral("Ashmore and Cartier Islands"), QStringLiteral("Kingston upon Hull"),
        QStringLiteral("Newcastle upon Tyne")};
    return names;
}
} // namespace

QStringList PlaceList::split(const QString &cell)
{
    QString text = cell.simplified();
    if (text.isEmpty())
        return {};
    // Protect whole names: their "and" becomes a character no cell holds.
    const QChar keep(0xE000);
    for (const QString &name : wholeNames()) {
        const qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive);
        if (at >= 0) {
            QString protectedName = text.mid(at, name.size());
            protectedName.replace(QLatin1Char(' '), keep);
            text.replace(at, name.size(), protectedName);
        }
    }
    static const QRegularExpression andWord(QStringLiteral("\\s+(?:and|&)\\s+"), QRegularExpression::CaseInsensitiveOption);
    QStringList parts;
    for (const QString &piece : text.split(QRegularExpression(QStringLiteral("\\s*[;\\n]\\s*")), Qt::SkipEmptyParts)) {
        const QStringList byAnd = piece.split(andWord, Qt::SkipEmptyParts);
        if (byAnd.size() < 2) {
            parts.append(piece);
            continue;
        }
        // "A, B and C": the commas before the last "and" separate too.
        for (int i = 0; i < byAnd.size(); ++i) {
            if (i < byAnd.size() - 1)
                parts += byAnd.at(i).split(QRegularExpression(QStringLiteral("\\s*,\\s*")), Qt::SkipEmptyParts);
            else
                parts.append(byAnd.at(i));
        }
    }
    for (QString &part : parts)
        part = part.replace(keep, QLatin1Char(' ')).trimmed();
    parts.removeAll(QString());
    return parts;
}

} // namespace liaison
