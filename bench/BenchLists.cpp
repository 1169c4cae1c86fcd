// List, search and filter benchmark for the main window's pages on a large
// database: time to the first window of rows (what a page shows on opening),
// per sort column, full-text search and filters. Prints figures only.
//   liaison_bench_lists [--activities N] [--from PATH] [--db PATH|postgresql://…]
// --from (or --db with a file) copies an existing database (e.g. a pre-generated
// 1M one; it is migrated on the copy); --db with a PostgreSQL URL measures that
// database in place (migrated if older); otherwise N activities are generated first.
#include "RecordListModel.h"
#include "demo/DataGenerator.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/ListQuery.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace liaison;

namespace {
double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// Best of three: the first run also warms the cache, as a user's second look does.
struct Timing
{
    double first = 0;
    double best = 0;
    int rows = 0;
};

Timing firstWindow(ListQuery &query, const ListRequest &request)
{
    Timing t;
    for (int run = 0; run < 3; ++run) {
        query.setManyMatches(ListQuery::kManyMatches); // plan afresh each time, as a new search does
        QElapsedTimer timer;
        timer.start();
        RecordListModel model(query, request);
        model.fetchMore({});
        const double elapsed = ms(timer);
        t.rows = model.rowCount();
        if (run == 0)
            t.first = t.best = elapsed;
        t.best = qMin(t.best, elapsed);
    }
    return t;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("activities"), QStringLiteral("activities to generate"), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("copy this database instead of generating"), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("an SQLite file to copy, or a PostgreSQL URL to use in place"),
                      QStringLiteral("PATH|URL")});
    parser.parse(app.arguments()); // ./dev bench passes the same arguments to every bench
    QTextStream out(stdout);

    QString from = parser.value(QStringLiteral("from"));
    DatabaseLocation location;
    if (parser.isSet(QStringLiteral("db"))) {
        QString error;
        const DatabaseLocation given = DatabaseLocation::parse(parser.value(QStringLiteral("db")), &error);
        if (!given.isValid()) {
            out << "liaison: error: " << error << "\n";
            return 1;
        }
        if (given.backend() == DatabaseLocation::Backend::PostgreSQL)
            location = given;
        else
            from = given.filePath();
    }
    // ./dev bench generates one 1M-activity database for all the benches.
    const QString prebuilt = qEnvironmentVariable("LIAISON_BENCH_DB");
    if (!location.isValid() && from.isEmpty() && !prebuilt.isEmpty() && QFileInfo::exists(prebuilt))
        from = prebuilt;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lists.sqlite"));
    try {
        QElapsedTimer timer;
        if (location.isValid()) {
            out << "database: " << location.toDisplayString() << "\n";
        } else if (!from.isEmpty()) {
            if (!QFile::copy(from, path))
                throw StorageError(QStringLiteral("cannot copy %1").arg(from));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            out << "database: copy of " << from << "\n";
        } else {
            Database db;
            db.open(DatabaseLocation::sqliteFile(path));
            Repository repo(db);
            DataGenerator::Options options;
            options.activities = parser.value(QStringLiteral("activities")).toLongLong();
            DataGenerator::generate(repo, options);
            out << "database: generated " << options.activities << " activities\n";
        }
        if (!location.isValid())
            location = DatabaseLocation::sqliteFile(path);
        timer.start();
        Database db;
        db.open(location);
        out << QStringLiteral("open (incl. migration to schema %1 if needed): %2 ms\n")
                   .arg(db.schemaVersion())
                   .arg(ms(timer), 0, 'f', 0);
        Repository repo(db);
        ListQuery query(db);
        out << "activities: " << repo.activities().count() << "\n";
        out << "figure                                   first ms   best ms   rows   (goal: first rows < 200 ms, search < 50 ms)\n";
        auto report = [&](const QString &name, const ListRequest &request) {
            const Timing t = firstWindow(query, request);
            out << name.leftJustified(40) << QStringLiteral("%1 %2 %3\n")
                                                  .arg(t.first, 9, 'f', 1)
                                                  .arg(t.best, 9, 'f', 1)
                                                  .arg(t.rows, 6);
            out.flush();
        };

        ListRequest activities;
        activities.kind = ListKind::Activities;
        activities.descending = true;
        report(QStringLiteral("activities, newest first"), activities);
        for (int column = 0; column < 4; ++column) {
            ListRequest sorted = activities;
            sorted.sortColumn = column;
            sorted.descending = false;
            report(QStringLiteral("activities sorted by %1").arg(ListQuery::columns(ListKind::Activities).at(column)), sorted);
        }
        for (const QString &words : {QStringLiteral("digital"), QStringLiteral("open standards"), QStringLiteral("workshop skills"),
                                     QStringLiteral("zzzzqx")}) {
            ListRequest search = activities;
            search.filter.text = words;
            report(QStringLiteral("search \"%1\"").arg(words), search);
        }
        ListRequest kind = activities;
        kind.filter.kinds = {ActivityKind::Agreement};
        report(QStringLiteral("filter kind = agreement"), kind);
        ListRequest range = activities;
        range.filter.from = QDate(2015, 1, 1);
        range.filter.to = QDate(2015, 3, 31);
        report(QStringLiteral("filter date range Q1 2015"), range);
        ListRequest both = range;
        both.filter.kinds = {ActivityKind::Meeting};
        both.filter.text = QStringLiteral("digital");
        report(QStringLiteral("filter meeting + Q1 2015 + \"digital\""), both);
        ListRequest organisation = activities;
        organisation.filter.organisationIds = {1};
        report(QStringLiteral("filter organisation #1"), organisation);
        ListRequest person = activities;
        person.filter.personIds = {1};
        report(QStringLiteral("filter person #1"), person);
        ListRequest partnership = activities;
        partnership.filter.partnershipIds = {1};
        report(QStringLiteral("filter partnership #1"), partnership);
        ListRequest country = activities;
        country.filter.countries = {QStringLiteral("Singapore")};
        report(QStringLiteral("filter country Singapore"), country);
        ListRequest countryWord = country;
        countryWord.filter.text = QStringLiteral("digital");
        report(QStringLiteral("filter Singapore + \"digital\""), countryWord);
        // A country no organisation has: the worst case for a search scanned in date order.
        ListRequest rareWord = countryWord;
        rareWord.filter.countries = {QStringLiteral("Iceland")};
        report(QStringLiteral("filter Iceland (none) + \"digital\""), rareWord);
        ListRequest area = activities;
        area.filter.areas = {QStringLiteral("open standards")};
        report(QStringLiteral("filter area open standards"), area);
        ListRequest rollUp = activities;
        rollUp.rollUpOrganisationId = 1;
        report(QStringLiteral("roll-up of organisation #1"), rollUp);
        ListRequest followUps;
        followUps.kind = ListKind::FollowUps;
        report(QStringLiteral("follow-ups, overdue first"), followUps);
        ListRequest organisations;
        organisations.kind = ListKind::Organisations;
        report(QStringLiteral("organisations by name"), organisations);
        organisations.text = QStringLiteral("digital");
        report(QStringLiteral("organisations search \"digital\""), organisations);
        ListRequest people;
        people.kind = ListKind::People;
        report(QStringLiteral("people by name"), people);
        people.text = QStringLiteral("tan");
        report(QStringLiteral("people search \"tan\""), people);
        timer.restart();
        const qint64 overdue = query.overdueCount(QDate::currentDate());
        out << QStringLiteral("overdue follow-up count (%1): %2 ms\n").arg(overdue).arg(ms(timer), 0, 'f', 1);
    } catch (const StorageError &e) {
        out << "liaison: error: " << e.message() << "\n";
        return 1;
    }
    return 0;
}
