#pragma once

#include <QStringList>

namespace liaison {

class Database;

// Areas of cooperation attached to records through a link table
// (partnership_areas, activity_areas): one vocabulary, shared by both.
class AreaTags
{
public:
    AreaTags(Database &db, QString linkTable, QString ownerColumn);

    // `replace`: the owner may have areas already (false for a new record).
    void set(qint64 ownerId, const QStringList &areas, bool replace = true);
    QStringList get(qint64 ownerId);

private:
    qint64 areaId(const QString &name);

    Database &m_db;
    QString m_linkTable;
    QString m_ownerColumn;
};

} // namespace liaison
