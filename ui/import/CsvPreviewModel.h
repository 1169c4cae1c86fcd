#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace liaison {

// The first rows of a CSV file exactly as read (after encoding, delimiter and
// quoting): the wizard's live preview. Rows before the data, and blank and
// note rows that the import skips, are shown greyed, the header row in bold; the column headers name what each column maps to.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<QStringList> &rows);
    void setHeaderRow(int row, int dataStart);
    void setColumnLabels(const QStringList &labels);
    const QList<QStringList> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool isSkipped(int row) const;

    QList<QStringList> m_rows;
    QStringList m_labels;
    int m_columns = 0;
    int m_headerRow = 0;
    int m_dataStart = 1;
};

} // namespace liaison
