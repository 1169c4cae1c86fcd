#include "ListCsvExport.h"

#include "CsvWriter.h"
#include "storage/OutputFileGuard.h"
#include "storage/StorageError.h"

#include <QSaveFile>

namespace liaison {

ListCsvExport::Result ListCsvExport::write(Database &db, const ListRequest &request, const QString &path,
                                           bool byteOrderMark, const std::function<bool(qint64 rows)> &progress)
{
    Result result;
    const std::unique_ptr<QSaveFile> output = OutputFileGuard::open(path, &result.error);
    if (!output)
        return result;
    QSaveFile &file = *output;
    CsvWriter writer(&file, byteOrderMark);
    qint64 rows = -1; // the header is not a row
    try {
        ListQuery(db).exportRows(request, [&](const QStringList &cells) {
            writer.writeRecord(cells);
            if (++rows % 1000 == 0 && progress && !progress(rows)) {
                result.cancelled = true;
                return false;
            }
            return true;
        });
    } catch (const StorageError &e) {
        file.cancelWriting();
        result.error = e.message();
        return result;
    }
    result.rows = qMax<qint64>(0, rows);
    // Asked once more before the file replaces any earlier one: a cancel
    // during the last rows still leaves it alone.
    result.cancelled = result.cancelled || (progress && !progress(result.rows));
    if (result.cancelled) {
        file.cancelWriting();
        return result;
    }
    if (!writer.flush())
        result.error = QStringLiteral("%1: %2").arg(path, writer.errorString());
    else if (!file.commit())
        result.error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return result;
}

} // namespace liaison
