#include "CsvPreviewModel.h"

#include "import/ImportMapping.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace liaison {

void CsvPreviewModel::setRows(const QList<QStringList> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_columns = 0;
    for (const QStringList &row : m_rows)
        m_columns = qMax(m_columns, int(row.size()));
    endResetModel();
}

void CsvPreviewModel::setHeaderRow(int row, int dataStart)
{
    m_headerRow = row;
    m_dataStart = dataStart;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CsvPreviewModel::setColumnLabels(const QStringList &labels)
{
    m_labels = labels;
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QString text = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        QString shown = text;
        return shown.replace(QLatin1String("\r\n"), QStringLiteral(" ⏎ ")).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    }
    case Qt::ToolTipRole: return text;
    case Qt::FontRole:
        if (index.row() == m_headerRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if ((index.row() < m_dataStart && index.row() != m_headerRow) || (index.row() >= m_dataStart && isSkipped(index.row())))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default: return {};
    }
}

// What the import will pass over, as the importer decides it: blank rows and
// rows whose first text starts like a note ("Note:", "Nil return").
bool CsvPreviewModel::isSkipped(int row) const
{
    static const QStringList prefixes = ImportMapping::defaultSkipPrefixes();
    for (const QString &cell : m_rows.at(row)) {
        const QString text = cell.trimmed();
        if (text.isEmpty())
            continue;
        for (const QString &prefix : prefixes) {
            if (text.startsWith(prefix, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString label = m_labels.value(section);
    return label.isEmpty() ? tr("Column %1").arg(section + 1) : label;
}

} // namespace liaison
