#include "MainWindow.h"

#include "OrganisationListModel.h"
#include "import/CsvFileActions.h"
#include "storage/Database.h"
#include "storage/Repository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
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
    setCentralWidget(m_organisationView);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
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
