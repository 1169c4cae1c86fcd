#pragma once

#include <QDateTime>
#include <QString>

namespace liaison {

// What every stored record carries: its key, and the bookkeeping a shared team
// database needs to detect conflicting edits (row version) and to audit them.
struct Record
{
    qint64 id = 0;
    int rowVersion = 0;
    QDateTime updatedAt;
    QString updatedBy;

    bool isNew() const { return id == 0; }
};

} // namespace liaison
