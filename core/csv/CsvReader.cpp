#include "CsvReader.h"

#include <QIODevice>

namespace liaison {

CsvReader::CsvReader(QIODevice *device, const CsvFormat &format)
    : m_device(device)
    , m_format(format)
    , m_decoder(format.encoding)
{
    m_bytes.resize(kChunkSize);
}

bool CsvReader::refill()
{
    // Fields are copied out as they are scanned, so the consumed text can go.
    // Bad bytes still in it belong to the record being read.
    if (m_nextInvalid < m_invalidAt.size())
        m_invalidInRecord = true;
    m_invalidAt.clear();
    m_nextInvalid = 0;
    m_text.clear();
    m_pos = 0;
    while (!m_eof && m_text.isEmpty()) {
        const qint64 n = m_device->read(m_bytes.data(), m_bytes.size());
        if (n <= 0) {
            m_eof = true;
            break;
        }
        m_bytesRead += n;
        m_decoder.decode(m_bytes.constData(), n, m_text, &m_invalidAt);
        if (m_atStart && !m_text.isEmpty()) {
            m_atStart = false;
            if (m_text.at(0) == QChar(0xFEFF))
                m_pos = 1;
            if (m_pos >= m_text.size()) {
                m_text.clear();
                m_pos = 0;
            }
        }
    }
    return m_pos < m_text.size();
}

void CsvReader::noteInvalidBytes()
{
    bool invalid = m_invalidInRecord;
    m_invalidInRecord = false;
    while (m_nextInvalid < m_invalidAt.size() && m_invalidAt.at(m_nextInvalid) < m_pos) {
        invalid = true;
        ++m_nextInvalid;
    }
    if (!invalid)
        return;
    ++m_invalidLineCount;
    if (m_invalidLines.size() < kMaxNamedLines)
        m_invalidLines.append(m_recordLine);
}

QStringList CsvReader::warnings() const
{
    QStringList list;
    const QString encoding = csvEncodingName(m_format.encoding);
    for (const qint64 line : m_invalidLines)
        list.append(QStringLiteral("line %1: some bytes are not valid %2; they were read as \uFFFD").arg(line).arg(encoding));
    if (m_invalidLineCount > m_invalidLines.size())
        list.append(QStringLiteral("%1 more lines have bytes that are not valid %2")
                        .arg(m_invalidLineCount - m_invalidLines.size())
                        .arg(encoding));
    if (m_invalidLineCount == 0 && m_decoder.hasError())
        list.append(warning());
    else if (!m_warning.isEmpty())
        list.append(m_warning);
    return list;
}

QString CsvReader::warning() const
{
    if (m_decoder.hasError() && m_warning.isEmpty())
        return QStringLiteral("some bytes are not valid %1; check the encoding")
            .arg(csvEncodingName(m_format.encoding));
    return m_warning;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    if (!available())
        return false;
    m_recordLine = m_line;
    ++m_records;
    const char16_t delimiter = m_format.delimiter.unicode();
    constexpr char16_t quote = u'"';
    QString field;
    for (;;) {
        // Start of a field.
        if (available() && m_text.at(m_pos).unicode() == quote) {
            ++m_pos;
            bool closed = false;
            bool previousCR = false;
            while (!closed) {
                if (!available()) {
                    if (m_warning.isEmpty())
                        m_warning = QStringLiteral("line %1: a quoted field is not closed before the end of the file")
                                        .arg(m_recordLine);
                    fields.append(field);
                    noteInvalidBytes();
                    return true;
                }
                const char16_t *data = reinterpret_cast<const char16_t *>(m_text.constData());
                const qsizetype size = m_text.size();
                qsizetype i = m_pos;
                for (; i < size; ++i) {
                    const char16_t c = data[i];
                    if (c == quote)
                        break;
                    if (c == u'\n') {
                        if (!previousCR)
                            ++m_line;
                        previousCR = false;
                    } else if (c == u'\r') {
                        ++m_line;
                        previousCR = true;
                    } else {
                        previousCR = false;
                    }
                }
                field.append(QStringView(data + m_pos, i - m_pos));
                m_pos = i;
                if (i < size) { // at a quote: doubled, or the closing one
                    ++m_pos;
                    previousCR = false;
                    if (available() && m_text.at(m_pos).unicode() == quote) {
                        field.append(QLatin1Char('"'));
                        ++m_pos;
                    } else {
                        closed = true;
                    }
                }
            }
        }
        // Unquoted text (or text after a closing quote, kept as spreadsheets do).
        while (available()) {
            const char16_t *data = reinterpret_cast<const char16_t *>(m_text.constData());
            const qsizetype size = m_text.size();
            qsizetype i = m_pos;
            while (i < size && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r')
                ++i;
            field.append(QStringView(data + m_pos, i - m_pos));
            m_pos = i;
            if (i < size)
                break;
        }
        if (!available()) { // last line without a newline
            fields.append(field);
            noteInvalidBytes();
            return true;
        }
        const char16_t c = m_text.at(m_pos).unicode();
        ++m_pos;
        if (c == delimiter) {
            fields.append(field);
            field.clear();
            continue;
        }
        ++m_line;
        if (c == u'\r' && available() && m_text.at(m_pos).unicode() == u'\n')
            ++m_pos;
        fields.append(field);
        noteInvalidBytes();
        return true;
    }
}

} // namespace liaison
