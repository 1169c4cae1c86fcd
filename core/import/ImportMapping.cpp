#include "ImportMapping.h"

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

// `word` as a whole word of `text` ("Day" in "Day of meeting", not in "Days" or "Today").
bool hasWord(const QString &text, QLatin1String word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !text.at(at - 1).isLetter()) && (end == text.size() || !text.at(end).isLetter()))
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
                F::Year, F::Month, F::Day};
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
    const QString h = header.trimmed().toLower();
    using F = ImportField;
    if (h.isEmpty())
        return F::Ignore;
    switch (target) {
    case ImportTarget::Activity:
        if (containsAny(h, {"follow"}))
            return F::FollowUpDue;
        if (containsAny(h, {"signed"}))
            return F::SignedDate;
        if (containsAny(h, {"status"}))
            return F::AgreementStatus;
        if (containsAny(h, {"kind", "type", "category"}))
            return F::Kind;
        if (containsAny(h, {"organisation", "organization", "company", "companies", "agency", "agencies", "partner",
                            "institution", "ministry", "department"}))
            return F::Organisations;
        if (containsAny(h, {"end", "until", "return", "finish"}) || h == QLatin1String("to"))
            return F::EndDate;
        if (containsAny(h, {"date", "when", "start"}) || h == QLatin1String("from"))
            return F::Date;
        // A date in parts; a Month column alone is the date ("Jan-14").
        if (hasWord(h, QLatin1String("year")))
            return F::Year;
        if (hasWord(h, QLatin1String("month")))
            return F::Month;
        if (hasWord(h, QLatin1String("day")))
            return F::Day;
        if (containsAny(h, {"destination", "location", "venue", "place", "where", "city"}))
            return F::Location;
        if (containsAny(h, {"purpose", "objective", "reason", "aim"}))
            return F::Purpose;
        if (containsAny(h, {"outcome", "result", "next step"}))
            return F::Outcome;
        if (containsAny(h, {"area", "topic", "theme", "tag", "sector"}))
            return F::Areas;
        if (containsAny(h, {"minister", "person", "people", "attendee", "official", "contact", "who", "speaker",
                            "delegate", "member", "visitor", "host", "name"}))
            return F::People;
        if (containsAny(h, {"title", "subject", "event", "meeting", "activity"}))
            return F::Title;
        if (containsAny(h, {"description", "detail", "summary", "comment", "note", "remark"}))
            return F::Description;
        return F::Ignore;
    case ImportTarget::Organisation:
        if (containsAny(h, {"short", "acronym", "abbreviation"}))
            return F::ShortName;
        if (containsAny(h, {"alias", "also known", "other name"}))
            return F::Aliases;
        if (containsAny(h, {"kind", "type", "sector", "category"}))
            return F::OrganisationKind;
        if (containsAny(h, {"country", "nation"}))
            return F::Country;
        if (containsAny(h, {"web", "url", "site"}))
            return F::Website;
        if (containsAny(h, {"note", "comment", "remark", "description"}))
            return F::Notes;
        if (containsAny(h, {"name", "organisation", "organization", "company", "agency"}))
            return F::Name;
        return F::Ignore;
    case ImportTarget::Person:
        if (containsAny(h, {"native", "chinese", "tamil", "script", "local name"}))
            return F::NativeName;
        if (containsAny(h, {"mail"}))
            return F::Email;
        if (containsAny(h, {"phone", "tel", "mobile"}))
            return F::Phone;
        if (containsAny(h, {"organisation", "organization", "company", "agency", "employer"}))
            return F::Organisation;
        if (containsAny(h, {"title", "position", "job"}))
            return F::PersonTitle;
        if (containsAny(h, {"role"}))
            return F::Role;
        if (containsAny(h, {"note", "comment"}))
            return F::Notes;
        if (containsAny(h, {"name", "person", "minister", "official", "contact"}))
            return F::Name;
        return F::Ignore;
    case ImportTarget::Affiliation:
        if (containsAny(h, {"organisation", "organization", "company", "agency", "employer"}))
            return F::Organisation;
        if (containsAny(h, {"role", "title", "position"}))
            return F::Role;
        if (containsAny(h, {"from", "start", "since", "joined"}))
            return F::From;
        if (containsAny(h, {"until", "end", "left"}) || h == QLatin1String("to"))
            return F::To;
        if (containsAny(h, {"name", "person", "official", "contact"}))
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
        // A list column that says it is a list: split it at semicolons and line
        // breaks; cutting at commas too is the user's call (names hold commas).
        const QString h = header.at(i).trimmed().toLower();
        if ((field == ImportField::Organisations || field == ImportField::People || field == ImportField::Areas)
            && (h.endsWith(QLatin1Char('s')) || h.contains(QLatin1String("(s)")) || h == QLatin1String("people")))
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
        if (c.split != SplitMode::None)
            o.insert(QStringLiteral("split"), c.split == SplitMode::Commas ? QStringLiteral("commas") : QStringLiteral("semicolons"));
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
        else if (!split.isUndefined() && !split.isBool() && !split.isNull())
            return failWith(QStringLiteral("split is \"semicolons\", \"commas\" or false"));
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
