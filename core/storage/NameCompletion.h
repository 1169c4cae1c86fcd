#pragma once

#include "ListQuery.h"

#include <QList>
#include <QString>

namespace liaison {

class Database;

// One name a picker offers, with what tells two of a kind apart.
struct NameMatch
{
    // How well the name answers what was typed: the best first.
    enum class Rank { Exact = 0, Prefix = 1, WordStart = 2, Anywhere = 3 };

    qint64 id = 0;
    QString name;
    QString shortName; // organisations
    QString detail;    // organisations: country; people: current organisation; partnerships: stage
    Rank rank = Rank::Anywhere;
};

// The names a picker completes, ranked as people expect rather than
// alphabetically: an exact name, short name or alias first ("SIN Singapore"
// picks that organisation, not the British High Commission Singapore that
// sorts before it), then names that begin with the text, then names with a word
// that begins with it, then the other matches; within a rank, the records
// recently used first, then by name. Every word typed must occur somewhere in
// the name, short name, alias or notes (as the lists search). Reads `limit`
// rows at most.
class NameCompletion
{
public:
    explicit NameCompletion(Database &db);

    // Organisations, People or Partnerships. `recent`: ids most recently used first.
    QList<NameMatch> matches(ListKind kind, const QString &text, int limit, const QList<qint64> &recent = {});

private:
    Database &m_db;
};

} // namespace liaison
