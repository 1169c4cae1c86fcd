#include "PdfText.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QStringList>
#include <QTextLayout>
#include <QTextOption>

namespace liaison::PdfText {

namespace {

// The scripts whose shaping breaks Qt's PDF text mapping, each with its
// text-layer font (generated at build time by report/fonts/make_text_layer_font.py).
struct TextLayerScript
{
    QChar::Script script;
    const char *name;
};
const TextLayerScript textLayerScripts[] = {
    {QChar::Script_Bengali, "Bengali"},   {QChar::Script_Devanagari, "Devanagari"}, {QChar::Script_Gujarati, "Gujarati"},
    {QChar::Script_Gurmukhi, "Gurmukhi"}, {QChar::Script_Kannada, "Kannada"},       {QChar::Script_Malayalam, "Malayalam"},
    {QChar::Script_Oriya, "Oriya"},       {QChar::Script_Sinhala, "Sinhala"},       {QChar::Script_Tamil, "Tamil"},
    {QChar::Script_Telugu, "Telugu"},
};

const TextLayerScript *textLayerScript(QChar::Script script)
{
    for (const TextLayerScript &s : textLayerScripts) {
        if (s.script == script)
            return &s;
    }
    return nullptr;
}

QString familyOf(const TextLayerScript &s)
{
    return QStringLiteral("Liaison %1 Text").arg(QLatin1String(s.name));
}

void registerTextLayerFonts()
{
    static const bool registered = [] {
        bool all = true;
        for (const TextLayerScript &s : textLayerScripts) {
            QFile file(QStringLiteral(":/liaison/fonts/Liaison%1Text.ttf").arg(QLatin1String(s.name)));
            all = file.open(QIODevice::ReadOnly) && QFontDatabase::addApplicationFontFromData(file.readAll()) >= 0 && all;
        }
        return all;
    }();
    Q_UNUSED(registered);
}

bool isPdf(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Pdf;
}

// The visible font with the text-layer families of the string's scripts
// first; everything else falls back to the visible families.
QFont textLayerFont(const QFont &visible, const QString &text)
{
    registerTextLayerFonts();
    QStringList families = visible.families();
    if (families.isEmpty())
        families << visible.family();
    for (const QChar c : text) {
        if (const TextLayerScript *s = textLayerScript(c.script())) {
            if (!families.contains(familyOf(*s)))
                families.prepend(familyOf(*s));
        }
    }
    QFont font = visible;
    font.setFamilies(families);
    // No kerning or ligatures: one glyph per character is the point.
    font.setKerning(false);
    return font;
}

} // namespace

QString textLayerFamily(QChar::Script script)
{
    registerTextLayerFonts();
    const TextLayerScript *s = textLayerScript(script);
    return s ? familyOf(*s) : QString();
}

bool needsTextLayer(const QString &text)
{
    for (const QChar c : text) {
        if (textLayerScript(c.script()))
            return true;
    }
    return false;
}

void draw(QPainter &painter, const QRectF &rect, int flags, const QString &text)
{
    if (!isPdf(painter) || !needsTextLayer(text)) {
        painter.drawText(rect, flags, text);
        return;
    }

    // Lay the text out the way QPainter::drawText(rect, flags, …) would.
    QTextLayout layout(text, painter.font(), painter.device());
    QTextOption option;
    option.setWrapMode((flags & Qt::TextWordWrap) ? QTextOption::WordWrap : QTextOption::ManualWrap);
    layout.setTextOption(option);
    const qreal leading = QFontMetricsF(painter.font(), painter.device()).leading();
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth((flags & Qt::TextWordWrap) ? rect.width() : 1e9);
        if (height > 0)
            height += leading;
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();

    qreal top = rect.top();
    if (flags & Qt::AlignBottom)
        top = rect.bottom() - height;
    else if (flags & Qt::AlignVCenter)
        top = rect.top() + (rect.height() - height) / 2;

    const QFont layerFont = textLayerFont(painter.font(), text);
    const QFontMetricsF layerMetrics(layerFont, painter.device());
    QPainterPath outlines;
    bool outside = false;
    struct Layer { QPointF baseline; qreal width; QString text; };
    QList<Layer> layers;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const qreal width = line.naturalTextWidth();
        qreal left = rect.left();
        if (flags & Qt::AlignRight)
            left = rect.right() - width;
        else if (flags & Qt::AlignHCenter)
            left = rect.left() + (rect.width() - width) / 2;
        const QPointF offset(left - line.x(), top);
        for (const QGlyphRun &run : line.glyphRuns()) {
            const QRawFont font = run.rawFont();
            const QList<quint32> glyphs = run.glyphIndexes();
            const QList<QPointF> positions = run.positions();
            for (int g = 0; g < glyphs.size(); ++g)
                outlines.addPath(font.pathForGlyph(glyphs.at(g)).translated(positions.at(g) + offset));
        }
        outside = outside || left < rect.left() || left + width > rect.right();
        const QString lineText = text.mid(line.textStart(), line.textLength()).trimmed();
        if (!lineText.isEmpty())
            layers.append({QPointF(left, top + line.y() + line.ascent()), width, lineText});
    }
    outside = outside || top < rect.top() || top + height > rect.bottom();

    painter.save();
    if (outside && !(flags & Qt::TextDontClip))
        painter.setClipRect(rect, Qt::IntersectClip);
    painter.fillPath(outlines, painter.pen().brush());
    painter.restore();

    // The text layer: invisible, stretched to cover the visible line so a
    // selection in a viewer highlights where the name is.
    painter.save();
    painter.setFont(layerFont);
    painter.setPen(QColor(0, 0, 0, 0));
    for (const Layer &layer : layers) {
        const qreal natural = layerMetrics.horizontalAdvance(layer.text);
        painter.save();
        painter.translate(layer.baseline);
        if (natural > 0 && layer.width > 0)
            painter.scale(layer.width / natural, 1);
        painter.drawText(QPointF(0, 0), layer.text);
        painter.restore();
    }
    painter.restore();
}

} // namespace liaison::PdfText
