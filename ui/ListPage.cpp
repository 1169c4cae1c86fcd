#include "ListPage.h"

#include "ActivityFilterBar.h"

#include "RecordListModel.h"
#include "TableViews.h"

#include <QShowEvent>
#include "editors/RecordEditor.h"
#include "editors/RecordPicker.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QStyle>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace liaison {

namespace {
QString idsText(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QList<qint64> idsFrom(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}
} // namespace

ListPage::ListPage(const QString &id, ListQuery &query, const ListRequest &request, RecordEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_query(query)
    , m_baseRequest(request)
    , m_editor(editor)
    , m_model(new RecordListModel(query, request, this))
    , m_view(makeTableView(this, id + QStringLiteral("List"), id))
    , m_search(new QLineEdit(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(id + QStringLiteral("Page"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(request.sortColumn, request.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Every column can be resized (and is saved); the last fills what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_view, &QTableView::scrollToTop);
    connect(m_model, &RecordListModel::failed, this, &ListPage::failed);
    connect(m_model, &RecordListModel::countChanged, this, &ListPage::updateCount);
    // Widths fitted on an empty list (a new database) are the headers' alone:
    // the first rows that come decide them again, unless the user set them.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_fitWhenRowsCome && !m_columnsRestored)
            fitColumns();
    });
    m_model->setCountLimit(kCountLimit);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPage::selectionChanged);

    m_search->setObjectName(id + QStringLiteral("Search"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(request.kind == ListKind::Activities || request.kind == ListKind::FollowUps
                                     ? tr("Search titles, notes, purposes, places…")
                                     : tr("Search names, aliases, titles, notes…"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150); // one query per pause in typing, not per key
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ListPage::applyRequest);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    m_clearFilters = new QPushButton(tr("Clear filters"), this);
    m_clearFilters->setObjectName(id + QStringLiteral("ClearFilters"));
    m_clearFilters->setAccessibleName(tr("Clear filters"));
    m_clearFilters->setToolTip(tr("Show every record again: empties the search and the filters"));
    m_clearFilters->setEnabled(false);
    connect(m_clearFilters, &QPushButton::clicked, this, &ListPage::clearFilters);
    top->addWidget(m_clearFilters);
    if (m_editor) {
        auto *newButton = new QPushButton(tr("&New"), this);
        newButton->setObjectName(id + QStringLiteral("New"));
        connect(newButton, &QPushButton::clicked, this, &ListPage::startNew);
        top->addWidget(newButton);
        connect(m_editor, &RecordEditor::recordSaved, this, &ListPage::openRecord);
    }

    auto *listSide = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    if (request.kind == ListKind::Activities || request.kind == ListKind::FollowUps)
        listLayout->addWidget(makeFilterBar(listSide));
    listLayout->addWidget(m_view, 1);
    m_count = new QLabel(listSide);
    m_count->setObjectName(id + QStringLiteral("Count"));
    m_count->setAccessibleName(tr("Number of results"));
    listLayout->addWidget(m_count);
    m_splitter->addWidget(listSide);
    if (m_editor) {
        auto *editorSide = new QWidget(m_splitter);
        auto *editorLayout = new QVBoxLayout(editorSide);
        editorLayout->setContentsMargins(0, 0, 0, 0);
        m_notInResults = new QLabel(editorSide);
        m_notInResults->setObjectName(id + QStringLiteral("NotInResults"));
        m_notInResults->setAccessibleName(tr("Record not in the list"));
        m_notInResults->setWordWrap(true);
        m_notInResults->setText(tr("Not in the results: this record does not match the search or filters, so the "
                                   "list does not show it."));
        m_notInResults->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid "
                                                     "palette(mid); border-radius: 4px; padding: 4px; }"));
        m_notInResults->hide();
        editorLayout->addWidget(m_notInResults);
        auto *scroll = new QScrollArea(editorSide);
        scroll->setObjectName(id + QStringLiteral("EditorScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_editor);
        editorLayout->addWidget(scroll, 1);
        m_splitter->addWidget(editorSide);
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 1);
        // The editor gets the larger share: its forms and a partnership's
        // timeline need about 600 pixels, the list reads well in less.
        m_splitter->setSizes({520, 680});
    }
    m_splitter->setObjectName(id + QStringLiteral("Splitter"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);
    m_model->fetchMore({});
    updateCount();
}

QString ListPage::countText() const
{
    const qint64 n = m_model->countedRows();
    const QString number = m_model->isCountExact() ? QLocale().toString(n) : QLocale().toString(n) + QLatin1Char('+');
    const bool one = m_model->isCountExact() && n == 1;
    switch (m_baseRequest.kind) {
    case ListKind::Organisations: return one ? tr("1 organisation") : tr("%1 organisations").arg(number);
    case ListKind::People: return one ? tr("1 person") : tr("%1 people").arg(number);
    case ListKind::Partnerships: return one ? tr("1 partnership") : tr("%1 partnerships").arg(number);
    case ListKind::Activities: return one ? tr("1 activity") : tr("%1 activities").arg(number);
    case ListKind::FollowUps: return one ? tr("1 follow-up") : tr("%1 follow-ups").arg(number);
    }
    return number;
}

void ListPage::updateCount()
{
    if (!m_count)
        return;
    m_count->setText(countText());
    m_count->setToolTip(m_model->isCountExact() ? QString()
                                                : tr("More than %1: Ctrl+End counts them all and goes to the last")
                                                      .arg(QLocale().toString(kCountLimit)));
    if (m_clearFilters) {
        const bool filtering = !m_search->text().isEmpty() || (m_filterBar && m_filterBar->isFiltering())
            || (m_includeDone && m_includeDone->isChecked());
        m_clearFilters->setEnabled(filtering);
    }
}

void ListPage::clearFilters()
{
    m_applyingSaved = true;
    m_search->clear();
    if (m_filterBar)
        m_filterBar->clear();
    if (m_includeDone)
        m_includeDone->setChecked(false);
    if (m_savedFilters)
        m_savedFilters->setCurrentIndex(0);
    m_applyingSaved = false;
    m_searchDelay->stop();
    ListRequest request = m_model->request();
    request.text.clear();
    request.filter = currentFilter();
    request.includeDone = false;
    m_model->setRequest(request);
    m_view->scrollToTop();
    checkEditorInResults();
    updateCount();
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+End on a list longer than the count limit: count it to the end
    // first, so the view's own move reaches the last row.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_End && (key->modifiers() & Qt::ControlModifier) && !m_model->isCountExact())
            m_model->countAll();
    }
    return QWidget::eventFilter(watched, event);
}

void ListPage::checkEditorInResults()
{
    if (!m_editor || !m_notInResults)
        return;
    const qint64 current = m_editor->currentId();
    bool listed = true;
    if (current != 0) {
        try {
            listed = m_model->rowOf(current) >= 0 || m_query.contains(m_model->request(), current);
        } catch (const StorageError &e) {
            emit failed(e.message());
        }
    }
    // The editor keeps the record (and anything typed in it); the note says
    // why the list no longer shows it.
    m_notInResults->setVisible(!listed);
    if (!listed)
        m_view->clearSelection();
}

int ListPage::titleColumn() const
{
    return m_baseRequest.kind == ListKind::Activities || m_baseRequest.kind == ListKind::FollowUps ? 2 : 0;
}

void ListPage::fitColumns()
{
    // Measured on the rows read so far (the first window), as the view draws
    // them. Each column gets what nine rows in ten need (a rare long date
    // range or place is elided, its tooltip has it whole), short columns
    // (dates, kinds) at most kOther, the last (free text: a place, a focus)
    // at most kFreeText, and the title (or name) all that remains: never less
    // than kTitle, for which the last column gives way down to its header.
    constexpr int kFreeText = 140;
    constexpr int kOther = 200;
    constexpr int kTitle = 180;
    const QFontMetrics metrics(m_view->font());
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 8;
    const int rows = qMin(m_model->rowCount(), 200);
    m_fitWhenRowsCome = rows == 0;
    const int columns = m_model->columnCount();
    QList<int> widths(columns, 0);
    QList<int> headers(columns, 0);
    for (int column = 0; column < columns; ++column) {
        // The header's text, with room for the sort arrow.
        headers[column] = m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
                              m_model->headerData(column, Qt::Horizontal).toString()) + margin + 16;
        QList<int> texts;
        texts.reserve(rows);
        for (int row = 0; row < rows; ++row)
            texts.append(metrics.horizontalAdvance(m_model->index(row, column).data().toString()) + margin);
        std::sort(texts.begin(), texts.end());
        const int typical = texts.isEmpty() ? 0 : texts.at(qMin(texts.size() - 1, texts.size() * 9 / 10));
        widths[column] = qMax(headers[column], typical);
    }
    const int title = titleColumn();
    const int last = columns - 1;
    int others = 0;
    for (int column = 0; column < columns; ++column) {
        if (column == title)
            continue;
        widths[column] = qMax(headers[column], qMin(widths[column], column == last ? kFreeText : kOther));
        others += widths[column];
    }
    const int available = m_view->viewport()->width();
    if (title != last && available - others < kTitle) {
        const int giveUp = qMin(widths[last] - headers[last], kTitle - (available - others));
        widths[last] -= giveUp;
        others -= giveUp;
    }
    widths[title] = qMax(kTitle, available - others);
    for (int column = 0; column < columns; ++column)
        m_view->setColumnWidth(column, widths[column]);
}

QWidget *ListPage::makeFilterBar(QWidget *parent)
{
    m_filterBar = new ActivityFilterBar(m_query, m_id, ActivityFilterBar::AllFields, parent);
    m_filterBar->setObjectName(m_id + QStringLiteral("Filters"));
    m_savedFilters = new QComboBox(m_filterBar);
    m_savedFilters->setObjectName(m_id + QStringLiteral("SavedFilters"));
    m_savedFilters->setAccessibleName(tr("Saved filters"));
    m_savedFilters->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_savedFilters->setMinimumContentsLength(6);
    auto *saveFilter = new QPushButton(tr("Save filter…"), m_filterBar);
    saveFilter->setObjectName(m_id + QStringLiteral("SaveFilter"));
    // A row of their own: beside the kind and dates they made the list too
    // wide to leave an editor its room in a 1280-pixel window.
    QHBoxLayout *savedRow = m_filterBar->addRow();
    savedRow->addWidget(m_savedFilters, 1);
    savedRow->addWidget(saveFilter);
    if (m_baseRequest.kind == ListKind::FollowUps) {
        m_includeDone = new QCheckBox(tr("Show done"), m_filterBar);
        m_includeDone->setObjectName(m_id + QStringLiteral("IncludeDone"));
        savedRow->addWidget(m_includeDone);
        connect(m_includeDone, &QCheckBox::toggled, this, &ListPage::applyRequest);
    }
    connect(m_filterBar, &ActivityFilterBar::changed, this, &ListPage::applyRequest);
    connect(saveFilter, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of this filter set:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveFilterAs(name.trimmed());
    });
    connect(m_savedFilters, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySavedFilter(m_savedFilters->itemText(index));
    });
    fillSavedFilters();
    return m_filterBar;
}

ActivityFilter ListPage::currentFilter() const
{
    ActivityFilter filter = m_baseRequest.filter;
    filter.text = m_search->text();
    return m_filterBar ? m_filterBar->applyTo(filter) : filter;
}

void ListPage::setFilter(const ActivityFilter &filter)
{
    m_applyingSaved = true;
    m_search->setText(filter.text);
    if (m_filterBar)
        m_filterBar->setFilter(filter);
    m_applyingSaved = false;
    applyRequest();
}

void ListPage::applyRequest()
{
    if (m_applyingSaved)
        return;
    ListRequest request = m_model->request();
    request.text = m_search->text();
    request.filter = currentFilter();
    if (m_includeDone)
        request.includeDone = m_includeDone->isChecked();
    const bool changed = !(request == m_model->request());
    m_model->setRequest(request);
    m_model->fetchMore({});
    if (changed) {
        // New results start at their first row, not where the old ones were scrolled to.
        m_view->scrollToTop();
        checkEditorInResults();
    }
    updateCount();
}

void ListPage::flushSearch()
{
    if (m_searchDelay->isActive()) {
        m_searchDelay->stop();
        applyRequest();
    }
}

void ListPage::reload()
{
    const qint64 current = m_editor ? m_editor->currentId() : 0;
    m_model->reload();
    if (m_model->rowCount() == 0)
        m_model->fetchMore({});
    const int row = m_model->rowOf(current);
    if (row >= 0) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (m_editor)
        m_editor->reload();
    checkEditorInResults();
}

void ListPage::startNew()
{
    if (!m_editor || !m_editor->confirmLeave())
        return;
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    m_editor->startNew();
}

bool ListPage::confirmLeave()
{
    return !m_editor || m_editor->confirmLeave();
}

void ListPage::openRecord(qint64 id)
{
    if (m_editor && m_editor->currentId() != id) {
        if (!m_editor->confirmLeave()) {
            selectEditorRow();
            return;
        }
        m_editor->load(id);
    }
    int row = m_model->rowOf(id);
    if (row < 0) {
        m_model->reload();
        row = m_model->rowOf(id);
    }
    const QSignalBlocker blocker(m_view->selectionModel());
    if (row >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(m_model->index(row, 0));
    } else {
        m_view->clearSelection();
    }
    checkEditorInResults();
    if (m_editor)
        emit recordShown(m_editor->currentId());
}

// The first time a page is shown its first record is opened, as a mail
// client opens its newest message, rather than a blank form that looks like
// the page has nothing to show.
void ListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    if (!m_columnsRestored) {
        // Widths need the page laid out (the view's width) and its rows read.
        if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
            m_model->fetchMore({});
        if (layout())
            layout()->activate();
        fitColumns();
    }
    if (!m_editor || m_editor->currentId() != 0 || m_view->currentIndex().isValid())
        return;
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ListPage::selectionChanged()
{
    if (!m_editor)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(RecordListModel::IdRole).toLongLong();
    if (id == m_editor->currentId() && !m_editor->isDirty())
        return;
    if (id != m_editor->currentId() && m_editor->isDirty()) {
        // Typing not saved yet: ask before the row it belongs to is left.
        if (!m_editor->confirmLeave()) {
            selectEditorRow(); // Cancel: the selection goes back to the record being edited
            return;
        }
        // A save re-reads the list: the row clicked is found again by its id.
        openRecord(id);
        return;
    }
    if (id != m_editor->currentId()) {
        m_editor->load(id);
        if (m_notInResults)
            m_notInResults->hide();
        emit recordShown(m_editor->currentId());
    }
}

void ListPage::selectEditorRow()
{
    const QSignalBlocker blocker(m_view->selectionModel());
    const int row = m_editor ? m_model->rowOf(m_editor->currentId()) : -1;
    if (row >= 0 && m_editor->currentId() != 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_view->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    }
}

void ListPage::setReadOnly(bool readOnly)
{
    // The editor stays readable (and what was typed in it stays there); its
    // buttons that change records are disabled, as are New and Mark done.
    if (m_editor)
        m_editor->setReadOnly(readOnly);
    for (const QString &name : {QStringLiteral("New"), QStringLiteral("MarkDone")})
        if (auto *button = findChild<QPushButton *>(m_id + name))
            button->setEnabled(!readOnly);
}

void ListPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("pages/%1/splitter").arg(m_id), m_splitter->saveState());
    // "columns", not the "header" key of older versions: those widths had a
    // stretched title squeezed to a few letters and are not carried over.
    settings.setValue(QStringLiteral("pages/%1/columns").arg(m_id), m_view->horizontalHeader()->saveState());
}

void ListPage::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("pages/%1/splitter").arg(m_id)).toByteArray());
    QHeaderView *header = m_view->horizontalHeader();
    m_columnsRestored = header->restoreState(settings.value(QStringLiteral("pages/%1/columns").arg(m_id)).toByteArray());
    // The sort saved with the columns is the one the list is read in.
    if (m_columnsRestored)
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    else if (m_shownOnce)
        fitColumns();
}

void ListPage::saveFilterAs(const QString &name)
{
    const ActivityFilter filter = currentFilter();
    QSettings settings;
    settings.beginGroup(QStringLiteral("filters/") + m_id);
    settings.beginGroup(name);
    QStringList kinds;
    for (ActivityKind kind : filter.kinds)
        kinds.append(activityKindName(kind));
    settings.setValue(QStringLiteral("kinds"), kinds);
    settings.setValue(QStringLiteral("from"), filter.from);
    settings.setValue(QStringLiteral("to"), filter.to);
    settings.setValue(QStringLiteral("organisations"), idsText(filter.organisationIds));
    settings.setValue(QStringLiteral("people"), idsText(filter.personIds));
    settings.setValue(QStringLiteral("partnerships"), idsText(filter.partnershipIds));
    settings.setValue(QStringLiteral("areas"), filter.areas);
    settings.setValue(QStringLiteral("countries"), filter.countries);
    settings.setValue(QStringLiteral("text"), filter.text);
    settings.endGroup();
    settings.endGroup();
    fillSavedFilters();
    if (m_savedFilters)
        m_savedFilters->setCurrentText(name);
}

QStringList ListPage::savedFilterNames() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("filters/") + m_id);
    return settings.childGroups();
}

void ListPage::applySavedFilter(const QString &name)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("filters/") + m_id);
    if (!settings.childGroups().contains(name))
        return;
    settings.beginGroup(name);
    ActivityFilter filter;
    for (const QString &kind : settings.value(QStringLiteral("kinds")).toStringList())
        filter.kinds.append(activityKindFromName(kind));
    filter.from = settings.value(QStringLiteral("from")).toDate();
    filter.to = settings.value(QStringLiteral("to")).toDate();
    filter.organisationIds = idsFrom(settings.value(QStringLiteral("organisations")).toString());
    filter.personIds = idsFrom(settings.value(QStringLiteral("people")).toString());
    filter.partnershipIds = idsFrom(settings.value(QStringLiteral("partnerships")).toString());
    filter.areas = settings.value(QStringLiteral("areas")).toStringList();
    filter.countries = settings.value(QStringLiteral("countries")).toStringList();
    filter.text = settings.value(QStringLiteral("text")).toString();
    setFilter(filter);
    // Records chosen by id are applied directly (their pickers show names only when typed).
    ListRequest request = m_model->request();
    request.filter = filter;
    m_model->setRequest(request);
    m_model->fetchMore({});
}

void ListPage::fillSavedFilters()
{
    if (!m_savedFilters)
        return;
    m_savedFilters->clear();
    m_savedFilters->addItem(tr("Saved filters…"));
    m_savedFilters->addItems(savedFilterNames());
}

} // namespace liaison
