#pragma once

#include <QString>

namespace liaison {

// Team-database passwords in the desktop keychain (QtKeychain), never in
// settings. Without a keychain (not built with it, or no keychain service
// running) nothing is stored and the window asks each time.
class PasswordStore
{
public:
    static bool isAvailable();
    // Empty when nothing is stored or the keychain cannot be reached.
    static QString read(const QString &key);
    // Returns false when the keychain refused.
    static bool write(const QString &key, const QString &password);
};

} // namespace liaison
