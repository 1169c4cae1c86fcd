#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace liaison {

class Database;

// The fingerprints of rows imported before (table import_fingerprints, one
// per imported row: the source file's name, the line, the batch and the
// activity it became), to find a row that was imported already. Rows are
// written by BulkWriter::insertFingerprint with the load.
//
// The check must not cost the bulk load a query per row (a round trip each
// on PostgreSQL): a Bloom filter of the stored fingerprints, built once by
// reading the one column in a stream, answers "never seen" for nearly every
// new row, and only its "perhaps" goes to the database. Its size is bounded
// (at most 4 MB, 10 bits per stored row below that); with no fingerprint
// stored at all nothing is looked up.
class ImportFingerprints
{
public:
    explicit ImportFingerprints(Database &db);

    struct Earlier
    {
        QString source;
        qint64 line = 0;
        qint64 batchId = 0; // 0: that batch was undone, its records kept
    };
    // A row with this fingerprint imported before, by another batch than `currentBatch`.
    std::optional<Earlier> find(qint64 fingerprint, qint64 currentBatch);

    qint64 storedCount() const { return m_stored; }

private:
    bool mayHold(quint64 fingerprint) const;

    Database &m_db;
    qint64 m_stored = 0;
    std::vector<quint64> m_bits;
    quint64 m_mask = 0;
};

} // namespace liaison
