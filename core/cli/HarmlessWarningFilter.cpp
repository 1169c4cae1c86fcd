#include "HarmlessWarningFilter.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>

namespace liaison {

namespace {
QtMessageHandler previousHandler = nullptr;
bool installed = false;

bool isHarmless(QtMsgType type, const QString &message)
{
    if (type != QtWarningMsg)
        return false;
    const QString text = message.trimmed();
    // Qt then uses /tmp/runtime-$USER itself: nothing for the user to do
    // (seen when run as root or over ssh, where no session sets the variable).
    return text.startsWith(QLatin1String("OpenType support missing for"))
        || text == QLatin1String("This plugin does not support propagateSizeHints()")
        || text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"));
}

void filterHarmless(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isHarmless(type, message))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}
} // namespace

void HarmlessWarningFilter::install()
{
    if (installed)
        return;
    installed = true;
    previousHandler = qInstallMessageHandler(filterHarmless);
}

} // namespace liaison
