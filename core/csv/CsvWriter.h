#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace liaison {

// Writes RFC 4180 CSV in UTF-8 with CRLF line ends, optionally after a BOM so
// that Excel reads it as UTF-8. A cell a spreadsheet would run as a formula
// (starting with = + - @, a tab or a CR) is neutralised with a leading
// apostrophe; the importer takes that apostrophe off again, so that exporting
// and importing round-trips.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, bool withBom = false, QChar delimiter = QLatin1Char(','));
    ~CsvWriter();

    void writeRecord(const QStringList &fields);
    // Flushes buffered output; false (with errorString) if the device failed.
    bool flush();
    QString errorString() const { return m_error; }

    static QString neutralised(const QString &cell);
    // Undoes neutralised() on an imported cell.
    static QString unneutralised(const QString &cell);

private:
    QIODevice *m_device;
    QChar m_delimiter;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace liaison
