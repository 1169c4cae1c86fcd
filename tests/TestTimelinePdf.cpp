#include "demo/DemoStory.h"
#include "report/TimelineReport.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using liaison::test::TestDatabase;

// `liaison export-pdf` on the demo story, read back with poppler-utils: the
// text is text, the fonts are embedded, the pages have ink on them.
class TestTimelinePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void timelineTextIsExtractable();
    void longRangeContinuesAcrossPages();
    void fontsAreEmbedded();
    void firstPageIsNotBlank();
    void briefingPackNamesPeopleInTheirScripts();
    void emptySelectionWritesNoPdf();
    void badArgumentsAreOneLine_data();
    void badArgumentsAreOneLine();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QString &program, const QStringList &arguments);
    Result exportPdf(const QStringList &arguments);

    TestDatabase *m_testDb = nullptr;
    QString m_timeline; // the whole demo, lanes by kind
    QString m_briefing;
};

TestTimelinePdf::Result TestTimelinePdf::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    // Qt warns on stderr when XDG_RUNTIME_DIR is unset (as under ctest);
    // give it one so that stderr holds only what liaison says.
    static QTemporaryDir runtimeDir;
    QFile::setPermissions(runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir.path());
    // The password in PGPASSWORD: one in the URL is warned of on stderr.
    const DatabaseLocation server = DatabaseLocation::parse(qEnvironmentVariable("LIAISON_TEST_PG_URL"));
    if (server.isValid())
        env.insert(QStringLiteral("PGPASSWORD"), server.password());
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Result result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

TestTimelinePdf::Result TestTimelinePdf::exportPdf(const QStringList &arguments)
{
    return run(QStringLiteral(LIAISON_BINARY),
               QStringList{QStringLiteral("export-pdf"), QStringLiteral("--db"), m_testDb->commandLineArgument()} + arguments);
}

void TestTimelinePdf::initTestCase()
{
    m_testDb = new TestDatabase;
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    {
        Database db;
        db.open(m_testDb->location());
        Repository repo(db);
        DemoStory::write(repo);
    }
    m_timeline = m_testDb->filePath(QStringLiteral("timeline.pdf"));
    const Result result = exportPdf({QStringLiteral("--out"), m_timeline});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(QFile::exists(m_timeline));
    m_briefing = m_testDb->filePath(QStringLiteral("briefing.pdf"));
    const Result briefing = exportPdf({QStringLiteral("--out"), m_briefing, QStringLiteral("--briefing"),
                                       QStringLiteral("--partnership"),
                                       QStringLiteral("GDS–GovTech digital government partnership")});
    QVERIFY2(briefing.exitCode == 0, qPrintable(briefing.err));
}

void TestTimelinePdf::cleanupTestCase()
{
    delete m_testDb;
}

void TestTimelinePdf::timelineTextIsExtractable()
{
    const Result text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_timeline, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    for (const QString &title : {QStringLiteral("GDS delegation to Singapore"), QStringLiteral("Digital Government Exchange 2013"),
                                 QStringLiteral("Memorandum of Understanding")})
        QVERIFY2(text.out.contains(title), qPrintable(title));
    QVERIFY(text.out.contains(QStringLiteral("Timeline of activities")));
    QVERIFY(text.out.contains(QStringLiteral("Introduction")));          // legend
    const QRegularExpression pageOf(QStringLiteral("Page (\\d+) of (\\d+)"));
    auto matches = pageOf.globalMatch(text.out);
    int pages = 0;
    while (matches.hasNext()) {
        const auto m = matches.next();
        ++pages;
        QCOMPARE(m.captured(1).toInt(), pages);
    }
    QVERIFY(pages >= 1);
    QVERIFY(text.out.contains(QLocale::c().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"))));
}

void TestTimelinePdf::longRangeContinuesAcrossPages()
{
    // Five years on A4 landscape: as many pages as it takes at the fixed
    // scale, each with the axis for its own stretch of time.
    const QString path = m_testDb->filePath(QStringLiteral("long.pdf"));
    const Result result = exportPdf({QStringLiteral("--out"), path, QStringLiteral("--from"), QStringLiteral("2012-01"),
                                     QStringLiteral("--to"), QStringLiteral("2016-12")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const int perPage = TimelineReport::monthsPerPage(QPageSize(QPageSize::A4), QPageLayout::Landscape);
    const int expected = (60 + perPage - 1) / perPage;
    QVERIFY(expected > 1);
    const Result info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    QCOMPARE(pagesLine.match(info.out).captured(1).toInt(), expected);
    QVERIFY(result.out.contains(QStringLiteral("%1 pages").arg(expected)));
    // The last page carries its own years on the axis.
    const Result last = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(expected), QStringLiteral("-l"),
                                                          QString::number(expected), path, QStringLiteral("-")});
    QVERIFY(last.out.contains(QStringLiteral("2016")));
    QVERIFY(last.out.contains(QStringLiteral("Page %1 of %1").arg(expected)));
    // A3 holds more per page.
    const QString a3 = m_testDb->filePath(QStringLiteral("long-a3.pdf"));
    QCOMPARE(exportPdf({QStringLiteral("--out"), a3, QStringLiteral("--from"), QStringLiteral("2012-01"), QStringLiteral("--to"),
                        QStringLiteral("2016-12"), QStringLiteral("--page"), QStringLiteral("A3")}).exitCode, 0);
    QVERIFY(pagesLine.match(run(QStringLiteral("pdfinfo"), {a3}).out).captured(1).toInt() < expected);
}

void TestTimelinePdf::fontsAreEmbedded()
{
    for (const QString &pdf : {m_timeline, m_briefing}) {
        const Result fonts = run(QStringLiteral("pdffonts"), {pdf});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            // name type encoding emb sub uni …: the "emb" column must say yes.
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
    }
    const Result briefingFonts = run(QStringLiteral("pdffonts"), {m_briefing});
    QVERIFY(briefingFonts.out.contains(QStringLiteral("CJK")));
    QVERIFY(briefingFonts.out.contains(QStringLiteral("Tamil")));
}

void TestTimelinePdf::firstPageIsNotBlank()
{
    const QString prefix = m_testDb->filePath(QStringLiteral("page"));
    QCOMPARE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                              QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                                              QStringLiteral("-singlefile"), m_timeline, prefix})
                 .exitCode,
             0);
    QImage image(prefix + QStringLiteral(".png"));
    QVERIFY(!image.isNull());
    image = image.convertToFormat(QImage::Format_RGB32);
    int inked = 0, coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.lightness() < 200)
                ++inked;
            if (c.saturation() > 100 && c.value() > 80)
                ++coloured; // marks in the kinds' colours
        }
    }
    const int total = image.width() * image.height();
    QVERIFY2(inked > total / 200, qPrintable(QStringLiteral("%1 of %2 pixels inked").arg(inked).arg(total)));
    QVERIFY(coloured > 20);
}

void TestTimelinePdf::briefingPackNamesPeopleInTheirScripts()
{
    const Result text = run(QStringLiteral("pdftotext"), {m_briefing, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    for (const QString &expected : {QStringLiteral("GDS–GovTech digital government partnership"), QStringLiteral("Key people"),
                                    QStringLiteral("Tan Wei Ming"), QStringLiteral("陈伟明"), QStringLiteral("林美玲"),
                                    QStringLiteral("Memorandum of Understanding"), QStringLiteral("Open follow-ups"),
                                    QStringLiteral("MoU ten-year review planning"), QStringLiteral("Stage"),
                                    QStringLiteral("agreement signed"), QStringLiteral("Activity per quarter")})
        QVERIFY2(text.out.contains(expected), qPrintable(expected));
    // Tamil is drawn as shaped outlines with an invisible text layer over it
    // (report/PdfText), so the names extract as typed, not as glyph soup.
    for (const QString &expected : {QStringLiteral("குமார் செல்வம்"), QStringLiteral("பிரியா ராமன்")})
        QVERIFY2(text.out.contains(expected), qPrintable(expected));
}

void TestTimelinePdf::emptySelectionWritesNoPdf()
{
    const QString path = m_testDb->filePath(QStringLiteral("empty.pdf"));
    const Result result = exportPdf({QStringLiteral("--out"), path, QStringLiteral("--from"), QStringLiteral("1990"),
                                     QStringLiteral("--to"), QStringLiteral("1991")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.startsWith(QStringLiteral("liaison: error: no activities match")));
    QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(!QFile::exists(path));
}

void TestTimelinePdf::badArgumentsAreOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("lanes") << QStringList{QStringLiteral("--lanes"), QStringLiteral("colour")} << QStringLiteral("--lanes");
    QTest::newRow("page") << QStringList{QStringLiteral("--page"), QStringLiteral("A5")} << QStringLiteral("--page");
    QTest::newRow("date") << QStringList{QStringLiteral("--from"), QStringLiteral("last spring")} << QStringLiteral("--from");
    QTest::newRow("partnership") << QStringList{QStringLiteral("--partnership"), QStringLiteral("Nobody")}
                                 << QStringLiteral("no partnership named");
    QTest::newRow("briefing") << QStringList{QStringLiteral("--briefing")} << QStringLiteral("--partnership");
}

void TestTimelinePdf::badArgumentsAreOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString path = m_testDb->filePath(QStringLiteral("bad.pdf"));
    const Result result = exportPdf(QStringList{QStringLiteral("--out"), path} + arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestTimelinePdf)
#include "TestTimelinePdf.moc"
