#include "ImportFingerprints.h"

#include "Database.h"

#include <QSqlQuery>

namespace liaison {

namespace {
constexpr quint64 kMaxBits = quint64(32) * 1024 * 1024; // 4 MB
constexpr int kProbes = 4;

// The fingerprint is a hash already: mixed with a constant per probe
// (splitmix64's finaliser), it gives independent-enough bit positions.
quint64 probe(quint64 fingerprint, int i)
{
    quint64 x = fingerprint + quint64(i) * 0x9E3779B97F4A7C15ull;
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
    return x;
}
} // namespace

ImportFingerprints::ImportFingerprints(Database &db)
    : m_db(db)
{
    QSqlQuery &count = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM import_fingerprints"));
    m_stored = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    if (m_stored == 0)
        return;
    quint64 bits = 1 << 16;
    while (bits < quint64(m_stored) * 10 && bits < kMaxBits)
        bits <<= 1;
    m_bits.assign(bits / 64, 0);
    m_mask = bits - 1;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true); // streamed, not held
    if (!query.exec(QStringLiteral("SELECT hash FROM import_fingerprints"))) {
        m_bits.assign(m_bits.size(), ~quint64(0)); // every answer "perhaps": still right, only slower
        return;
    }
    while (query.next()) {
        const quint64 fingerprint = quint64(query.value(0).toLongLong());
        for (int i = 0; i < kProbes; ++i) {
            const quint64 bit = probe(fingerprint, i) & m_mask;
            m_bits[bit / 64] |= quint64(1) << (bit % 64);
        }
    }
}

bool ImportFingerprints::mayHold(quint64 fingerprint) const
{
    if (m_bits.empty())
        return false;
    for (int i = 0; i < kProbes; ++i) {
        const quint64 bit = probe(fingerprint, i) & m_mask;
        if (!(m_bits[bit / 64] & (quint64(1) << (bit % 64))))
            return false;
    }
    return true;
}

std::optional<ImportFingerprints::Earlier> ImportFingerprints::find(qint64 fingerprint, qint64 currentBatch)
{
    if (!mayHold(quint64(fingerprint)))
        return std::nullopt;
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT source, line, COALESCE(batch_id, 0) FROM import_fingerprints "
                                                "WHERE hash = ? AND (batch_id IS NULL OR batch_id <> ?) "
                                                "ORDER BY COALESCE(batch_id, 0) DESC LIMIT 1"),
                                 {fingerprint, currentBatch});
    std::optional<Earlier> earlier;
    if (query.next())
        earlier = Earlier{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()};
    query.finish();
    return earlier;
}

} // namespace liaison
