#pragma once

#include "CsvDecoder.h"
#include "CsvFormat.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace liaison {

// A streaming RFC 4180 reader: quoted fields may hold delimiters, doubled
// quotes and line breaks; lines end in LF, CRLF or a lone CR; a leading BOM is
// skipped; rows may have any number of fields; the last line needs no newline.
// It reads the device a chunk at a time and keeps only the record being read,
// so memory stays constant whatever the file's size.
//
// It is lenient the way spreadsheets are: text after a closing quote is kept,
// and a quote left open at the end of the file ends the field (with a warning).
class CsvReader
{
public:
    CsvReader(QIODevice *device, const CsvFormat &format);

    // Reads the next record into `fields`; false at the end of the input.
    bool readRecord(QStringList &fields);
    // The physical line (1-based) on which the last record read started.
    qint64 recordLine() const { return m_recordLine; }
    // Records read so far.
    qint64 recordCount() const { return m_records; }
    // Bytes consumed from the device, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    // Problems met so far (open quote at the end, undecodable bytes), one line each.
    QString warning() const;
    // A quoted field left open at the end of the file: the line it opened on
    // (0: none) and how many line breaks it swallowed — the rows it hid.
    qint64 openQuoteLine() const { return m_openQuoteLine; }
    qint64 openQuoteLineBreaks() const { return m_openQuoteBreaks; }
    // The same, a line each: the lines whose bytes were not valid in the
    // encoding come first (the first kMaxNamedLines of them), then the rest.
    QStringList warnings() const;

    static constexpr qsizetype kChunkSize = 256 * 1024;
    static constexpr int kMaxNamedLines = 20;
    // A field is cut at this many characters (1 Mi, 2 MB of text), with a
    // warning naming its line and column: a runaway quote or a pasted dump must
    // not take the memory of a whole file (a 64 MB line peaked at 518 MB).
    static constexpr qsizetype kMaxFieldSize = 1024 * 1024;

private:
    bool refill();
    // After a record: whether it held text decoded from invalid bytes.
    void noteInvalidBytes();
    // Appends to the field up to kMaxFieldSize, counting what is cut.
    void appendCapped(QString &field, QStringView text);
    // At the end of a field: a warning when it was cut.
    void endField(const QStringList &fields);
    bool available() { return m_pos < m_text.size() || refill(); }

    QIODevice *m_device;
    CsvFormat m_format;
    CsvDecoder m_decoder;
    QByteArray m_bytes;
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_records = 0;
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    bool m_eof = false;
    QString m_warning;
    qint64 m_openQuoteLine = 0;
    qint64 m_openQuoteBreaks = 0;
    // Places in m_text the decoder marked (bad bytes, removed NULs), and the
    // lines of the records they fell in.
    struct Marks
    {
        QList<qsizetype> at;
        qsizetype next = 0; // the first not yet passed
        bool inRecord = false;
        QList<qint64> lines; // the first kMaxNamedLines
        qint64 lineCount = 0;
    };
    void pass(Marks &marks);
    Marks m_invalid;
    Marks m_nuls;
    qint64 m_cutCharacters = 0;     // of the field being read
    QStringList m_cutFields;        // warnings, the first kMaxNamedLines
    qint64 m_cutFieldCount = 0;
};

} // namespace liaison
