#include "MatchingActivitiesDialog.h"

#include "domain/KindPalette.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace liaison {

MatchingActivitiesDialog::MatchingActivitiesDialog(const QString &title, const QList<ActivityAggregates::Row> &rows,
                                                   bool truncated, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("matchingActivitiesDialog"));
    setWindowTitle(title);
    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Kind"), tr("Activity")});
    for (const ActivityAggregates::Row &row : rows) {
        auto *when = new QStandardItem(row.when);
        when->setData(row.id, Qt::UserRole);
        QString kindName = activityKindName(row.kind);
        kindName[0] = kindName.at(0).toUpper();
        auto *kind = new QStandardItem(kindName);
        kind->setData(KindPalette::color(row.kind), Qt::DecorationRole);
        m_model->appendRow({when, kind, new QStandardItem(row.title)});
    }
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = 0; c < 3; ++c)
            m_model->item(r, c)->setEditable(false);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("matchingActivities"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activityActivated(m_model->index(index.row(), 0).data(Qt::UserRole).toLongLong());
    });
    auto *summary = new QLabel(truncated ? tr("The first %Ln activities (double-click one to open it)", nullptr, int(rows.size()))
                                         : tr("%Ln activities (double-click one to open it)", nullptr, int(rows.size())),
                               this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

} // namespace liaison
