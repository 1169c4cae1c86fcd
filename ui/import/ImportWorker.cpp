#include "ImportWorker.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QFile>

namespace liaison {

ImportWorker::ImportWorker(DatabaseLocation location, QString filePath, Importer::Options options)
    : m_location(std::move(location))
    , m_filePath(std::move(filePath))
    , m_options(std::move(options))
{
    qRegisterMetaType<liaison::Importer::Summary>();
}

void ImportWorker::run()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("%1: %2").arg(m_filePath, file.errorString()));
        return;
    }
    const qint64 total = file.size();
    m_options.progress = [this, total](qint64 rows, qint64 bytes) {
        emit progress(rows, bytes, total);
        return !m_cancelled.load();
    };
    try {
        Database db;
        db.open(m_location);
        const Importer::Summary summary = Importer(db).run(file, m_options);
        emit finished(summary);
    } catch (const StorageError &e) {
        emit failed(e.message());
    }
}

} // namespace liaison
