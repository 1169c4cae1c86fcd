#include "ImportWizard.h"

#include "ChoiceDelegate.h"
#include "ColumnMappingModel.h"
#include "CsvPreviewModel.h"
#include "ImportWorker.h"
#include "RefusedRowsModel.h"
#include "ReviewModel.h"
#include "WorkPage.h"
#include "csv/CsvSniffer.h"
#include "import/ImportPresets.h"
#include "import/ImportSetupGuess.h"
#include "storage/OutputFileGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include "editors/PartialDateEdit.h"
#include <QDir>
#include <QJsonObject>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace liaison {

namespace {
constexpr int kPreviewRows = 50;

const CsvEncoding kEncodings[] = {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE,
                                  CsvEncoding::Windows1252, CsvEncoding::Latin1};
const char kDelimiters[] = {',', ';', '\t', '|'};

QString delimiterLabel(QChar c)
{
    if (c == QLatin1Char('\t'))
        return ImportWizard::tr("Tab");
    if (c == QLatin1Char(','))
        return ImportWizard::tr("Comma");
    if (c == QLatin1Char(';'))
        return ImportWizard::tr("Semicolon");
    if (c == QLatin1Char('|'))
        return ImportWizard::tr("Pipe");
    return QString(c);
}

QTableView *makeTable(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}
} // namespace

ImportWizard::ImportWizard(DatabaseLocation location, QWidget *parent)
    : QWizard(parent)
    , m_location(std::move(location))
{
    setObjectName(QStringLiteral("importWizard"));
    setAccessibleName(tr("Import CSV"));
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePageId, createFilePage());
    setPage(MappingPageId, createMappingPage());
    setPage(ReviewPageId, createReviewPage());
    setPage(CommitPageId, createCommitPage());
    resize(980, 680);
}

ImportWizard::~ImportWizard()
{
    // QDialog's destructor hides the window, and the file field losing focus
    // then finishes its editing: the wizard must not re-read the file while
    // it is half destroyed (that corrupted the heap now and then).
    disconnect(m_fileEdit, nullptr, this, nullptr);
    stopWorker();
}

QWizardPage *ImportWizard::createFilePage()
{
    m_filePage = new WorkPage(this);
    m_filePage->setObjectName(QStringLiteral("importFilePage"));
    m_filePage->setTitle(tr("Choose a file"));
    m_filePage->setSubTitle(tr("A CSV file from Excel, LibreOffice or Google Sheets. Check that it reads correctly below."));

    m_fileEdit = new QLineEdit(m_filePage);
    m_fileEdit->setObjectName(QStringLiteral("importFile"));
    m_fileEdit->setAccessibleName(tr("File"));
    m_fileEdit->setPlaceholderText(tr("Path to a .csv file"));
    auto *browse = new QPushButton(tr("Browse…"), m_filePage);
    browse->setObjectName(QStringLiteral("importBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);

    m_encodingCombo = new QComboBox(m_filePage);
    m_encodingCombo->setObjectName(QStringLiteral("importEncoding"));
    m_encodingCombo->setAccessibleName(tr("Encoding"));
    m_delimiterCombo = new QComboBox(m_filePage);
    m_delimiterCombo->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    m_encodingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_encodingCombo->addItem(tr("Detected"));
    for (CsvEncoding e : kEncodings)
        m_encodingCombo->addItem(csvEncodingName(e));
    m_delimiterCombo->addItem(tr("Detected"));
    for (char c : kDelimiters)
        m_delimiterCombo->addItem(delimiterLabel(QLatin1Char(c)));
    m_headerSpin = new QSpinBox(m_filePage);
    m_headerSpin->setObjectName(QStringLiteral("importHeaderRow"));
    m_headerSpin->setAccessibleName(tr("Header row"));
    m_headerSpin->setRange(0, kPreviewRows);
    m_headerSpin->setValue(1);
    m_headerSpin->setSpecialValueText(tr("none"));
    m_dataStartSpin = new QSpinBox(m_filePage);
    m_dataStartSpin->setObjectName(QStringLiteral("importDataStart"));
    m_dataStartSpin->setAccessibleName(tr("First data row"));
    m_dataStartSpin->setRange(1, kPreviewRows);
    m_dataStartSpin->setValue(2);
    auto *options = new QHBoxLayout;
    auto *form1 = new QFormLayout;
    form1->addRow(tr("&Encoding:"), m_encodingCombo);
    form1->addRow(tr("&Delimiter:"), m_delimiterCombo);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("&Header row:"), m_headerSpin);
    form2->addRow(tr("First &data row:"), m_dataStartSpin);
    options->addLayout(form1);
    options->addSpacing(24);
    options->addLayout(form2);
    options->addStretch(1);

    m_fileStatus = new QLabel(m_filePage);
    m_fileStatus->setObjectName(QStringLiteral("importFileStatus"));
    m_fileStatus->setWordWrap(true);
    m_previewModel = new CsvPreviewModel(this);
    m_previewView = makeTable(QStringLiteral("importPreview"), tr("Preview"), m_filePage);
    m_previewView->setModel(m_previewModel);
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_previewView->horizontalHeader()->setDefaultSectionSize(160);

    auto *layout = new QVBoxLayout(m_filePage);
    layout->addLayout(fileRow);
    layout->addLayout(options);
    layout->addWidget(m_fileStatus);
    layout->addWidget(m_previewView, 1);

    connect(browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &ImportWizard::fileChanged);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportWizard::reloadPreview);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportWizard::reloadPreview);
    connect(m_headerSpin, &QSpinBox::valueChanged, this, [this](int row) {
        if (m_dataStartSpin->value() <= row)
            m_dataStartSpin->setValue(row + 1);
        m_previewModel->setHeaderRow(row - 1, m_dataStartSpin->value() - 1);
        m_mappingForFile = false;
    });
    connect(m_dataStartSpin, &QSpinBox::valueChanged, this, [this](int row) {
        if (m_headerSpin->value() >= row)
            m_headerSpin->setValue(row - 1);
        m_previewModel->setHeaderRow(m_headerSpin->value() - 1, row - 1);
    });
    return m_filePage;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("importMappingPage"));
    page->setTitle(tr("What the rows are"));
    page->setSubTitle(tr("Choose what each row becomes and what each column holds. The suggestions come from the "
                         "column headings."));

    m_targetCombo = new QComboBox(page);
    m_targetCombo->setObjectName(QStringLiteral("importTarget"));
    m_targetCombo->setAccessibleName(tr("Each row is"));
    for (ActivityKind kind : {ActivityKind::Meeting, ActivityKind::Introduction, ActivityKind::Event,
                              ActivityKind::Delegation, ActivityKind::Agreement}) {
        const QString name = activityKindName(kind);
        m_targetCombo->addItem(tr("An activity: %1").arg(name), QVariantList{int(ImportTarget::Activity), int(kind)});
    }
    m_targetCombo->addItem(tr("An activity, its kind named in a column"), QVariantList{int(ImportTarget::Activity), -1});
    m_targetCombo->addItem(tr("An organisation"), QVariantList{int(ImportTarget::Organisation), -1});
    m_targetCombo->addItem(tr("A person"), QVariantList{int(ImportTarget::Person), -1});
    m_targetCombo->addItem(tr("An affiliation (person at organisation)"), QVariantList{int(ImportTarget::Affiliation), -1});

    m_presetCombo = new QComboBox(page);
    m_presetCombo->setObjectName(QStringLiteral("importPreset"));
    m_presetCombo->setAccessibleName(tr("Preset"));
    auto *savePreset = new QPushButton(tr("Save as preset…"), page);
    savePreset->setObjectName(QStringLiteral("importSavePreset"));

    m_mappingModel = new ColumnMappingModel(this);
    m_mappingView = makeTable(QStringLiteral("importMapping"), tr("Column mapping"), page);
    m_mappingView->setModel(m_mappingModel);
    auto *delegate = new ChoiceDelegate(m_mappingView);
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::Field, delegate);
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::Split, delegate);
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->verticalHeader()->hide();
    m_mappingView->verticalHeader()->setDefaultSectionSize(m_mappingView->fontMetrics().height() + 16);
    m_mappingView->horizontalHeader()->resizeSection(ColumnMappingModel::Header, 200);
    m_mappingView->horizontalHeader()->resizeSection(ColumnMappingModel::Sample, 220);
    m_mappingView->horizontalHeader()->resizeSection(ColumnMappingModel::Field, 190);
    m_mappingView->horizontalHeader()->resizeSection(ColumnMappingModel::FillDown, 80);
    m_mappingView->horizontalHeader()->resizeSection(ColumnMappingModel::Split, 200);

    m_dayOrderCombo = new QComboBox(page);
    m_dayOrderCombo->setObjectName(QStringLiteral("importDayOrder"));
    m_dayOrderCombo->setAccessibleName(tr("Day order"));
    m_dayOrderCombo->addItems({tr("Automatic"), tr("Day first (22/03/2013)"), tr("Month first (03/22/2013)")});
    m_dayOrderHint = new QLabel(page);
    m_dayOrderHint->setObjectName(QStringLiteral("importDayOrderHint"));
    m_dayOrderHint->setWordWrap(true);
    m_referenceCheck = new QCheckBox(tr("Dates without a year fall between"), page);
    m_referenceCheck->setObjectName(QStringLiteral("importReferenceCheck"));
    m_referenceFrom = new PartialDateEdit(page);
    m_referenceTo = new PartialDateEdit(page);
    m_referenceFrom->setValue(PartialDate(QDate(QDate::currentDate().year(), 1, 1)));
    m_referenceTo->setValue(PartialDate(QDate(QDate::currentDate().year(), 12, 31)));
    for (PartialDateEdit *edit : {m_referenceFrom, m_referenceTo}) {
        edit->setCompact(true);
        edit->setEnabled(false);
    }
    m_referenceFrom->setObjectName(QStringLiteral("importReferenceFrom"));
    m_referenceFrom->setAccessibleName(tr("Reference period start"));
    m_referenceTo->setObjectName(QStringLiteral("importReferenceTo"));
    m_referenceTo->setAccessibleName(tr("Reference period end"));
    m_referenceFrom->lineEdit()->setAccessibleName(tr("Reference period start"));
    m_referenceTo->lineEdit()->setAccessibleName(tr("Reference period end"));

    auto *top = new QFormLayout;
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetCombo, 1);
    targetRow->addSpacing(16);
    targetRow->addWidget(new QLabel(tr("Preset:"), page));
    targetRow->addWidget(m_presetCombo, 1);
    targetRow->addWidget(savePreset);
    top->addRow(tr("Each row is:"), targetRow);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dayOrderCombo);
    dates->addSpacing(16);
    dates->addWidget(m_referenceCheck);
    dates->addWidget(m_referenceFrom);
    dates->addWidget(new QLabel(tr("and"), page));
    dates->addWidget(m_referenceTo);
    dates->addStretch(1);
    top->addRow(tr("Dates:"), dates);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_dayOrderHint);
    layout->addWidget(m_mappingView, 1);

    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, &ImportWizard::targetChanged);
    connect(m_presetCombo, &QComboBox::activated, this, &ImportWizard::presetChosen);
    connect(savePreset, &QPushButton::clicked, this, &ImportWizard::savePreset);
    // Choices show as combo boxes at once; "several names" only for list fields.
    const auto showEditors = [this] {
        for (int row = 0; row < m_mappingModel->rowCount(); ++row) {
            m_mappingView->openPersistentEditor(m_mappingModel->index(row, ColumnMappingModel::Field));
            const QModelIndex split = m_mappingModel->index(row, ColumnMappingModel::Split);
            if (split.data().isValid())
                m_mappingView->openPersistentEditor(split);
            else
                m_mappingView->closePersistentEditor(split);
        }
    };
    connect(m_mappingModel, &ColumnMappingModel::mappingChanged, this, [this, showEditors] {
        updateMappingLabels();
        updateDayOrderHint();
        showEditors();
    });
    connect(m_mappingModel, &QAbstractItemModel::modelReset, this, showEditors);
    connect(m_dayOrderCombo, &QComboBox::currentIndexChanged, this, &ImportWizard::updateDayOrderHint);
    connect(m_referenceCheck, &QCheckBox::toggled, m_referenceFrom, &QWidget::setEnabled);
    connect(m_referenceCheck, &QCheckBox::toggled, m_referenceTo, &QWidget::setEnabled);
    return page;
}

QWizardPage *ImportWizard::createReviewPage()
{
    m_reviewPage = new WorkPage(this);
    m_reviewPage->setObjectName(QStringLiteral("importReviewPage"));
    m_reviewPage->setTitle(tr("Check before importing"));
    m_reviewPage->setSubTitle(tr("A dry run: nothing has been written yet. Decide about names that look like "
                                 "existing records; they are never merged unless you say so."));
    m_dryRunSummary = new QLabel(tr("Reading the file…"), m_reviewPage);
    m_dryRunSummary->setObjectName(QStringLiteral("importDryRunSummary"));
    m_dryRunSummary->setWordWrap(true);
    m_reviewModel = new ReviewModel(this);
    m_reviewView = makeTable(QStringLiteral("importReview"), tr("Names to review"), m_reviewPage);
    m_reviewView->setModel(m_reviewModel);
    m_reviewView->setItemDelegateForColumn(ReviewModel::Decision, new ChoiceDelegate(m_reviewView));
    m_reviewView->verticalHeader()->hide();
    m_reviewView->verticalHeader()->setDefaultSectionSize(m_reviewView->fontMetrics().height() + 16);
    m_reviewView->horizontalHeader()->resizeSection(ReviewModel::Name, 240);
    m_reviewView->horizontalHeader()->resizeSection(ReviewModel::Line, 60);
    m_reviewView->horizontalHeader()->resizeSection(ReviewModel::LooksLike, 260);
    connect(m_reviewModel, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_reviewModel->rowCount(); ++row)
            m_reviewView->openPersistentEditor(m_reviewModel->index(row, ReviewModel::Decision));
    });
    m_issueModel = new QStandardItemModel(0, 4, this);
    m_issueModel->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Outcome"), tr("Reason")});
    m_issueView = makeTable(QStringLiteral("importIssues"), tr("Report"), m_reviewPage);
    m_issueView->setModel(m_issueModel);
    m_issueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issueView->verticalHeader()->hide();
    m_issueView->horizontalHeader()->resizeSection(0, 60);
    m_issueView->horizontalHeader()->resizeSection(1, 170);
    m_issueView->horizontalHeader()->resizeSection(2, 80);
    m_saveReportButton = new QPushButton(tr("Save report as CSV…"), m_reviewPage);
    m_saveReportButton->setObjectName(QStringLiteral("importSaveReport"));
    m_useSuggestionsButton = new QPushButton(tr("Use all suggestions"), m_reviewPage);
    m_useSuggestionsButton->setObjectName(QStringLiteral("importUseSuggestions"));
    m_useSuggestionsButton->setToolTip(tr("Every name below becomes the existing record it looks most like"));

    // The refused rows, each correctable in place before the commit.
    m_refusedLabel = new QLabel(m_reviewPage);
    m_refusedLabel->setObjectName(QStringLiteral("importRefusedLabel"));
    m_refusedLabel->setWordWrap(true);
    m_refusedModel = new RefusedRowsModel(this);
    m_refusedView = makeTable(QStringLiteral("importRefused"), tr("Refused rows"), m_reviewPage);
    m_refusedView->setModel(m_refusedModel);
    m_refusedView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_refusedView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_refusedView->verticalHeader()->hide();
    m_refusedView->horizontalHeader()->resizeSection(RefusedRowsModel::Line, 60);
    m_refusedView->horizontalHeader()->resizeSection(RefusedRowsModel::ColumnName, 150);
    m_refusedView->horizontalHeader()->resizeSection(RefusedRowsModel::Cell, 220);
    m_periodRow = new QWidget(m_reviewPage);
    m_periodRow->setObjectName(QStringLiteral("importPeriodRow"));
    // The app's one date field: "2014" is the whole year, "Apr 2013" a month.
    m_periodFrom = new PartialDateEdit(m_periodRow);
    m_periodTo = new PartialDateEdit(m_periodRow);
    m_periodFrom->setValue(m_referenceFrom->value());
    m_periodTo->setValue(m_referenceTo->value());
    m_periodFrom->setObjectName(QStringLiteral("importPeriodFrom"));
    m_periodFrom->setAccessibleName(tr("Period start"));
    m_periodTo->setObjectName(QStringLiteral("importPeriodTo"));
    m_periodTo->setAccessibleName(tr("Period end"));
    auto *usePeriod = new QPushButton(tr("Use this period"), m_periodRow);
    usePeriod->setObjectName(QStringLiteral("importUsePeriod"));
    auto *periodLayout = new QHBoxLayout(m_periodRow);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(new QLabel(tr("Dates without a year fall between"), m_periodRow));
    periodLayout->addWidget(m_periodFrom);
    periodLayout->addWidget(new QLabel(tr("and"), m_periodRow));
    periodLayout->addWidget(m_periodTo);
    periodLayout->addWidget(usePeriod);
    periodLayout->addStretch(1);
    m_periodRow->hide();
    m_checkAgainButton = new QPushButton(tr("Check again with these corrections"), m_reviewPage);
    m_checkAgainButton->setObjectName(QStringLiteral("importCheckAgain"));
    m_checkAgainButton->setEnabled(false);

    auto *layout = new QVBoxLayout(m_reviewPage);
    layout->addWidget(m_dryRunSummary);
    layout->addWidget(m_refusedLabel);
    layout->addWidget(m_refusedView, 2);
    auto *fixRow = new QHBoxLayout;
    fixRow->addWidget(m_periodRow, 1);
    fixRow->addStretch(0);
    fixRow->addWidget(m_checkAgainButton);
    layout->addLayout(fixRow);
    auto *namesRow = new QHBoxLayout;
    namesRow->addWidget(new QLabel(tr("Names that look like existing records:"), m_reviewPage));
    namesRow->addStretch(1);
    namesRow->addWidget(m_useSuggestionsButton);
    layout->addLayout(namesRow);
    layout->addWidget(m_reviewView, 2);
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(new QLabel(tr("Row by row:"), m_reviewPage));
    reportRow->addStretch(1);
    reportRow->addWidget(m_saveReportButton);
    layout->addLayout(reportRow);
    layout->addWidget(m_issueView, 3);
    connect(m_saveReportButton, &QPushButton::clicked, this, &ImportWizard::saveReport);
    connect(m_useSuggestionsButton, &QPushButton::clicked, m_reviewModel, &ReviewModel::useAllSuggestions);
    connect(m_reviewModel, &QAbstractItemModel::dataChanged, this, &ImportWizard::updateDryRunSummary);
    connect(m_refusedModel, &RefusedRowsModel::fixesChanged, this, [this] { m_checkAgainButton->setEnabled(true); });
    connect(m_checkAgainButton, &QPushButton::clicked, this, [this] { startRun(true); });
    connect(usePeriod, &QPushButton::clicked, this, &ImportWizard::useReferencePeriod);
    return m_reviewPage;
}

QWizardPage *ImportWizard::createCommitPage()
{
    m_commitPage = new WorkPage(this);
    m_commitPage->setObjectName(QStringLiteral("importCommitPage"));
    m_commitPage->setTitle(tr("Importing"));
    m_commitPage->setSubTitle(tr("Everything is written in one go: if you stop, nothing is kept. The import can be "
                                 "undone later as one batch."));
    m_commitPage->setFinalPage(true);
    m_progressBar = new QProgressBar(m_commitPage);
    m_progressBar->setObjectName(QStringLiteral("importProgress"));
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressBar->setRange(0, 1000);
    m_rateLabel = new QLabel(m_commitPage);
    m_rateLabel->setObjectName(QStringLiteral("importRate"));
    m_stopButton = new QPushButton(tr("Stop the import"), m_commitPage);
    m_stopButton->setObjectName(QStringLiteral("importStop"));
    m_resultLabel = new QLabel(m_commitPage);
    m_resultLabel->setObjectName(QStringLiteral("importResult"));
    m_resultLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(m_commitPage);
    layout->addWidget(m_progressBar);
    auto *row = new QHBoxLayout;
    row->addWidget(m_rateLabel, 1);
    row->addWidget(m_stopButton);
    layout->addLayout(row);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_worker->cancel();
        m_stopButton->setEnabled(false);
        m_rateLabel->setText(tr("Stopping…"));
    });
    return m_commitPage;
}

void ImportWizard::setFilePath(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    fileChanged();
}

QString ImportWizard::filePath() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

void ImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QFileInfo(filePath()).absolutePath(),
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportWizard::fileChanged()
{
    m_mappingForFile = false;
    QFile file(filePath());
    m_fileReadable = !filePath().isEmpty() && file.open(QIODevice::ReadOnly);
    if (m_fileReadable)
        m_detected = CsvSniffer::sniff(&file);
    m_encodingCombo->setItemText(0, m_fileReadable ? tr("Detected: %1").arg(csvEncodingName(m_detected.encoding)) : tr("Detected"));
    m_delimiterCombo->setItemText(0, m_fileReadable ? tr("Detected: %1").arg(delimiterLabel(m_detected.delimiter)) : tr("Detected"));
    reloadPreview();
    if (m_fileReadable) { // a title row above the header is common: guess past it, as `liaison import` does
        const ImportSetupGuess guess = ImportSetupGuess::fromRows(
            m_previewModel->rows().mid(0, ImportSetupGuess::kHeaderSearchRows), ImportTarget::Activity);
        m_headerSpin->setValue(guess.headerRow + 1);
        m_dataStartSpin->setValue(guess.dataStart + 1);
    }
}

CsvFormat ImportWizard::effectiveFormat() const
{
    CsvFormat format = m_detected;
    if (m_encodingCombo->currentIndex() > 0)
        format.encoding = kEncodings[m_encodingCombo->currentIndex() - 1];
    if (m_delimiterCombo->currentIndex() > 0)
        format.delimiter = QLatin1Char(kDelimiters[m_delimiterCombo->currentIndex() - 1]);
    return format;
}

void ImportWizard::reloadPreview()
{
    m_mappingForFile = false;
    if (!m_fileReadable) {
        m_previewModel->setRows({});
        m_fileStatus->setText(filePath().isEmpty() ? tr("Choose a file, or drop one on the main window.")
                                                   : tr("“%1” cannot be read.").arg(filePath()));
        m_filePage->setComplete(false);
        return;
    }
    QFile file(filePath());
    file.open(QIODevice::ReadOnly);
    const CsvFormat format = effectiveFormat();
    m_previewModel->setRows(Importer::preview(file, format, kPreviewRows));
    m_previewModel->setHeaderRow(m_headerSpin->value() - 1, m_dataStartSpin->value() - 1);
    m_previewModel->setColumnLabels({});
    m_fileStatus->setText(tr("%1 — %2, read as %3 with %4 as delimiter. The first %5 rows are shown; "
                             "the header row is in bold.")
                              .arg(QFileInfo(filePath()).fileName())
                              .arg(QLocale().formattedDataSize(QFileInfo(filePath()).size()))
                              .arg(csvEncodingName(format.encoding), delimiterLabel(format.delimiter).toLower())
                              .arg(m_previewModel->rowCount()));
    // Why this encoding, so that a wrong guess is seen before the import.
    if (m_encodingCombo->currentIndex() == 0 && !format.encodingReason.isEmpty())
        m_fileStatus->setText(m_fileStatus->text() + QLatin1Char('\n')
                              + tr("Encoding: %1.").arg(format.encodingReason));
    m_filePage->setComplete(m_previewModel->rowCount() > 0);
}

ImportMapping ImportWizard::mapping() const
{
    ImportMapping m;
    const QVariantList target = m_targetCombo->currentData().toList();
    m.target = ImportTarget(target.value(0).toInt());
    if (target.value(1).toInt() >= 0)
        m.kind = ActivityKind(target.value(1).toInt());
    m.headerRow = m_headerSpin->value() - 1;
    m.dataStart = m_dataStartSpin->value() - 1;
    const CsvFormat format = effectiveFormat();
    m.encoding = format.encoding;
    m.delimiter = format.delimiter;
    if (m_dayOrderCombo->currentIndex() > 0) {
        m.dayOrderGiven = true;
        m.dayOrder = m_dayOrderCombo->currentIndex() == 1 ? DateParser::DayOrder::DayFirst : DateParser::DayOrder::MonthFirst;
    }
    if (m_referenceCheck->isChecked()) {
        m.referenceFrom = m_referenceFrom->firstDay();
        m.referenceTo = m_referenceTo->lastDay();
    }
    m.columns = m_mappingModel->columns();
    return m;
}

void ImportWizard::targetChanged()
{
    const ImportTarget target = ImportTarget(m_targetCombo->currentData().toList().value(0).toInt());
    m_mappingModel->setTarget(target);
    if (m_mappingModel->columns().isEmpty())
        suggestColumns(target);
}

// The columns as `liaison import` guesses them: heading words and a sample of
// the cells, fill-down found; the reasons go into the mapping's "Why" column.
QList<ColumnMapping> ImportWizard::suggestColumns(ImportTarget target)
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const ImportSetupGuess guess = ImportSetupGuess::fromDevice(file, effectiveFormat(), target, m_headerSpin->value() - 1,
                                                                m_dataStartSpin->value() - 1);
    QStringList reasons;
    for (const ImportSetupGuess::Column &c : guess.columns)
        reasons.append(c.reason);
    const QList<ColumnMapping> columns = guess.mappedColumns();
    m_mappingModel->setColumns(columns);
    m_mappingModel->setReasons(reasons);
    return columns;
}

void ImportWizard::updateMappingLabels()
{
    const QStringList header = m_previewModel->rows().value(m_headerSpin->value() - 1);
    QStringList labels;
    for (int i = 0; i < m_previewModel->columnCount(); ++i)
        labels.append(header.value(i));
    for (const ColumnMapping &c : m_mappingModel->columns()) {
        if (c.column < labels.size())
            labels[c.column] = c.fillDown ? tr("%1 → %2 (filled down)").arg(labels.at(c.column), importFieldLabel(c.field))
                                          : QStringLiteral("%1 → %2").arg(labels.at(c.column), importFieldLabel(c.field));
    }
    m_previewModel->setColumnLabels(labels);
}

void ImportWizard::updateDayOrderHint()
{
    if (!m_fileReadable)
        return;
    QFile file(filePath());
    file.open(QIODevice::ReadOnly);
    int ambiguous = 0;
    const int evidence = Importer::dayOrderEvidence(file, effectiveFormat(), mapping(), &ambiguous);
    QString hint;
    if (m_dayOrderCombo->currentIndex() == 0) {
        if (evidence > 0)
            hint = tr("The dates are day first (such as 22/03/2013).");
        else if (evidence < 0)
            hint = tr("The dates are month first (such as 03/22/2013).");
        else if (ambiguous > 0)
            hint = tr("⚠ Dates such as 03/04/2013 could be 3 April or 4 March, and nothing in the file tells which: "
                      "they will be read %1, your system's order, unless you choose otherwise.")
                       .arg(DateParser::systemDayOrder() == DateParser::DayOrder::DayFirst ? tr("day first") : tr("month first"));
    }
    m_dayOrderHint->setText(hint);
    m_dayOrderHint->setVisible(!hint.isEmpty());
}

void ImportWizard::presetChosen(int index)
{
    if (index <= 0)
        return;
    QJsonObject json;
    if (!ImportPresets::load(m_presetCombo->itemText(index), &json))
        return;
    const QStringList header = m_previewModel->rows().value(m_headerSpin->value() - 1);
    ImportMapping m;
    QString error;
    if (!ImportMapping::fromJson(json, header, m, &error)) {
        QMessageBox::warning(this, tr("Preset"), tr("This preset does not fit the file: %1").arg(error));
        return;
    }
    for (int i = 0; i < m_targetCombo->count(); ++i) {
        const QVariantList data = m_targetCombo->itemData(i).toList();
        if (data.value(0).toInt() == int(m.target)
            && (m.target != ImportTarget::Activity || data.value(1).toInt() == (m.isMapped(ImportField::Kind) ? -1 : int(m.kind)))) {
            const QSignalBlocker blocker(m_targetCombo);
            m_targetCombo->setCurrentIndex(i);
            m_mappingModel->setTarget(m.target);
            break;
        }
    }
    m_dayOrderCombo->setCurrentIndex(!m.dayOrderGiven ? 0 : m.dayOrder == DateParser::DayOrder::DayFirst ? 1 : 2);
    m_referenceCheck->setChecked(m.referenceFrom.isValid());
    if (m.referenceFrom.isValid()) {
        m_referenceFrom->setValue(PartialDate(m.referenceFrom));
        m_referenceTo->setValue(PartialDate(m.referenceTo));
    }
    m_mappingModel->setColumns(m.columns);
}

void ImportWizard::savePreset()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save preset"), tr("Name of the preset:"), QLineEdit::Normal,
                                               m_presetCombo->currentIndex() > 0 ? m_presetCombo->currentText() : QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    const QStringList header = m_previewModel->rows().value(m_headerSpin->value() - 1);
    if (!ImportPresets::save(name, mapping().toJson(header), &error)) {
        QMessageBox::warning(this, tr("Save preset"), error);
        return;
    }
    m_presetCombo->clear();
    m_presetCombo->addItem(tr("(none)"));
    m_presetCombo->addItems(ImportPresets::names());
    m_presetCombo->setCurrentText(name.trimmed());
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPageId && !m_mappingForFile) {
        m_mappingForFile = true;
        const QList<QStringList> &rows = m_previewModel->rows();
        const QStringList header = rows.value(m_headerSpin->value() - 1);
        m_mappingModel->setFile(header, rows.value(m_dataStartSpin->value() - 1));
        const ImportTarget target = ImportTarget(m_targetCombo->currentData().toList().value(0).toInt());
        m_mappingModel->setTarget(target);
        const QList<ColumnMapping> suggested = suggestColumns(target);
        // A column that names the kind: choose "kind from a column".
        for (const ColumnMapping &c : suggested) {
            if (c.field == ImportField::Kind)
                m_targetCombo->setCurrentIndex(5);
        }
        m_presetCombo->clear();
        m_presetCombo->addItem(tr("(none)"));
        m_presetCombo->addItems(ImportPresets::names());
        updateDayOrderHint();
    } else if (id == ReviewPageId) {
        startRun(true);
    } else if (id == CommitPageId) {
        startRun(false);
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == MappingPageId) {
        const ImportMapping m = mapping();
        QString problem;
        if (m.target == ImportTarget::Activity && !m.isMapped(ImportField::Date))
            problem = tr("Choose the column that holds the date.");
        else if (m.target == ImportTarget::Activity && m_targetCombo->currentIndex() == 5 && !m.isMapped(ImportField::Kind))
            problem = tr("Choose the column that names the kind of activity.");
        else if ((m.target == ImportTarget::Organisation || m.target == ImportTarget::Person) && !m.isMapped(ImportField::Name))
            problem = tr("Choose the column that holds the name.");
        else if (m.target == ImportTarget::Affiliation
                 && (!m.isMapped(ImportField::Person) || !m.isMapped(ImportField::Organisation)))
            problem = tr("Choose the person column and the organisation column.");
        if (!problem.isEmpty()) {
            QMessageBox::information(this, tr("Import CSV"), problem);
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::startRun(bool dryRun)
{
    stopWorker();
    Importer::Options options;
    options.mapping = mapping();
    options.format = effectiveFormat();
    options.dryRun = dryRun;
    options.source = QFileInfo(filePath()).fileName();
    options.cellFixes = m_refusedModel->fixes();
    if (!dryRun) {
        options.organisationDecisions = m_reviewModel->decisions(ImportReviewItem::What::Organisation);
        options.personDecisions = m_reviewModel->decisions(ImportReviewItem::What::Person);
        // The refused rows were shown, with their fixes, before Commit: it imports the rest.
        options.acceptPartial = true;
        m_commitOptions = options;
    }
    m_checkAgainButton->setEnabled(false);
    m_dryRunning = dryRun;
    (dryRun ? m_reviewPage : m_commitPage)->setComplete(false);
    if (dryRun) {
        m_dryRunSummary->setText(tr("Reading the file…"));
    } else {
        m_progressBar->setValue(0);
        m_rateLabel->clear();
        m_resultLabel->clear();
        m_stopButton->setEnabled(true);
        m_stopButton->show();
    }
    m_thread = new QThread(this);
    m_worker = new ImportWorker(m_location, filePath(), options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(m_worker, &ImportWorker::progress, this, &ImportWizard::runProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportWizard::runFinished);
    connect(m_worker, &ImportWorker::failed, this, &ImportWizard::runFailed);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_runTimer.start();
    m_thread->start();
}

void ImportWizard::stopWorker()
{
    if (!m_thread)
        return;
    if (m_worker)
        m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

void ImportWizard::runProgress(qint64 rows, qint64 bytes, qint64 total)
{
    const double seconds = qMax<qint64>(1, m_runTimer.elapsed()) / 1000.0;
    const QString text = tr("%L1 rows read — %L2 rows/s").arg(rows).arg(qRound64(rows / seconds));
    if (m_dryRunning) {
        m_dryRunSummary->setText(tr("Reading the file… %1").arg(text));
    } else {
        m_progressBar->setValue(total > 0 ? int(bytes * 1000 / total) : 0);
        m_rateLabel->setText(text);
    }
}

void ImportWizard::runFinished(const Importer::Summary &s)
{
    stopWorker();
    m_summary = s;
    if (s.dryRun) {
        m_reviewModel->setItems(s.review);
        m_refusedModel->setRows(s.refused);
        m_issueModel->removeRows(0, m_issueModel->rowCount());
        for (const ImportIssue &issue : s.issues) {
            QList<QStandardItem *> row{new QStandardItem(QString::number(issue.line)), new QStandardItem(issue.column),
                                       new QStandardItem(ImportIssue::severityName(issue.severity)),
                                       new QStandardItem(issue.reason)};
            m_issueModel->appendRow(row);
        }
        updateDryRunSummary();
        m_reviewPage->setComplete(s.outcome.failure.isEmpty()
                                  && s.activitiesCreated + s.organisationsCreated + s.peopleCreated + s.affiliationsCreated > 0);
        return;
    }
    QString warnings;
    for (const QString &w : s.warnings)
        warnings += QStringLiteral("<br>⚠ ") + w.toHtmlEscaped();
    const QString counts = summaryText(s);
    m_stopButton->hide();
    if (s.cancelled) {
        m_resultLabel->setText(tr("Stopped: nothing was imported, the database is as it was."));
        m_rateLabel->clear();
        m_progressBar->setValue(0);
    } else {
        m_progressBar->setValue(1000);
        const double seconds = qMax<qint64>(1, m_runTimer.elapsed()) / 1000.0;
        m_rateLabel->setText(tr("%L1 rows in %2 s — %L3 rows/s").arg(s.rowsRead).arg(seconds, 0, 'f', 1).arg(qRound64(s.rowsRead / seconds)));
        if (!s.outcome.failure.isEmpty()) {
            m_resultLabel->setText(tr("<b>Nothing was imported</b>: %1").arg(s.outcome.failure.toHtmlEscaped()));
        } else if (s.batchId == 0) {
            m_resultLabel->setText(tr("<b>Nothing new to import</b> — %1%2").arg(counts.toHtmlEscaped(), warnings));
        } else {
            m_resultLabel->setText(tr("<b>Imported</b> as batch %1 — %2%3").arg(s.batchId).arg(counts.toHtmlEscaped(), warnings));
            emit imported(s.batchId);
        }
    }
    m_commitPage->setComplete(true);
}

// The counts as they will be once the review decisions are applied: a name
// decided to be an existing record is not created (the dry run, which ran
// before the decisions, created it once) but matched.
QString ImportWizard::summaryText(const Importer::Summary &s) const
{
    const int existingOrganisations = s.dryRun ? m_reviewModel->usingExisting(ImportReviewItem::What::Organisation) : 0;
    const int existingPeople = s.dryRun ? m_reviewModel->usingExisting(ImportReviewItem::What::Person) : 0;
    QString text = tr("activities: %L1 · new organisations: %L2 · new people: %L3 · affiliations: %L4 · "
                      "names found again (in the database or earlier in the file): %L5 organisations, %L6 people · rows skipped: %L7 of %L8 "
                      "(%L9 with errors)")
                       .arg(s.activitiesCreated)
                       .arg(qMax<qint64>(0, s.organisationsCreated - existingOrganisations))
                       .arg(qMax<qint64>(0, s.peopleCreated - existingPeople))
                       .arg(s.affiliationsCreated)
                       .arg(s.organisationsMatched + existingOrganisations)
                       .arg(s.peopleMatched + existingPeople)
                       .arg(s.skipped)
                       .arg(s.rowsRead)
                       .arg(s.errors);
    for (const QString &line : s.outcome.summaryLines(s.rowsRead))
        text += QStringLiteral(" · ") + line;
    return text;
}

void ImportWizard::updateDryRunSummary()
{
    const Importer::Summary &s = m_summary;
    if (!s.dryRun)
        return;
    QString warnings;
    for (const QString &w : s.warnings)
        warnings += QStringLiteral("<br>⚠ ") + w.toHtmlEscaped();
    if (!s.outcome.failure.isEmpty())
        warnings += QStringLiteral("<br><b>%1</b>").arg(tr("This file cannot be imported: %1").arg(s.outcome.failure.toHtmlEscaped()));
    m_dryRunSummary->setText(tr("<b>Would import</b> — %1%2").arg(summaryText(s).toHtmlEscaped(), warnings));
    const qint64 refused = s.outcome.refusedRows();
    m_refusedLabel->setText(
        refused == 0 ? tr("No row is refused.")
                     : tr("<b>%1 will not be imported</b> (%2% of the data rows). Correct a cell below and check "
                          "again, or commit without them:")
                           .arg(refused == 1 ? tr("1 row") : tr("%L1 rows").arg(refused))
                           .arg(QLocale().toString(s.outcome.refusedShare(s.rowsRead) * 100, 'f', 1)));
    m_refusedView->setVisible(refused > 0);
    const int withoutYear = m_refusedModel->withoutYear();
    m_periodRow->setVisible(withoutYear > 0);
    m_useSuggestionsButton->setEnabled(m_reviewModel->rowCount() > 0);
}

// "Give the period these dates fall in": the mapping's reference period,
// then the dry run again.
void ImportWizard::useReferencePeriod()
{
    const QDate from = m_periodFrom->firstDay(), to = m_periodTo->lastDay();
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    m_referenceCheck->setChecked(true);
    m_referenceFrom->setValue(PartialDate(from));
    m_referenceTo->setValue(PartialDate(to));
    startRun(true);
}

void ImportWizard::runFailed(const QString &message)
{
    stopWorker();
    if (m_dryRunning) {
        m_dryRunSummary->setText(tr("The file could not be checked: %1").arg(message.toHtmlEscaped()));
        return;
    }
    m_stopButton->hide();
    m_resultLabel->setText(tr("<b>Nothing was imported</b>: %1. The database is as it was.").arg(message.toHtmlEscaped()));
    m_commitPage->setComplete(true);
}

void ImportWizard::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"),
                                                      QFileInfo(filePath()).completeBaseName() + tr("-report.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::unique_ptr<QSaveFile> file =
        OutputFileGuard(path).protectFile(filePath(), tr("the file being imported")).open(&error);
    if (!file)
        QMessageBox::warning(this, tr("Save report"), error);
    else if (!Importer::writeReport(*file, m_summary.issues) || !file->commit())
        QMessageBox::warning(this, tr("Save report"), tr("%1: %2").arg(path, file->errorString()));
}

void ImportWizard::done(int result)
{
    // Columns chosen and not imported yet: closing asks before they are lost.
    if (result == QDialog::Rejected && !isRunning() && (currentId() == MappingPageId || currentId() == ReviewPageId)) {
        QMessageBox box(QMessageBox::Question, tr("Import CSV"),
                        tr("Close the import of %1? The columns you mapped are not kept (Save preset keeps them).")
                            .arg(QFileInfo(filePath()).fileName()),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("importCloseBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    stopWorker(); // closing mid-import cancels it: the transaction rolls back
    QWizard::done(result);
}

} // namespace liaison
