#include "GlobalSearch.h"

#include "RecordListModel.h"
#include "storage/ListQuery.h"
#include "storage/StorageError.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace liaison {

namespace {
constexpr int PageRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

struct Group
{
    ListKind kind;
    QString pageId;
    QString title;
};
} // namespace

GlobalSearch::GlobalSearch(ListQuery &query, QWidget *parent)
    : QDialog(parent)
    , m_query(query)
    , m_box(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setWindowTitle(tr("Search everything"));
    setAccessibleName(tr("Search everything"));
    m_box->setObjectName(QStringLiteral("globalSearchBox"));
    m_box->setAccessibleName(tr("Search organisations, people, partnerships and activities"));
    m_box->setPlaceholderText(tr("Organisations, people, partnerships, activities…"));
    m_box->setClearButtonEnabled(true);
    m_box->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setColumnCount(2);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { openItem(item); });
    m_delay->setSingleShot(true);
    m_delay->setInterval(150); // one search per pause in typing
    connect(m_box, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &GlobalSearch::search);

    auto *hint = new QLabel(tr("↓ to choose, Enter to open, Esc to close"), this);
    hint->setObjectName(QStringLiteral("globalSearchHint"));
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_box);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);
    resize(560, 460);
}

void GlobalSearch::start()
{
    if (parentWidget()) {
        // Over the top of the window, as a command palette is.
        const QRect window = parentWidget()->window()->geometry();
        move(window.center().x() - width() / 2, window.top() + 60);
    }
    show();
    raise();
    activateWindow();
    m_box->setFocus();
    m_box->selectAll();
}

void GlobalSearch::search()
{
    m_delay->stop();
    m_results->clear();
    const QString text = m_box->text().trimmed();
    if (text.isEmpty())
        return;
    const QList<Group> groups = {
        {ListKind::Organisations, QStringLiteral("organisations"), tr("Organisations")},
        {ListKind::People, QStringLiteral("people"), tr("People")},
        {ListKind::Partnerships, QStringLiteral("partnerships"), tr("Partnerships")},
        {ListKind::Activities, QStringLiteral("activities"), tr("Activities")},
    };
    QTreeWidgetItem *first = nullptr;
    for (const Group &group : groups) {
        ListRequest request;
        request.kind = group.kind;
        if (group.kind == ListKind::Activities) {
            request.filter.text = text;
            request.descending = true; // newest first, as the Activities page lists them
        } else {
            request.text = text;
        }
        QList<ListRow> rows;
        qint64 total = 0;
        try {
            rows = m_query.rows(request, 0, kPerKind);
            // One more than shown tells "8" from "more than 8" without counting them all.
            total = rows.size() < kPerKind ? rows.size() : m_query.countUpTo(request, 100);
        } catch (const StorageError &e) {
            auto *error = new QTreeWidgetItem(m_results, {group.title, e.message()});
            error->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        if (rows.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(m_results);
        heading->setText(0, group.title);
        heading->setText(1, total >= 100 ? tr("100+") : QLocale().toString(total));
        heading->setFlags(Qt::ItemIsEnabled); // a heading, not a record: the arrows skip it
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const ListRow &row : std::as_const(rows)) {
            auto *item = new QTreeWidgetItem(heading);
            QString name;
            QString detail;
            if (group.kind == ListKind::Activities) {
                name = row.values.value(2).toString();
                detail = RecordListModel::kindTitle(row.values.value(1).toString()) + QStringLiteral(", ")
                    + row.values.value(0).toString();
            } else if (group.kind == ListKind::People) {
                name = row.values.value(0).toString();
                detail = row.values.value(3).toString(); // current organisation
            } else if (group.kind == ListKind::Organisations) {
                name = row.values.value(0).toString();
                QStringList parts{row.values.value(1).toString(), row.values.value(3).toString()}; // short name, country
                parts.removeAll(QString());
                detail = parts.join(QStringLiteral(", "));
            } else {
                name = row.values.value(0).toString();
                detail = row.values.value(1).toString(); // stage
            }
            item->setText(0, name);
            item->setText(1, detail);
            item->setToolTip(0, name);
            item->setData(0, PageRole, group.pageId);
            item->setData(0, IdRole, row.id);
            if (!first)
                first = item;
        }
        heading->setExpanded(true);
    }
    if (first)
        m_results->setCurrentItem(first);
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_box && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            if (m_delay->isActive())
                search();
            // The box keeps the focus (and the typing); the current result
            // follows the arrows, from record to record over the headings.
            QList<QTreeWidgetItem *> records;
            for (QTreeWidgetItemIterator it(m_results, QTreeWidgetItemIterator::Selectable); *it; ++it)
                records.append(*it);
            if (records.isEmpty())
                return true;
            const qsizetype at = records.indexOf(m_results->currentItem());
            const qsizetype next = key->key() == Qt::Key_Down ? qMin(at + 1, records.size() - 1) : qMax<qsizetype>(at - 1, 0);
            m_results->setCurrentItem(records.at(next));
            m_results->scrollToItem(records.at(next));
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_delay->isActive())
                search();
            openItem(m_results->currentItem());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GlobalSearch::openItem(QTreeWidgetItem *item)
{
    if (!item || item->data(0, PageRole).toString().isEmpty())
        return;
    const QString page = item->data(0, PageRole).toString();
    const qint64 id = item->data(0, IdRole).toLongLong();
    hide();
    emit openRequested(page, id);
}

} // namespace liaison
