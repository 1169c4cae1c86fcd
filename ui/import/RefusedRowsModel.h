#pragma once

#include "import/Importer.h"

#include <QAbstractTableModel>
#include <QHash>

namespace liaison {

// The rows the dry run refused, each with the cell that refused it: the cell
// can be corrected in place (the import then reads the corrected text for
// that line and column: Importer::Options::cellFixes). What the user types
// is kept as typed; the next dry run says whether it reads.
class RefusedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, ColumnName, Cell, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Fixes typed for rows still listed are kept.
    void setRows(const QList<ImportIssue> &refused);
    QHash<QPair<qint64, int>, QString> fixes() const { return m_fixes; }
    // Rows refused because a date has no year (a period would give it one).
    int withoutYear() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void fixesChanged();

private:
    QList<ImportIssue> m_rows;
    QHash<QPair<qint64, int>, QString> m_fixes;
};

} // namespace liaison
