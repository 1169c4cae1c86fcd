#include "CsvDecoder.h"

namespace liaison {

namespace {
// Windows-1252 0x80..0x9F; the rest of the code page is Latin-1.
const char16_t kWindows1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
    0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0xFFFD, 0x017E, 0x0178};

QStringConverter::Encoding qtEncoding(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf16LE: return QStringConverter::Utf16LE;
    case CsvEncoding::Utf16BE: return QStringConverter::Utf16BE;
    case CsvEncoding::Latin1:
    case CsvEncoding::Windows1252: return QStringConverter::Latin1;
    case CsvEncoding::Utf8: break;
    }
    return QStringConverter::Utf8;
}
} // namespace

CsvDecoder::CsvDecoder(CsvEncoding encoding)
    : m_encoding(encoding)
    , m_decoder(qtEncoding(encoding))
{
}

void CsvDecoder::decode(const char *bytes, qsizetype size, QString &out, QList<qsizetype> *invalidAt,
                        QList<qsizetype> *nulAt)
{
    const qsizetype start = out.size();
    if (m_encoding == CsvEncoding::Windows1252) {
        out.resize(start + size);
        char16_t *dst = reinterpret_cast<char16_t *>(out.data()) + start;
        for (qsizetype i = 0; i < size; ++i) {
            const uchar c = uchar(bytes[i]);
            dst[i] = (c >= 0x80 && c < 0xA0) ? kWindows1252High[c - 0x80] : char16_t(c);
        }
        removeNuls(out, start, nulAt);
        return;
    }
    const qsizetype before = m_decoder.invalidChars();
    out.append(m_decoder.decode(QByteArrayView(bytes, size)));
    removeNuls(out, start, nulAt);
    if (invalidAt && m_decoder.invalidChars() > before) {
        // Rare: only a chunk with bad bytes is searched. A U+FFFD the file
        // itself holds in that chunk is named too, which does no harm.
        for (qsizetype at = out.indexOf(QChar(0xFFFD), start); at >= 0; at = out.indexOf(QChar(0xFFFD), at + 1))
            invalidAt->append(at);
    }
}

void CsvDecoder::removeNuls(QString &out, qsizetype start, QList<qsizetype> *nulAt)
{
    qsizetype at = out.indexOf(QChar(0), start);
    if (at < 0) // the usual case: one fast search
        return;
    char16_t *data = reinterpret_cast<char16_t *>(out.data());
    qsizetype to = at;
    for (qsizetype from = at; from < out.size(); ++from) {
        if (data[from] == 0) {
            if (nulAt)
                nulAt->append(to);
            continue;
        }
        data[to++] = data[from];
    }
    out.truncate(to);
}

qsizetype CsvDecoder::invalidCount() const
{
    return m_encoding == CsvEncoding::Windows1252 ? 0 : m_decoder.invalidChars();
}

bool CsvDecoder::hasError() const
{
    return m_encoding != CsvEncoding::Windows1252 && m_decoder.hasError();
}

} // namespace liaison
