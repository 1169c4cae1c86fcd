#include "TimelineReport.h"

#include "PdfText.h"
#include "ReportStyle.h"
#include "storage/OutputFileGuard.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelinePainter.h"
#include "timeline/TimelineSource.h"

#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace liaison {

namespace {
QString dayText(qint64 day)
{
    return QLocale::c().toString(QDate::fromJulianDay(day), QStringLiteral("d MMM yyyy"));
}
} // namespace

TimelineReport::TimelineReport(Database &db, const Options &options)
    : m_db(db)
    , m_options(options)
    , m_source(std::make_unique<TimelineSource>(db))
{
    m_source->setFilter(m_options.filter);
    m_source->setLanes(m_options.lanes);
}

TimelineReport::~TimelineReport() = default;

int TimelineReport::monthsPerPage(const QPageSize &size, QPageLayout::Orientation orientation)
{
    // About 2 cm of paper per month: room for a label or two per month in each lane.
    const double widthMm = orientation == QPageLayout::Landscape ? size.size(QPageSize::Millimeter).height()
                                                                 : size.size(QPageSize::Millimeter).width();
    return qMax(3, int((widthMm - 24 - 40) / 19.0));
}

QPageLayout TimelineReport::pageLayout() const
{
    return QPageLayout(m_options.pageSize, m_options.orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

bool TimelineReport::prepare(QString *error)
{
    m_pages.clear();
    m_skippedPages = 0;
    TimelineSource &source = *m_source;
    qint64 first = 0, last = 0;
    if (!source.bounds(&first, &last) || source.totalCount() == 0) {
        if (error)
            *error = QStringLiteral("no activities match the selection (%1)")
                         .arg(m_options.filterDescription.isEmpty() ? QStringLiteral("all activities")
                                                                    : m_options.filterDescription);
        return false;
    }
    if (m_options.filter.from.isValid())
        first = m_options.filter.from.toJulianDay();
    if (m_options.filter.to.isValid())
        last = m_options.filter.to.toJulianDay();
    // Pages begin on whole months; each covers the same span so that the
    // scale does not change from page to page.
    const QDate start = QDate::fromJulianDay(first);
    QDate pageStart(start.year(), start.month(), 1);
    const int months = monthsPerPage(m_options.pageSize, m_options.orientation);
    const QDate end = QDate::fromJulianDay(last);
    const int spanMonths = (end.year() - pageStart.year()) * 12 + end.month() - pageStart.month() + 1;
    if (spanMonths <= months) {
        // One page: fit the range exactly, with a little air on both sides.
        const qint64 air = qMax<qint64>(2, (last - first) / 40);
        m_pages.append({first - air, last + air});
        return true;
    }
    // A stretch with nothing in it gets no page of its own (when the range
    // came from the data; an asked-for range prints whole).
    const bool skipEmpty = !m_options.filter.from.isValid() && !m_options.filter.to.isValid();
    while (pageStart.toJulianDay() <= last) {
        const QDate next = pageStart.addMonths(months);
        const qint64 pageFirst = pageStart.toJulianDay(), pageLast = next.toJulianDay() - 1;
        const auto hasActivities = [&] {
            // Starts counted per day answer most pages; only a page with none
            // asks whether a long span from before runs through it.
            if (source.countStarting(pageFirst, pageLast) > 0)
                return true;
            return !source.content(double(pageFirst), double(pageLast), 1e9).marks.isEmpty();
        };
        if (!skipEmpty || hasActivities())
            m_pages.append({pageFirst, pageLast});
        else
            ++m_skippedPages;
        pageStart = next;
    }
    return !m_pages.isEmpty();
}

bool TimelineReport::paint(QPagedPaintDevice &device, QPainter &painter, const Progress &progress)
{
    TimelineSource &source = *m_source;
    const QFont body = ReportStyle::font(8);
    const QFont small = ReportStyle::font(7);
    const QFont titleFont = ReportStyle::font(15, true);
    const QString printed = QLocale::c().toString(m_options.printedOn, QStringLiteral("d MMMM yyyy"));
    const QString filters = m_options.filterDescription.isEmpty() ? QStringLiteral("All activities")
                                                                  : m_options.filterDescription;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        const QRectF page = QRectF(QPointF(0, 0), QSizeF(device.width(), device.height()));
        const double em = QFontMetricsF(body, &device).height();
        painter.setRenderHint(QPainter::Antialiasing);

        // Header: title, then what is shown, then the stretch of time on this page.
        painter.setFont(titleFont);
        painter.setPen(QColor(0x22, 0x2B, 0x36));
        const double titleHeight = QFontMetricsF(titleFont, &device).height();
        PdfText::draw(painter, QRectF(page.left(), page.top(), page.width() * 0.75, titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, m_options.title);
        painter.setFont(body);
        painter.setPen(QColor(0x5C, 0x67, 0x73));
        PdfText::draw(painter, QRectF(page.left(), page.top(), page.width(), titleHeight), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Printed %1").arg(printed));
        double y = page.top() + titleHeight + 0.2 * em;
        painter.setPen(QColor(0x22, 0x2B, 0x36));
        PdfText::draw(painter, QRectF(page.left(), y, page.width(), em), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("Showing: %1 · lanes by %2 · this page %3 – %4%5")
                             .arg(filters, timelineLanesName(m_options.lanes), dayText(m_pages.at(i).first),
                                  dayText(m_pages.at(i).second),
                                  m_skippedPages > 0 ? QStringLiteral(" · %1 stretches without activities left out").arg(m_skippedPages)
                                                     : QString()));
        y += 1.4 * em;
        const double legendHeight = TimelinePainter::legendHeight(page, QFont(small, &device));

        // Footer.
        const double footerTop = page.bottom() - em;
        painter.setFont(small);
        painter.setPen(QColor(0x5C, 0x67, 0x73));
        painter.setPen(QPen(QColor(0xC3, 0xCA, 0xD1), qMax(1.0, em / 14)));
        painter.drawLine(QPointF(page.left(), footerTop - 0.3 * em), QPointF(page.right(), footerTop - 0.3 * em));
        painter.setPen(QColor(0x5C, 0x67, 0x73));
        PdfText::draw(painter, QRectF(page.left(), footerTop, page.width(), em), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("Liaison · %1 · printed %2").arg(m_options.title, printed));
        QString pageText = QStringLiteral("Page %1 of %2").arg(i + 1).arg(m_pages.size());
        if (i + 1 < m_pages.size())
            pageText = QStringLiteral("continues on the next page →   ") + pageText;
        PdfText::draw(painter, QRectF(page.left(), footerTop, page.width(), em), Qt::AlignRight | Qt::AlignVCenter, pageText);

        // Legend above the footer, the timeline between.
        const QRectF legendRect(page.left(), footerTop - 0.6 * em - legendHeight, page.width(), legendHeight);
        const QRectF timelineRect(page.left(), y, page.width(), legendRect.top() - y - 0.6 * em);
        TimelineLayout::Options options;
        options.font = body;
        options.maxRowsPerLane = 10;
        // Layout needs the device's metrics: build the font for it.
        const QFont deviceFont(body, &device);
        options.font = deviceFont;
        const double deviceEm = QFontMetricsF(deviceFont).height();
        const double firstDay = double(m_pages.at(i).first), lastDay = double(m_pages.at(i).second + 1);
        const double widthEms = (timelineRect.width() - options.gutterEms * deviceEm) / deviceEm;
        const TimelineContent content = source.content(firstDay, lastDay, widthEms, 8.0);
        const TimelineLayout layout(content, timelineRect, firstDay, lastDay, options);
        TimelinePainter::paint(painter, layout, content, deviceFont);
        // The legend follows the lanes when they end early.
        const QRectF legendAt(legendRect.left(), qMin(legendRect.top(), layout.plotRect().bottom() + 0.8 * em),
                              legendRect.width(), legendRect.height());
        TimelinePainter::paintLegend(painter, legendAt, QFont(small, &device), content.dense);
        if (content.moreLanes > 0) {
            painter.setFont(QFont(small, &device));
            painter.setPen(QColor(0x5C, 0x67, 0x73));
            PdfText::draw(painter, QRectF(timelineRect.left(), timelineRect.bottom() - em, options.gutterEms * deviceEm, em),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("+%1 more lanes").arg(content.moreLanes));
        }
        if (progress && !progress(i + 1, int(m_pages.size())))
            return false;
    }
    return true;
}

bool TimelineReport::writePdf(const QString &path, QString *error, const Progress &progress)
{
    if (m_pages.isEmpty() && !prepare(error))
        return false;
    const std::unique_ptr<QSaveFile> output = OutputFileGuard::open(path, error);
    if (!output)
        return false;
    QSaveFile &file = *output;
    bool complete = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(pageLayout());
        writer.setTitle(m_options.title);
        writer.setCreator(QStringLiteral("Liaison"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        complete = paint(writer, painter, progress);
        painter.end(); // the PDF's trailer, before the file is committed
    }
    if (!complete) {
        file.cancelWriting();
        if (error)
            *error = QStringLiteral("cancelled");
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace liaison
