#include "BulkLoadCounts.h"

#include "DashboardSummary.h"
#include "Database.h"

#include <QSqlQuery>
#include <QVarLengthArray>

namespace liaison {

namespace {
int monthOf(const QDate &date)
{
    return date.year() * 100 + date.month();
}

// Adds counted rows to one kept table, many rows per statement.
template<typename Map, typename Bind>
void addRows(Database &db, DashboardSummary::CountTable table, const Map &counts, Bind bind)
{
    constexpr int kRowsPerStatement = 200;
    QVariantList values;
    int rows = 0;
    const auto flush = [&] {
        if (rows > 0)
            db.exec(DashboardSummary::addRowsStatement(table, rows), values).finish();
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

void BulkLoadCounts::activityWritten(const Activity &a)
{
    const int kind = int(a.kind);
    const int startMonth = a.when.start().monthKey(), lastMonth = monthOf(a.when.last());
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
    const int startYear = startMonth / 100, lastYear = lastMonth / 100;
    for (qint64 id : organisations) {
        ++m_organisations[{id, kind}];
        ++m_organisationYears[{id, kind, startYear, lastYear}];
    }
    for (qint64 id : people) {
        ++m_people[{id, kind}];
        ++m_peopleYears[{id, kind, startYear, lastYear}];
    }
    for (const QString &country : countries)
        ++m_perCountry[{country, kind, startMonth, lastMonth}];
}

void BulkLoadCounts::write()
{
    const auto kindName = [](int kind) { return activityKindName(ActivityKind(kind)); };
    using Key = QPair<qint64, int>;
    addRows(m_db, DashboardSummary::CountTable::Organisations, m_organisations, [&](const Key &k, QVariantList &v) {
        v << k.first << kindName(k.second);
    });
    addRows(m_db, DashboardSummary::CountTable::People, m_people, [&](const Key &k, QVariantList &v) {
        v << k.first << kindName(k.second);
    });
    const auto bindYears = [&](const YearKey &k, QVariantList &v) {
        v << k.startYear << k.lastYear << kindName(k.kind) << k.id;
    };
    addRows(m_db, DashboardSummary::CountTable::OrganisationYears, m_organisationYears, bindYears);
    addRows(m_db, DashboardSummary::CountTable::PeopleYears, m_peopleYears, bindYears);
    addRows(m_db, DashboardSummary::CountTable::Countries, m_perCountry, [&](const CountryKey &k, QVariantList &v) {
        // No country is '' in the table, as COALESCE(country, '') (a null QString binds NULL).
        v << (k.country.isNull() ? QStringLiteral("") : k.country) << kindName(k.kind) << k.startMonth << k.lastMonth;
    });
    m_organisations.clear();
    m_people.clear();
    m_organisationYears.clear();
    m_peopleYears.clear();
    m_perCountry.clear();
}

} // namespace liaison
