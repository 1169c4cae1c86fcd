#pragma once

#include <QStringList>

namespace liaison {

// The places a trip's destination cell names, in order: "Mumbai and New
// Delhi" → two, "Brussels, Paris and Berlin" → three, "Geneva; Bern" → two.
// A comma alone does not separate ("Paris, France", "Washington, DC" are one
// place), and names that hold "and" stay whole ("Bosnia and Herzegovina").
class PlaceList
{
public:
    static QStringList split(const QString &cell);
};

} // namespace liaison
