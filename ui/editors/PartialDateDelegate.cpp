#include "PartialDateDelegate.h"

#include "PartialDateEdit.h"

namespace liaison {

QWidget *PartialDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new PartialDateEdit(parent);
    editor->setObjectName(QStringLiteral("partialDateCellEditor"));
    editor->setCompact(true, false);
    editor->setAutoFillBackground(true);
    return editor;
}

void PartialDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<PartialDateEdit *>(editor))
        edit->setValue(PartialDate::fromIsoString(index.data(Qt::EditRole).toString()));
}

void PartialDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // Text that is not a date leaves the cell as it was rather than emptying it.
    if (auto *edit = qobject_cast<PartialDateEdit *>(editor); edit && !edit->hasError())
        model->setData(index, edit->value().isValid() ? edit->value().toIsoString() : QString(), Qt::EditRole);
}

} // namespace liaison
