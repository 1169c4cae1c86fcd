#pragma once

#include "import/ImportMapping.h"

#include <QAbstractTableModel>

namespace liaison {

// One row per column of the file: its header, a sample value, and what the
// user maps it to (field, fill down, split). Edits the mapping's columns.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Header, Sample, Field, FillDown, Split, Why, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setFile(const QStringList &header, const QStringList &samples);
    void setTarget(ImportTarget target);
    void setColumns(const QList<ColumnMapping> &columns);
    // Why each column got its suggestion (cells that vetoed the heading,
    // fill-down found), by column of the file; cleared by setFile().
    void setReasons(const QStringList &reasons);
    QList<ColumnMapping> columns() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void mappingChanged();

private:
    struct Row
    {
        QString header;
        QString sample;
        ColumnMapping mapping;
        QString reason;
    };
    QList<Row> m_rows;
    ImportTarget m_target = ImportTarget::Activity;
    QList<ImportField> m_fields = importFieldsFor(ImportTarget::Activity);
};

} // namespace liaison
