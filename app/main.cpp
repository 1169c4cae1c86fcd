// Liaison: a thin entry point. The command line decides between the window and
// a headless command; everything else lives in liaison_core and liaison_ui.
#include "Launcher.h"
#include "Translations.h"
#include "UiCommands.h"
#include "cli/CommandLine.h"
#include "cli/HarmlessWarningFilter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>

namespace {
void nameApplication(QCoreApplication &app)
{
    liaison::Translations::install(app);
    QCoreApplication::setOrganizationName(QStringLiteral("Liaison"));
    QCoreApplication::setApplicationName(QStringLiteral("Liaison"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    using liaison::CommandLine;
    liaison::HarmlessWarningFilter::install();
    liaison::registerUiCommands();
    switch (CommandLine::applicationKind(argc, argv)) {
    case CommandLine::ApplicationKind::Core: {
        QCoreApplication app(argc, argv);
        nameApplication(app);
        return CommandLine::runHeadless(app.arguments());
    }
    case CommandLine::ApplicationKind::Painting: {
        // Painting PDFs and charts needs fonts, not a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        nameApplication(app);
        return CommandLine::runHeadless(app.arguments());
    }
    case CommandLine::ApplicationKind::HeadlessWidgets: {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        nameApplication(app);
        return CommandLine::runHeadless(app.arguments());
    }
    case CommandLine::ApplicationKind::Widgets:
        break;
    }
    if (!CommandLine::hasDisplay())
        return CommandLine::fail(QStringLiteral(
            "no display to open the window on; run it under a virtual one: xvfb-run -a liaison (or xvfb-run -a ./dev run)"));
    QApplication app(argc, argv);
    nameApplication(app);
    QGuiApplication::setDesktopFileName(QStringLiteral("app.liaison.Liaison"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/liaison.svg")));
    return liaison::Launcher::run(app);
}
