#include "OrganisationListModel.h"

#include "storage/Repository.h"

#include <QScopedValueRollback>

namespace liaison {

OrganisationListModel::OrganisationListModel(Repository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    reload();
}

void OrganisationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_repository.organisations().count();
    endResetModel();
}

int OrganisationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganisationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organisation &o = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return o.name;
        case ShortName: return o.shortName;
        case Kind: return o.kind;
        case Country: return o.country;
        }
    }
    if (role == Qt::UserRole)
        return o.id;
    return {};
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case ShortName: return tr("Short name");
    case Kind: return tr("Kind");
    case Country: return tr("Country");
    }
    return {};
}

bool OrganisationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void OrganisationListModel::fetchMore(const QModelIndex &parent)
{
    // Views (and model testers) may ask again from inside our own row signals.
    if (parent.isValid() || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const QList<Organisation> more = m_repository.organisations().list(int(m_rows.size()), kWindow);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // rows vanished meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

} // namespace liaison
