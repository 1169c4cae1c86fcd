#pragma once

#include <QJsonObject>
#include <QStringList>

namespace liaison {

// Named import mappings ("Quarterly meetings sheet"), kept as one JSON file in
// the user's configuration folder (QStandardPaths::AppConfigLocation), shared
// by the wizard and `liaison import --preset`.
class ImportPresets
{
public:
    static QString filePath();
    static QStringList names();
    static bool load(const QString &name, QJsonObject *mapping);
    // Returns false with a one-line `error` when the file cannot be written.
    static bool save(const QString &name, const QJsonObject &mapping, QString *error = nullptr);
    static bool remove(const QString &name);

private:
    static QJsonObject readAll();
    static bool writeAll(const QJsonObject &all, QString *error);
};

} // namespace liaison
