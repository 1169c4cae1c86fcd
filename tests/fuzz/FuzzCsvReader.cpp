// libFuzzer target for the CSV reader (and the sniffer and date parser that
// read its cells): any bytes, any encoding, any delimiter — no crash, no
// undefined behaviour, no leak. Built apart with clang (see CMakeLists.txt).
#include "csv/CsvReader.h"
#include "csv/CsvSniffer.h"
#include "import/DateParser.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace liaison;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes choose the encoding and delimiter; the rest is the file.
    const CsvEncoding encodings[] = {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE,
                                     CsvEncoding::Windows1252, CsvEncoding::Latin1};
    const char delimiters[] = {',', ';', '\t', '|'};
    CsvFormat format;
    format.encoding = encodings[data[0] % 5];
    format.delimiter = QLatin1Char(delimiters[data[1] % 4]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, format);
    QStringList fields;
    qint64 lastLine = 0;
    DateParser dates;
    dates.setReferencePeriod(QDate(2014, 1, 1), QDate(2014, 12, 31));
    while (reader.readRecord(fields)) {
        if (reader.recordLine() < lastLine)
            __builtin_trap(); // lines only go forward
        lastLine = reader.recordLine();
        for (const QString &field : std::as_const(fields)) {
            if (field.size() < 64)
                (void)dates.parse(field);
        }
    }
    (void)reader.warning();
    (void)reader.warnings();
    (void)CsvSniffer::sniff(bytes);
    return 0;
}
