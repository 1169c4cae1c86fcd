#pragma once

#include <QtGlobal>

#include <functional>

namespace liaison {

class Repository;

// Writes a large, plausible dataset for scale testing and benchmarks: the same
// records for the same seed, on any platform (it uses its own generator, not
// the standard library's distributions).
class DataGenerator
{
public:
    struct Options
    {
        qint64 activities = 1000;
        quint64 seed = 1;
        int organisations = 2000;
        int people = 10000;
        int partnerships = 500;
    };
    // Called now and then with the activities written so far; return false to
    // cancel (everything is then rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Throws StorageError on failure or cancellation; the database is then unchanged.
    static void generate(Repository &repository, const Options &options, const Progress &progress = {});
};

} // namespace liaison
