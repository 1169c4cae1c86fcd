#pragma once

#include "domain/Organisation.h"

#include <QAbstractTableModel>

namespace liaison {

class Repository;

// Organisations sorted by name, fetched a window at a time as the view scrolls,
// so that a large database never sits in memory whole.
class OrganisationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, ShortName, Kind, Country, ColumnCount };

    explicit OrganisationListModel(Repository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    qint64 totalCount() const { return m_total; }
    // Re-reads from the database (after edits elsewhere).
    void reload();

private:
    static constexpr int kWindow = 200;

    Repository &m_repository;
    QList<Organisation> m_rows;
    qint64 m_total = 0;
    bool m_fetching = false;
};

} // namespace liaison
