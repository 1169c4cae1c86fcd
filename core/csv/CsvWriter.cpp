#include "CsvWriter.h"

#include <QIODevice>

namespace liaison {

namespace {
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

CsvWriter::CsvWriter(QIODevice *device, bool withBom, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
    if (withBom)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

QString CsvWriter::neutralised(const QString &cell)
{
    if (!cell.isEmpty() && isFormulaStart(cell.at(0)))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::unneutralised(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'') && isFormulaStart(cell.at(1)))
        return cell.mid(1);
    return cell;
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(char(m_delimiter.unicode()));
        const QString cell = neutralised(fields.at(i));
        const bool quote = cell.contains(m_delimiter) || cell.contains(QLatin1Char('"'))
            || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
            || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
        if (quote) {
            QString escaped = cell;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            m_buffer.append('"').append(escaped.toUtf8()).append('"');
        } else {
            m_buffer.append(cell.toUtf8());
        }
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() > 256 * 1024)
        flush();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return m_error.isEmpty();
    if (m_device->write(m_buffer) != m_buffer.size() && m_error.isEmpty())
        m_error = m_device->errorString();
    m_buffer.clear();
    return m_error.isEmpty();
}

} // namespace liaison
