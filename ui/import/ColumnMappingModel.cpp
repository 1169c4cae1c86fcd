#include "ColumnMappingModel.h"

#include "ChoiceDelegate.h"

namespace liaison {

namespace {
QStringList splitChoices()
{
    return {ColumnMappingModel::tr("One name"), ColumnMappingModel::tr("Split at ; and line breaks"),
            ColumnMappingModel::tr("Split at , ; and \"and\""), ColumnMappingModel::tr("Automatic")};
}
} // namespace

void ColumnMappingModel::setFile(const QStringList &header, const QStringList &samples)
{
    beginResetModel();
    m_rows.clear();
    const qsizetype count = qMax(header.size(), samples.size());
    for (int i = 0; i < count; ++i) {
        Row row;
        row.header = header.value(i);
        row.sample = samples.value(i);
        row.mapping.column = i;
        m_rows.append(row);
    }
    endResetModel();
}

void ColumnMappingModel::setTarget(ImportTarget target)
{
    beginResetModel();
    m_target = target;
    m_fields = importFieldsFor(target);
    for (Row &row : m_rows) {
        if (!m_fields.contains(row.mapping.field))
            row.mapping.field = ImportField::Ignore;
    }
    endResetModel();
    emit mappingChanged();
}

void ColumnMappingModel::setColumns(const QList<ColumnMapping> &columns)
{
    beginResetModel();
    for (Row &row : m_rows) {
        const int column = row.mapping.column;
        row.mapping = ColumnMapping();
        row.mapping.column = column;
    }
    for (const ColumnMapping &c : columns) {
        if (c.column >= 0 && c.column < m_rows.size())
            m_rows[c.column].mapping = c;
    }
    endResetModel();
    emit mappingChanged();
}

void ColumnMappingModel::setReasons(const QStringList &reasons)
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].reason = reasons.value(i);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Why), index(int(m_rows.size()) - 1, Why));
}

QList<ColumnMapping> ColumnMappingModel::columns() const
{
    QList<ColumnMapping> list;
    for (const Row &row : m_rows) {
        if (row.mapping.field != ImportField::Ignore)
            list.append(row.mapping);
    }
    return list;
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool isList = row.mapping.field == ImportField::Organisations || row.mapping.field == ImportField::People
        || row.mapping.field == ImportField::Areas;
    switch (index.column()) {
    case Header:
        if (role == Qt::DisplayRole)
            return row.header.isEmpty() ? tr("Column %1").arg(index.row() + 1) : row.header;
        break;
    case Sample:
        if (role == Qt::DisplayRole)
            return QString(row.sample).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        if (role == Qt::ToolTipRole)
            return row.sample;
        break;
    case Field:
        if (role == Qt::DisplayRole)
            return importFieldLabel(row.mapping.field);
        if (role == Qt::EditRole)
            return int(m_fields.indexOf(row.mapping.field));
        if (role == ChoiceDelegate::ChoicesRole) {
            QStringList labels;
            for (ImportField f : m_fields)
                labels.append(importFieldLabel(f));
            return labels;
        }
        break;
    case FillDown:
        if (role == Qt::CheckStateRole)
            return row.mapping.fillDown ? Qt::Checked : Qt::Unchecked;
        break;
    case Split:
        if (!isList)
            break;
        if (role == Qt::DisplayRole)
            return splitChoices().value(int(row.mapping.split));
        if (role == Qt::EditRole)
            return int(row.mapping.split);
        if (role == ChoiceDelegate::ChoicesRole)
            return splitChoices();
        break;
    case Why:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.reason;
        break;
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == Field && role == Qt::EditRole) {
        const int choice = value.toInt();
        if (choice < 0 || choice >= m_fields.size())
            return false;
        row.mapping.field = m_fields.at(choice);
        row.reason.clear(); // the user's choice now, not the guess
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        emit mappingChanged();
        return true;
    }
    if (index.column() == FillDown && role == Qt::CheckStateRole) {
        row.mapping.fillDown = value.toInt() == Qt::Checked;
        row.reason.clear();
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        emit mappingChanged();
        return true;
    }
    if (index.column() == Split && role == Qt::EditRole) {
        row.mapping.split = SplitMode(qBound(0, value.toInt(), int(SplitMode::Auto)));
        emit dataChanged(index, index);
        emit mappingChanged();
        return true;
    }
    return false;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Field || (index.column() == Split && data(index, Qt::DisplayRole).isValid()))
        f |= Qt::ItemIsEditable;
    if (index.column() == FillDown)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Header: return tr("Column in the file");
    case Sample: return tr("First value");
    case Field: return tr("Becomes");
    case FillDown: return tr("Fill down");
    case Split: return tr("Several names");
    case Why: return tr("Why");
    }
    return {};
}

} // namespace liaison
