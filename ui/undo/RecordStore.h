#pragma once

#include "storage/Repository.h"

#include <optional>

namespace liaison {

// Find, save and remove for each record kind, by overload, so that one undo
// command template serves them all.
inline std::optional<Organisation> findRecord(Repository &r, const Organisation &o) { return r.organisations().find(o.id); }
inline std::optional<Person> findRecord(Repository &r, const Person &p) { return r.people().find(p.id); }
inline std::optional<Partnership> findRecord(Repository &r, const Partnership &p) { return r.partnerships().find(p.id); }
inline std::optional<Activity> findRecord(Repository &r, const Activity &a) { return r.activities().find(a.id); }
inline std::optional<Series> findRecord(Repository &r, const Series &s) { return r.series().find(s.id); }
inline std::optional<Affiliation> findRecord(Repository &r, const Affiliation &a)
{
    for (const Affiliation &stored : r.affiliations().ofPerson(a.personId))
        if (stored.id == a.id)
            return stored;
    return std::nullopt;
}

inline void saveRecord(Repository &r, Organisation &o) { r.organisations().save(o); }
inline void saveRecord(Repository &r, Person &p) { r.people().save(p); }
inline void saveRecord(Repository &r, Partnership &p) { r.partnerships().save(p); }
inline void saveRecord(Repository &r, Activity &a) { r.activities().save(a); }
inline void saveRecord(Repository &r, Series &s) { r.series().save(s); }
inline void saveRecord(Repository &r, Affiliation &a) { r.affiliations().save(a); }

inline void removeRecord(Repository &r, const Organisation &o) { r.organisations().remove(o); }
inline void removeRecord(Repository &r, const Person &p) { r.people().remove(p); }
inline void removeRecord(Repository &r, const Partnership &p) { r.partnerships().remove(p); }
inline void removeRecord(Repository &r, const Activity &a) { r.activities().remove(a); }
inline void removeRecord(Repository &r, const Series &s) { r.series().remove(s); }
inline void removeRecord(Repository &r, const Affiliation &a) { r.affiliations().remove(a); }

} // namespace liaison
