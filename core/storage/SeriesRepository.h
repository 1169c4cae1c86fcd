#pragma once

#include "RecordTable.h"
#include "domain/Series.h"

#include <optional>

namespace liaison {

class Database;

class SeriesRepository
{
public:
    explicit SeriesRepository(Database &db);

    void save(Series &series);
    void remove(const Series &series);
    std::optional<Series> find(qint64 id);
    std::optional<Series> findByName(const QString &name);
    QList<Series> list();

private:
    QList<Series> select(const QString &where, const QVariantList &values);

    Database &m_db;
    RecordTable m_table;
};

} // namespace liaison
