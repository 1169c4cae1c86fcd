#pragma once

#include <QLocale>

class QCoreApplication;

namespace liaison {

// Loads Liaison's translation for a locale (compiled into the program from
// resources/translations/*.ts) and Qt's own, and installs them.
class Translations
{
public:
    // Returns whether a Liaison translation for the locale was found.
    static bool install(QCoreApplication &app, const QLocale &locale = QLocale());
};

} // namespace liaison
