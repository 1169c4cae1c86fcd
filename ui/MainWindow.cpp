#include "MainWindow.h"

#include "AboutDialog.h"
#include "OrganisationListModel.h"
#include "timeline/TimelinePage.h"
#include "import/CsvFileActions.h"
#include "storage/Database.h"
#include "storage/Repository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace liaison {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_repository(std::make_unique<Repository>(*m_database))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Liaison").arg(m_database->location().toDisplayString()));

    m_organisationModel = new OrganisationListModel(*m_repository, this);
    m_organisationView = new QTableView(this);
    m_organisationView->setObjectName(QStringLiteral("organisationList"));
    m_organisationView->setAccessibleName(tr("Organisations"));
    m_organisationView->setModel(m_organisationModel);
    m_organisationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_organisationView->setAlternatingRowColors(true);
    m_organisationView->verticalHeader()->hide();
    m_organisationView->horizontalHeader()->setStretchLastSection(true);
    m_organisationView->horizontalHeader()->resizeSection(OrganisationListModel::Name, 380);
    // Timeline hook (issue 4): tabs until the new navigation (issue 3) takes the page.
    m_timelinePage = new TimelinePage(*m_repository, 0, this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->addTab(m_organisationView, tr("Organisations"));
    tabs->addTab(m_timelinePage, tr("Timeline"));
    setCentralWidget(tabs);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_timelinePage->exportPdfAction());
    file->addAction(m_timelinePage->printPreviewAction());
    file->addAction(m_timelinePage->printAction());
    file->addSeparator();
    QMenu *partnership = menuBar()->addMenu(tr("&Partnership"));
    partnership->addAction(m_timelinePage->briefingPackAction());
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Liaison"), this, [this] { AboutDialog(this).exec(); });
    new CsvFileActions(this, file, *m_database, [this] { m_organisationModel->reload(); }); // import/export CSV, drop

    statusBar()->showMessage(tr("%n organisation(s)", nullptr, int(m_organisationModel->totalCount())));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace liaison
