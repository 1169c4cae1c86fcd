#pragma once

#include "storage/ListQuery.h"

#include <QString>

#include <functional>

namespace liaison {

class Database;

// A list (as ListQuery::exportRows reads it) written to a CSV file, all or
// nothing: the file appears only once it is complete (QSaveFile), so a
// failure or a cancel leaves whatever was there. What File ▸ Export list as
// CSV… and `liaison export-csv` both do.
class ListCsvExport
{
public:
    struct Result
    {
        qint64 rows = 0;  // written, not counting the header
        QString error;    // one line for people ("FILE: reason"), empty when written
        bool cancelled = false;
    };
    // `progress(rows)` is called every 1000 rows and before the file is
    // committed; returning false cancels.
    static Result write(Database &db, const ListRequest &request, const QString &path, bool byteOrderMark,
                        const std::function<bool(qint64 rows)> &progress = {});
};

} // namespace liaison
