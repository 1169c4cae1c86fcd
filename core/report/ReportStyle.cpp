#include "ReportStyle.h"

#include <QStringList>

namespace liaison::ReportStyle {

QFont font(double pointSize, bool bold)
{
    QFont f(QStringLiteral("Noto Sans"));
    // Explicit fallbacks: Qt would find them itself, but may pick the Japanese
    // CJK face for Chinese names; Simplified Chinese first reads right.
    QStringList families;
    families << QStringLiteral("Noto Sans") << QStringLiteral("Noto Sans CJK SC") << QStringLiteral("Noto Sans Tamil")
             << QStringLiteral("DejaVu Sans");
    f.setFamilies(families);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

bool pageSizeFromName(const QString &name, QPageSize *size)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        *size = QPageSize(QPageSize::A4);
    else if (n == QLatin1String("a3"))
        *size = QPageSize(QPageSize::A3);
    else if (n == QLatin1String("letter"))
        *size = QPageSize(QPageSize::Letter);
    else
        return false;
    return true;
}

} // namespace liaison::ReportStyle
