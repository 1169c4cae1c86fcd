#pragma once

#include "storage/ListQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace liaison {

// One page's list: rows of a ListRequest fetched a window at a time as the
// view scrolls; sorting asks the database again (ORDER BY), never sorts in memory.
// With a count limit (the main window's lists) the rows are counted first, up
// to the limit: a list within it has all its rows from the start (the scroll
// bar is true, Ctrl+End reaches the last row), each window read when shown —
// those past the middle from the end — and only a few windows kept. A longer
// list grows as it scrolls until countAll() counts it to the end.
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

    // Counts up to `limit` rows whenever the request changes (0: never counts).
    void setCountLimit(qint64 limit);
    // Whether every row is in rowCount(); otherwise the list has more than the limit.
    bool isCountExact() const { return m_exact; }
    // The rows counted: all of them when exact, else the limit (there are more).
    qint64 countedRows() const { return m_exact ? m_rowCount : m_countLimit; }
    // Counts to the end (however long) and makes every row reachable.
    void countAll();

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
    // After a new request, a reload or countAll().
    void countChanged();

private:
    static constexpr int kWindow = 200;
    // Windows kept in memory; others are read again when shown.
    static constexpr int kKeptWindows = 20;

    const ListRow *rowAt(int row) const;
    const QList<ListRow> *window(int number) const;
    QList<ListRow> readWindow(int number) const;
    void keepWindow(int number, QList<ListRow> rows) const;
    // Counts (when counting) and empties the windows; inside a model reset.
    void recount();

    ListQuery &m_query;
    ListRequest m_request;
    QStringList m_columns;
    // Windows of kWindow rows by number; mutable: data() reads those not kept.
    mutable QHash<int, QList<ListRow>> m_windows;
    mutable QList<int> m_windowOrder; // least recently used first
    int m_rowCount = 0;
    qint64 m_countLimit = 0;
    bool m_exact = false;
    bool m_more = true;
    bool m_fetching = false;
};

} // namespace liaison
