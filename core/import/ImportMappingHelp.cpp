#include "ImportMappingHelp.h"

#include "ImportMapping.h"

#include <QStringList>

namespace liaison {

QString ImportMappingHelp::text()
{
    QStringList lines{
        QStringLiteral("Mapping file (--mapping FILE.json, or a preset; every key optional, see README):"),
        QStringLiteral("  target          what a row becomes: activity, organisation, person, affiliation (activity)"),
        QStringLiteral("  kind            the activity kind when no column is mapped to kind (meeting)"),
        QStringLiteral("  headerRow       record of the header, from 1; 0: none (1)"),
        QStringLiteral("  dataStart       first data record, from 1 (headerRow + 1)"),
        QStringLiteral("  encoding        utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1 (detected)"),
        QStringLiteral("  delimiter       one character, or tab (detected)"),
        QStringLiteral("  dayOrder        day-first or month-first for 03/04/2013 (from the file's dates)"),
        QStringLiteral("  referenceFrom, referenceTo   YYYY-MM-DD: the period dates without a year fall in"),
        QStringLiteral("  skipPrefixes    rows whose first cell starts with one of these are notes, skipped"),
        QStringLiteral("  columns[]       one object per mapped column:"),
        QStringLiteral("    column        header text (any case) or column number from 1"),
        QStringLiteral("    field         what the column holds (below); ignore: nothing"),
        QStringLiteral("    fillDown      true: a blank cell takes the value above it (false)"),
        QStringLiteral("    split         semicolons (at ; and line breaks) or commas (also , and \" and \"): "
                       "several names in a cell (one name)"),
        QStringLiteral("    role          the participants' role (attendee, introduced, member, party by kind)"),
        QStringLiteral("  fields by target:"),
    };
    for (ImportTarget target : {ImportTarget::Activity, ImportTarget::Organisation, ImportTarget::Person,
                                ImportTarget::Affiliation}) {
        QStringList names;
        for (ImportField field : importFieldsFor(target)) {
            if (field != ImportField::Ignore)
                names.append(importFieldName(field));
        }
        lines.append(QStringLiteral("    %1: %2").arg(importTargetName(target), names.join(QStringLiteral(", "))));
    }
    lines.append(QStringLiteral("Exit status: 0 imported; 1 error (nothing imported); 3 more than 2% of the data rows "
                                "refused (nothing imported unless --accept-partial)."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace liaison
