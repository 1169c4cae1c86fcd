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
    QStringList statements; // with {pk} standing for the backend's generated key column type,
                            // {key} for a given key's; a leading {sqlite} or {postgresql}
                            // limits one to that backend
};

const QList<Migration> &migrations();
int currentVersion();

// PostgreSQL: the tsvector expression over an activity's searchable words; the
// GIN index of migration 3 is on exactly this expression, so queries use it.
QString activitySearchVector(const QString &alias);

// The tables a database at `version` holds (those its migrations create).
QStringList tablesOf(int version, DatabaseLocation::Backend backend);

// A migration's statements for one backend.
QStringList statementsFor(const Migration &migration, DatabaseLocation::Backend backend);

} // namespace Schema

} // namespace liaison
