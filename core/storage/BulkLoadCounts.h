#pragma once

#include "domain/Activity.h"

#include <QHash>
#include <QString>

namespace liaison {

class Database;

// The dashboard's kept counts (DashboardSummary) for the new activities of a
// bulk load, added up as they are written and stored once at the end. The
// per-participant triggers cost more than the load itself, and recounting a
// million new activities in SQL takes 9 s; these are a few hash lookups per
// activity. The same rule as the triggers: an activity counts once per
// organisation, person and country taking part.
class BulkLoadCounts
{
public:
    explicit BulkLoadCounts(Database &db);

    void organisationWritten(qint64 id, const QString &country);
    void activityWritten(const Activity &activity);
    // Adds what was counted to the kept tables and starts again from nothing.
    void write();

private:
    struct CountryKey
    {
        QString country;
        int kind;
        int startMonth;
        int lastMonth;
        bool operator==(const CountryKey &o) const
        {
            return kind == o.kind && startMonth == o.startMonth && lastMonth == o.lastMonth && country == o.country;
        }
    };
    friend size_t qHash(const CountryKey &key, size_t seed) { return qHashMulti(seed, key.country, key.kind, key.startMonth, key.lastMonth); }
    struct YearKey
    {
        qint64 id;
        int kind;
        int startYear;
        int lastYear;
        bool operator==(const YearKey &o) const
        {
            return id == o.id && kind == o.kind && startYear == o.startYear && lastYear == o.lastYear;
        }
    };
    friend size_t qHash(const YearKey &key, size_t seed) { return qHashMulti(seed, key.id, key.kind, key.startYear, key.lastYear); }

    const QString &countryOf(qint64 organisationId);

    Database &m_db;
    bool m_countriesLoaded = false;
    QHash<qint64, QString> m_countries;
    QHash<QPair<qint64, int>, qint64> m_organisations; // (id, kind) → activities
    QHash<QPair<qint64, int>, qint64> m_people;
    QHash<YearKey, qint64> m_organisationYears;
    QHash<YearKey, qint64> m_peopleYears;
    QHash<CountryKey, qint64> m_perCountry;
};

} // namespace liaison
