#include "RecordListModel.h"

#include "storage/StorageError.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>
#include <QScopedValueRollback>

namespace liaison {

RecordListModel::RecordListModel(ListQuery &query, ListRequest request, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(query)
    , m_request(std::move(request))
    , m_columns(ListQuery::columns(m_request.kind))
{
}

void RecordListModel::setRequest(const ListRequest &request)
{
    if (request == m_request)
        return;
    beginResetModel();
    m_request = request;
    m_rows.clear();
    m_more = true;
    endResetModel();
}

void RecordListModel::reload()
{
    const int shown = int(m_rows.size());
    beginResetModel();
    m_rows.clear();
    m_more = true;
    endResetModel();
    while (m_more && m_rows.size() < shown)
        fetchMore({});
}

int RecordListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RecordListModel::kindTitle(const QString &kindName)
{
    if (kindName == QLatin1String("introduction")) return tr("Introduction");
    if (kindName == QLatin1String("meeting")) return tr("Meeting");
    if (kindName == QLatin1String("event")) return tr("Event");
    if (kindName == QLatin1String("delegation")) return tr("Delegation");
    if (kindName == QLatin1String("agreement")) return tr("Agreement");
    if (kindName == QLatin1String("note")) return tr("Note");
    return kindName;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow &row = m_rows.at(index.row());
    const QString &key = m_columns.at(index.column());
    const QVariant value = row.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (key == QLatin1String("kind"))
            return kindTitle(value.toString());
        if (key == QLatin1String("done"))
            return value.toBool() ? tr("done") : (row.overdue ? tr("overdue") : tr("open"));
        if (value.typeId() == QMetaType::QDate)
            return QLocale().toString(value.toDate(), QStringLiteral("d MMM yyyy"));
        return value;
    case Qt::ForegroundRole:
        if (row.overdue)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case IdRole:
        return row.id;
    case OverdueRole:
        return row.overdue;
    }
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return {};
    const QString &key = m_columns.at(section);
    if (key == QLatin1String("name")) return tr("Name");
    if (key == QLatin1String("short_name")) return tr("Short name");
    if (key == QLatin1String("kind")) return tr("Kind");
    if (key == QLatin1String("country")) return tr("Country");
    if (key == QLatin1String("native_name")) return tr("Native name");
    if (key == QLatin1String("title")) return tr("Title");
    if (key == QLatin1String("organisation")) return tr("Organisation");
    if (key == QLatin1String("stage")) return tr("Stage");
    if (key == QLatin1String("owner")) return tr("Owner");
    if (key == QLatin1String("focus")) return tr("Focus");
    if (key == QLatin1String("when")) return tr("When");
    if (key == QLatin1String("location")) return tr("Location");
    if (key == QLatin1String("due")) return tr("Follow-up due");
    if (key == QLatin1String("done")) return tr("Status");
    return key;
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    // Views (and model testers) may ask again from inside our own row signals.
    if (parent.isValid() || m_fetching || !m_more)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    QList<ListRow> more;
    try {
        more = m_query.rows(m_request, int(m_rows.size()), kWindow);
    } catch (const StorageError &e) {
        m_more = false;
        emit failed(e.message());
        return;
    }
    // A short window is the last one: no COUNT(*) over a million rows needed.
    m_more = more.size() == kWindow;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    ListRequest request = m_request;
    request.sortColumn = column;
    request.descending = order == Qt::DescendingOrder;
    setRequest(request);
    fetchMore({});
}

} // namespace liaison
