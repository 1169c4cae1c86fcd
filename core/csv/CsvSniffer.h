#pragma once

#include "CsvFormat.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class QIODevice;

namespace liaison {

// Guesses a file's encoding and delimiter from its first bytes: a BOM first,
// then UTF-8 when its valid characters outnumber the bytes that are not UTF-8
// (a few stray bytes do not make a UTF-8 file Windows-1252: they become
// U+FFFD, reported with their lines), else uchardet for the 8-bit code pages
// (the reason says what was counted); the delimiter that
// gives the most rows of the same width (two fields or more) among comma,
// semicolon, tab and pipe. Either guess can be overridden by the caller.
class CsvSniffer
{
public:
    static constexpr qsizetype kSampleSize = 64 * 1024;

    // Reads a sample from the device's current position and seeks back.
    static CsvFormat sniff(QIODevice *device);
    static CsvFormat sniff(const QByteArray &sample);

    // `reason` says why in a sentence; `doubtful` is set when the evidence was
    // mixed (worth a warning).
    static CsvEncoding detectEncoding(const QByteArray &sample, bool *hasBom = nullptr, QString *reason = nullptr,
                                      bool *doubtful = nullptr);
    static QChar detectDelimiter(const QByteArray &sample, CsvEncoding encoding);

    // Which of the first records is the header (0-based; 0 when nothing better
    // shows): the first with two or more non-empty cells, mostly words rather
    // than numbers or dates, and about as many of them as the rows below it
    // fill — so a title row ("Quarterly return: …, Q1 2013") and the blank
    // row under it are passed over. `dataStart` gets the record after it.
    static int guessHeaderRow(const QList<QStringList> &records, int *dataStart = nullptr);
};

} // namespace liaison
