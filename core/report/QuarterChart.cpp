#include "QuarterChart.h"

#include "domain/KindPalette.h"
#include "report/PdfText.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace liaison {

QuarterChart::QuarterChart(const QList<Activity> &activities)
{
    for (const Activity &a : activities) {
        const QDate d = a.when.first();
        if (!d.isValid())
            continue;
        ++m_counts[d.year() * 4 + (d.month() - 1) / 3][a.kind];
    }
}

void QuarterChart::paint(QPainter &painter, const QRectF &rect, const QFont &font) const
{
    if (m_counts.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font);
    const double em = fm.height();
    const int firstQuarter = m_counts.firstKey(), lastQuarter = m_counts.lastKey();
    const int quarters = lastQuarter - firstQuarter + 1;
    int maxTotal = 1;
    for (const auto &perKind : m_counts) {
        int total = 0;
        for (int n : perKind)
            total += n;
        maxTotal = qMax(maxTotal, total);
    }
    const QRectF plot = rect.adjusted(2.5 * em, 0.5 * em, -0.5 * em, -3.8 * em);
    const QColor grid(0xE3, 0xE7, 0xEB), ink(0x5C, 0x67, 0x73);
    painter.setFont(font);
    // A few whole-number gridlines.
    const int step = qMax(1, int(std::ceil(maxTotal / 4.0)));
    for (int v = 0; v <= maxTotal; v += step) {
        const double y = plot.bottom() - plot.height() * v / maxTotal;
        painter.setPen(QPen(grid, qMax(1.0, em / 16)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ink);
        PdfText::draw(painter, QRectF(rect.left(), y - em / 2, 2.2 * em, em), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(v));
    }
    const double slot = plot.width() / quarters;
    const double barWidth = qMin(slot * 0.7, 3 * em);
    for (int q = firstQuarter; q <= lastQuarter; ++q) {
        const double x = plot.left() + (q - firstQuarter) * slot + (slot - barWidth) / 2;
        double y = plot.bottom();
        const auto perKind = m_counts.value(q);
        for (ActivityKind kind : allActivityKinds()) {
            const int n = perKind.value(kind);
            if (n == 0)
                continue;
            const double h = plot.height() * n / maxTotal;
            painter.fillRect(QRectF(x, y - h, barWidth, h), KindPalette::color(kind));
            painter.setPen(QPen(Qt::white, qMax(1.0, em / 16)));
            painter.drawLine(QPointF(x, y - h), QPointF(x + barWidth, y - h));
            y -= h;
        }
        // Label quarters when there is room; years always at their first quarter.
        painter.setPen(ink);
        const QString label = QStringLiteral("Q%1").arg(q % 4 + 1);
        if (slot > fm.horizontalAdvance(label) + 0.3 * em)
            PdfText::draw(painter, QRectF(x - slot, plot.bottom() + 0.1 * em, barWidth + 2 * slot, em), Qt::AlignCenter, label);
        if (q % 4 == 0 || (q == firstQuarter && q % 4 < 2))
            PdfText::draw(painter, QRectF(plot.left() + (q - firstQuarter) * slot, plot.bottom() + 1.1 * em, 4 * slot, em),
                             Qt::AlignLeft | Qt::AlignVCenter, QString::number(q / 4));
    }
    painter.setPen(QPen(ink, qMax(1.0, em / 14)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    // A key for the kinds that appear.
    double x = plot.left();
    const double keyTop = plot.bottom() + 2.5 * em;
    for (ActivityKind kind : allActivityKinds()) {
        bool present = false;
        for (const auto &perKind : m_counts)
            present = present || perKind.value(kind) > 0;
        if (!present)
            continue;
        QString name = activityKindName(kind);
        name[0] = name.at(0).toUpper();
        painter.fillRect(QRectF(x, keyTop + 0.2 * em, 0.8 * em, 0.8 * em), KindPalette::color(kind));
        painter.setPen(ink);
        PdfText::draw(painter, QRectF(x + 1.1 * em, keyTop, fm.horizontalAdvance(name) + em, 1.2 * em),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        x += 2.2 * em + fm.horizontalAdvance(name);
    }
    painter.restore();
}

} // namespace liaison
