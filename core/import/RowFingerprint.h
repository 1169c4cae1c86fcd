#pragma once

#include "ImportMapping.h"

#include <QCryptographicHash>
#include <QList>
#include <QString>

namespace liaison {

// The fingerprint of one row's normalised content, so that importing the same
// rows again (the same file, or another that overlaps it) is found. What the
// row says counts, not how the file lays it out: each mapped cell by its
// field (not its column), spacing and case folded, in a stable order; what
// the row becomes; and, for an activity, the dates as read (with(): "Jan" in
// a 2014 return is not "Jan" in a 2015 one, and "12/03/2014" in a day-first
// file is "2014-03-12" in another). 64 bits of SHA-1: stable across runs and
// machines.
class RowFingerprint
{
public:
    explicit RowFingerprint(const ImportMapping &mapping);
    // `cells`: the row after cleaning and fill-down, by column.
    qint64 of(const QList<QString> &cells) const;
    // The fingerprint with more of what the row means (an activity's dates).
    static qint64 with(qint64 fingerprint, const QString &meaning);

private:
    QByteArray m_context;
    QList<std::pair<QByteArray, int>> m_columns; // field name, column: in a stable order
    mutable QCryptographicHash m_hash{QCryptographicHash::Sha1};
    mutable QString m_text;
};

} // namespace liaison
