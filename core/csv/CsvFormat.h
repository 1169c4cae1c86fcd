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
};

} // namespace liaison
