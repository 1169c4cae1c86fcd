// Date parser benchmark: time per MB of pathological date cells ("1-1-1-…",
// "9 Feb to 9 Feb to …", long digit runs), which the range splitting once made
// quadratic (issue 18), and the rate on ordinary cells. Each input grows from
// 1 KB by ×4 until one parse takes more than --budget seconds or reaches --max
// bytes. Prints figures; asserts nothing.
//   liaison_bench_date_parser [--max BYTES] [--budget SECONDS]
#include "import/DateParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace liaison;

namespace {
QString repeated(const QString &unit, qsizetype bytes)
{
    QString text;
    text.reserve(bytes + unit.size());
    while (text.size() < bytes)
        text += unit;
    return text;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("max"), QStringLiteral("largest cell in bytes (default 16 MB)"), QStringLiteral("BYTES"),
                      QStringLiteral("16777216")});
    parser.addOption({QStringLiteral("budget"), QStringLiteral("stop growing a case after a parse this long (default 2 s)"),
                      QStringLiteral("SECONDS"), QStringLiteral("2")});
    parser.process(app);
    const qsizetype maxBytes = parser.value(QStringLiteral("max")).toLongLong();
    const double budget = parser.value(QStringLiteral("budget")).toDouble();
    QTextStream out(stdout);

    DateParser dates;
    dates.setReferencePeriod(QDate(2014, 1, 1), QDate(2014, 12, 31));
    const struct
    {
        const char *name;
        QString unit;
    } cases[] = {
        {"dashes 1-1-1-…", QStringLiteral("1-")},
        {"ranges 9 Feb to 9 Feb to …", QStringLiteral("9 Feb to ")},
        {"digit run 1111…", QStringLiteral("1")},
        {"slashes 12/12/12/…", QStringLiteral("12/")},
        {"month words Jan/Feb/…", QStringLiteral("Jan/")},
        {"list 26-oct-12,…", QStringLiteral("26-oct-12,")},
    };
    for (const auto &c : cases) {
        for (qsizetype bytes = 1024; bytes <= maxBytes; bytes *= 4) {
            const QString cell = repeated(c.unit, bytes);
            QElapsedTimer timer;
            timer.start();
            QString error;
            const bool valid = dates.parse(cell, &error).isValid();
            const double seconds = timer.nsecsElapsed() / 1e9;
            out << c.name << ": " << bytes / 1024 << " KB in " << QString::number(seconds * 1000, 'f', 3) << " ms, "
                << QString::number(seconds / (bytes / 1048576.0), 'g', 3) << " s/MB" << (valid ? " (read as a date!)" : "")
                << Qt::endl;
            if (seconds > budget)
                break;
        }
    }
    // The most a cell can cost now: each case at the length limit (100 characters).
    for (const auto &c : cases) {
        const QString cell = repeated(c.unit, DateParser::kMaxLength).left(DateParser::kMaxLength);
        QElapsedTimer timer;
        timer.start();
        const int rounds = 20000;
        for (int i = 0; i < rounds; ++i)
            dates.parse(cell);
        out << c.name << " at 100 characters: " << QString::number(timer.nsecsElapsed() / 1e3 / rounds, 'f', 2)
            << " µs each" << Qt::endl;
    }
    // Ordinary cells: the rate an import sees.
    const QString ordinary[] = {QStringLiteral("22/03/2013"), QStringLiteral("9-10 Feb"), QStringLiteral("Oct-12"),
                                QStringLiteral("27/05/2013-29/05/2013"), QStringLiteral("2014-03-06"),
                                QStringLiteral("9 Feb to 2 Mar 2014")};
    QElapsedTimer timer;
    timer.start();
    const int rounds = 100000;
    int valid = 0;
    for (int i = 0; i < rounds; ++i)
        valid += dates.parse(ordinary[i % 6]).isValid();
    out << "ordinary cells: " << QString::number(timer.nsecsElapsed() / 1e3 / rounds, 'f', 2) << " µs each (" << valid
        << " of " << rounds << " read)" << Qt::endl;
    return 0;
}
