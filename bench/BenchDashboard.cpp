// Dashboard benchmark: the time each chart's aggregate takes on a large
// database, unfiltered and with typical filters, and the whole dashboard (what
// the page's worker thread computes per filter change). Prints figures only.
//   liaison_bench_dashboard [--db PATH|postgresql://…] [--activities N]
// A SQLite --db (or ./dev bench's shared LIAISON_BENCH_DB) is copied first and
// migrated on the copy; a PostgreSQL URL is used as it is (it must already hold
// the data, e.g. from `liaison generate --db URL`); otherwise N activities are
// generated into a temporary SQLite file.
#include "demo/DataGenerator.h"
#include "storage/ActivityAggregates.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace liaison;

namespace {
double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("a SQLite database to copy, or a PostgreSQL URL to use"),
                      QStringLiteral("PATH|URL")});
    parser.addOption({QStringLiteral("activities"), QStringLiteral("activities to generate when no database is given"),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.parse(app.arguments()); // ./dev bench passes the same arguments to every bench
    QTextStream out(stdout);
    QTemporaryDir dir;
    try {
        QElapsedTimer timer;
        const QString given = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                 : qEnvironmentVariable("LIAISON_BENCH_DB");
        DatabaseLocation location;
        if (given.startsWith(QLatin1String("postgres"))) {
            QString error;
            location = DatabaseLocation::parse(given, &error);
            if (!location.isValid())
                throw StorageError(error);
            out << "database: " << location.toDisplayString() << "\n";
        } else {
            const QString path = dir.filePath(QStringLiteral("dashboard.sqlite"));
            location = DatabaseLocation::sqliteFile(path);
            if (!given.isEmpty()) {
                if (!QFile::copy(given, path))
                    throw StorageError(QStringLiteral("cannot copy %1").arg(given));
                QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
                out << "database: copy of " << given << "\n";
            } else {
                Database db;
                db.open(location);
                Repository repo(db);
                DataGenerator::Options options;
                options.activities = parser.value(QStringLiteral("activities")).toLongLong();
                timer.start();
                DataGenerator::generate(repo, options);
                out << "generated " << options.activities << " activities in " << ms(timer) / 1000 << " s\n";
            }
        }
        Database db;
        timer.start();
        db.open(location); // migrates an older copy (index building shows here)
        out << "opened (and migrated if needed) in " << ms(timer) << " ms\n";
        Repository repo(db);
        ActivityAggregates aggregates(db);
        out << repo.activities().count() << " activities\n";

        struct Case
        {
            QString name;
            ActivityFilter filter;
        };
        QList<Case> cases;
        cases.append({QStringLiteral("no filter"), {}});
        ActivityFilter year;
        year.from = QDate(2015, 1, 1);
        year.to = QDate(2015, 12, 31);
        cases.append({QStringLiteral("one year (2015)"), year});
        ActivityFilter kind;
        kind.kinds = {ActivityKind::Meeting};
        cases.append({QStringLiteral("kind meeting"), kind});
        const auto partnerships = aggregates.partnershipChoices();
        if (!partnerships.isEmpty()) {
            ActivityFilter partnership;
            partnership.partnershipIds = {partnerships.at(partnerships.size() / 2).id};
            cases.append({QStringLiteral("one partnership"), partnership});
        }
        const auto organisations = aggregates.organisationChoices();
        if (!organisations.isEmpty()) {
            ActivityFilter organisation;
            organisation.organisationIds = {organisations.at(organisations.size() / 2).id};
            cases.append({QStringLiteral("one organisation"), organisation});
        }
        const QStringList areas = aggregates.areaChoices();
        if (!areas.isEmpty()) {
            ActivityFilter area;
            area.areas = {areas.first()};
            area.from = QDate(2010, 1, 1);
            area.to = QDate(2019, 12, 31);
            cases.append({QStringLiteral("area + 10 years"), area});
            // Two areas are not in the kept counts (an activity in both must
            // count once): this is the plan without them.
            if (areas.size() > 1) {
                ActivityFilter two = area;
                two.areas.append(areas.at(1));
                cases.append({QStringLiteral("2 areas + 10 years"), two});
            }
        }
        // A range cutting months and years at both ends: the kept counts plus
        // the cut parts counted from the activities.
        ActivityFilter cut;
        cut.kinds = {ActivityKind::Meeting, ActivityKind::Event};
        cut.from = QDate(2012, 3, 15);
        cut.to = QDate(2015, 11, 2);
        cases.append({QStringLiteral("cut range, 2 kinds"), cut});

        // Warm the cache once, as the dashboard's first showing does.
        timer.restart();
        for (DashboardChart chart : allDashboardCharts())
            aggregates.chart(chart, {}, PeriodGrouping::Quarter);
        out << "first (cold) pass over every chart: " << ms(timer) << " ms\n\n";

        out << QStringLiteral("%1").arg(QStringLiteral("chart"), -34);
        for (const Case &c : cases)
            out << QStringLiteral("%1").arg(c.name, 18);
        out << "   (ms: wall / CPU of this process, best of 3)\n";
        QList<double> dashboard(cases.size(), 0);
        auto row = [&](const QString &name, const std::function<void(const ActivityFilter &)> &work) {
            out << QStringLiteral("%1").arg(name, -34);
            for (int i = 0; i < cases.size(); ++i) {
                double best = 1e18, bestCpu = 1e18;
                for (int run = 0; run < 3; ++run) {
                    QElapsedTimer t;
                    const std::clock_t cpu = std::clock();
                    t.start();
                    work(cases.at(i).filter);
                    best = std::min(best, ms(t));
                    bestCpu = std::min(bestCpu, 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC);
                }
                dashboard[i] += best;
                out << QStringLiteral("%1").arg(QStringLiteral("%1 / %2").arg(best, 0, 'f', 0).arg(bestCpu, 0, 'f', 0), 18);
            }
            out << "\n";
            out.flush();
        };
        for (const PeriodGrouping grouping : PeriodGrouping::all()) {
            row(QStringLiteral("activity per %1").arg(grouping.name()),
                [&](const ActivityFilter &f) { aggregates.chart(DashboardChart::ActivityPerPeriod, f, grouping); });
        }
        // Only per quarter counts towards the dashboard's total below.
        for (double &d : dashboard)
            d = 0;
        row(QStringLiteral("activity per quarter (again)"),
            [&](const ActivityFilter &f) { aggregates.chart(DashboardChart::ActivityPerPeriod, f, PeriodGrouping::Quarter); });
        for (DashboardChart chart : allDashboardCharts()) {
            if (chart == DashboardChart::ActivityPerPeriod)
                continue;
            row(dashboardChartName(chart), [&](const ActivityFilter &f) { aggregates.chart(chart, f); });
        }
        out << QStringLiteral("%1").arg(QStringLiteral("whole dashboard (worker thread)"), -34);
        for (double d : std::as_const(dashboard))
            out << QStringLiteral("%1").arg(d, 18, 'f', 1);
        out << "   (wall)\n\nThe page computes the charts on a worker thread with its own connection, so the window\n"
               "never waits for them; a filter changed meanwhile discards the older result.\n";
    } catch (const StorageError &e) {
        out << "error: " << e.message() << "\n";
        return 1;
    }
    return 0;
}
