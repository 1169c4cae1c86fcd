#pragma once

#include <QChar>
#include <QRectF>
#include <QString>

class QPainter;

namespace liaison {

// The one way Liaison's printed outputs draw text: like
// QPainter::drawText(rect, flags, text), and exactly that on screen.
//
// On a PDF device, text that needs complex shaping (Tamil and the other
// Indic scripts) is drawn
// twice. Qt's PDF engine maps glyphs back to characters only through the
// font's cmap, so Tamil ligatures and reordered vowel signs would extract as
// garbage. Instead the visible text is filled as glyph outlines (shaped
// properly, but no text object), and the same string is drawn again, fully
// transparent and stretched over it, in a text-layer font derived from the
// script's Noto Sans font without shaping tables: one glyph per character,
// each with a cmap entry, so copying and pdftotext read the name as typed.
namespace PdfText {

void draw(QPainter &painter, const QRectF &rect, int flags, const QString &text);

// Whether draw() would give this string the outline + text-layer treatment
// on a PDF device.
bool needsTextLayer(const QString &text);

// Family of the text-layer font for a script (registered on first use);
// empty when the script needs none.
QString textLayerFamily(QChar::Script script);

} // namespace PdfText
} // namespace liaison
