#pragma once

#include "csv/CsvFormat.h"
#include "import/Importer.h"
#include "storage/DatabaseLocation.h"

#include <QElapsedTimer>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QThread;

namespace liaison {

class ColumnMappingModel;
class CsvPreviewModel;
class ImportWorker;
class RefusedRowsModel;
class ReviewModel;
class WorkPage;

// File ▸ Import CSV…: pick (or drop) a file and see it as read; map its
// columns (suggested from the header wording, presets to reuse); review the
// names that look like existing records and the dry run's report; commit as
// one batch with progress and cancel. The dry run and the commit run on a
// worker thread with their own database connection. The logic is core's
// Importer, the same the command line uses.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, ReviewPageId, CommitPageId };

    explicit ImportWizard(DatabaseLocation location, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    ImportMapping mapping() const;
    const Importer::Summary &lastSummary() const { return m_summary; }
    // What the last commit ran with (file aside): an undone import is redone with it.
    const Importer::Options &lastCommitOptions() const { return m_commitOptions; }
    bool isRunning() const { return m_thread != nullptr; }

    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void done(int result) override;

signals:
    // A commit finished (not cancelled): the window can refresh.
    void imported(qint64 batchId);

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createReviewPage();
    QWizardPage *createCommitPage();

    void browse();
    void fileChanged();
    void reloadPreview();
    void updateMappingLabels();
    void updateDayOrderHint();
    void targetChanged();
    QList<ColumnMapping> suggestColumns(ImportTarget target);
    void presetChosen(int index);
    void savePreset();
    void saveReport();
    void startRun(bool dryRun);
    void runProgress(qint64 rows, qint64 bytes, qint64 total);
    void runFinished(const Importer::Summary &summary);
    void runFailed(const QString &message);
    void stopWorker();
    CsvFormat effectiveFormat() const;
    // The dry run's counts as the review decisions change them, and what is refused.
    QString summaryText(const Importer::Summary &s) const;
    void updateDryRunSummary();
    void useReferencePeriod();

    DatabaseLocation m_location;
    CsvFormat m_detected;
    bool m_fileReadable = false;
    bool m_mappingForFile = false;
    bool m_dryRunning = false;
    Importer::Summary m_summary;
    QElapsedTimer m_runTimer;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;

    // File page
    WorkPage *m_filePage = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QSpinBox *m_headerSpin = nullptr;
    QSpinBox *m_dataStartSpin = nullptr;
    QLabel *m_fileStatus = nullptr;
    CsvPreviewModel *m_previewModel = nullptr;
    QTableView *m_previewView = nullptr;
    // Mapping page
    QComboBox *m_targetCombo = nullptr;
    ColumnMappingModel *m_mappingModel = nullptr;
    QTableView *m_mappingView = nullptr;
    QComboBox *m_dayOrderCombo = nullptr;
    QLabel *m_dayOrderHint = nullptr;
    QCheckBox *m_referenceCheck = nullptr;
    Importer::Options m_commitOptions;
    class PartialDateEdit *m_referenceFrom = nullptr; // typed as any date: "2014" is the whole year
    class PartialDateEdit *m_referenceTo = nullptr;
    QComboBox *m_presetCombo = nullptr;
    // Review page
    WorkPage *m_reviewPage = nullptr;
    QLabel *m_dryRunSummary = nullptr;
    ReviewModel *m_reviewModel = nullptr;
    QTableView *m_reviewView = nullptr;
    QStandardItemModel *m_issueModel = nullptr;
    QTableView *m_issueView = nullptr;
    QPushButton *m_saveReportButton = nullptr;
    QPushButton *m_useSuggestionsButton = nullptr;
    QLabel *m_refusedLabel = nullptr;
    RefusedRowsModel *m_refusedModel = nullptr;
    QTableView *m_refusedView = nullptr;
    QWidget *m_periodRow = nullptr;
    class PartialDateEdit *m_periodFrom = nullptr;
    class PartialDateEdit *m_periodTo = nullptr;
    QPushButton *m_checkAgainButton = nullptr;
    // Commit page
    WorkPage *m_commitPage = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_rateLabel = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_resultLabel = nullptr;
};

} // namespace liaison
