#pragma once

#include "ImportMapping.h"

#include <QCryptographicHash>
#include <QList>
#include <QString>

namespace liaison {

// The fingerprint of one row's normalised content, so that importing the same
// rows again (the same file, or another that overlaps it) is found. What the
// row says counts, not how the file lays it out: each mapped cell by its
// field (not its column), spacing and case folded, in a stable order; and
// what gives the cells their meaning — what a row becomes, the day order and
// the period dates without a year fall in ("Jan" in a 2014 return is not
// "Jan" in a 2015 one). 64 bits of SHA-1: stable across runs and machines.
class RowFingerprint
{
public:
    explicit RowFingerprint(const ImportMapping &mapping);
    // `cells`: the row after cleaning and fill-down, by column.
    qint64 of(const QList<QString> &cells) const;

private:
    QByteArray m_context;
    QList<std::pair<QByteArray, int>> m_columns; // field name, column: in a stable order
    mutable QCryptographicHash m_hash{QCryptographicHash::Sha1};
    mutable QString m_text;
};

} // namespace liaison
