#pragma once

#include "CsvFormat.h"

#include <QByteArray>
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

    // Appends the decoded text of `bytes` to `out`.
    void decode(const char *bytes, qsizetype size, QString &out);
    // Whether invalid sequences were met (they decode as U+FFFD).
    bool hasError() const;

private:
    CsvEncoding m_encoding;
    QStringDecoder m_decoder;
};

} // namespace liaison
