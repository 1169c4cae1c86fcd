#pragma once

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace liaison {

// Fonts and page choices shared by the printed outputs. The families cover
// Latin, Chinese and Tamil with TrueType-flavoured Noto fonts that Qt's PDF
// engine embeds, so names print as themselves, not as empty boxes.
namespace ReportStyle {

QFont font(double pointSize, bool bold = false);

// "A4", "A3", "Letter" (any case); false when unknown.
bool pageSizeFromName(const QString &name, QPageSize *size);

} // namespace ReportStyle
} // namespace liaison
