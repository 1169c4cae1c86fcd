#pragma once

#include <QMainWindow>

#include <memory>

class QTableView;

namespace liaison {

class Database;
class OrganisationListModel;
class Repository;
class TimelinePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    OrganisationListModel *organisationModel() const { return m_organisationModel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreWindowState();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repository> m_repository;
    OrganisationListModel *m_organisationModel = nullptr;
    QTableView *m_organisationView = nullptr;
    TimelinePage *m_timelinePage = nullptr;
};

} // namespace liaison
