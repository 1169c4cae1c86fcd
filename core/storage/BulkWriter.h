#pragma once

#include "domain/Activity.h"
#include "domain/Affiliation.h"
#include "domain/Organisation.h"
#include "domain/Person.h"

#include <QVariantList>

#include <memory>

namespace liaison {

class BulkLoadCounts;
class Database;

// Writes many new records fast, for imports (and, later, the data generator).
// On SQLite it goes through SQLite's C API with prepared statements on the
// connection's own handle — Qt SQL's per-value cost about doubles a bulk load's
// time — and through cached Qt SQL statements on PostgreSQL. It writes inside
// whatever transaction the caller holds on the Database: wrap a whole load in
// one Transaction so that a failure or cancel leaves nothing behind.
class BulkWriter
{
public:
    // Exclusive: the caller holds the database alone (the command line). On
    // SQLite the load then runs with a rollback journal instead of WAL (new
    // pages are written once, not to the WAL and again at the checkpoint) and
    // without row-by-row foreign-key checks; finish() checks the rows written
    // instead, before the commit. Asked for outside any transaction, and only
    // granted when no other connection has the file open; isExclusive() says.
    // The writer must outlive the caller's transaction: its destructor puts
    // the connection back as it was.
    enum class Mode { Shared, Exclusive };
    explicit BulkWriter(Database &db, Mode mode = Mode::Shared);
    bool isExclusive() const { return m_exclusive; }
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    // A new import batch; records written with its id can be undone together.
    qint64 createBatch(const QString &source);
    void finishBatch(qint64 batchId, qint64 rowCount);

    // How many activities the load will bring, roughly. When that is large
    // next to what the tables hold, the activity indexes are dropped and built
    // again in finish() — within the caller's transaction, so a rollback puts
    // them back — which is several times faster than updating them row by row.
    void expectRows(qint64 rows);
    // Ends a load: rebuilds what expectRows() dropped. Call before committing.
    void finish();

    // Each returns the new id. Ids and bookkeeping in the argument are ignored.
    qint64 insertOrganisation(const Organisation &organisation, qint64 batchId = 0);
    qint64 insertPerson(const Person &person, qint64 batchId = 0);
    qint64 insertAffiliation(const Affiliation &affiliation);
    // With its participants, areas and itinerary (not partnerships).
    qint64 insertActivity(const Activity &activity, qint64 batchId = 0);
    // The fingerprint of an imported row (see ImportFingerprints); after the
    // activity it became, if any (0: none).
    void insertFingerprint(qint64 fingerprint, qint64 batchId, const QString &source, qint64 line, qint64 activityId);

    class Statement; // one prepared INSERT on either path

private:
    Statement &statement(int which, const char *sql);
    void updateStamp();
    // PostgreSQL: activities and participants go many rows per statement, with
    // ids taken from the sequence in blocks — a round trip per row is what
    // costs there.
    qint64 nextActivityId();
    void flushPending();
    void flushRows(const QString &table, const QString &columns, int width, QVariantList &values, bool all);

    Database &m_db;
    void *m_sqlite = nullptr;
    int m_savedCacheSize = -2000;
    std::unique_ptr<Statement> m_statements[12];
    QStringList m_droppedIndexes; // their CREATE statements
    // SQLite: the full-text index is filled in one pass at the end (see
    // suspendFullText()); the trigger's CREATE statement and the first new id.
    void suspendFullText();
    // The dashboard's kept counts: added up per activity, written in finish().
    void startCounting();
    std::unique_ptr<BulkLoadCounts> m_counts;
    void enterExclusive();
    void leaveExclusive();
    void checkForeignKeys();
    bool m_exclusive = false;
    int m_savedBusyTimeout = 0;
    QByteArray m_savedMmapSize;
    QList<QPair<QString, qint64>> m_rowidMarks; // tables with foreign keys: their largest rowid before the load
    bool m_fullTextChecked = false;
    QString m_fullTextTrigger;
    qint64 m_firstActivityId = 0;
    QList<qint64> m_idPool;
    QVariantList m_pendingActivities;
    QVariantList m_pendingParticipants;
    QVariantList m_pendingFingerprints;
    QString m_fingerprintSource;
    QByteArray m_fingerprintSourceUtf8;
    QDateTime m_stampTime;
    QString m_stamp;
    QByteArray m_stampUtf8;
    QByteArray m_userUtf8;
    QString m_user;
};

} // namespace liaison
