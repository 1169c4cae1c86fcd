#pragma once

#include "Record.h"

#include <QStringList>

namespace liaison {

struct Organisation : Record
{
    QString name;      // full name: "Government Digital Service"
    QString shortName; // acronym: "GDS"
    QString kind;      // agency, ministry, university, company, network, facilitator
    QString country;
    qint64 parentId = 0;
    QString website;
    QString notes;
    QStringList aliases; // other spellings, for matching imports

    QString displayName() const
    {
        return shortName.isEmpty() || shortName == name ? name
                                                        : name + QStringLiteral(" (") + shortName + QLatin1Char(')');
    }
};

} // namespace liaison
