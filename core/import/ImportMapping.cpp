#include "ImportMapping.h"

#include "HeaderWords.h"

#include <QJsonArray>

namespace liaison {

namespace {
struct FieldInfo
{
    ImportField field;
    const char *name;
    const char *label;
};
const FieldInfo kFields[] = {
    {ImportField::Ignore, "ignore", "(ignore)"},
    {ImportField::Kind, "kind", "Kind"},
    {ImportField::Title, "title", "Title"},
    {ImportField::Date, "date", "Date"},
    {ImportField::EndDate, "end_date", "End date"},
    {ImportField::Location, "location", "Location"},
    {ImportField::Description, "description", "Description"},
    {ImportField::Purpose, "purpose", "Purpose"},
    {ImportField::Outcome, "outcome", "Outcome"},
    {ImportField::FollowUpDue, "follow_up_due", "Follow-up due"},
    {ImportField::AgreementStatus, "agreement_status", "Agreement status"},
    {ImportField::SignedDate, "signed_date", "Signed on"},
    {ImportField::Organisations, "organisations", "Organisations"},
    {ImportField::People, "people", "People"},
    {ImportField::Areas, "areas", "Areas of cooperation"},
    {ImportField::Cost, "cost", "Cost"},
    {ImportField::Transport, "transport", "Transport"},
    {ImportField::Officials, "officials", "Officials (number)"},
    {ImportField::Source, "source", "Source file or reference"},
    {ImportField::Year, "year", "Year"},
    {ImportField::Month, "month", "Month"},
    {ImportField::Day, "day", "Day"},
    {ImportField::Name, "name", "Name"},
    {ImportField::ShortName, "short_name", "Short name"},
    {ImportField::OrganisationKind, "organisation_kind", "Organisation kind"},
    {ImportField::Country, "country", "Country"},
    {ImportField::Website, "website", "Website"},
    {ImportField::Aliases, "aliases", "Aliases"},
    {ImportField::NativeName, "native_name", "Name in own script"},
    {ImportField::PersonTitle, "person_title", "Title or role"},
    {ImportField::Email, "email", "Email"},
    {ImportField::Phone, "phone", "Phone"},
    {ImportField::Notes, "notes", "Notes"},
    {ImportField::Organisation, "organisation", "Organisation"},
    {ImportField::Person, "person", "Person"},
    {ImportField::Role, "role", "Role"},
    {ImportField::From, "from", "From"},
    {ImportField::To, "to", "To"},
};

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

} // namespace

QString importTargetName(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Activity: return QStringLiteral("activity");
    case ImportTarget::Organisation: return QStringLiteral("organisation");
    case ImportTarget::Person: return QStringLiteral("person");
    case ImportTarget::Affiliation: return QStringLiteral("affiliation");
    }
    return QString();
}

bool importTargetFromName(const QString &name, ImportTarget *target)
{
    for (ImportTarget t : {ImportTarget::Activity, ImportTarget::Organisation, ImportTarget::Person,
                           ImportTarget::Affiliation}) {
        if (name.compare(importTargetName(t), Qt::CaseInsensitive) == 0) {
            *target = t;
            return true;
        }
    }
    return false;
}

QString importFieldName(ImportField field)
{
    for (const FieldInfo &info : kFields) {
        if (info.field == field)
            return QString::fromLatin1(info.name);
    }
    return QStringLiteral("ignore");
}

QString importFieldLabel(ImportField field)
{
    for (const FieldInfo &info : kFields) {
        if (info.field == field)
            return QString::fromLatin1(info.label);
    }
    return QString();
}

ImportField importFieldFromName(const QString &name, bool *ok)
{
    for (const FieldInfo &info : kFields) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return info.field;
        }
    }
    if (ok)
        *ok = false;
    return ImportField::Ignore;
}

QList<ImportField> importFieldsFor(ImportTarget target)
{
    using F = ImportField;
    switch (target) {
    case ImportTarget::Activity:
        return {F::Ignore, F::Kind, F::Title, F::Date, F::EndDate, F::Location, F::Description, F::Purpose, F::Outcome,
                F::FollowUpDue, F::AgreementStatus, F::SignedDate, F::Organisations, F::People, F::Areas,
                F::Cost, F::Transport, F::Officials, F::Source, F::Year, F::Month, F::Day};
    case ImportTarget::Organisation:
        return {F::Ignore, F::Name, F::ShortName, F::OrganisationKind, F::Country, F::Website, F::Aliases, F::Notes};
    case ImportTarget::Person:
        return {F::Ignore, F::Name, F::NativeName, F::PersonTitle, F::Email, F::Phone, F::Notes, F::Organisation, F::Role};
    case ImportTarget::Affiliation:
        return {F::Ignore, F::Person, F::Organisation, F::Role, F::From, F::To};
    }
    return {};
}

QStringList ImportMapping::defaultSkipPrefixes()
{
    return {QStringLiteral("Note:"), QStringLiteral("Notes:"), QStringLiteral("Nil return"), QStringLiteral("Source:"),
            QStringLiteral("Total"), QStringLiteral("*")};
}

const ColumnMapping *ImportMapping::columnFor(ImportField field) const
{
    for (const ColumnMapping &c : columns) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

ImportField ImportMapping::suggestField(const QString &header, ImportTarget target)
{
    const HeaderWords w(header);
    using F = ImportField;
    if (w.isEmpty())
        return F::Ignore;
    switch (target) {
    case ImportTarget::Activity:
        if (w.has({"follow"}))
            return F::FollowUpDue;
        if (w.has({"signed"}))
            return F::SignedDate;
        // Before the people words: "Cost of trip (Minister only)" is a cost.
        if (w.has({"cost", "expense", "expenditure", "amount", "price", "spend"}))
            return F::Cost;
        if (w.has({"transport", "flight", "mode of travel", "method of travel", "means of travel", "travel mode",
                   "class of travel"}))
            return F::Transport;
        if (w.has({"official"}) && w.has({"number", "no", "accompanying", "count", "how many"}))
            return F::Officials;
        if (w.has({"source", "file", "filename", "document", "reference", "ref", "link", "url"}))
            return F::Source;
        if (w.has({"status"}))
            return F::AgreementStatus;
        // The kind only where the heading is about the activity itself:
        // "Type of hospitality" is not the kind of activity.
        if (w.has({"kind", "type", "category"})
            && w.onlyOf({"kind", "type", "category", "of", "activity", "meeting", "event", "engagement", "visit",
                         "trip", "contact"}))
            return F::Kind;
        if (w.has({"organisation", "organization", "company", "companies", "agency", "agencies", "partner",
                   "institution", "ministry", "department", "stakeholder"}))
            return F::Organisations;
        // Whom a diary's meeting was with: mostly organisations ("Meeting with", "Met with").
        if (w.has({"meeting with", "met with", "met", "with whom", "meeting held with"}) && !w.has({"date"}))
            return F::Organisations;
        if (w.has({"end", "until", "return", "finish"}) || w.is("to"))
            return F::EndDate;
        if (w.has({"date", "when", "start"}) || w.is("from"))
            return F::Date;
        // A date in parts; a Month column alone is the date ("Jan-14"). A
        // Day column of weekday names is left out by its cells (ImportSetupGuess).
        if (w.has({"year"}))
            return F::Year;
        if (w.has({"month"}))
            return F::Month;
        if (w.has({"weekday"}))
            return F::Ignore; // the date says it
        if (w.words().contains(QLatin1String("day"))) // not "Days" (a length)
            return F::Day;
        if (w.has({"destination", "location", "venue", "place", "where", "city", "country"}))
            return F::Location;
        if (w.has({"purpose", "objective", "reason", "aim"}))
            return F::Purpose;
        if (w.has({"outcome", "result", "next step"}))
            return F::Outcome;
        if (w.has({"area", "topic", "theme", "tag", "sector"}))
            return F::Areas;
        if (w.has({"minister", "person", "people", "attendee", "official", "contact", "who", "speaker", "delegate",
                   "member", "visitor", "host", "name", "guest", "representative"}))
            return F::People;
        if (w.has({"title", "subject", "event", "meeting", "activity"}))
            return F::Title;
        if (w.has({"description", "detail", "summary", "comment", "note", "remark"}))
            return F::Description;
        return F::Ignore;
    case ImportTarget::Organisation:
        if (w.has({"short", "acronym", "abbreviation"}))
            return F::ShortName;
        if (w.has({"alias", "also known", "other name"}))
            return F::Aliases;
        if (w.has({"kind", "type", "sector", "category"}))
            return F::OrganisationKind;
        if (w.has({"country", "nation"}))
            return F::Country;
        if (w.has({"web", "website", "url", "site"}))
            return F::Website;
        if (w.has({"note", "comment", "remark", "description"}))
            return F::Notes;
        if (w.has({"name", "organisation", "organization", "company", "agency"}))
            return F::Name;
        return F::Ignore;
    case ImportTarget::Person:
        if (w.has({"native", "chinese", "tamil", "malay", "script", "local name"}))
            return F::NativeName;
        if (w.has({"mail", "email", "e mail"}))
            return F::Email;
        if (w.has({"phone", "tel", "telephone", "mobile"}))
            return F::Phone;
        if (w.has({"organisation", "organization", "company", "agency", "employer"}))
            return F::Organisation;
        if (w.has({"title", "position", "job"}))
            return F::PersonTitle;
        if (w.has({"role"}))
            return F::Role;
        if (w.has({"note", "comment"}))
            return F::Notes;
        if (w.has({"name", "person", "minister", "official", "contact"}))
            return F::Name;
        return F::Ignore;
    case ImportTarget::Affiliation:
        if (w.has({"organisation", "organization", "company", "agency", "employer"}))
            return F::Organisation;
        if (w.has({"role", "title", "position"}))
            return F::Role;
        if (w.has({"from", "start", "since", "joined"}))
            return F::From;
        if (w.has({"until", "end", "left"}) || w.is("to"))
            return F::To;
        if (w.has({"name", "person", "official", "contact"}))
            return F::Person;
        return F::Ignore;
    }
    return F::Ignore;
}

QList<ColumnMapping> ImportMapping::suggestColumns(const QStringList &header, ImportTarget target)
{
    QList<ColumnMapping> columns;
    QList<ImportField> used;
    for (int i = 0; i < header.size(); ++i) {
        ImportField field = suggestField(header.at(i), target);
        // One column per field, except the lists of participants.
        if (field != ImportField::Ignore && field != ImportField::Organisations && field != ImportField::People
            && used.contains(field))
            field = ImportField::Ignore;
        if (field == ImportField::Ignore)
            continue;
        used.append(field);
        ColumnMapping c;
        c.column = i;
        c.field = field;
        // Organisations and people: the cell is read (SplitMode::Auto). An
        // areas column that says it is a list: split at semicolons and line breaks.
        const QString h = header.at(i).trimmed().toLower();
        if (field == ImportField::Organisations || field == ImportField::People)
            c.split = SplitMode::Auto;
        else if (field == ImportField::Areas
                 && (h.endsWith(QLatin1Char('s')) || h.contains(QLatin1String("(s)"))))
            c.split = SplitMode::Semicolons;
        columns.append(c);
    }
    return columns;
}

QJsonObject ImportMapping::toJson(const QStringList &header) const
{
    QJsonObject json;
    json.insert(QStringLiteral("target"), importTargetName(target));
    if (target == ImportTarget::Activity)
        json.insert(QStringLiteral("kind"), activityKindName(kind));
    json.insert(QStringLiteral("headerRow"), headerRow + 1);
    json.insert(QStringLiteral("dataStart"), dataStart + 1);
    if (encoding)
        json.insert(QStringLiteral("encoding"), csvEncodingName(*encoding));
    if (!delimiter.isNull())
        json.insert(QStringLiteral("delimiter"), QString(delimiter));
    if (dayOrderGiven)
        json.insert(QStringLiteral("dayOrder"), dayOrder == DateParser::DayOrder::DayFirst ? QStringLiteral("day-first")
                                                                                         : QStringLiteral("month-first"));
    if (referenceFrom.isValid())
        json.insert(QStringLiteral("referenceFrom"), referenceFrom.toString(Qt::ISODate));
    if (referenceTo.isValid())
        json.insert(QStringLiteral("referenceTo"), referenceTo.toString(Qt::ISODate));
    json.insert(QStringLiteral("skipPrefixes"), QJsonArray::fromStringList(skipPrefixes));
    QJsonArray array;
    for (const ColumnMapping &c : columns) {
        QJsonObject o;
        const QString name = header.value(c.column).trimmed();
        if (!name.isEmpty() && header.count(header.value(c.column)) == 1)
            o.insert(QStringLiteral("column"), name);
        else
            o.insert(QStringLiteral("column"), c.column + 1);
        o.insert(QStringLiteral("field"), importFieldName(c.field));
        if (c.fillDown)
            o.insert(QStringLiteral("fillDown"), true);
        if (c.split == SplitMode::Commas || c.split == SplitMode::Semicolons)
            o.insert(QStringLiteral("split"), c.split == SplitMode::Commas ? QStringLiteral("commas") : QStringLiteral("semicolons"));
        else if (c.split == SplitMode::Auto)
            o.insert(QStringLiteral("split"), QStringLiteral("auto"));
        else if (c.field == ImportField::Organisations || c.field == ImportField::People)
            o.insert(QStringLiteral("split"), false); // not the default for these

        if (!c.role.isEmpty())
            o.insert(QStringLiteral("role"), c.role);
        array.append(o);
    }
    json.insert(QStringLiteral("columns"), array);
    return json;
}

bool ImportMapping::fromJson(const QJsonObject &json, const QStringList &header, ImportMapping &m, QString *error)
{
    const auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m = ImportMapping();
    if (json.contains(QStringLiteral("target"))
        && !importTargetFromName(json.value(QStringLiteral("target")).toString(), &m.target))
        return failWith(QStringLiteral("unknown target \"%1\" (activity, organisation, person, affiliation)")
                            .arg(json.value(QStringLiteral("target")).toString()));
    if (json.contains(QStringLiteral("kind"))) {
        bool ok = false;
        m.kind = activityKindFromName(json.value(QStringLiteral("kind")).toString(), &ok);
        if (!ok)
            return failWith(QStringLiteral("unknown kind \"%1\"").arg(json.value(QStringLiteral("kind")).toString()));
    }
    m.headerRow = json.value(QStringLiteral("headerRow")).toInt(1) - 1;
    m.dataStart = json.value(QStringLiteral("dataStart")).toInt(m.headerRow + 2) - 1;
    if (m.headerRow < -1 || m.dataStart < 0 || m.dataStart <= m.headerRow)
        return failWith(QStringLiteral("dataStart must come after headerRow (both count from 1; headerRow 0: none)"));
    if (json.contains(QStringLiteral("encoding"))) {
        CsvEncoding e;
        if (!csvEncodingFromName(json.value(QStringLiteral("encoding")).toString(), &e))
            return failWith(QStringLiteral("unknown encoding \"%1\"").arg(json.value(QStringLiteral("encoding")).toString()));
        m.encoding = e;
    }
    const QString delimiter = json.value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() > 1 && delimiter != QLatin1String("\\t") && delimiter != QLatin1String("tab"))
        return failWith(QStringLiteral("the delimiter must be one character"));
    if (!delimiter.isEmpty())
        m.delimiter = delimiter.size() == 1 ? delimiter.at(0) : QLatin1Char('\t');
    if (json.contains(QStringLiteral("dayOrder"))) {
        const QString order = json.value(QStringLiteral("dayOrder")).toString();
        if (order != QLatin1String("day-first") && order != QLatin1String("month-first"))
            return failWith(QStringLiteral("dayOrder is day-first or month-first"));
        m.dayOrder = order == QLatin1String("day-first") ? DateParser::DayOrder::DayFirst : DateParser::DayOrder::MonthFirst;
        m.dayOrderGiven = true;
    }
    m.referenceFrom = QDate::fromString(json.value(QStringLiteral("referenceFrom")).toString(), Qt::ISODate);
    m.referenceTo = QDate::fromString(json.value(QStringLiteral("referenceTo")).toString(), Qt::ISODate);
    if (json.contains(QStringLiteral("skipPrefixes"))) {
        m.skipPrefixes.clear();
        for (const QJsonValue &v : json.value(QStringLiteral("skipPrefixes")).toArray())
            m.skipPrefixes.append(v.toString());
    }
    for (const QJsonValue &v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        ColumnMapping c;
        const QJsonValue column = o.value(QStringLiteral("column"));
        if (column.isDouble()) {
            c.column = column.toInt() - 1;
        } else {
            const QString name = column.toString().trimmed();
            for (int i = 0; i < header.size(); ++i) {
                if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                    c.column = i;
                    break;
                }
            }
            if (c.column < 0)
                return failWith(QStringLiteral("the file has no column \"%1\"").arg(name));
        }
        if (c.column < 0)
            return failWith(QStringLiteral("columns count from 1"));
        bool ok = false;
        c.field = importFieldFromName(o.value(QStringLiteral("field")).toString(), &ok);
        if (!ok)
            return failWith(QStringLiteral("unknown field \"%1\"").arg(o.value(QStringLiteral("field")).toString()));
        if (!importFieldsFor(m.target).contains(c.field))
            return failWith(QStringLiteral("field \"%1\" does not apply to %2 rows")
                                .arg(importFieldName(c.field), importTargetName(m.target)));
        c.fillDown = o.value(QStringLiteral("fillDown")).toBool();
        const QJsonValue split = o.value(QStringLiteral("split"));
        if (split.toBool() || split.toString() == QLatin1String("commas"))
            c.split = SplitMode::Commas;
        else if (split.toString() == QLatin1String("semicolons"))
            c.split = SplitMode::Semicolons;
        else if (split.toString() == QLatin1String("auto"))
            c.split = SplitMode::Auto;
        else if (split.toString() == QLatin1String("none"))
            c.split = SplitMode::None;
        else if (!split.isUndefined() && !split.isBool() && !split.isNull())
            return failWith(QStringLiteral("split is \"auto\", \"semicolons\", \"commas\", \"none\" or false"));
        else if (split.isUndefined() && (c.field == ImportField::Organisations || c.field == ImportField::People))
            c.split = SplitMode::Auto; // the default for lists of participants
        c.role = o.value(QStringLiteral("role")).toString();
        m.columns.append(c);
    }
    return true;
}

bool activityKindFromCell(const QString &text, ActivityKind *kind)
{
    const QString t = text.trimmed().toLower();
    bool ok = false;
    ActivityKind k = activityKindFromName(t, &ok);
    if (!ok) {
        ok = true;
        if (t.startsWith(QLatin1String("intro")))
            k = ActivityKind::Introduction;
        else if (t.startsWith(QLatin1String("meet")) || t == QLatin1String("call") || t == QLatin1String("visit call"))
            k = ActivityKind::Meeting;
        else if (containsAny(t, {"event", "conference", "lecture", "workshop", "seminar", "reception", "exchange"}))
            k = ActivityKind::Event;
        else if (containsAny(t, {"delegation", "visit", "trip", "mission", "tour"}))
            k = ActivityKind::Delegation;
        else if (containsAny(t, {"agreement", "mou", "memorandum", "contract", "letter of intent"}))
            k = ActivityKind::Agreement;
        else if (t.endsWith(QLatin1Char('s'))) // plural of a stable name
            k = activityKindFromName(t.chopped(1), &ok);
        else
            ok = false;
    }
    if (ok && kind)
        *kind = k;
    return ok;
}

} // namespace liaison
