#pragma once

#include "DateParser.h"
#include "csv/CsvFormat.h"
#include "domain/ActivityKind.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace liaison {

// What each row of a file becomes.
enum class ImportTarget { Activity, Organisation, Person, Affiliation };
QString importTargetName(ImportTarget target);
bool importTargetFromName(const QString &name, ImportTarget *target);

// What a column holds. Each target uses some of these.
enum class ImportField {
    Ignore,
    // activities
    Kind, Title, Date, EndDate, Location, Description, Purpose, Outcome, FollowUpDue, AgreementStatus, SignedDate,
    Organisations, People, Areas,
    Year, Month, Day, // a date kept in parts (the year also gives dates without one theirs)
    // organisations, people, affiliations
    Name, ShortName, OrganisationKind, Country, Website, Aliases, NativeName, PersonTitle, Email, Phone, Notes,
    Organisation, Person, Role, From, To,
};
QString importFieldName(ImportField field); // stable, for mapping files: "date", "organisations"…
ImportField importFieldFromName(const QString &name, bool *ok = nullptr);
QList<ImportField> importFieldsFor(ImportTarget target);
QString importFieldLabel(ImportField field); // for people: "End date"

// How a cell naming several records is cut into names.
enum class SplitMode {
    None,       // the cell is one name
    Semicolons, // at ";" and line breaks (safe: names rarely hold them)
    Commas,     // also at "," and " and ": "O2, EE, Three and Vodafone" → four names
};

struct ColumnMapping
{
    int column = -1; // 0-based
    ImportField field = ImportField::Ignore;
    bool fillDown = false; // a blank cell takes the value above it
    SplitMode split = SplitMode::None;
    QString role;          // participants' role (attendee, host…)
    bool operator==(const ColumnMapping &o) const
    {
        return column == o.column && field == o.field && fillDown == o.fillDown && split == o.split && role == o.role;
    }
};

// Everything the user chooses about one file: shared by the wizard, the
// command line and named presets (saved as JSON; README documents the format).
struct ImportMapping
{
    ImportTarget target = ImportTarget::Activity;
    ActivityKind kind = ActivityKind::Meeting; // when no column names the kind
    int headerRow = 0; // 0-based record index of the header; -1: no header
    int dataStart = 1; // 0-based record index of the first data row
    std::optional<CsvEncoding> encoding; // unset: detected
    QChar delimiter;                     // null: detected
    DateParser::DayOrder dayOrder = DateParser::DayOrder::DayFirst;
    bool dayOrderGiven = false; // false: day-first unless the file shows otherwise
    QDate referenceFrom;
    QDate referenceTo;
    QStringList skipPrefixes = defaultSkipPrefixes();
    QList<ColumnMapping> columns;

    static QStringList defaultSkipPrefixes();
    const ColumnMapping *columnFor(ImportField field) const;
    bool isMapped(ImportField field) const { return columnFor(field) != nullptr; }

    // Column references in JSON may be header texts; `header` resolves them.
    QJsonObject toJson(const QStringList &header = {}) const;
    // Returns false with a one-line `error` when the JSON is not a mapping.
    static bool fromJson(const QJsonObject &json, const QStringList &header, ImportMapping &mapping, QString *error);

    // Suggests a field for each header cell from its wording ("Name of
    // Organisation", "Date of Trip", "Destination", "Purpose of meeting", "Minister").
    static ImportField suggestField(const QString &header, ImportTarget target);
    static QList<ColumnMapping> suggestColumns(const QStringList &header, ImportTarget target);
};

// A kind named in a cell: the stable names and the words people use ("Visit", "MoU").
bool activityKindFromCell(const QString &text, ActivityKind *kind);

} // namespace liaison
