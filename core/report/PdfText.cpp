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

// Generated at build time by report/fonts/make_text_layer_font.py.
const char *const textLayerResource = ":/liaison/fonts/LiaisonTamilText.ttf";

bool registerTextLayerFont()
{
    QFile file(QString::fromLatin1(textLayerResource));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return QFontDatabase::addApplicationFontFromData(file.readAll()) >= 0;
}

bool isPdf(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Pdf;
}

QFont textLayerFont(const QFont &visible)
{
    QFont font = visible;
    QStringList families = visible.families();
    if (families.isEmpty())
        families << visible.family();
    families.prepend(textLayerFamily());
    font.setFamilies(families);
    // No kerning or ligatures: one glyph per character is the point.
    font.setKerning(false);
    return font;
}

} // namespace

QString textLayerFamily()
{
    static const bool registered = registerTextLayerFont();
    Q_UNUSED(registered);
    return QStringLiteral("Liaison Tamil Text");
}

bool needsTextLayer(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Tamil)
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

    const QFont layerFont = textLayerFont(painter.font());
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
