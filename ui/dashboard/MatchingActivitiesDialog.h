#pragma once

#include "storage/ActivityAggregates.h"

#include <QDialog>

class QStandardItemModel;
class QTableView;

namespace liaison {

// The activities behind a clicked bar or slice, in a table; double-clicking
// one opens it in the Activities page.
class MatchingActivitiesDialog : public QDialog
{
    Q_OBJECT

public:
    MatchingActivitiesDialog(const QString &title, const QList<ActivityAggregates::Row> &rows, bool truncated,
                             QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

signals:
    void activityActivated(qint64 id);

private:
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace liaison
