#pragma once

#include <QChar>
#include <QString>

namespace liaison {

// The text encodings a spreadsheet export comes in.
enum class CsvEncoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

// Stable names for the command line and presets ("utf-8", "utf-16le", "windows-1252"…).
QString csvEncodingName(CsvEncoding encoding);
// Accepts common spellings in any case (utf8, cp1252, latin1, iso-8859-1…).
bool csvEncodingFromName(const QString &name, CsvEncoding *encoding);

// How to read a CSV file: what the sniffer detects and the user may override.
struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    bool hasBom = false; // as detected; the reader skips a BOM whatever this says
    // Why the sniffer chose the encoding ("valid UTF-8", "214 bytes are not
    // UTF-8…"), for the summary and the wizard; empty when the caller chose it.
    QString encodingReason;
    // The evidence was mixed (a UTF-8 file with stray bytes, an 8-bit file with
    // sequences that look like UTF-8): the importer warns with the reason.
    bool encodingDoubtful = false;
};

} // namespace liaison
