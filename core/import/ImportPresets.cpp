#include "ImportPresets.h"

#include "storage/OutputFileGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace liaison {

QString ImportPresets::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/import-presets.json");
}

QJsonObject ImportPresets::readAll()
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool ImportPresets::writeAll(const QJsonObject &all, QString *error)
{
    QDir().mkpath(QFileInfo(filePath()).absolutePath());
    const std::unique_ptr<QSaveFile> file = OutputFileGuard::open(filePath(), error);
    if (!file)
        return false;
    if (file->write(QJsonDocument(all).toJson()) < 0 || !file->commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(filePath(), file->errorString());
        return false;
    }
    return true;
}

QStringList ImportPresets::names()
{
    QStringList list = readAll().keys();
    list.sort(Qt::CaseInsensitive);
    return list;
}

bool ImportPresets::load(const QString &name, QJsonObject *mapping)
{
    const QJsonObject all = readAll();
    if (!all.contains(name))
        return false;
    *mapping = all.value(name).toObject();
    return true;
}

bool ImportPresets::save(const QString &name, const QJsonObject &mapping, QString *error)
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("a preset needs a name");
        return false;
    }
    QJsonObject all = readAll();
    all.insert(name.trimmed(), mapping);
    return writeAll(all, error);
}

bool ImportPresets::remove(const QString &name)
{
    QJsonObject all = readAll();
    if (!all.contains(name))
        return false;
    all.remove(name);
    return writeAll(all, nullptr);
}

} // namespace liaison
