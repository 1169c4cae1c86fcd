#include "RefusedRowsModel.h"

#include "import/ImportOutcome.h"

#include <QFont>

namespace liaison {

void RefusedRowsModel::setRows(const QList<ImportIssue> &refused)
{
    beginResetModel();
    m_rows = refused;
    endResetModel();
}

int RefusedRowsModel::withoutYear() const
{
    int n = 0;
    for (const ImportIssue &issue : m_rows)
        n += ImportOutcome::reasonKind(issue.reason).contains(QLatin1String("year")); // "no year", "which year"…
    return n;
}

int RefusedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RefusedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ImportIssue &issue = m_rows.at(index.row());
    const QPair<qint64, int> key{issue.line, issue.columnIndex};
    switch (index.column()) {
    case Line:
        if (role == Qt::DisplayRole)
            return issue.line;
        break;
    case ColumnName:
        if (role == Qt::DisplayRole)
            return issue.column;
        break;
    case Cell:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m_fixes.value(key, issue.cell);
        if (role == Qt::ToolTipRole)
            return issue.columnIndex < 0 ? tr("The whole row was refused: nothing to correct here")
                   : m_fixes.contains(key) ? tr("Corrected (was “%1”): check again to see whether it reads").arg(issue.cell)
                                           : tr("Double-click to correct the cell");
        if (role == Qt::FontRole && m_fixes.contains(key)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Reason:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return issue.reason;
        break;
    }
    return {};
}

bool RefusedRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Cell || role != Qt::EditRole)
        return false;
    const ImportIssue &issue = m_rows.at(index.row());
    if (issue.columnIndex < 0)
        return false;
    const QPair<qint64, int> key{issue.line, issue.columnIndex};
    const QString text = value.toString();
    if (text == issue.cell)
        m_fixes.remove(key);
    else
        m_fixes.insert(key, text);
    emit dataChanged(index, index);
    emit fixesChanged();
    return true;
}

Qt::ItemFlags RefusedRowsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Cell && m_rows.at(index.row()).columnIndex >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RefusedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("Line");
    case ColumnName: return tr("Column");
    case Cell: return tr("Cell (double-click to correct)");
    case Reason: return tr("Why it was refused");
    }
    return {};
}

} // namespace liaison
