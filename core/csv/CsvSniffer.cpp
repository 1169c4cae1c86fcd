#include "CsvSniffer.h"

#include "CsvReader.h"

#include <QBuffer>
#include <QHash>
#include <QStringDecoder>

#include <uchardet.h>

#include <algorithm>

namespace liaison {

namespace {
// What the sample says about UTF-8: how many multi-byte characters are valid
// and how many bytes start no valid sequence. A character cut by the end of
// the sample counts as neither.
struct Utf8Evidence
{
    qsizetype valid = 0;
    qsizetype invalid = 0;
};

Utf8Evidence utf8Evidence(const QByteArray &sample)
{
    Utf8Evidence evidence;
    const auto *bytes = reinterpret_cast<const uchar *>(sample.constData());
    const qsizetype size = sample.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // the range of the second byte (no overlong forms, no surrogates)
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        }
        bool ok = length > 0;
        int k = 1;
        for (; ok && k < length && i + k < size; ++k) {
            const uchar c = bytes[i + k];
            ok = k == 1 ? (c >= low && c <= high) : (c & 0xC0) == 0x80;
        }
        if (ok && k < length) // cut by the end of the sample
            break;
        if (ok) {
            ++evidence.valid;
            i += length;
        } else {
            ++evidence.invalid;
            ++i;
        }
    }
    return evidence;
}

// UTF-16 without a BOM: most ASCII text has a zero in every other byte.
QString bytesAre(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 byte is") : QStringLiteral("%1 bytes are").arg(n);
}

int sampleKb(const QByteArray &sample)
{
    return int((sample.size() + 1023) / 1024);
}

int utf16ZeroSide(const QByteArray &sample)
{
    const qsizetype n = qMin<qsizetype>(sample.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return 0;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += sample.at(i) == 0;
        oddZeros += sample.at(i + 1) == 0;
    }
    if (oddZeros > n / 2 * 0.6 && evenZeros < n / 20)
        return 1; // LE: high byte (odd) zero
    if (evenZeros > n / 2 * 0.6 && oddZeros < n / 20)
        return 2;
    return 0;
}
} // namespace

CsvEncoding CsvSniffer::detectEncoding(const QByteArray &sample, bool *hasBom, QString *reason, bool *doubtful)
{
    const auto setReason = [&](const QString &why, bool mixed) {
        if (reason)
            *reason = why;
        if (doubtful)
            *doubtful = mixed;
    };
    if (hasBom)
        *hasBom = true;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        setReason(QStringLiteral("the file starts with a UTF-8 byte order mark"), false);
        return CsvEncoding::Utf8;
    }
    if (sample.startsWith("\xFF\xFE")) {
        setReason(QStringLiteral("the file starts with a UTF-16 little-endian byte order mark"), false);
        return CsvEncoding::Utf16LE;
    }
    if (sample.startsWith("\xFE\xFF")) {
        setReason(QStringLiteral("the file starts with a UTF-16 big-endian byte order mark"), false);
        return CsvEncoding::Utf16BE;
    }
    if (hasBom)
        *hasBom = false;
    if (const int side = utf16ZeroSide(sample)) {
        setReason(QStringLiteral("every other byte is zero, as in UTF-16 text"), false);
        return side == 1 ? CsvEncoding::Utf16LE : CsvEncoding::Utf16BE;
    }
    // By evidence: in a UTF-8 file a stray byte is rare beside the valid
    // multi-byte characters; in an 8-bit file every accented letter is
    // invalid UTF-8 and valid sequences happen only by accident ("Ã©").
    const Utf8Evidence evidence = utf8Evidence(sample);
    if (evidence.invalid == 0) {
        setReason(evidence.valid == 0 ? QStringLiteral("the first %1 KB are plain ASCII").arg(sampleKb(sample))
                                      : QStringLiteral("the first %1 KB are valid UTF-8").arg(sampleKb(sample)),
                  false);
        return CsvEncoding::Utf8;
    }
    if (evidence.valid > evidence.invalid) {
        setReason(QStringLiteral("read as UTF-8: in the first %1 KB %2 characters are valid UTF-8 and %3 "
                                 "not; those bytes become \uFFFD (see the lines named)")
                      .arg(sampleKb(sample))
                      .arg(evidence.valid)
                      .arg(bytesAre(evidence.invalid)),
                  true);
        return CsvEncoding::Utf8;
    }

    QByteArray charset;
    if (uchardet_t detector = uchardet_new()) {
        if (uchardet_handle_data(detector, sample.constData(), size_t(sample.size())) == 0) {
            uchardet_data_end(detector);
            charset = QByteArray(uchardet_get_charset(detector)).toUpper();
        }
        uchardet_delete(detector);
    }
    // ISO-8859-1 proper has no printable characters in 0x80-0x9F; a file that
    // uses them is Windows-1252 (what Excel writes), and so is anything uchardet
    // names that we do not read.
    CsvEncoding encoding = CsvEncoding::Windows1252;
    if (charset == "ISO-8859-1") {
        encoding = CsvEncoding::Latin1;
        for (const char c : sample) {
            if (uchar(c) >= 0x80 && uchar(c) < 0xA0) {
                encoding = CsvEncoding::Windows1252;
                break;
            }
        }
    }
    QString why = QStringLiteral("read as %1: in the first %2 KB %3 not valid UTF-8")
                         .arg(csvEncodingName(encoding))
                         .arg(sampleKb(sample))
                         .arg(bytesAre(evidence.invalid));
    why += evidence.valid == 0
                  ? QStringLiteral(" and none is a UTF-8 character")
                  : QStringLiteral(" and only %1 look like UTF-8 characters (they read as two or three "
                                   "characters each, e.g. \u00C3\u00A9; give the encoding if the file is UTF-8)")
                        .arg(evidence.valid);
    if (!charset.isEmpty())
        why += QStringLiteral(" (uchardet: %1)").arg(QString::fromLatin1(charset.toLower()));
    setReason(why, evidence.valid > 0);
    return encoding;
}

QChar CsvSniffer::detectDelimiter(const QByteArray &sample, CsvEncoding encoding)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    QChar best = candidates[0];
    qint64 bestScore = 0;
    for (const QChar candidate : candidates) {
        QBuffer buffer;
        buffer.setData(sample);
        buffer.open(QIODevice::ReadOnly);
        CsvFormat format;
        format.encoding = encoding;
        format.delimiter = candidate;
        CsvReader reader(&buffer, format);
        QHash<qsizetype, int> widths;
        QStringList fields;
        int rows = 0;
        // The last record of a sample may be cut short: leave it out.
        QList<qsizetype> seen;
        while (rows < 200 && reader.readRecord(fields)) {
            if (fields.size() == 1 && fields.first().isEmpty())
                continue;
            seen.append(fields.size());
            ++rows;
        }
        if (seen.size() > 1 && buffer.size() >= kSampleSize)
            seen.removeLast();
        for (qsizetype width : std::as_const(seen))
            ++widths[width];
        // Score: how many rows share the most common width of two or more,
        // weighted a little by that width so that a stray comma loses.
        qint64 score = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (it.key() >= 2)
                score = qMax<qint64>(score, qint64(it.value()) * 1000 + it.key());
        }
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

CsvFormat CsvSniffer::sniff(const QByteArray &sample)
{
    CsvFormat format;
    format.encoding = detectEncoding(sample, &format.hasBom, &format.encodingReason, &format.encodingDoubtful);
    format.delimiter = detectDelimiter(sample, format.encoding);
    return format;
}

CsvFormat CsvSniffer::sniff(QIODevice *device)
{
    const qint64 position = device->pos();
    const QByteArray sample = device->read(kSampleSize);
    if (!device->isSequential())
        device->seek(position);
    return sniff(sample);
}

namespace {
int filledCells(const QStringList &record)
{
    int n = 0;
    for (const QString &cell : record)
        n += !cell.trimmed().isEmpty();
    return n;
}

// A header's cell names a column: words, not a figure or a date.
bool isWording(const QString &cell)
{
    int letters = 0, digits = 0;
    for (const QChar c : cell) {
        letters += c.isLetter();
        digits += c.isDigit();
    }
    return letters >= 2 && digits * 2 < letters;
}
} // namespace

int CsvSniffer::guessHeaderRow(const QList<QStringList> &records, int *dataStart)
{
    const int scanned = int(qMin<qsizetype>(records.size(), 30));
    int header = 0;
    for (int i = 0; i < scanned; ++i) {
        const int filled = filledCells(records.at(i));
        if (filled < 2)
            continue;
        int wording = 0;
        for (const QString &cell : records.at(i))
            wording += isWording(cell.trimmed());
        if (wording * 3 < filled * 2)
            continue;
        // How many cells the next rows fill (blank and one-cell note rows aside).
        QList<int> below;
        for (int j = i + 1; j < records.size() && below.size() < 10; ++j) {
            const int n = filledCells(records.at(j));
            if (n >= 2)
                below.append(n);
        }
        if (!below.isEmpty()) {
            std::sort(below.begin(), below.end());
            const int typical = below.at(below.size() / 2);
            if (filled * 5 < typical * 4)
                continue;
        }
        header = i;
        break;
    }
    if (dataStart)
        *dataStart = header + 1;
    return header;
}

} // namespace liaison
