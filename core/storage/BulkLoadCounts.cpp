#include "BulkLoadCounts.h"

#include "DashboardSummary.h"
#include "Database.h"
#include "StorageError.h"

#include <QSqlQuery>
#include <QVarLengthArray>

namespace liaison {

namespace {
int monthOf(const QDate &date)
{
    return date.year() * 100 + date.month();
}
} // namespace

BulkLoadCounts::BulkLoadCounts(Database &db)
    : m_db(db)
{
}

void BulkLoadCounts::organisationWritten(qint64 id, const QString &country)
{
    m_countries.insert(id, country);
}

const QString &BulkLoadCounts::countryOf(qint64 organisationId)
{
    if (!m_countriesLoaded) {
        // Once per load: the organisations are few next to the activities.
        QSqlQuery &query = m_db.exec(QStringLiteral("SELECT id, COALESCE(country, '') FROM organisations"));
        while (query.next())
            m_countries.insert(query.value(0).toLongLong(), query.value(1).toString());
        query.finish();
        m_countriesLoaded = true;
    }
    static const QString none;
    const auto it = m_countries.constFind(organisationId);
    return it == m_countries.cend() ? none : *it;
}

qint64 BulkLoadCounts::areaId(const QString &name)
{
    const auto it = m_areas.constFind(name);
    if (it != m_areas.cend())
        return *it;
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT id FROM areas WHERE name = ?"), {name});
    if (!query.next())
        throw StorageError(QStringLiteral("area \"%1\" was not written").arg(name));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    m_areas.insert(name, id);
    return id;
}

void BulkLoadCounts::activityWritten(const Activity &a)
{
    const int kind = int(a.kind);
    const int startMonth = a.when.start().monthKey(), lastMonth = monthOf(a.when.last());
    const int startYear = startMonth / 100, lastYear = lastMonth / 100;
    // Each organisation, person and country once per activity.
    QVarLengthArray<qint64, 8> organisations, people;
    QVarLengthArray<QString, 8> countries;
    for (const Participant &p : a.participants) {
        if (p.organisationId && !organisations.contains(p.organisationId)) {
            organisations.append(p.organisationId);
            const QString &country = countryOf(p.organisationId);
            if (!countries.contains(country))
                countries.append(country);
        }
        if (p.personId && !people.contains(p.personId))
            people.append(p.personId);
    }
    QVarLengthArray<qint64, 4> areas = {0};
    for (const QString &name : a.areas) {
        if (name.trimmed().isEmpty()) // as AreaTags writes them
            continue;
        const qint64 id = areaId(name.trimmed());
        if (!areas.contains(id))
            areas.append(id);
    }
    for (qint64 area : areas) {
        ++m_activities[{area, 0, kind, startMonth, lastMonth}];
        for (qint64 id : organisations) {
            ++m_organisations[{area, id, kind, 0, 0}];
            ++m_organisationYears[{area, id, kind, startYear, lastYear}];
        }
        for (qint64 id : people) {
            ++m_people[{area, id, kind, 0, 0}];
            ++m_peopleYears[{area, id, kind, startYear, lastYear}];
        }
        for (const QString &country : countries)
            ++m_perCountry[{{area, 0, kind, startMonth, lastMonth}, country}];
    }
}

void BulkLoadCounts::write()
{
    using Table = DashboardSummary::CountTable;
    const auto kindName = [](int kind) { return activityKindName(ActivityKind(kind)); };
    // Many rows per statement; the values in each table's key order.
    const auto addRows = [&](Table table, auto &counts, const auto &bind) {
        constexpr int kRowsPerStatement = 200;
        QVariantList values;
        int rows = 0;
        const auto flush = [&] {
            if (rows > 0)
                m_db.exec(DashboardSummary::addRowsStatement(table, rows), values).finish();
            values.clear();
            rows = 0;
        };
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            bind(it.key(), values);
            values.append(it.value());
            if (++rows == kRowsPerStatement)
                flush();
        }
        flush();
        counts.clear();
    };
    const auto perKind = [&](const Key &k, QVariantList &v) { v << k.area << k.id << kindName(k.kind); };
    const auto perYear = [&](const Key &k, QVariantList &v) { v << k.area << k.start << k.last << kindName(k.kind) << k.id; };
    addRows(Table::Organisations, m_organisations, perKind);
    addRows(Table::People, m_people, perKind);
    addRows(Table::OrganisationYears, m_organisationYears, perYear);
    addRows(Table::PeopleYears, m_peopleYears, perYear);
    addRows(Table::Countries, m_perCountry, [&](const CountryKey &c, QVariantList &v) {
        // No country is '' in the table, as COALESCE(country, '') (a null QString binds NULL).
        v << c.key.area << (c.country.isNull() ? QStringLiteral("") : c.country) << kindName(c.key.kind) << c.key.start
          << c.key.last;
    });
    addRows(Table::Activities, m_activities, [&](const Key &k, QVariantList &v) {
        v << k.area << kindName(k.kind) << k.start << k.last;
    });
}

} // namespace liaison
