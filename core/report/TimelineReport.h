#pragma once

#include "query/ActivityFilter.h"
#include "timeline/TimelineData.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace liaison {

class Database;
class TimelineSource;

// The timeline on paper: a range of time cut into pages at a readable scale,
// each page with the title, the filters in force, a legend, the axis for its
// own stretch of time, "page x of y" and the date. Paints through
// TimelinePainter onto any paged device — a QPdfWriter or a QPrinter.
class TimelineReport
{
public:
    struct Options
    {
        QString title = QStringLiteral("Timeline of activities");
        QString filterDescription; // what the filter says, for people
        ActivityFilter filter;     // from/to give the range; open ends take the data's
        TimelineLanes lanes = TimelineLanes::Kind;
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QPageLayout::Orientation orientation = QPageLayout::Landscape;
        QDate printedOn = QDate::currentDate();
    };

    TimelineReport(Database &db, const Options &options);
    ~TimelineReport();

    // False (with `error` for people) when nothing matches: no empty PDF.
    bool prepare(QString *error);
    int pageCount() const { return int(m_pages.size()); }
    // How many months one page holds at this paper size and orientation.
    static int monthsPerPage(const QPageSize &size, QPageLayout::Orientation orientation);

    // Called after each page with the pages done and their number; returning
    // false stops the painting (a user's Cancel).
    using Progress = std::function<bool(int done, int pages)>;

    // Paints every page; the device must already have this page layout.
    // False when `progress` stopped it.
    bool paint(QPagedPaintDevice &device, QPainter &painter, const Progress &progress = {});
    QPageLayout pageLayout() const;

    // Writes a PDF, all or nothing (an existing file is replaced only once the
    // new one is complete); false with `error` when nothing matches, the file
    // cannot be written or `progress` stopped it.
    bool writePdf(const QString &path, QString *error, const Progress &progress = {});

private:
    Database &m_db;
    Options m_options;
    QList<QPair<qint64, qint64>> m_pages; // first and last day (inclusive) per page
    int m_skippedPages = 0;
    std::unique_ptr<TimelineSource> m_source; // counts loaded once for prepare and paint
};

} // namespace liaison
