#pragma once

#include <QStringList>

namespace liaison {

// `liaison demo --db FILE`: writes the demo story into a new or empty database.
class DemoCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace liaison
