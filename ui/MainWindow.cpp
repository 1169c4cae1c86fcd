#include "MainWindow.h"

#include "AboutDialog.h"
#include "ConfirmingDialog.h"
#include "FieldUndo.h"
#include "MessageBanner.h"
#include "WindowFit.h"
#include "ListPage.h"
#include "MissingDatabasePrompt.h"
#include "PasswordStore.h"
#include "QuickLogDialog.h"
#include "RecordListModel.h"
#include "editors/ActivityEditor.h"
#include "editors/OrganisationEditor.h"
#include "editors/PartnershipEditor.h"
#include "editors/PersonEditor.h"
#include "import/CsvFileActions.h"
#include "navigation/WindowNavigation.h"
#include "storage/Database.h"
#include "storage/ListQuery.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "dashboard/DashboardPage.h"
#include "timeline/TimelinePage.h"
#include "timeline/TimelineWidget.h"
#include "undo/EditContext.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace liaison {

namespace {
constexpr int PageIdRole = Qt::UserRole;
constexpr int PageTitleRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_repository(std::make_unique<Repository>(*m_database))
    , m_listQuery(std::make_unique<ListQuery>(*m_database))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Liaison").arg(m_database->location().toDisplayString()));
    setAcceptDrops(true);

    m_context = new EditContext(*m_repository, this);
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    connect(m_context, &EditContext::changed, this, &MainWindow::refreshAfterEdit);
    connect(m_context, &EditContext::failed, this, &MainWindow::editFailed);
    // The next edit that goes through takes an old error message away (a
    // read-only database's notice stays: it is still true).
    connect(m_context, &EditContext::changed, this, [this] {
        if (!m_readOnly)
            m_bannerBox->dismiss();
    });

    m_navigation = new QStandardItemModel(this);
    m_navigationView = new QListView(this);
    m_navigationView->setObjectName(QStringLiteral("navigation"));
    m_navigationView->setAccessibleName(tr("Pages"));
    m_navigationView->setModel(m_navigation);
    m_navigationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigationView->setSpacing(2);
    m_navigationView->setMinimumWidth(150);
    m_navigationView->setMaximumWidth(220);
    // Entries are short; a long count ("Follow-ups (39710 overdue)") is elided, not scrolled.
    m_navigationView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigationView->setTextElideMode(Qt::ElideRight);
    m_navigationView->setStyleSheet(QStringLiteral(
        "QListView#navigation { background: palette(window); border: none; font-size: 11pt; }"
        "QListView#navigation::item { padding: 7px 10px; border-radius: 4px; }"
        "QListView#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateTitle);
    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || current.row() == m_pages->currentIndex())
                    return;
                // Leaving a page whose editor holds unsaved typing asks first;
                // Cancel puts the side bar back on the page being edited.
                if (!confirmLeavePage()) {
                    const QSignalBlocker blocker(m_navigationView->selectionModel());
                    m_navigationView->setCurrentIndex(m_navigation->index(m_pages->currentIndex(), 0));
                    return;
                }
                m_pages->setCurrentIndex(current.row());
            });

    m_bannerBox = new MessageBanner(this);
    m_banner = m_bannerBox->label();

    auto *central = new QWidget(this);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_bannerBox);
    right->addWidget(m_pages, 1);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigationView);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    // Parts that bring their own menu entries exist before the menus are built.
    m_timelinePage = new TimelinePage(*m_repository, 0, this);
    m_timelinePage->setObjectName(QStringLiteral("timelinePage"));
    m_timelinePage->setAccessibleName(tr("Timeline"));
    connect(m_timelinePage, &TimelinePage::activityActivated, this,
            [this](qint64 id) { openRecord(QStringLiteral("activities"), id); });
    // Partnership ▸ Export briefing pack starts on the partnership selected.
    m_timelinePage->setPreferredPartnership([this]() -> qint64 {
        ListPage *page = listPage(QStringLiteral("partnerships"));
        return page && page->editor() ? page->editor()->currentId() : 0;
    });
    m_csv = new CsvFileActions(this, *m_database, [this] {
        refreshAfterEdit();
        m_timelinePage->timeline()->reload();
    });
    connect(this, &MainWindow::importCsvRequested, m_csv, &CsvFileActions::openWizard);
    m_csv->setUndoStack(m_undoStack);
    m_dashboardPage = new DashboardPage(*m_database, this);
    connect(m_dashboardPage, &DashboardPage::activityActivated, this,
            [this](qint64 id) { openRecord(QStringLiteral("activities"), id); });

    buildMenus();
    buildPages();
    addPage(QStringLiteral("timeline"), tr("Timeline"), m_timelinePage);
    addPage(QStringLiteral("dashboard"), tr("Dashboard"), m_dashboardPage);
    new WindowNavigation(this); // Ctrl+K, Back/Forward, Help ▸ Guide and Keyboard shortcuts
    checkWritable();
    updateFollowUpCount();
    rememberLocation(m_database->location());
    showPage(QStringLiteral("organisations"));
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // Pages and commands refer to the repository: let them go first.
    m_undoStack->clear();
    delete findChild<QuickLogDialog *>(); // its pickers read the database
    delete m_pages;
    m_pages = nullptr;
}

void MainWindow::buildPages()
{
    struct Spec
    {
        QString id;
        QString title;
        ListKind kind;
        RecordEditor *editor;
        int sortColumn;
        bool descending;
    };
    const QList<Spec> specs = {
        {QStringLiteral("organisations"), tr("Organisations"), ListKind::Organisations,
         new OrganisationEditor(*m_context, *m_undoStack, *m_listQuery), 0, false},
        {QStringLiteral("people"), tr("People"), ListKind::People, new PersonEditor(*m_context, *m_undoStack, *m_listQuery), 0, false},
        {QStringLiteral("partnerships"), tr("Partnerships"), ListKind::Partnerships,
         new PartnershipEditor(*m_context, *m_undoStack, *m_listQuery), 0, false},
        {QStringLiteral("activities"), tr("Activities"), ListKind::Activities,
         new ActivityEditor(*m_context, *m_undoStack, *m_listQuery), 0, true},
        {QStringLiteral("followups"), tr("Follow-ups"), ListKind::FollowUps,
         new ActivityEditor(*m_context, *m_undoStack, *m_listQuery), 0, false},
    };
    for (const Spec &spec : specs) {
        ListRequest request;
        request.kind = spec.kind;
        request.sortColumn = spec.sortColumn;
        request.descending = spec.descending;
        spec.editor->setObjectName(spec.id + QStringLiteral("Editor"));
        auto *page = new ListPage(spec.id, *m_listQuery, request, spec.editor);
        connect(page, &ListPage::failed, this, &MainWindow::showMessage);
        connect(spec.editor, &RecordEditor::openRequested, this, &MainWindow::openRecord);
        connect(spec.editor, &RecordEditor::dirtyChanged, this, &MainWindow::updateTitle);
        m_listPages.insert(spec.id, page);
        addPage(spec.id, spec.title, page);
    }
    // Follow-ups: mark the selected one done in one click.
    ListPage *followUps = m_listPages.value(QStringLiteral("followups"));
    auto *markDone = new QPushButton(tr("Mark &done"), followUps);
    markDone->setObjectName(QStringLiteral("followupsMarkDone"));
    if (auto *searchRow = qobject_cast<QBoxLayout *>(followUps->searchBox()->parentWidget()->layout()->itemAt(0)->layout()))
        searchRow->addWidget(markDone);
    connect(markDone, &QPushButton::clicked, this, [this, followUps] {
        try {
            if (auto *editor = qobject_cast<ActivityEditor *>(followUps->editor()); editor && editor->confirmLeave())
                editor->markFollowUpDone();
        } catch (const StorageError &e) {
            editFailed(e.message());
        }
    });
}

void MainWindow::addPage(const QString &id, const QString &title, QWidget *page)
{
    if (qobject_cast<ListPage *>(page)) {
        page->setParent(m_pages);
        m_pages->addWidget(page);
    } else {
        // A page that needs more room than the screen has (the dashboard's
        // charts side by side) scrolls inside the window instead of making
        // every page, and the window, wider than a 1280-pixel screen.
        auto *scroll = new QScrollArea(m_pages);
        scroll->setObjectName(id + QStringLiteral("PageScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        m_pages->addWidget(scroll);
    }
    auto *item = new QStandardItem(title);
    item->setData(id, PageIdRole);
    item->setData(title, PageTitleRole);
    item->setToolTip(title);
    m_navigation->appendRow(item);
    const int number = m_navigation->rowCount();
    auto *action = new QAction(title, this);
    action->setObjectName(QStringLiteral("show_") + id);
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
    addAction(action);
    if (m_viewMenu)
        m_viewMenu->addAction(action);
}

void MainWindow::showPage(const QString &id)
{
    for (int row = 0; row < m_navigation->rowCount(); ++row) {
        if (m_navigation->item(row)->data(PageIdRole).toString() == id) {
            if (row != m_pages->currentIndex() && !confirmLeavePage())
                return;
            m_navigationView->setCurrentIndex(m_navigation->index(row, 0));
            m_pages->setCurrentIndex(row);
            return;
        }
    }
}

QString MainWindow::currentPageId() const
{
    // While a page is being added its navigation entry may not exist yet.
    const QStandardItem *item = m_navigation->item(m_pages->currentIndex());
    return item ? item->data(PageIdRole).toString() : QString();
}

ListPage *MainWindow::listPage(const QString &id) const
{
    return m_listPages.value(id);
}

CsvFileActions *MainWindow::csvActions() const
{
    return m_csv;
}

void MainWindow::openRecord(const QString &pageId, qint64 id)
{
    if (ListPage *page = m_listPages.value(pageId)) {
        showPage(pageId);
        if (currentPageId() == pageId)
            page->openRecord(id);
    }
}

bool MainWindow::confirmLeavePage()
{
    ListPage *page = listPage(currentPageId());
    return !page || page->confirmLeave();
}

bool MainWindow::confirmLeaveAll()
{
    // The page on screen first (its editor is what the user was typing in).
    if (!confirmLeavePage())
        return false;
    for (ListPage *page : std::as_const(m_listPages))
        if (!page->confirmLeave())
            return false;
    return true;
}

void MainWindow::updateTitle()
{
    ListPage *page = listPage(currentPageId());
    RecordEditor *editor = page ? page->editor() : nullptr;
    const QString base = tr("%1 — Liaison").arg(m_database->location().toDisplayString());
    setWindowTitle(editor && editor->isDirty() ? QStringLiteral("• %1 — %2").arg(editor->recordTitle(), base) : base);
}

QString MainWindow::bannerText() const
{
    return !m_bannerBox->isHidden() ? m_banner->text() : QString();
}

void MainWindow::showMessage(const QString &message)
{
    m_bannerBox->showMessage(m_readOnly ? tr("This database is read-only: edits are refused. %1").arg(message) : message);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Ctrl+N is a new record of the page on screen, as in a mail client; a
    // new database is rarer and takes Ctrl+Shift+N.
    QAction *newRecord = file->addAction(tr("New &record"), QKeySequence::New, this, [this] {
        ListPage *page = listPage(currentPageId());
        if (page && page->editor() && !m_readOnly)
            page->startNew();
    });
    newRecord->setObjectName(QStringLiteral("newRecordAction"));
    QAction *saveRecord = file->addAction(tr("&Save record"), QKeySequence::Save, this, [this] {
        if (ListPage *page = listPage(currentPageId()))
            if (page->editor() && page->editor()->isDirty())
                page->editor()->trySave();
    });
    saveRecord->setObjectName(QStringLiteral("saveRecordAction"));
    file->addSeparator();
    file->addAction(tr("&New database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, &MainWindow::newDatabase)
        ->setObjectName(QStringLiteral("newDatabase"));
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, [this] { openDatabaseFile(false); })
        ->setObjectName(QStringLiteral("openDatabase"));
    file->addAction(tr("Open database read-on&ly…"), this, [this] { openDatabaseFile(true); })
        ->setObjectName(QStringLiteral("openDatabaseReadOnly"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(tr("&Connect to team database…"), this, &MainWindow::connectTeamDatabase)
        ->setObjectName(QStringLiteral("connectDatabase"));
    file->addSeparator();
    // The wizard picks the file itself (and previews it) when none is given.
    file->addAction(tr("&Import CSV…"), m_csv, [this] { m_csv->openWizard(); })
        ->setObjectName(QStringLiteral("importCsvAction"));
    file->addAction(tr("&Undo an import…"), m_csv, &CsvFileActions::undoImport)
        ->setObjectName(QStringLiteral("undoImportAction"));
    file->addSeparator();
    // The list on screen, as searched, filtered and sorted; off on the pages without one.
    QAction *exportCsv = file->addAction(tr("&Export list as CSV…"), m_csv, [this] {
        ListPage *page = listPage(currentPageId());
        if (!page)
            return;
        page->flushSearch();
        // The page's own title names the file and the messages ("follow-ups.csv").
        const QStandardItem *item = m_navigation->item(m_pages->currentIndex());
        m_csv->exportList(page->model()->request(), item->data(PageTitleRole).toString().toLower());
    });
    exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    const auto followPage = [this, exportCsv] { exportCsv->setEnabled(listPage(currentPageId()) != nullptr); };
    connect(m_pages, &QStackedWidget::currentChanged, exportCsv, followPage);
    followPage();
    file->addAction(m_timelinePage->exportPdfAction());
    file->addAction(m_timelinePage->printPreviewAction());
    file->addAction(m_timelinePage->printAction());
    file->addAction(m_dashboardPage->exportChartAction());
    file->addAction(m_dashboardPage->exportReportAction());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setObjectName(QStringLiteral("undo"));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(QStringLiteral("redo"));
    // A text field with focus keeps Ctrl+Z for its own typing; the record
    // stack answers only when the field has nothing to undo.
    FieldUndo::install(undo, redo, m_undoStack);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // The quick log, from every page: Ctrl+L and the toolbar.
    QAction *quickLog = edit->addAction(tr("&Quick log…"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                                        [this] { QuickLogDialog::showFor(this, *m_context, *m_undoStack, *m_listQuery); });
    quickLog->setObjectName(QStringLiteral("quickLogAction"));
    quickLog->setToolTip(tr("Log an introduction or a meeting in one form (Ctrl+L)"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(quickLog);

    auto *historyDock = new QDockWidget(tr("Undo history"), this);
    historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *history = new QUndoView(m_undoStack, historyDock);
    history->setObjectName(QStringLiteral("undoHistory"));
    history->setEmptyLabel(tr("<opened>"));
    history->setAccessibleName(tr("Undo history"));
    historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();
    // Readable when it opens ("Create organisation Smart Nation Office"), and
    // taken from the pages' room rather than widening the window past the screen.
    history->setMinimumWidth(history->fontMetrics().horizontalAdvance(QStringLiteral("Create organisation Smart Nation Office")));
    connect(historyDock, &QDockWidget::visibilityChanged, this, [this, historyDock](bool visible) {
        if (!visible)
            return;
        resizeDocks({historyDock}, {historyDock->widget()->minimumWidth() + 40}, Qt::Horizontal);
        WindowFit::fitToScreen(this);
    });
    edit->addSeparator();
    QAction *showHistory = historyDock->toggleViewAction();
    showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    edit->addAction(showHistory);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

    QMenu *partnership = menuBar()->addMenu(tr("&Partnership"));
    partnership->addAction(m_timelinePage->briefingPackAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About Liaison"), this, [this] { AboutDialog(this).exec(); })
        ->setObjectName(QStringLiteral("aboutAction"));
    fillRecentMenu();
}

void MainWindow::refreshAfterEdit()
{
    for (ListPage *page : std::as_const(m_listPages))
        page->reload();
    updateFollowUpCount();
    m_dashboardPage->reload();
}

void MainWindow::updateFollowUpCount()
{
    qint64 overdue = 0;
    try {
        overdue = m_listQuery->overdueCount(QDate::currentDate());
    } catch (const StorageError &e) {
        showMessage(e.message());
    }
    for (int row = 0; row < m_navigation->rowCount(); ++row) {
        QStandardItem *item = m_navigation->item(row);
        if (item->data(PageIdRole).toString() != QLatin1String("followups"))
            continue;
        const QString title = item->data(PageTitleRole).toString();
        item->setText(overdue > 0 ? tr("%1 (%2 overdue)").arg(title).arg(overdue) : title);
        item->setForeground(overdue > 0 ? QBrush(QColor(0xb0, 0x1c, 0x1c)) : QBrush());
    }
}

void MainWindow::checkWritable()
{
    // Decided when the database was opened: opened read-only, a file that
    // cannot be written, a PostgreSQL role or server that refuses writes.
    setReadOnly(m_database->isReadOnly(),
                tr("This database is read-only: you can browse and search, edits are refused."));
}

void MainWindow::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    if (readOnly)
        m_bannerBox->showMessage(reason);
    for (ListPage *page : std::as_const(m_listPages))
        page->setReadOnly(readOnly);
    for (const QString &name : {QStringLiteral("importCsvAction"), QStringLiteral("undoImportAction"), QStringLiteral("quickLogAction")})
        if (auto *action = findChild<QAction *>(name))
            action->setEnabled(!readOnly);
}

void MainWindow::editFailed(const QString &message)
{
    // A refused edit on a server that no longer answers: say so plainly, and
    // stop offering edits; the editors keep what was typed.
    if (!m_readOnly && m_database->backend() == DatabaseLocation::Backend::PostgreSQL && !m_database->isReachable()) {
        setReadOnly(true, tr("The connection to %1 was lost (%2). Nothing you typed was discarded: it is still in the "
                             "editor. Edits are refused until you reconnect (File ▸ Open recent).")
                              .arg(m_database->location().toDisplayString(), message));
        statusBar()->showMessage(message, 10000);
        return;
    }
    showMessage(message);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QString(),
                                                      tr("Liaison databases (*.liaison *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openLocation(DatabaseLocation::sqliteFile(path), false, true);
}

void MainWindow::openDatabaseFile(bool readOnly)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                      tr("Liaison databases (*.liaison *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openLocation(DatabaseLocation::sqliteFile(path), readOnly);
}

void MainWindow::connectTeamDatabase()
{
    // The password is asked each time and never written to settings. Cancel
    // after typing asks before the typing goes.
    ConfirmingDialog dialog(this);
    dialog.setObjectName(QStringLiteral("connectDialog"));
    dialog.setWindowTitle(tr("Connect to team database"));
    auto *url = new QLineEdit(&dialog);
    url->setObjectName(QStringLiteral("connectUrl"));
    url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/liaison"));
    auto *host = new QLineEdit(&dialog);
    auto *port = new QSpinBox(&dialog);
    port->setRange(1, 65535);
    port->setValue(5432);
    auto *name = new QLineEdit(QStringLiteral("liaison"), &dialog);
    auto *user = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    password->setObjectName(QStringLiteral("connectPassword"));
    password->setPlaceholderText(PasswordStore::isAvailable() ? tr("empty: the one in the keychain") : QString());
    auto *remember = new QCheckBox(tr("Remember the password in the desktop keychain"), &dialog);
    remember->setObjectName(QStringLiteral("connectRemember"));
    remember->setVisible(PasswordStore::isAvailable());
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("URL:"), url);
    form->addRow(new QLabel(tr("or"), &dialog));
    form->addRow(tr("Host:"), host);
    form->addRow(tr("Port:"), port);
    form->addRow(tr("Database:"), name);
    form->addRow(tr("User:"), user);
    form->addRow(tr("Password:"), password);
    form->addRow(QString(), remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString text = url->text().trimmed();
    if (text.isEmpty())
        text = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user->text().trimmed(), host->text().trimmed())
                   .arg(port->value()).arg(name->text().trimmed());
    QString error;
    DatabaseLocation location = DatabaseLocation::parse(text, &error);
    if (!location.isValid()) {
        showMessage(error);
        return;
    }
    if (!password->text().isEmpty()) {
        location.setPassword(password->text());
        if (remember->isChecked() && !PasswordStore::write(location.toDisplayString(), password->text()))
            showMessage(tr("The desktop keychain could not store the password; you will be asked for it next time."));
    }
    openLocation(location);
}

void MainWindow::openLocation(const DatabaseLocation &given, bool readOnly, bool create)
{
    // This window closes when the other database opens: unsaved typing is asked about first.
    if (!confirmLeaveAll())
        return;
    DatabaseLocation location = readOnly || create ? given : MissingDatabasePrompt::resolve(given, this);
    if (!location.isValid())
        return;
    // A team database: the password from the keychain, else asked now.
    if (location.backend() == DatabaseLocation::Backend::PostgreSQL && location.password().isEmpty()) {
        QString password = PasswordStore::read(location.toDisplayString());
        if (password.isEmpty()) {
            bool ok = false;
            password = QInputDialog::getText(this, tr("Connect to team database"),
                                             tr("Password for %1:").arg(location.toDisplayString()), QLineEdit::Password,
                                             QString(), &ok);
            if (!ok)
                return;
        }
        location.setPassword(password);
    }
    auto database = std::make_unique<Database>();
    try {
        Database::OpenOptions options;
        options.readOnly = readOnly;
        database->open(location, options);
    } catch (const StorageError &e) {
        showMessage(e.message());
        return;
    }
    // A new window for the new database: every page starts from a clean state.
    auto *window = new MainWindow(std::move(database));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    close();
}

void MainWindow::rememberLocation(const DatabaseLocation &location)
{
    if (!location.isValid())
        return;
    // The display form never carries the password.
    const QString text = location.toDisplayString();
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("database/recent")).toStringList();
    recent.removeAll(text);
    recent.prepend(text);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("database/recent"), recent);
    settings.setValue(QStringLiteral("database/last"), text);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("database/recent")).toStringList();
    for (const QString &text : recent) {
        m_recentMenu->addAction(text, this, [this, text] {
            DatabaseLocation location = DatabaseLocation::parse(text);
            if (location.isValid())
                openLocation(location);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(WindowFit::firstSize(this, QSize(1280, 800)));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // A geometry saved on a larger screen (or grown by a dock) is brought back inside this one.
    WindowFit::fitToScreen(this);
    for (ListPage *page : std::as_const(m_listPages))
        page->restoreState(settings);
    // Back on the page left last time (an unknown id leaves the first page).
    showPage(settings.value(QStringLiteral("window/page")).toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeaveAll()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), currentPageId());
    for (ListPage *page : std::as_const(m_listPages))
        page->saveState(settings);
    event->accept();
}

namespace {
// The one file a drop names, when it is something the import wizard reads.
QString droppedTable(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt") ? path
                                                                                                            : QString();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedTable(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedTable(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        emit importCsvRequested(path);
    }
}

} // namespace liaison
