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
    for (Marks *marks : {&m_invalid, &m_nuls}) {
        if (marks->next < marks->at.size())
            marks->inRecord = true;
        marks->at.clear();
        marks->next = 0;
    }
    m_text.clear();
    m_pos = 0;
    while (!m_eof && m_text.isEmpty()) {
        const qint64 n = m_device->read(m_bytes.data(), m_bytes.size());
        if (n <= 0) {
            m_eof = true;
            break;
        }
        m_bytesRead += n;
        m_decoder.decode(m_bytes.constData(), n, m_text, &m_invalid.at, &m_nuls.at);
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

void CsvReader::pass(Marks &marks)
{
    bool marked = marks.inRecord;
    marks.inRecord = false;
    while (marks.next < marks.at.size() && marks.at.at(marks.next) < m_pos) {
        marked = true;
        ++marks.next;
    }
    if (!marked)
        return;
    ++marks.lineCount;
    if (marks.lines.size() < kMaxNamedLines)
        marks.lines.append(m_recordLine);
}

void CsvReader::noteInvalidBytes()
{
    pass(m_invalid);
    pass(m_nuls);
}

void CsvReader::appendCapped(QString &field, QStringView text)
{
    const qsizetype room = kMaxFieldSize - field.size();
    if (text.size() <= room) {
        field.append(text);
        return;
    }
    qsizetype kept = qMax<qsizetype>(0, room);
    if (kept > 0 && text.at(kept - 1).isHighSurrogate()) // not half a character
        --kept;
    field.append(text.left(kept));
    m_cutCharacters += text.size() - kept;
}

void CsvReader::endField(const QStringList &fields)
{
    if (m_cutCharacters == 0)
        return;
    ++m_cutFieldCount;
    if (m_cutFields.size() < kMaxNamedLines)
        m_cutFields.append(QStringLiteral("line %1, column %2: a field of %3 characters was cut to its first %4")
                               .arg(m_recordLine)
                               .arg(fields.size())
                               .arg(m_cutCharacters + kMaxFieldSize)
                               .arg(kMaxFieldSize));
    m_cutCharacters = 0;
}

QStringList CsvReader::warnings() const
{
    QStringList list = m_cutFields;
    if (m_cutFieldCount > m_cutFields.size())
        list.append(QStringLiteral("%1 more fields were cut to %2 characters")
                        .arg(m_cutFieldCount - m_cutFields.size())
                        .arg(kMaxFieldSize));
    const QString encoding = csvEncodingName(m_format.encoding);
    for (const qint64 line : m_invalid.lines)
        list.append(QStringLiteral("line %1: some bytes are not valid %2; they were read as \uFFFD").arg(line).arg(encoding));
    if (m_invalid.lineCount > m_invalid.lines.size())
        list.append(QStringLiteral("%1 more lines have bytes that are not valid %2")
                        .arg(m_invalid.lineCount - m_invalid.lines.size())
                        .arg(encoding));
    for (const qint64 line : m_nuls.lines)
        list.append(QStringLiteral("line %1: NUL characters were removed (no text can hold them)").arg(line));
    if (m_nuls.lineCount > m_nuls.lines.size())
        list.append(QStringLiteral("%1 more lines had NUL characters, removed").arg(m_nuls.lineCount - m_nuls.lines.size()));
    if (m_invalid.lineCount == 0 && m_decoder.hasError())
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
                    m_openQuoteLine = m_recordLine;
                    m_openQuoteBreaks = m_line - m_recordLine;
                    if (m_warning.isEmpty())
                        m_warning = QStringLiteral("line %1: a quoted field is not closed before the end of the file")
                                        .arg(m_recordLine);
                    fields.append(field);
                    endField(fields);
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
                appendCapped(field, QStringView(data + m_pos, i - m_pos));
                m_pos = i;
                if (i < size) { // at a quote: doubled, or the closing one
                    ++m_pos;
                    previousCR = false;
                    if (available() && m_text.at(m_pos).unicode() == quote) {
                        appendCapped(field, u"\"");
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
            appendCapped(field, QStringView(data + m_pos, i - m_pos));
            m_pos = i;
            if (i < size)
                break;
        }
        if (!available()) { // last line without a newline
            fields.append(field);
            endField(fields);
            noteInvalidBytes();
            return true;
        }
        const char16_t c = m_text.at(m_pos).unicode();
        ++m_pos;
        if (c == delimiter) {
            fields.append(field);
            endField(fields);
            field.clear();
            continue;
        }
        ++m_line;
        if (c == u'\r' && available() && m_text.at(m_pos).unicode() == u'\n')
            ++m_pos;
        fields.append(field);
        endField(fields);
        noteInvalidBytes();
        return true;
    }
}

} // namespace liaison
