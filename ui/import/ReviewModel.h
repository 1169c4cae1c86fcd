#pragma once

#include "import/Importer.h"

#include <QAbstractTableModel>

namespace liaison {

// The names the dry run found close to existing records, each with the
// user's decision: create a new record (the default) or use one of the
// candidates. Nothing is merged unless someone picks it here.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Line, LooksLike, Decision, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // A name decided before (a dry run checked again) keeps its decision.
    void setItems(const QList<ImportReviewItem> &items);
    QHash<QString, qint64> decisions(ImportReviewItem::What what) const;
    // "Use all suggestions": every name becomes its closest existing record.
    void useAllSuggestions();
    // Names decided to be an existing record: the dry run created them.
    int usingExisting(ImportReviewItem::What what) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ImportReviewItem> m_items;
    QList<int> m_choices; // 0: create new; n: candidate n-1
};

} // namespace liaison
