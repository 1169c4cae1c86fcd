#pragma once

#include "domain/Activity.h"

#include <QHash>
#include <QString>

namespace liaison {

class Database;

// The dashboard's kept counts (DashboardSummary) for the new activities of a
// bulk load, added up as they are written and stored once at the end. The
// per-row triggers cost more than the load itself, and recounting a million
// new activities in SQL takes 9 s; these are a few hash lookups per activity.
// The same rules as the triggers: an activity counts once per organisation,
// person and country taking part, for all activities and for each of its areas.
class BulkLoadCounts
{
public:
    explicit BulkLoadCounts(Database &db);

    void organisationWritten(qint64 id, const QString &country);
    // After the activity's participants and areas are written.
    void activityWritten(const Activity &activity);
    // Adds what was counted to the kept tables and starts again from nothing.
    void write();

private:
    // One row of a count table; the fields a table has no column for stay 0.
    // The country apart: hashing an empty string for every other row cost
    // 1.7 s and 20 MB on a load of 1M activities.
    struct Key
    {
        qint64 area = 0;
        qint64 id = 0;
        int kind = 0;
        int start = 0;
        int last = 0;
        bool operator==(const Key &o) const
        {
            return area == o.area && id == o.id && kind == o.kind && start == o.start && last == o.last;
        }
    };
    friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.area, k.id, k.kind, k.start, k.last); }
    struct CountryKey
    {
        Key key;
        QString country;
        bool operator==(const CountryKey &o) const { return key == o.key && country == o.country; }
    };
    friend size_t qHash(const CountryKey &k, size_t seed) { return qHashMulti(seed, qHash(k.key, 0), k.country); }
    using Counts = QHash<Key, qint64>;

    const QString &countryOf(qint64 organisationId);
    qint64 areaId(const QString &name);

    Database &m_db;
    bool m_countriesLoaded = false;
    QHash<qint64, QString> m_countries;
    QHash<QString, qint64> m_areas;
    Counts m_organisations, m_people, m_organisationYears, m_peopleYears, m_activities;
    QHash<CountryKey, qint64> m_perCountry;
};

} // namespace liaison
