#pragma once

#include "storage/ListQuery.h"

#include <QAbstractTableModel>

namespace liaison {

// One page's list: rows of a ListRequest fetched a window at a time as the
// view scrolls; sorting asks the database again (ORDER BY), never sorts in memory.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int OverdueRole = Qt::UserRole + 1;

    RecordListModel(ListQuery &query, ListRequest request, QObject *parent = nullptr);

    const ListRequest &request() const { return m_request; }
    void setRequest(const ListRequest &request);
    // Re-reads from the database (after an edit), as many rows as were shown.
    void reload();
    // The row showing record `id`, or -1 if not fetched.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static QString kindTitle(const QString &kindName);

signals:
    void failed(const QString &message);

private:
    static constexpr int kWindow = 200;

    ListQuery &m_query;
    ListRequest m_request;
    QStringList m_columns;
    QList<ListRow> m_rows;
    bool m_more = true;
    bool m_fetching = false;
};

} // namespace liaison
