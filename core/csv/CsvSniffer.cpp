#include "CsvSniffer.h"

#include "CsvReader.h"

#include <QBuffer>
#include <QHash>
#include <QStringDecoder>

#include <uchardet.h>

#include <algorithm>

namespace liaison {

namespace {
// Valid UTF-8, allowing the sample to end in the middle of a character.
bool isUtf8(const QByteArray &sample)
{
    qsizetype end = sample.size();
    qsizetype i = end;
    int continuation = 0;
    while (i > 0 && continuation < 3 && (uchar(sample.at(i - 1)) & 0xC0) == 0x80) {
        --i;
        ++continuation;
    }
    if (i > 0 && uchar(sample.at(i - 1)) >= 0xC0)
        end = i - 1;
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(QByteArrayView(sample.constData(), end));
    return !decoder.hasError();
}

// UTF-16 without a BOM: most ASCII text has a zero in every other byte.
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

CsvEncoding CsvSniffer::detectEncoding(const QByteArray &sample, bool *hasBom)
{
    if (hasBom)
        *hasBom = true;
    if (sample.startsWith("\xEF\xBB\xBF"))
        return CsvEncoding::Utf8;
    if (sample.startsWith("\xFF\xFE"))
        return CsvEncoding::Utf16LE;
    if (sample.startsWith("\xFE\xFF"))
        return CsvEncoding::Utf16BE;
    if (hasBom)
        *hasBom = false;
    if (const int side = utf16ZeroSide(sample))
        return side == 1 ? CsvEncoding::Utf16LE : CsvEncoding::Utf16BE;
    if (isUtf8(sample))
        return CsvEncoding::Utf8;

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
    if (charset == "ISO-8859-1") {
        for (const char c : sample) {
            if (uchar(c) >= 0x80 && uchar(c) < 0xA0)
                return CsvEncoding::Windows1252;
        }
        return CsvEncoding::Latin1;
    }
    return CsvEncoding::Windows1252;
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
    format.encoding = detectEncoding(sample, &format.hasBom);
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
