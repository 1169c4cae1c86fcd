#include "RecordListModel.h"

#include "storage/StorageError.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>
#include <QMetaObject>
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
    recount();
    endResetModel();
    emit countChanged();
}

void RecordListModel::setCountLimit(qint64 limit)
{
    beginResetModel();
    m_countLimit = limit;
    recount();
    endResetModel();
    emit countChanged();
}

void RecordListModel::recount()
{
    m_windows.clear();
    m_windowOrder.clear();
    m_rowCount = 0;
    m_exact = false;
    m_more = true;
    if (m_countLimit <= 0)
        return;
    try {
        // One more than the limit tells "exactly the limit" from "more".
        const qint64 n = m_query.countUpTo(m_request, m_countLimit + 1);
        if (n <= m_countLimit) {
            m_exact = true;
            m_more = false;
            m_rowCount = int(n);
        }
    } catch (const StorageError &e) {
        emit failed(e.message());
    }
}

void RecordListModel::countAll()
{
    if (m_exact || m_countLimit <= 0)
        return;
    qint64 n = 0;
    try {
        n = m_query.count(m_request);
    } catch (const StorageError &e) {
        emit failed(e.message());
        return;
    }
    m_exact = true;
    m_more = false;
    if (n > m_rowCount) {
        beginInsertRows({}, m_rowCount, int(n) - 1);
        m_rowCount = int(n);
        endInsertRows();
    }
    emit countChanged();
}

void RecordListModel::reload()
{
    const QList<int> kept = m_windowOrder;
    if (m_exact) {
        // Counted lists stay where they are (their scroll position and
        // selection): the rows are read again, the count follows the edit.
        qint64 n = m_rowCount;
        try {
            n = m_query.countUpTo(m_request, m_countLimit + 1);
        } catch (const StorageError &e) {
            emit failed(e.message());
        }
        if (n <= m_countLimit) {
            m_windows.clear();
            m_windowOrder.clear();
            if (n < m_rowCount) {
                beginRemoveRows({}, int(n), m_rowCount - 1);
                m_rowCount = int(n);
                endRemoveRows();
            } else if (n > m_rowCount) {
                beginInsertRows({}, m_rowCount, int(n) - 1);
                m_rowCount = int(n);
                endInsertRows();
            }
            // The windows shown before are read again, so that rowOf() finds
            // the records they listed.
            for (int number : kept)
                window(number);
            if (m_rowCount > 0)
                emit dataChanged(index(0, 0), index(m_rowCount - 1, int(m_columns.size()) - 1));
            emit countChanged();
            return;
        }
    }
    const int shown = m_rowCount;
    beginResetModel();
    recount();
    endResetModel();
    while (m_more && m_rowCount < shown)
        fetchMore({});
    for (int number : kept)
        if (number * kWindow < m_rowCount)
            window(number);
    emit countChanged();
}

int RecordListModel::rowOf(qint64 id) const
{
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it)
        for (int i = 0; i < it.value().size(); ++i)
            if (it.value().at(i).id == id)
                return it.key() * kWindow + i;
    return -1;
}

QList<ListRow> RecordListModel::readWindow(int number) const
{
    const int first = number * kWindow;
    const int length = qMin(kWindow, m_rowCount - first);
    if (length <= 0)
        return {};
    // Past the middle of a counted list, read from the end: OFFSET costs the
    // rows it skips, and Ctrl+End should cost what Home does.
    if (m_exact && first > m_rowCount / 2)
        return m_query.rowsFromEnd(m_request, m_rowCount - (first + length), length);
    return m_query.rows(m_request, first, length);
}

void RecordListModel::keepWindow(int number, QList<ListRow> rows) const
{
    m_windows.insert(number, std::move(rows));
    m_windowOrder.removeAll(number);
    m_windowOrder.append(number);
    while (m_windowOrder.size() > kKeptWindows)
        m_windows.remove(m_windowOrder.takeFirst());
}

const QList<ListRow> *RecordListModel::window(int number) const
{
    auto it = m_windows.constFind(number);
    if (it != m_windows.cend()) {
        if (m_windowOrder.constLast() != number) {
            m_windowOrder.removeAll(number);
            m_windowOrder.append(number);
        }
        return &it.value();
    }
    QList<ListRow> rows;
    try {
        rows = readWindow(number);
    } catch (const StorageError &e) {
        // Not from inside a paint: the banner is shown afterwards.
        QMetaObject::invokeMethod(const_cast<RecordListModel *>(this), "failed", Qt::QueuedConnection,
                                  Q_ARG(QString, e.message()));
    }
    keepWindow(number, std::move(rows));
    return &m_windows.find(number).value();
}

const ListRow *RecordListModel::rowAt(int row) const
{
    const QList<ListRow> *rows = window(row / kWindow);
    const int at = row % kWindow;
    return at < rows->size() ? &rows->at(at) : nullptr;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
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
    const ListRow *found = rowAt(index.row());
    if (!found)
        return {}; // gone since the count (another user's delete): shown empty until reloaded
    const ListRow &row = *found;
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
        more = m_query.rows(m_request, m_rowCount, kWindow);
    } catch (const StorageError &e) {
        m_more = false;
        emit failed(e.message());
        return;
    }
    // A short window is the last one: no COUNT(*) over a million rows needed.
    m_more = more.size() == kWindow;
    if (more.isEmpty())
        return;
    const int number = m_rowCount / kWindow; // windows grow whole while there are more
    beginInsertRows({}, m_rowCount, int(m_rowCount + more.size() - 1));
    m_rowCount += int(more.size());
    keepWindow(number, std::move(more));
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
