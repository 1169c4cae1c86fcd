#include "csv/CsvReader.h"
#include "csv/CsvSniffer.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace liaison;

// Reading CSV: the cases of public conformance suites (RFC 4180 and the
// csv-spectrum set: quoted newlines, doubled quotes, empty fields, CRLF,
// CR-only, UTF-8, BOM), spreadsheet encodings, sniffing, and writing.
class TestCsvReader : public QObject
{
    Q_OBJECT

    struct Read
    {
        QList<QStringList> records;
        QList<qint64> lines;
        QString warning;
    };

    static Read readAll(const QByteArray &bytes, CsvFormat format = {})
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, format);
        Read read;
        QStringList fields;
        while (reader.readRecord(fields)) {
            read.records.append(fields);
            read.lines.append(reader.recordLine());
        }
        read.warning = reader.warning();
        return read;
    }

    static QString dataFile(const QString &name) { return QStringLiteral(LIAISON_TEST_DATA "/csv/") + name; }

private slots:
    void conformance_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::addColumn<QList<qint64>>("lines");
        using L = QList<QStringList>;
        using N = QList<qint64>;
        QTest::newRow("simple") << QByteArray("a,b,c\n1,2,3\n") << L{{"a", "b", "c"}, {"1", "2", "3"}} << N{1, 2};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("cr only") << QByteArray("a,b\r1,2\r") << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n") << L{{"a", "", "c"}, {"", "", ""}} << N{1, 2};
        QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << L{{"", "x"}} << N{1};
        QTest::newRow("comma in quotes") << QByteArray("\"a,b\",c\n") << L{{"a,b", "c"}} << N{1};
        QTest::newRow("escaped quotes") << QByteArray("\"say \"\"hi\"\"\",x\n\"\"\"\"\n") << L{{"say \"hi\"", "x"}, {"\""}}
                                        << N{1, 2};
        QTest::newRow("quoted newline lf") << QByteArray("\"line1\nline2\",b\nnext,row\n")
                                           << L{{"line1\nline2", "b"}, {"next", "row"}} << N{1, 3};
        QTest::newRow("quoted newline crlf") << QByteArray("\"line1\r\nline2\",b\r\nnext,row\r\n")
                                             << L{{"line1\r\nline2", "b"}, {"next", "row"}} << N{1, 3};
        QTest::newRow("quoted cr only") << QByteArray("\"x\ry\",b\rnext\r") << L{{"x\ry", "b"}, {"next"}} << N{1, 3};
        QTest::newRow("ragged rows") << QByteArray("a,b,c\n1\n1,2,3,4\n") << L{{"a", "b", "c"}, {"1"}, {"1", "2", "3", "4"}}
                                     << N{1, 2, 3};
        QTest::newRow("blank line") << QByteArray("a\n\nb\n") << L{{"a"}, {""}, {"b"}} << N{1, 2, 3};
        QTest::newRow("utf8") << QByteArray("\xe9\x99\x88\xe4\xbc\x9f\xe6\x98\x8e,\xc3\xa9\n") << L{{u8"陈伟明", u8"é"}} << N{1};
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf" "a,b\n") << L{{"a", "b"}} << N{1};
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\n") << L{{"ab", "c"}} << N{1};
        QTest::newRow("trailing delimiter") << QByteArray("a,\n") << L{{"a", ""}} << N{1};
        QTest::newRow("empty input") << QByteArray() << L{} << N{};
        QTest::newRow("spaces kept") << QByteArray(" a , b \n") << L{{" a ", " b "}} << N{1};
    }

    void conformance()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        QFETCH(QList<qint64>, lines);
        const Read read = readAll(input);
        QCOMPARE(read.records, expected);
        QCOMPARE(read.lines, lines);
        QVERIFY2(read.warning.isEmpty(), qPrintable(read.warning));
    }

    void unclosedQuoteWarns()
    {
        const Read read = readAll("a,b\n\"open,\nrest");
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.records.at(1), QStringList{"open,\nrest"});
        QVERIFY(read.warning.contains(QLatin1String("line 2")));
    }

    // A record across chunk boundaries reads the same as in one piece.
    void chunkBoundaries()
    {
        QByteArray bytes;
        QList<QStringList> expected;
        QRandomGenerator random(7);
        while (bytes.size() < 3 * CsvReader::kChunkSize) {
            const QString quoted = QStringLiteral("x\"y,\r\nz%1").arg(random.bounded(1000));
            const QString plain = QStringLiteral("é%1").arg(random.bounded(100000));
            expected.append({quoted, plain});
            bytes += "\"" + QString(quoted).replace(QLatin1String("\""), QLatin1String("\"\"")).toUtf8() + "\","
                + plain.toUtf8() + "\r\n";
        }
        const Read read = readAll(bytes);
        QCOMPARE(read.records.size(), expected.size());
        QCOMPARE(read.records, expected);
        QCOMPARE(read.lines.last(), 2 * qint64(expected.size()) - 1);
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QStringList>("secondRow");
        QTest::newRow("windows-1252 excel") << "excel-windows1252.csv" << int(CsvEncoding::Windows1252) << ","
                                            << QStringList{"Minister", "Date", "Name of Organisation", "Purpose of meeting", "Destination"};
        QTest::newRow("utf-16le bom tabs") << "utf16le-bom.tsv" << int(CsvEncoding::Utf16LE) << "\t"
                                           << QStringList{"GovTech", "Singapore", u8"陈伟明 visited"};
        QTest::newRow("utf-16be no bom") << "utf16be.csv" << int(CsvEncoding::Utf16BE) << ";"
                                         << QStringList{"GDS", "UK"};
        QTest::newRow("utf-8 bom pipes") << "utf8-bom.csv" << int(CsvEncoding::Utf8) << "|"
                                         << QStringList{u8"München Agency", "Germany"};
        // Without bytes in 0x80-0x9F the two read identically; Windows-1252 is
        // the safer guess (what Excel writes), and the override reads Latin-1.
        QTest::newRow("iso-8859-1") << "latin1.csv" << int(CsvEncoding::Windows1252) << ","
                                    << QStringList{u8"École Polytechnique", "France"};
    }

    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(QString, delimiter);
        QFETCH(QStringList, secondRow);
        QFile f(dataFile(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CsvFormat format = CsvSniffer::sniff(&f);
        QCOMPARE(csvEncodingName(format.encoding), csvEncodingName(CsvEncoding(encoding)));
        QCOMPARE(QString(format.delimiter), delimiter);
        QCOMPARE(f.pos(), 0);
        CsvReader reader(&f, format);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, secondRow);
        QVERIFY2(reader.warning().isEmpty(), qPrintable(reader.warning()));
    }

    void windows1252Characters()
    {
        QFile f(dataFile(QStringLiteral("excel-windows1252.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        CsvFormat format;
        format.encoding = CsvEncoding::Windows1252;
        CsvReader reader(&f, format);
        QStringList fields;
        for (int i = 0; i < 3; ++i)
            QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields.at(3), QString::fromUtf8(u8"Digital identity – next steps"));
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields.at(3), QString::fromUtf8(u8"Spectrum “auction”"));
        QCOMPARE(fields.at(2), QStringLiteral("O2, EE, Three and Vodafone"));
    }

    void overriddenEncoding()
    {
        {
            QFile latin1(dataFile(QStringLiteral("latin1.csv")));
            QVERIFY(latin1.open(QIODevice::ReadOnly));
            CsvFormat format;
            format.encoding = CsvEncoding::Latin1;
            CsvReader reader(&latin1, format);
            QStringList fields;
            for (int i = 0; i < 4; ++i)
                QVERIFY(reader.readRecord(fields));
            QCOMPARE(fields.at(0), QString::fromUtf8(u8"Universität Wien"));
        }
        // The same bytes read as another encoding give other text: the override is honoured.
        QFile f(dataFile(QStringLiteral("latin1.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        CsvFormat format;
        format.encoding = CsvEncoding::Utf8;
        CsvReader reader(&f, format);
        QStringList fields;
        reader.readRecord(fields);
        reader.readRecord(fields);
        QVERIFY(fields.at(0) != QString::fromUtf8(u8"École Polytechnique"));
        QVERIFY(!reader.warning().isEmpty());
    }

    // Issue 18: one stray byte in the first 64 KB of a UTF-8 file made the
    // whole file Windows-1252 ("SociÃ©tÃ© GÃ©nÃ©rale"), silently. By evidence it
    // is UTF-8; the stray byte becomes U+FFFD and its line is named.
    void strayByteKeepsUtf8()
    {
        QByteArray bytes = "Date,Organisation,Purpose\n";
        for (int i = 0; i < 50; ++i)
            bytes += QByteArray::number(i) + u8",Soci\u00e9t\u00e9 G\u00e9n\u00e9rale,Talk\n";
        bytes += "50,Caf\xE9 Royal,Lunch\n"; // line 52: an 8-bit é pasted in
        bool doubtful = false;
        QString reason;
        QCOMPARE(csvEncodingName(CsvSniffer::detectEncoding(bytes, nullptr, &reason, &doubtful)),
                 csvEncodingName(CsvEncoding::Utf8));
        QVERIFY(doubtful);
        QVERIFY2(reason.contains(QStringLiteral("200 characters are valid UTF-8 and 1 byte is not")), qPrintable(reason));

        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const CsvFormat format = CsvSniffer::sniff(&buffer);
        QCOMPARE(format.encodingReason, reason);
        CsvReader reader(&buffer, format);
        QStringList fields;
        QList<QStringList> records;
        while (reader.readRecord(fields))
            records.append(fields);
        QCOMPARE(records.at(1).at(1), QString::fromUtf8(u8"Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"));
        QCOMPARE(records.at(51).at(1), QString::fromUtf8(u8"Caf\uFFFD Royal"));
        QCOMPARE(reader.warnings(), QStringList{QString::fromUtf8(u8"line 52: some bytes are not valid utf-8; they were read as \uFFFD")});
    }

    // A real 8-bit file stays one, and a sequence in it that happens to be
    // valid UTF-8 (text already mojibaked once) is named in a doubtful reason.
    void windows1252ByEvidence()
    {
        QFile f(dataFile(QStringLiteral("excel-windows1252.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CsvFormat format = CsvSniffer::sniff(&f);
        QCOMPARE(csvEncodingName(format.encoding), csvEncodingName(CsvEncoding::Windows1252));
        QVERIFY(!format.encodingDoubtful);
        QVERIFY2(format.encodingReason.startsWith(QStringLiteral("read as windows-1252: in the first 1 KB ")),
                 qPrintable(format.encodingReason));
        QVERIFY2(format.encodingReason.contains(QStringLiteral("none is a UTF-8 character")), qPrintable(format.encodingReason));

        QByteArray bytes = "Organisation\n";
        for (int i = 0; i < 20; ++i)
            bytes += "Soci\xE9t\xE9 G\xE9n\xE9rale\x92s\n"; // and a curly apostrophe
        bytes += "Soci\xC3\xA9t\xC3\xA9\n"; // "SociÃ©tÃ©" as an earlier tool left it
        bool doubtful = false;
        QString reason;
        QCOMPARE(csvEncodingName(CsvSniffer::detectEncoding(bytes, nullptr, &reason, &doubtful)),
                 csvEncodingName(CsvEncoding::Windows1252));
        QVERIFY(doubtful);
        QVERIFY2(reason.contains(QStringLiteral("100 bytes are not valid UTF-8 and only 2 look like UTF-8")), qPrintable(reason));
    }

    // The lines named are those of the records that hold the bad bytes, also
    // past the sample, across chunk boundaries and in quoted multi-line fields;
    // after kMaxNamedLines the rest are counted.
    void invalidBytesNamedByLine()
    {
        QByteArray bytes = "a,b\n";
        qint64 line = 1;
        QList<qint64> expected;
        while (bytes.size() < 3 * CsvReader::kChunkSize) {
            bytes += "plain,\"quoted\nover two lines\"\n";
            line += 2;
        }
        bytes += "x,\"y\n\xFF\"\n"; // the record starts on line + 1
        expected.append(line + 1);
        line += 2;
        for (int i = 0; i < 30; ++i) {
            bytes += "bad \x80,z\n";
            expected.append(++line);
        }
        const Read read = [&] {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer, {});
            QStringList fields;
            while (reader.readRecord(fields)) {
            }
            Read r;
            r.warning = reader.warnings().join(QLatin1Char('|'));
            return r;
        }();
        const QStringList warnings = read.warning.split(QLatin1Char('|'));
        QCOMPARE(warnings.size(), CsvReader::kMaxNamedLines + 1);
        for (int i = 0; i < CsvReader::kMaxNamedLines; ++i)
            QVERIFY2(warnings.at(i).startsWith(QStringLiteral("line %1: ").arg(expected.at(i))), qPrintable(warnings.at(i)));
        QCOMPARE(warnings.last(), QStringLiteral("11 more lines have bytes that are not valid utf-8"));
    }

    // Issue 18: a 64 MB line was read whole (peak 518 MB for one import). A
    // field is cut at kMaxFieldSize, quoted or not, across chunks, with its
    // line and column named; the rest of the file reads as before.
    void hugeFieldIsCut()
    {
        const qsizetype huge = 3 * CsvReader::kMaxFieldSize + 17;
        QByteArray bytes = "a,b,c\n";
        bytes += "1,";
        bytes += QByteArray(huge, 'x');
        bytes += ",after\n2,\"";
        bytes += QByteArray(huge / 2, 'y') + "\"\"" + QByteArray(huge / 2, 'y');
        bytes += "\nstill quoted\",z\n3,small,end\n";
        const Read read = [&] {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer, {});
            Read r;
            QStringList fields;
            while (reader.readRecord(fields)) {
                r.records.append(fields);
                r.lines.append(reader.recordLine());
            }
            r.warning = reader.warnings().join(QLatin1Char('|'));
            return r;
        }();
        QCOMPARE(read.records.size(), 4);
        QCOMPARE(read.records.at(1).size(), 3);
        QCOMPARE(read.records.at(1).at(1).size(), CsvReader::kMaxFieldSize);
        QCOMPARE(read.records.at(1).at(2), QStringLiteral("after"));
        QCOMPARE(read.records.at(2).at(1).size(), CsvReader::kMaxFieldSize);
        QCOMPARE(read.records.at(2).at(2), QStringLiteral("z"));
        QCOMPARE(read.records.at(3), (QStringList{"3", "small", "end"}));
        QCOMPARE(read.lines, (QList<qint64>{1, 2, 3, 5}));
        QCOMPARE(read.warning, QStringLiteral("line 2, column 2: a field of %1 characters was cut to its first %2|"
                                              "line 3, column 2: a field of %3 characters was cut to its first %2")
                                   .arg(huge)
                                   .arg(CsvReader::kMaxFieldSize)
                                   .arg(huge / 2 * 2 + 1 + 13));
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ",";
        QTest::newRow("semicolon with commas in text") << QByteArray("a;b;c\n\"1,5\";2,5;x\n4;5;6\n") << ";";
        QTest::newRow("tab") << QByteArray("a\tb\n1, 2\t3\n") << "\t";
        QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << "|";
    }

    void delimiterDetection()
    {
        QFETCH(QByteArray, sample);
        QFETCH(QString, delimiter);
        QCOMPARE(QString(CsvSniffer::detectDelimiter(sample, CsvEncoding::Utf8)), delimiter);
    }

    void writerRoundTrip()
    {
        const QList<QStringList> records = {
            {"plain", "with,comma", "with \"quotes\"", "multi\nline", "crlf\r\nline", ""},
            {"=SUM(A1:A2)", "+44 20", "-5", "@cmd", "\ttabbed", u8"陈伟明"},
            {" padded ", "trailing ", "x"},
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer, true);
            for (const QStringList &r : records)
                writer.writeRecord(r);
        }
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("'=SUM(A1:A2)"));
        QVERIFY(bytes.contains("'+44 20"));
        QVERIFY(bytes.contains("'@cmd"));
        QVERIFY(!bytes.contains(",=") && !bytes.contains("\n="));
        const Read read = readAll(bytes);
        QCOMPARE(read.records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QStringList cleaned;
            for (const QString &cell : read.records.at(i))
                cleaned.append(CsvWriter::unneutralised(cell));
            QCOMPARE(cleaned, records.at(i));
        }
    }

    // Memory stays flat: reading a file several times the chunk size never
    // holds more than about a chunk of text.
    void streamsInChunks()
    {
        QByteArray bytes;
        for (int i = 0; i < 200000; ++i)
            bytes += "1234567890,abcdefghij,\"k,l\"\n";
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, {});
        QStringList fields;
        while (reader.readRecord(fields)) {
        }
        QCOMPARE(reader.recordCount(), 200000);
        QCOMPARE(reader.bytesRead(), bytes.size());
        // bytesRead() grows a chunk at a time, never the whole buffer at once.
        QBuffer again;
        again.setData(bytes);
        again.open(QIODevice::ReadOnly);
        CsvReader first(&again, {});
        QVERIFY(first.readRecord(fields));
        QCOMPARE(first.bytesRead(), CsvReader::kChunkSize);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
