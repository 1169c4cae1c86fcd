#pragma once

#include "query/ActivityFilter.h"
#include "query/ChartData.h"

#include <QDate>
#include <QImage>
#include <QSize>

class QPainter;
class QRectF;

namespace liaison {

class Database;

// Draws charts outside the window: a chart to PNG, SVG or PDF (by the file's
// suffix), the whole dashboard as a one-page PDF report, and the activity
// chart inside the briefing pack. Needs a QApplication (Qt Charts draws with
// graphics-view widgets); headless runs use the offscreen platform.
class ChartExporter
{
public:
    static constexpr QSize kDefaultSize = QSize(900, 560);

    static QStringList suffixes() { return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}; }
    // False with `error` when the suffix is unknown or the file cannot be written.
    static bool save(const ChartData &data, const QString &path, QString *error, const QSize &size = kDefaultSize);
    static QImage image(const ChartData &data, const QSize &size = kDefaultSize, qreal scale = 2);
    // Paints the chart laid out at `size` (logical pixels) into `target`.
    // On paper (`minimumPoints` > 0) its fonts are made large enough that no
    // text prints smaller than that once scaled into `target`.
    static void paint(const ChartData &data, QPainter &painter, const QRectF &target, const QSize &size = kDefaultSize,
                      double minimumPoints = 0);
    // The smallest text printed on paper: axis ticks, bar values, legends.
    static constexpr double kMinimumPrintPoints = 8.5;

    // One A4 landscape page: title, the filters in force, date printed, and every chart.
    static bool writeDashboardPdf(const QList<ChartData> &charts, const QString &title, const QString &filters,
                                  const QDate &printedOn, const QString &path, QString *error);

    // For BriefingPack: the partnership's activity per quarter as the
    // dashboard draws it. False when no widgets can be made (no QApplication)
    // or nothing matches, and the pack then paints its own chart.
    static bool paintPartnershipActivity(QPainter &painter, const QRectF &rect, Database &db, qint64 partnershipId);
    // Installs paintPartnershipActivity as BriefingPack's activity chart.
    static void installBriefingChart();
};

} // namespace liaison
