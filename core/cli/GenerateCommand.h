#pragma once

#include <QStringList>

namespace liaison {

// `liaison generate --db FILE --activities N [--seed S]`: scale-test data.
class GenerateCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace liaison
