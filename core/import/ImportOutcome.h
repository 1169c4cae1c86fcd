#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace liaison {

// What an import came to beyond its record counts: the rows refused and
// skipped, counted per reason; the rows already imported earlier; and whether
// the import as a whole stands. A partial import is not a quiet success: when
// more than kMaxRefusedShare of the data rows are refused, the import is
// refused as a whole (nothing written, exit status 3 on the command line)
// unless the caller accepts a partial import.
class ImportOutcome
{
public:
    static constexpr double kMaxRefusedShare = 0.02;
    // Cell text quoted in a message is cut to this many characters: an open
    // quote can make a cell of the whole rest of the file.
    static constexpr int kMaxQuoted = 60;

    // A row that could not be imported, with the reason the report gives.
    void refused(const QString &reason);
    // A row that holds no data (blank, a note): not counted against the file.
    void notData(const QString &reason);
    // A row whose content an earlier import brought already.
    void duplicate(const QString &source, qint64 batchId);

    qint64 refusedRows() const { return m_refused; }
    qint64 duplicateRows() const { return m_duplicates; }
    qint64 notDataRows() const { return m_notData; }
    qint64 blankRows() const { return m_skippedByReason.value(QStringLiteral("blank row")); }
    // Data rows among `rowsRead`: all but the blank and note rows.
    qint64 dataRows(qint64 rowsRead) const { return qMax<qint64>(0, rowsRead - m_notData); }
    double refusedShare(qint64 rowsRead) const;
    bool tooManyRefused(qint64 rowsRead) const { return refusedShare(rowsRead) > kMaxRefusedShare; }
    const QMap<QString, qint64> &refusedByReason() const { return m_refusedByReason; }
    const QMap<QString, qint64> &skippedByReason() const { return m_skippedByReason; }
    // "meetings-q1.csv (batch 2)" → rows found there.
    const QMap<QString, qint64> &duplicatesBySource() const { return m_duplicatesBySource; }

    // Set when the import did not stand: nothing was written.
    bool refusedAsPartial = false; // too many rows refused and no --accept-partial
    QString failure;               // the file cannot be imported at all (no data rows, an open quote)

    // The lines the command line and the wizard print, and the JSON object.
    QStringList summaryLines(qint64 rowsRead) const;
    QJsonObject toJson(qint64 rowsRead) const;

    // The kind of a reason, without the cell text it quotes:
    // "\"30/02/2012\": no such day" → "no such day"; "note row: Nil return" → "note row".
    static QString reasonKind(const QString &reason);
    // A message with every quoted cell longer than kMaxQuoted cut (line
    // breaks in what is kept shown as ⏎); short cells are shown as they are.
    static QString shortened(const QString &message);
    // One cell for a message: cut, with its length when it was cut.
    static QString quoted(const QString &cell);

private:
    qint64 m_refused = 0;
    qint64 m_duplicates = 0;
    qint64 m_notData = 0;
    QMap<QString, qint64> m_refusedByReason;
    QMap<QString, qint64> m_skippedByReason;
    QMap<QString, qint64> m_duplicatesBySource;
};

} // namespace liaison
