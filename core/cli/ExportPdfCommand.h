#pragma once

#include <QStringList>

namespace liaison {

// `liaison export-pdf`: the timeline (or, with --briefing, a partnership's
// briefing pack) as a PDF, headless.
class ExportPdfCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace liaison
