#pragma once

#include <QFont>
#include <QRectF>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace liaison {

// Text and blocks flowing down pages, breaking to a new page when full, with
// a footer on each. Runs twice: a dry run (no painter) counts the pages so
// that the real run can print "page x of y".
class PageFlow
{
public:
    // `painter` null: dry run.
    PageFlow(QPagedPaintDevice &device, QPainter *painter, const QString &footerText, int pageTotal);

    bool isDryRun() const { return m_painter == nullptr; }
    QPainter *painter() const { return m_painter; }
    QPagedPaintDevice &device() const { return m_device; }
    double em() const { return m_em; }
    double width() const { return m_content.width(); }
    int pageCount() const { return m_page; }
    QFont font(double pointSize, bool bold = false) const;

    void title(const QString &text, const QString &subtitle);
    // `keepWith`: room to keep on the same page for what follows it.
    void heading(const QString &text, double keepWith = 0);
    void paragraph(const QString &text, bool muted = false);
    // Columns as fractions of the width; the first row is the header.
    void table(const QList<double> &columns, const QList<QStringList> &rows);
    // Space for a drawing `height` tall (moving to a new page when needed);
    // `draw` gets its rectangle, and is not called in a dry run.
    void block(double height, const std::function<void(QPainter &, const QRectF &)> &draw);
    void space(double ems);
    // Ends the last page (its footer).
    void finish();

private:
    void ensure(double height);
    void newPage();
    void footer();
    double textHeight(const QString &text, const QFont &font, double width) const;

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    QString m_footerText;
    int m_pageTotal;
    int m_page = 1;
    double m_em = 1;
    QRectF m_content;
    double m_y = 0;
};

} // namespace liaison
