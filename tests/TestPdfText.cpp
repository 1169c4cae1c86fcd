#include "report/PdfText.h"
#include "report/ReportStyle.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace liaison;

// PdfText draws Tamil into PDFs as outlines plus an invisible text layer;
// these read real PDFs back with poppler to check what a reader would get.
class TestPdfText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complexScriptsAreDetected();
    void tamilExtractsAsTyped();
    void tamilStillShowsOnThePage();
    void screenPaintingIsPlainDrawText();

private:
    QString pdftotext(const QStringList &arguments);
    QString writePdf(const QString &name, const std::function<void(QPainter &)> &paint);
    QTemporaryDir m_dir;
    QString m_pdf;
};

static const QString kumar = QStringLiteral("குமார் செல்வம்");
static const QString priya = QStringLiteral("பிரியா ராமன்");
// Other Indic scripts: Devanagari (pre-base ि, conjunct प्र), Malayalam.
static const QString hindi = QStringLiteral("प्रिया शर्मा");
static const QString malayalam = QStringLiteral("കൃഷ്ണൻ നായർ");
static const QString mixed = QStringLiteral("Kumar Selvam (குமார் செல்வம்) met 陈伟明");

QString TestPdfText::pdftotext(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestPdfText::writePdf(const QString &name, const std::function<void(QPainter &)> &paint)
{
    const QString path = m_dir.filePath(name);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    paint(painter);
    painter.end();
    return path;
}

void TestPdfText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdf = writePdf(QStringLiteral("names.pdf"), [](QPainter &p) {
        p.setFont(ReportStyle::font(11));
        p.setPen(Qt::black);
        PdfText::draw(p, QRectF(100, 100, 2000, 100), Qt::AlignLeft | Qt::AlignVCenter, kumar);
        PdfText::draw(p, QRectF(100, 300, 2000, 100), Qt::AlignRight | Qt::AlignVCenter, priya);
        PdfText::draw(p, QRectF(100, 500, 2000, 100), Qt::AlignCenter, mixed);
        PdfText::draw(p, QRectF(100, 650, 2000, 100), Qt::AlignLeft | Qt::AlignVCenter, hindi + QStringLiteral(" · ") + malayalam);
        // Wrapped into a narrow box: each line still extracts whole words.
        PdfText::draw(p, QRectF(100, 800, 250, 400), Qt::TextWordWrap, kumar);
    });
}

void TestPdfText::complexScriptsAreDetected()
{
    QVERIFY(PdfText::needsTextLayer(kumar));
    QVERIFY(PdfText::needsTextLayer(mixed));
    QVERIFY(!PdfText::needsTextLayer(QStringLiteral("Tan Wei Ming 陈伟明")));
    QVERIFY(!PdfText::needsTextLayer(QString()));
    QVERIFY(PdfText::needsTextLayer(hindi));
    QCOMPARE(PdfText::textLayerFamily(QChar::Script_Tamil), QStringLiteral("Liaison Tamil Text"));
    QVERIFY(PdfText::textLayerFamily(QChar::Script_Han).isEmpty());
}

void TestPdfText::tamilExtractsAsTyped()
{
    const QString text = pdftotext({m_pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(kumar), qPrintable(text));
    QVERIFY2(text.contains(priya), qPrintable(text));
    QVERIFY2(text.contains(mixed), qPrintable(text));
    QVERIFY2(text.contains(hindi + QStringLiteral(" · ") + malayalam), qPrintable(text));
    // The wrapped copy breaks between the words, not inside a letter.
    QVERIFY2(text.contains(QStringLiteral("குமார்\nசெல்வம்")), qPrintable(text));
    // The text layer's font is embedded like every other.
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {m_pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QString list = QString::fromUtf8(fonts.readAllStandardOutput());
    for (const char *font : {"LiaisonTamilText", "LiaisonDevanagariText", "LiaisonMalayalamText"})
        QVERIFY2(list.contains(QLatin1String(font)), qPrintable(list));
}

void TestPdfText::tamilStillShowsOnThePage()
{
    // Only the visible outlines may ink the page: the same name drawn with
    // PdfText and as plain text (Qt's own Tamil shaping) must cover about the
    // same pixels, so the text layer adds no doubled or smeared glyphs.
    const auto inked = [this](const QString &pdf) {
        const QString prefix = m_dir.filePath(QFileInfo(pdf).baseName());
        QProcess process;
        process.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                                                  QStringLiteral("-singlefile"), pdf, prefix});
        process.waitForFinished(30000);
        const QImage image = QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += qGray(image.pixel(x, y)) < 128;
        return count;
    };
    const auto drawn = [](bool viaPdfText) {
        return [viaPdfText](QPainter &p) {
            p.setFont(ReportStyle::font(40));
            p.setPen(Qt::black);
            const QRectF box(100, 100, 2200, 600);
            if (viaPdfText)
                PdfText::draw(p, box, Qt::AlignLeft | Qt::AlignTop, kumar);
            else
                p.drawText(box, Qt::AlignLeft | Qt::AlignTop, kumar);
        };
    };
    const int layered = inked(writePdf(QStringLiteral("layered.pdf"), drawn(true)));
    const int plain = inked(writePdf(QStringLiteral("plain.pdf"), drawn(false)));
    QVERIFY2(plain > 500, qPrintable(QString::number(plain)));
    QVERIFY2(qAbs(layered - plain) < plain / 10, qPrintable(QStringLiteral("%1 vs %2").arg(layered).arg(plain)));
}

void TestPdfText::screenPaintingIsPlainDrawText()
{
    QImage viaPdfText(600, 120, QImage::Format_ARGB32_Premultiplied);
    QImage plain(viaPdfText.size(), viaPdfText.format());
    viaPdfText.fill(Qt::white);
    plain.fill(Qt::white);
    const QRectF box(5, 5, 590, 110);
    {
        QPainter p(&viaPdfText);
        p.setFont(ReportStyle::font(14));
        PdfText::draw(p, box, Qt::TextWordWrap, mixed);
    }
    {
        QPainter p(&plain);
        p.setFont(ReportStyle::font(14));
        p.drawText(box, Qt::TextWordWrap, mixed);
    }
    QCOMPARE(viaPdfText, plain);
}

QTEST_MAIN(TestPdfText)
#include "TestPdfText.moc"
