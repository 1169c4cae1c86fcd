#pragma once

#include "ImportMapping.h"
#include "NameMatcher.h"
#include "csv/CsvFormat.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace liaison {

class Database;

// One line of the per-row report: where (file line, column) and what happened.
struct ImportIssue
{
    enum class Severity { Skipped, Error, Warning, Review, Created, Matched };
    qint64 line = 0;
    QString column;
    Severity severity = Severity::Warning;
    QString reason;
    static QString severityName(Severity severity);
};

// A name from the file that is close to, but not the same as, existing records.
struct ImportReviewItem
{
    enum class What { Organisation, Person };
    What what = What::Organisation;
    QString name;
    qint64 firstLine = 0;
    QList<NameMatcher::Candidate> candidates;
};

// Reads a CSV file row by row through a mapping and writes what the rows
// become — or, in a dry run, only says what it would write. A commit is one
// transaction and one import batch: a failure or a cancel leaves the database
// exactly as it was. Shared by the wizard (on a worker thread, with its own
// Database) and the command line.
class Importer
{
public:
    struct Options
    {
        ImportMapping mapping;
        CsvFormat format;
        bool dryRun = false;
        QString source; // shown in the batch list: the file name
        // The caller holds the database alone (the command line): the load may
        // take the faster exclusive path (see BulkWriter::Mode::Exclusive). It
        // is only taken when no other connection has the file open.
        bool exclusive = false;
        // Answers to the review list: a name from the file → the existing
        // record to use, or 0 to create a new one. Unanswered uncertain names
        // become new records (and stay in the review list).
        QHash<QString, qint64> organisationDecisions;
        QHash<QString, qint64> personDecisions;
        // Called every few hundred rows; return false to cancel.
        std::function<bool(qint64 rows, qint64 bytes)> progress;
        // Every report line, as it happens (the summary keeps only the first ones).
        std::function<void(const ImportIssue &)> issueSink;
        // Dry run: each record that would be written.
        std::function<void(const QJsonObject &)> recordSink;
    };

    struct Summary
    {
        qint64 rowsRead = 0; // data rows (after the header)
        qint64 activitiesCreated = 0;
        qint64 organisationsCreated = 0;
        qint64 peopleCreated = 0;
        qint64 affiliationsCreated = 0;
        qint64 organisationsMatched = 0; // references to existing records
        qint64 peopleMatched = 0;
        qint64 skipped = 0; // blank, note and failed rows
        qint64 errors = 0;  // rows skipped because of a bad value
        qint64 batchId = 0;
        bool dryRun = false;
        bool cancelled = false;
        QList<ImportIssue> issues; // the first kMaxIssues
        QList<ImportReviewItem> review;
        QStringList warnings; // about the whole file (ambiguous day order, bad bytes)
        QJsonObject toJson() const;
    };
    static constexpr int kMaxIssues = 1000;

    explicit Importer(Database &db);

    // Throws StorageError when writing fails (after rolling back).
    Summary run(QIODevice &device, const Options &options);

    // The first `count` records as read (after decoding, delimiter and quoting).
    static QList<QStringList> preview(QIODevice &device, const CsvFormat &format, int count);
    // The header row the mapping names, or an empty list.
    static QStringList header(QIODevice &device, const CsvFormat &format, int headerRow);
    // Day order from the single dates in the date columns' first rows (see
    // DateColumnSurvey; the import decides each column apart): +1 day-first,
    // -1 month-first, 0 unknown; `ambiguous` counts cells both orders read.
    static int dayOrderEvidence(QIODevice &device, const CsvFormat &format, const ImportMapping &mapping,
                                int *ambiguous = nullptr);
    // "O2, EE, Three and Vodafone" → four names (Commas); "A; B" → two.
    static QStringList splitNames(const QString &cell, SplitMode mode = SplitMode::Commas);
    // Writes the report lines as CSV (line, column, outcome, reason).
    static bool writeReport(QIODevice &device, const QList<ImportIssue> &issues);

private:
    class Run;
    Database &m_db;
};

} // namespace liaison
