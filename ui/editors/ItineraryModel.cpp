#include "ItineraryModel.h"

namespace liaison {

ItineraryModel::ItineraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ItineraryModel::setStops(const QList<ItineraryStop> &stops)
{
    beginResetModel();
    m_stops = stops;
    endResetModel();
}

void ItineraryModel::addStop(const ItineraryStop &stop)
{
    const int row = int(m_stops.size());
    beginInsertRows({}, row, row);
    m_stops.append(stop);
    endInsertRows();
}

void ItineraryModel::removeStop(int row)
{
    if (row < 0 || row >= m_stops.size())
        return;
    beginRemoveRows({}, row, row);
    m_stops.removeAt(row);
    endRemoveRows();
}

int ItineraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stops.size());
}

int ItineraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItineraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItineraryStop &stop = m_stops.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Place: return stop.place;
    case When:
        if (role == Qt::EditRole)
            return stop.date.toIsoString();
        return stop.date.isValid() ? stop.date.toDisplayString() : QString();
    case Purpose: return stop.purpose;
    }
    return {};
}

bool ItineraryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ItineraryStop &stop = m_stops[index.row()];
    switch (index.column()) {
    case Place: {
        const QString place = value.toString().trimmed();
        if (place.isEmpty())
            return false; // a stop is somewhere
        stop.place = place;
        break;
    }
    case When: stop.date = PartialDate::fromIsoString(value.toString()); break;
    case Purpose: stop.purpose = value.toString().trimmed(); break;
    default: return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant ItineraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Place: return tr("Place");
    case When: return tr("When");
    case Purpose: return tr("Purpose");
    }
    return {};
}

Qt::ItemFlags ItineraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

} // namespace liaison
