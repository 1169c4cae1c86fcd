#include "ChartExporter.h"

#include "ChartBuilder.h"
#include "report/BriefingPack.h"
#include "storage/ActivityAggregates.h"
#include "storage/OutputFileGuard.h"

#include <QApplication>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPieSeries>
#include <QPieSlice>
#include <QChartView>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QThread>

#include <memory>

namespace liaison {

namespace {
// Every font of a chart smaller than `points` made that size (titles and
// others already larger stay as they are); returns the smallest before.
double raiseFonts(QChart *chart, double points)
{
    double smallest = 1e9;
    const auto raised = [&](QFont font) {
        smallest = qMin(smallest, font.pointSizeF());
        if (font.pointSizeF() < points)
            font.setPointSizeF(points);
        return font;
    };
    chart->setTitleFont(raised(chart->titleFont()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(raised(axis->labelsFont()));
        axis->setTitleFont(raised(axis->titleFont()));
    }
    const double legendBefore = chart->legend()->font().pointSizeF();
    chart->legend()->setFont(raised(chart->legend()->font()));
    if (legendBefore > 0 && chart->legend()->minimumWidth() > 0)
        chart->legend()->setMinimumWidth(chart->legend()->minimumWidth() * chart->legend()->font().pointSizeF() / legendBefore);
    // The message of an empty chart ("No activities match these filters").
    for (QGraphicsItem *item : chart->childItems())
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text->setFont(raised(text->font()));
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(raised(set->labelFont()));
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                slice->setLabelFont(raised(slice->labelFont()));
        }
    }
    return smallest;
}

// A view laid out at `size` and never on screen: Qt Charts lays out (and cuts
// axis labels to the room it finds) only once its view has been shown. With
// `pointsPerPixel` (paper), fonts grow until the smallest prints at `minimumPoints`.
std::unique_ptr<QChartView> layOut(const ChartData &data, const QSize &size, double pointsPerPixel = 0,
                                   double minimumPoints = 0)
{
    auto view = std::make_unique<QChartView>(ChartBuilder::build(data));
    if (pointsPerPixel > 0 && minimumPoints > 0) {
        // A font of P points is P * dpi / 72 pixels on the view, each printed pointsPerPixel points.
        const double printedPerPoint = view->logicalDpiY() / 72.0 * pointsPerPixel;
        if (printedPerPoint > 0)
            raiseFonts(view->chart(), minimumPoints / printedPerPoint);
    }
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->show();
    view->resize(size);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    return view;
}

void render(QChartView &view, QPainter &painter, const QRectF &target)
{
    view.render(&painter, target, QRect(QPoint(0, 0), view.size()), Qt::IgnoreAspectRatio);
}

bool canDrawCharts()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr
        && QThread::currentThread() == QCoreApplication::instance()->thread();
}
} // namespace

void ChartExporter::paint(const ChartData &data, QPainter &painter, const QRectF &target, const QSize &size,
                          double minimumPoints)
{
    // Below about 420 px of height Qt Charts cuts category labels to "…":
    // lay small charts out larger and scale them into the target.
    const double grow = qMax(1.0, 420.0 / qMax(1, size.height()));
    const QSize laidOut(qRound(size.width() * grow), qRound(size.height() * grow));
    // Points on paper per pixel of the layout: the target's height in points over the layout's.
    const double devicePointsPerUnit = 72.0 / qMax(1, painter.device()->logicalDpiY());
    const double pointsPerPixel = target.height() * devicePointsPerUnit / laidOut.height();
    // On paper, a list of bars keeps as many as its height holds at that
    // size, and says so in its title ("top 6 of 15"): more were cut to "…".
    ChartData fitted = data;
    if (minimumPoints > 0 && data.chart != DashboardChart::ActivityPerPeriod
        && data.chart != DashboardChart::IntroductionOutcomes) {
        const double heightPoints = target.height() * devicePointsPerUnit;
        const double line = 1.3 * minimumPoints;
        const int fit = qMax(3, int((heightPoints - 6 * line) / (1.45 * line)));
        if (fitted.bars.size() > fit) {
            fitted.moreBars += int(fitted.bars.size()) - fit;
            fitted.bars = fitted.bars.mid(0, fit);
        }
    }
    auto view = layOut(fitted, laidOut, pointsPerPixel, minimumPoints);
    render(*view, painter, target);
}

QImage ChartExporter::image(const ChartData &data, const QSize &size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(data, painter, QRectF(QPointF(0, 0), QSizeF(size)), size);
    painter.end();
    return image;
}

bool ChartExporter::save(const ChartData &data, const QString &path, QString *error, const QSize &size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return fail(QStringLiteral("%1: the file must end in .png, .svg or .pdf").arg(path));
    QString refused;
    const std::unique_ptr<QSaveFile> file = OutputFileGuard::open(path, &refused);
    if (!file)
        return fail(refused);
    const auto commit = [&] {
        return file->commit() || fail(QStringLiteral("cannot write %1: %2").arg(path, file->errorString()));
    };
    if (suffix == QLatin1String("png")) {
        if (!image(data, size).save(file.get(), "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(path));
        return commit();
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(file.get());
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(dashboardChartTitle(data.chart));
        svg.setDescription(QStringLiteral("Liaison dashboard chart"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(QStringLiteral("cannot write %1").arg(path));
        paint(data, painter, QRectF(QPointF(0, 0), QSizeF(size)), size);
        painter.end();
        return commit();
    }
    {
        QPdfWriter pdf(file.get());
        pdf.setCreator(QStringLiteral("Liaison"));
        pdf.setTitle(dashboardChartTitle(data.chart));
        pdf.setResolution(300);
        // A page the chart's shape (in points), so it drops into a report as is.
        pdf.setPageSize(QPageSize(QSizeF(size.width() * 0.75, size.height() * 0.75), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(QStringLiteral("cannot write %1").arg(path));
        paint(data, painter, QRectF(0, 0, pdf.width(), pdf.height()), size, kMinimumPrintPoints);
        painter.end();
    }
    return commit();
}

bool ChartExporter::writeDashboardPdf(const QList<ChartData> &charts, const QString &title, const QString &filters,
                                      const QDate &printedOn, const QString &path, QString *error)
{
    const std::unique_ptr<QSaveFile> file = OutputFileGuard::open(path, error);
    if (!file)
        return false;
    QPdfWriter pdf(file.get());
    pdf.setCreator(QStringLiteral("Liaison"));
    pdf.setTitle(title);
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                  QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(0, 0, pdf.width(), pdf.height());
    const double dpi = pdf.resolution();
    QFont titleFont;
    titleFont.setPointSizeF(15);
    titleFont.setBold(true);
    QFont small;
    small.setPointSizeF(8.5);
    painter.setPen(QColor(0x1F, 0x29, 0x33));
    painter.setFont(titleFont);
    const double titleHeight = 15 / 72.0 * dpi * 1.5;
    painter.drawText(QRectF(page.left(), page.top(), page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(small);
    painter.setPen(QColor(0x5C, 0x67, 0x73));
    const double lineHeight = 8.5 / 72.0 * dpi * 1.5;
    const QString printed = QStringLiteral("Printed %1").arg(QLocale::c().toString(printedOn, QStringLiteral("d MMMM yyyy")));
    painter.drawText(QRectF(page.left(), page.top() + titleHeight, page.width(), lineHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Filters: %1").arg(filters.isEmpty() ? QStringLiteral("none (all activities)") : filters));
    painter.drawText(QRectF(page.left(), page.top(), page.width(), titleHeight), Qt::AlignRight | Qt::AlignVCenter, printed);
    const double top = page.top() + titleHeight + lineHeight * 1.4;
    const QRectF grid(page.left(), top, page.width(), page.bottom() - top);
    // Three rows of three cells; the activity and time-to-agreement charts take two.
    const double cw = grid.width() / 3, ch = grid.height() / 3;
    auto cell = [&](int row, int column, int span) {
        return QRectF(grid.left() + column * cw, grid.top() + row * ch, cw * span, ch).adjusted(6, 6, -6, -6);
    };
    QHash<DashboardChart, QRectF> place{
        {DashboardChart::ActivityPerPeriod, cell(0, 0, 2)},    {DashboardChart::PartnershipsByStage, cell(0, 2, 1)},
        {DashboardChart::TopOrganisations, cell(1, 0, 1)},     {DashboardChart::TopPeople, cell(1, 1, 1)},
        {DashboardChart::IntroductionOutcomes, cell(1, 2, 1)}, {DashboardChart::TimeToAgreement, cell(2, 0, 2)},
        {DashboardChart::ActivityPerCountry, cell(2, 2, 1)}};
    for (const ChartData &data : charts) {
        const QRectF target = place.value(data.chart);
        if (target.isEmpty())
            continue;
        // Laid out at about screen size for the cell's shape, then scaled down.
        const int height = 420;
        const QSize size(int(height * target.width() / target.height()), height);
        paint(data, painter, target, size, kMinimumPrintPoints);
        painter.setPen(QPen(QColor(0xE3, 0xE7, 0xEB), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target);
    }
    painter.end();
    if (!file->commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file->errorString());
        return false;
    }
    return true;
}

bool ChartExporter::paintPartnershipActivity(QPainter &painter, const QRectF &rect, Database &db, qint64 partnershipId)
{
    if (!canDrawCharts())
        return false;
    ActivityFilter filter;
    filter.partnershipIds = {partnershipId};
    const ChartData data = ActivityAggregates(db).chart(DashboardChart::ActivityPerPeriod, filter, PeriodGrouping::Quarter);
    if (data.isEmpty())
        return false;
    const int height = 420;
    paint(data, painter, rect, QSize(int(height * rect.width() / rect.height()), height), kMinimumPrintPoints);
    return true;
}

void ChartExporter::installBriefingChart()
{
    BriefingPack::setActivityChartPainter(&ChartExporter::paintPartnershipActivity);
}

} // namespace liaison
