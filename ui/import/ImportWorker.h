#pragma once

#include "import/Importer.h"
#include "storage/DatabaseLocation.h"

#include <QObject>

#include <atomic>

namespace liaison {

// Runs one import (or dry run) on a worker thread. It opens its own Database
// on the location — a Qt SQL connection belongs to its thread — and reports
// progress; cancel() is safe from any thread.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(DatabaseLocation location, QString filePath, Importer::Options options);

    void cancel() { m_cancelled = true; }

public slots:
    void run();

signals:
    void progress(qint64 rows, qint64 bytes, qint64 totalBytes);
    void finished(const liaison::Importer::Summary &summary);
    void failed(const QString &message);

private:
    DatabaseLocation m_location;
    QString m_filePath;
    Importer::Options m_options;
    std::atomic_bool m_cancelled{false};
};

} // namespace liaison

Q_DECLARE_METATYPE(liaison::Importer::Summary)
