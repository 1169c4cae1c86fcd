#include "CsvFormat.h"

namespace liaison {

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8: return QStringLiteral("utf-8");
    case CsvEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case CsvEncoding::Utf16BE: return QStringLiteral("utf-16be");
    case CsvEncoding::Windows1252: return QStringLiteral("windows-1252");
    case CsvEncoding::Latin1: return QStringLiteral("iso-8859-1");
    }
    return QStringLiteral("utf-8");
}

bool csvEncodingFromName(const QString &name, CsvEncoding *encoding)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    CsvEncoding e;
    if (n == QLatin1String("utf8"))
        e = CsvEncoding::Utf8;
    else if (n == QLatin1String("utf16le") || n == QLatin1String("utf16") || n == QLatin1String("unicode"))
        e = CsvEncoding::Utf16LE; // Excel's "Unicode text" is little-endian
    else if (n == QLatin1String("utf16be"))
        e = CsvEncoding::Utf16BE;
    else if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") || n == QLatin1String("ansi"))
        e = CsvEncoding::Windows1252;
    else if (n == QLatin1String("iso88591") || n == QLatin1String("latin1") || n == QLatin1String("l1"))
        e = CsvEncoding::Latin1;
    else
        return false;
    if (encoding)
        *encoding = e;
    return true;
}

} // namespace liaison
