// Ranked completion against the alphabetical window it replaced: what one key
// press in a picker costs, on a generated database (2,000 organisations,
// 10,000 people). Usage: liaison_bench_completion --db PATH|URL
#include "storage/Database.h"
#include "storage/ListQuery.h"
#include "storage/NameCompletion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace liaison;

namespace {
template<typename F>
double medianMs(F f)
{
    QList<double> times;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("PATH|URL")});
    parser.process(app);
    Database db;
    db.open(DatabaseLocation::parse(parser.value(QStringLiteral("db"))));
    ListQuery list(db);
    NameCompletion completion(db);
    std::printf("%-14s %-10s %12s %12s\n", "kind", "typed", "old ms", "ranked ms");
    for (ListKind kind : {ListKind::Organisations, ListKind::People}) {
        for (const QString &text : {QStringLiteral("a"), QStringLiteral("sin"), QStringLiteral("tan wei"), QStringLiteral("zzz")}) {
            ListRequest request;
            request.kind = kind;
            request.text = text;
            const double old = medianMs([&] { list.rows(request, 0, 20); });
            const double ranked = medianMs([&] { completion.matches(kind, text, 20); });
            std::printf("%-14s %-10s %12.2f %12.2f\n", kind == ListKind::People ? "people" : "organisations",
                        qPrintable(text), old, ranked);
        }
    }
    return 0;
}
