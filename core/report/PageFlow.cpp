#include "PageFlow.h"

#include "PdfText.h"
#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace liaison {

namespace {
const QColor kInk(0x22, 0x2B, 0x36);
const QColor kMuted(0x5C, 0x67, 0x73);
const QColor kRule(0xC3, 0xCA, 0xD1);
const QColor kHeaderBack(0xEE, 0xF2, 0xF6);
} // namespace

PageFlow::PageFlow(QPagedPaintDevice &device, QPainter *painter, const QString &footerText, int pageTotal)
    : m_device(device)
    , m_painter(painter)
    , m_footerText(footerText)
    , m_pageTotal(pageTotal)
{
    m_em = QFontMetricsF(font(9)).height();
    // Leave room for the footer.
    m_content = QRectF(0, 0, device.width(), device.height() - 2.2 * m_em);
    m_y = m_content.top();
}

QFont PageFlow::font(double pointSize, bool bold) const
{
    return QFont(ReportStyle::font(pointSize, bold), &m_device);
}

double PageFlow::textHeight(const QString &text, const QFont &f, double width) const
{
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

void PageFlow::ensure(double height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        newPage();
}

void PageFlow::newPage()
{
    footer();
    if (m_painter)
        m_device.newPage();
    ++m_page;
    m_y = m_content.top();
}

void PageFlow::footer()
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    const QFont f = font(7);
    const double h = QFontMetricsF(f).height();
    const double top = m_device.height() - h;
    p.setPen(QPen(kRule, qMax(1.0, m_em / 14)));
    p.drawLine(QPointF(0, top - 0.3 * h), QPointF(m_device.width(), top - 0.3 * h));
    p.setFont(f);
    p.setPen(kMuted);
    PdfText::draw(p, QRectF(0, top, m_device.width(), h), Qt::AlignLeft | Qt::AlignVCenter, m_footerText);
    PdfText::draw(p, QRectF(0, top, m_device.width(), h), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("Page %1 of %2").arg(m_page).arg(m_pageTotal));
}

void PageFlow::title(const QString &text, const QString &subtitle)
{
    const QFont big = font(18, true);
    const QFont sub = font(10);
    const double h1 = textHeight(text, big, width());
    const double h2 = textHeight(subtitle, sub, width());
    ensure(h1 + h2 + m_em);
    if (m_painter) {
        m_painter->setFont(big);
        m_painter->setPen(kInk);
        PdfText::draw(*m_painter, QRectF(m_content.left(), m_y, width(), h1), Qt::TextWordWrap, text);
        m_painter->setFont(sub);
        m_painter->setPen(kMuted);
        PdfText::draw(*m_painter, QRectF(m_content.left(), m_y + h1, width(), h2), Qt::TextWordWrap, subtitle);
        m_painter->setPen(QPen(QColor(0x00, 0x72, 0xB2), m_em / 6));
        m_painter->drawLine(QPointF(m_content.left(), m_y + h1 + h2 + 0.4 * m_em),
                            QPointF(m_content.right(), m_y + h1 + h2 + 0.4 * m_em));
    }
    m_y += h1 + h2 + m_em;
}

void PageFlow::heading(const QString &text, double keepWith)
{
    const QFont f = font(12, true);
    const double h = QFontMetricsF(f).height();
    ensure(h + qMax(4 * m_em, keepWith)); // never a heading alone at the foot of a page
    m_y += 0.6 * m_em;
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(kInk);
        PdfText::draw(*m_painter, QRectF(m_content.left(), m_y, width(), h), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    m_y += h + 0.3 * m_em;
}

void PageFlow::paragraph(const QString &text, bool muted)
{
    const QFont f = font(9);
    const double h = textHeight(text, f, width());
    ensure(h);
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(muted ? kMuted : kInk);
        PdfText::draw(*m_painter, QRectF(m_content.left(), m_y, width(), h), Qt::TextWordWrap, text);
    }
    m_y += h + 0.3 * m_em;
}

void PageFlow::table(const QList<double> &columns, const QList<QStringList> &rows)
{
    const QFont body = font(8.5);
    const QFont head = font(8.5, true);
    const double pad = 0.3 * m_em;
    auto rowHeight = [&](const QStringList &row, const QFont &f) {
        double h = 0;
        for (int c = 0; c < columns.size() && c < row.size(); ++c)
            h = qMax(h, textHeight(row.at(c), f, columns.at(c) * width() - 2 * pad));
        return h + 2 * pad;
    };
    auto drawRow = [&](const QStringList &row, const QFont &f, double h, bool header, bool shaded) {
        if (!m_painter)
            return;
        QPainter &p = *m_painter;
        if (header)
            p.fillRect(QRectF(m_content.left(), m_y, width(), h), kHeaderBack);
        else if (shaded)
            p.fillRect(QRectF(m_content.left(), m_y, width(), h), QColor(0xF8, 0xF9, 0xFB));
        p.setFont(f);
        p.setPen(kInk);
        double x = m_content.left();
        for (int c = 0; c < columns.size() && c < row.size(); ++c) {
            const double w = columns.at(c) * width();
            PdfText::draw(p, QRectF(x + pad, m_y + pad, w - 2 * pad, h - 2 * pad), Qt::TextWordWrap, row.at(c));
            x += w;
        }
        p.setPen(QPen(kRule, qMax(1.0, m_em / 16)));
        p.drawLine(QPointF(m_content.left(), m_y + h), QPointF(m_content.right(), m_y + h));
    };
    if (rows.isEmpty())
        return;
    const double headerHeight = rowHeight(rows.first(), head);
    ensure(headerHeight + (rows.size() > 1 ? rowHeight(rows.at(1), body) : 0));
    drawRow(rows.first(), head, headerHeight, true, false);
    m_y += headerHeight;
    for (int r = 1; r < rows.size(); ++r) {
        const double h = rowHeight(rows.at(r), body);
        if (m_y + h > m_content.bottom()) {
            newPage();
            drawRow(rows.first(), head, headerHeight, true, false); // the header again on the new page
            m_y += headerHeight;
        }
        drawRow(rows.at(r), body, h, false, r % 2 == 0);
        m_y += h;
    }
    m_y += 0.5 * m_em;
}

void PageFlow::block(double height, const std::function<void(QPainter &, const QRectF &)> &draw)
{
    ensure(height);
    if (m_painter)
        draw(*m_painter, QRectF(m_content.left(), m_y, width(), height));
    m_y += height + 0.5 * m_em;
}

void PageFlow::space(double ems)
{
    m_y += ems * m_em;
}

void PageFlow::finish()
{
    footer();
}

} // namespace liaison
