// Timeline benchmark: repaint times at three zoom levels on a large database,
// and the PDF export time for 10,000 activities. Prints figures; asserts nothing.
//   liaison_bench_timeline [--db PATH (copied first)] [--activities N] [--pdf-activities N]
#include "demo/DataGenerator.h"
#include "report/TimelineReport.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelinePainter.h"
#include "timeline/TimelineSource.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace liaison;

namespace {
double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

struct Figures
{
    QList<double> values;
    void add(double v) { values.append(v); }
    double median() const
    {
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v.at(v.size() / 2);
    }
    double max() const { return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend()); }
};

// One frame as the widget draws it: ask the source, lay out, paint.
void frame(TimelineSource &source, QImage &image, double first, double last, bool *dense, int *marks,
           double *layoutMs, double *paintMs)
{
    QElapsedTimer timer;
    timer.start();
    TimelineLayout::Options options;
    options.font = QFont(QStringLiteral("Noto Sans"), 9);
    const QRectF rect(0, 0, image.width(), image.height() - 60);
    const double em = QFontMetricsF(options.font).height();
    const TimelineContent content = source.content(first, last, (rect.width() - options.gutterEms * em) / em);
    const TimelineLayout layout(content, rect, first, last, options);
    *layoutMs = ms(timer);
    timer.restart();
    QPainter painter(&image);
    painter.fillRect(image.rect(), Qt::white);
    TimelinePainter::paint(painter, layout, content, options.font);
    TimelinePainter::paintLegend(painter, QRectF(8, rect.bottom() + 4, rect.width() - 16, 56), options.font, content.dense);
    painter.end();
    *paintMs = ms(timer);
    *dense = content.dense;
    *marks = int(content.marks.size());
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("an existing database to copy and use"), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("activities"), QStringLiteral("activities to generate when no --db"), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("pdf-activities"), QStringLiteral("activities for the PDF export"), QStringLiteral("N"),
                      QStringLiteral("10000")});
    // ./dev bench passes the same arguments to every bench program: ignore the others' options.
    parser.parse(app.arguments());
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.sqlite"));
    try {
        QElapsedTimer timer;
        // --db, else the 1M-activity database ./dev bench generated for every bench.
        const QString shared = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                  : qEnvironmentVariable("LIAISON_BENCH_DB");
        if (!shared.isEmpty()) {
            if (!QFile::copy(shared, path)) {
                out << "cannot copy " << shared << "\n";
                return 1;
            }
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        } else {
            Database db;
            db.open(DatabaseLocation::sqliteFile(path));
            Repository repo(db);
            DataGenerator::Options options;
            options.activities = parser.value(QStringLiteral("activities")).toLongLong();
            timer.start();
            DataGenerator::generate(repo, options);
            out << "generated " << options.activities << " activities in " << ms(timer) / 1000 << " s\n";
        }
        Database db;
        db.open(DatabaseLocation::sqliteFile(path));
        TimelineSource source(db);
        timer.start();
        const qint64 total = source.totalCount(); // lanes and per-day counts: once per filter
        out << "timeline: " << total << " activities; lanes and per-day counts loaded in " << ms(timer)
            << " ms (once per filter)\n";
        timer.restart();
        qint64 firstDay = 0, lastDay = 0;
        source.bounds(&firstDay, &lastDay);
        out << "bounds in " << ms(timer) << " ms: " << QDate::fromJulianDay(firstDay).toString(Qt::ISODate) << " – "
            << QDate::fromJulianDay(lastDay).toString(Qt::ISODate) << "\n";

        QImage image(1200, 560, QImage::Format_ARGB32_Premultiplied);
        struct Zoom
        {
            const char *name;
            double span;
        };
        const Zoom zooms[] = {{"decade", 3652.5}, {"year", 365.25}, {"week", 7}, {"day", 1.5}};
        auto measure = [&](const QString &what, double middle) {
            for (const Zoom &zoom : zooms) {
                Figures changed, repaint;
                bool dense = false;
                int marks = 0;
                // A view change (pan by an eighth of the width, ten times): source, layout and paint.
                for (int step = 0; step < 10; ++step) {
                    const double first = middle - zoom.span / 2 + step * zoom.span / 8;
                    double layoutMs = 0, paintMs = 0;
                    frame(source, image, first, first + zoom.span, &dense, &marks, &layoutMs, &paintMs);
                    changed.add(layoutMs + paintMs);
                    repaint.add(paintMs); // the widget keeps the layout until the view changes
                }
                out << QStringLiteral("%1, zoom %2 (%3 days): %4, %5 marks; view change median %6 ms, max %7 ms; "
                                      "repaint median %8 ms, max %9 ms\n")
                           .arg(what, QLatin1String(zoom.name))
                           .arg(zoom.span)
                           .arg(dense ? QStringLiteral("density") : QStringLiteral("marks"))
                           .arg(marks)
                           .arg(changed.median(), 0, 'f', 2)
                           .arg(changed.max(), 0, 'f', 2)
                           .arg(repaint.median(), 0, 'f', 2)
                           .arg(repaint.max(), 0, 'f', 2);
                out.flush();
            }
        };
        measure(QStringLiteral("all activities"), (firstDay + lastDay) / 2.0);
        // One partnership's timeline in the big database: marks, not density.
        ActivityFilter filter;
        filter.partnershipIds = {1};
        source.setFilter(filter);
        timer.restart();
        const qint64 partnershipTotal = source.totalCount();
        source.bounds(&firstDay, &lastDay);
        out << "partnership 1: " << partnershipTotal << " activities; counts and bounds in " << ms(timer) << " ms\n";
        measure(QStringLiteral("partnership 1"), (firstDay + lastDay) / 2.0);
        out.flush();

        // The PDF of a 10,000-activity database, whole range, lanes by kind.
        const QString small = dir.filePath(QStringLiteral("pdf.sqlite"));
        {
            Database pdfDb;
            pdfDb.open(DatabaseLocation::sqliteFile(small));
            Repository repo(pdfDb);
            DataGenerator::Options options;
            options.activities = parser.value(QStringLiteral("pdf-activities")).toLongLong();
            options.organisations = 200;
            options.people = 1000;
            options.partnerships = 50;
            DataGenerator::generate(repo, options);
        }
        Database pdfDb;
        pdfDb.open(DatabaseLocation::sqliteFile(small));
        timer.restart();
        TimelineReport::Options options;
        TimelineReport report(pdfDb, options);
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("timeline.pdf"));
        if (!report.prepare(&error) || !report.writePdf(pdf, &error)) {
            out << "export failed: " << error << "\n";
            return 1;
        }
        out << "export-pdf of " << parser.value(QStringLiteral("pdf-activities")) << " activities: " << ms(timer) / 1000
            << " s, " << report.pageCount() << " pages, " << QFileInfo(pdf).size() / 1024 << " KiB\n";
    } catch (const StorageError &e) {
        out << "error: " << e.message() << "\n";
        return 1;
    }
    return 0;
}
