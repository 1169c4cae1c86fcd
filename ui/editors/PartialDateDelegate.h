#pragma once

#include <QStyledItemDelegate>

namespace liaison {

// Edits a table cell holding a partial date (its edit role is the ISO text
// "2014-03-12", "2014-03", "2014-Q3", "2014") with a PartialDateEdit, so the
// precision is chosen as in the forms.
class PartialDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace liaison
