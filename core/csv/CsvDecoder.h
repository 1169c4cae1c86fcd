#pragma once

#include "CsvFormat.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace liaison {

// Bytes to text in one of the CSV encodings, a chunk at a time: a character
// split across two chunks is carried over. Windows-1252 is decoded here from
// its table, so that it does not depend on Qt being built with ICU.
class CsvDecoder
{
public:
    explicit CsvDecoder(CsvEncoding encoding);

    // Appends the decoded text of `bytes` to `out`. When the chunk held
    // invalid sequences, `invalidAt` (if given) gets the positions in `out` of
    // the U+FFFD they became, in order.
    // NUL characters are removed (PostgreSQL's text cannot hold them, and no
    // sheet means one); `nulAt` (if given) gets where they were in `out`.
    void decode(const char *bytes, qsizetype size, QString &out, QList<qsizetype> *invalidAt = nullptr,
                QList<qsizetype> *nulAt = nullptr);
    // Whether invalid sequences were met (they decode as U+FFFD).
    bool hasError() const;
    // How many were met so far.
    qsizetype invalidCount() const;

private:
    static void removeNuls(QString &out, qsizetype start, QList<qsizetype> *nulAt);

    // Qt keeps the count of invalid sequences in the converter's state.
    class CountingDecoder : public QStringDecoder
    {
    public:
        using QStringDecoder::QStringDecoder;
        qsizetype invalidChars() const { return state.invalidChars; }
    };

    CsvEncoding m_encoding;
    CountingDecoder m_decoder;
};

} // namespace liaison
