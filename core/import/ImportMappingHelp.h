#pragma once

#include <QString>

namespace liaison {

// Every key of a mapping file (`--mapping`, presets) with its meaning, for
// `liaison import --help`; the fields each target takes are listed from
// importFieldsFor(), so a new field is listed without being added here.
// README's "Mapping file format" says the same at more length.
class ImportMappingHelp
{
public:
    static QString text();
};

} // namespace liaison
