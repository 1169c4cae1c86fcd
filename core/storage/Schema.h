#pragma once

#include "DatabaseLocation.h"

#include <QList>
#include <QStringList>

namespace liaison {

// The versioned schema: an ordered list of migrations, each taking the database
// from version N-1 to N. Never edit a released migration; add the next one.
namespace Schema {

struct Migration
{
    int version;
    QString description;
    QStringList statements; // with {pk} standing for the backend's key column type
};

const QList<Migration> &migrations();
int currentVersion();

// A migration's statements for one backend.
QStringList statementsFor(const Migration &migration, DatabaseLocation::Backend backend);

} // namespace Schema

} // namespace liaison
