#include "PartnershipEditor.h"

#include "PartialDateEdit.h"
#include "RecordListModel.h"
#include "RecordPicker.h"
#include "TableViews.h"
#include "domain/Vocabulary.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "timeline/TimelinePage.h"
#include "undo/EditContext.h"
#include "undo/SaveRecordCommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace liaison {

PartnershipEditor::PartnershipEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent)
    : RecordEditor(context, undoStack, query, parent)
    , m_heading(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_focus(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_partyPicker(new RecordPicker(query, ListKind::Organisations, this))
    , m_parties(new QStandardItemModel(0, 2, this))
    , m_stages(new QStandardItemModel(0, 3, this))
    , m_newStage(new QComboBox(this))
    , m_stageDate(new PartialDateEdit(this))
    , m_stageNote(new QLineEdit(this))
{
    setObjectName(QStringLiteral("partnershipEditor"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("partnershipName"));
    m_name->setAccessibleName(tr("Name"));
    m_focus->setObjectName(QStringLiteral("partnershipFocus"));
    m_owner->setObjectName(QStringLiteral("partnershipOwner"));
    m_notes->setObjectName(QStringLiteral("partnershipNotes"));
    m_notes->setMaximumHeight(60);
    m_partyPicker->setObjectName(QStringLiteral("partyPicker"));
    m_partyPicker->setPlaceholderText(tr("Add a party…"));
    m_newStage->setObjectName(QStringLiteral("partnershipNewStage"));
    m_newStage->setEditable(true);
    m_newStage->addItems(Vocabulary::partnershipStages());
    m_stageDate->setObjectName(QStringLiteral("partnershipStageDate"));
    m_stageDate->setAccessibleName(tr("Stage since"));
    m_stageDate->lineEdit()->setAccessibleName(tr("Stage since"));
    m_stageNote->setObjectName(QStringLiteral("partnershipStageNote"));
    m_stageNote->setPlaceholderText(tr("Note"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Focus:"), m_focus);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("N&otes:"), m_notes);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("partnershipSave"));
    saveButton->setProperty("savesForm", true);
    auto *deleteButton = new QPushButton(tr("&Delete"), this);
    deleteButton->setObjectName(QStringLiteral("partnershipDelete"));
    deleteButton->setProperty("needsRecord", true);
    connect(saveButton, &QPushButton::clicked, this, guarded(&PartnershipEditor::save));
    connect(deleteButton, &QPushButton::clicked, this, guarded(&PartnershipEditor::remove));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch();

    // Stage and its history
    m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("Since"), tr("Note")});
    auto *stageView = makeTableView(this, QStringLiteral("partnershipStages"), tr("Stage history"));
    stageView->setModel(m_stages);
    stretchColumnFitOthers(stageView, 2);
    auto *changeButton = new QPushButton(tr("&Change stage"), this);
    changeButton->setObjectName(QStringLiteral("partnershipChangeStage"));
    changeButton->setProperty("needsRecord", true);
    connect(changeButton, &QPushButton::clicked, this, guarded(&PartnershipEditor::changeStage));
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(m_newStage, 2);
    stageRow->addWidget(m_stageDate, 2);
    stageRow->addWidget(m_stageNote, 2);
    stageRow->addWidget(changeButton);
    auto *stagePage = new QWidget(this);
    auto *stageLayout = new QVBoxLayout(stagePage);
    stageLayout->addWidget(stageView, 1);
    stageLayout->addLayout(stageRow);

    // Parties
    m_parties->setHorizontalHeaderLabels({tr("Organisation"), tr("Role")});
    auto *partyView = makeTableView(this, QStringLiteral("partnershipParties"), tr("Parties"));
    partyView->setModel(m_parties);
    stretchColumnFitOthers(partyView, 0);
    connect(partyView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(QStringLiteral("organisations"), m_parties->index(index.row(), 0).data(Qt::UserRole).toLongLong());
    });
    auto *addParty = new QPushButton(tr("Add party"), this);
    addParty->setObjectName(QStringLiteral("partyAdd"));
    addParty->setProperty("needsRecord", true);
    connect(addParty, &QPushButton::clicked, this, guarded(&PartnershipEditor::addParty));
    auto *partyRow = new QHBoxLayout;
    partyRow->addWidget(m_partyPicker, 1);
    partyRow->addWidget(addParty);
    auto *partyPage = new QWidget(this);
    auto *partyLayout = new QVBoxLayout(partyPage);
    partyLayout->addWidget(partyView, 1);
    partyLayout->addLayout(partyRow);

    ListRequest activities;
    activities.kind = ListKind::Activities;
    activities.descending = true;
    activities.filter.partnershipIds = {-1};
    m_activities = new RecordListModel(query, activities, this);
    auto *activityView = makeTableView(this, QStringLiteral("partnershipActivities"), tr("Activities"));
    activityView->setModel(m_activities);
    stretchColumnFitOthers(activityView, 2);
    activityView->setColumnWidth(0, 150);
    ListRequest agreements = activities;
    agreements.filter.kinds = {ActivityKind::Agreement};
    m_agreements = new RecordListModel(query, agreements, this);
    auto *agreementView = makeTableView(this, QStringLiteral("partnershipAgreements"), tr("Agreements"));
    agreementView->setModel(m_agreements);
    stretchColumnFitOthers(agreementView, 2);
    agreementView->setColumnWidth(0, 150);
    for (QTableView *view : {activityView, agreementView})
        connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
            emit openRequested(QStringLiteral("activities"), index.data(RecordListModel::IdRole).toLongLong());
        });

    // Its own timeline: the partnership's lane with its stages as bands behind
    // it; a double click opens the activity.
    m_timeline = new TimelinePage(m_context.repository(), -1, this);
    m_timeline->setMinimumHeight(280);
    connect(m_timeline, &TimelinePage::activityActivated, this,
            [this](qint64 id) { emit openRequested(QStringLiteral("activities"), id); });

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("partnershipTabs"));
    tabs->addTab(m_timeline, tr("Timeline"));
    tabs->addTab(stagePage, tr("Stage"));
    tabs->addTab(partyPage, tr("Parties"));
    tabs->addTab(activityView, tr("Activities"));
    tabs->addTab(agreementView, tr("Agreements"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 1);
    setHeadingLabel(m_heading);
    setFirstField(m_name);
    watch({m_name, m_focus, m_owner, m_notes});
    load(0);
}

bool PartnershipEditor::loadRecord(qint64 id)
{
    Repository &repo = m_context.repository();
    std::optional<Partnership> p;
    try {
        if (id != 0)
            p = repo.partnerships().find(id);
    } catch (const StorageError &e) {
        m_context.notifyFailed(e.message());
        return false; // keep what the form shows (and what was typed in it)
    }
    m_id = p ? p->id : 0;
    m_loadedVersion = p ? p->rowVersion : 0;
    const Partnership shown = p.value_or(Partnership());
    m_heading->setText(m_id ? tr("%1 — %2").arg(shown.name, shown.stage()) : tr("New partnership"));
    m_name->setText(shown.name);
    m_focus->setText(shown.focus);
    m_owner->setText(shown.owner);
    m_notes->setPlainText(shown.notes);
    m_partyPicker->clear();
    m_stageNote->clear();
    m_parties->removeRows(0, m_parties->rowCount());
    for (const PartnershipParty &party : shown.parties) {
        std::optional<Organisation> o;
        try {
            o = repo.organisations().find(party.organisationId);
        } catch (const StorageError &) {
        }
        auto *name = new QStandardItem(o ? o->displayName() : QString());
        name->setData(party.organisationId, Qt::UserRole);
        m_parties->appendRow({name, new QStandardItem(party.role)});
    }
    m_stages->removeRows(0, m_stages->rowCount());
    for (int i = int(shown.stageHistory.size()) - 1; i >= 0; --i) { // latest first
        const StageChange &change = shown.stageHistory.at(i);
        m_stages->appendRow({new QStandardItem(change.stage), new QStandardItem(change.date.toDisplayString()),
                             new QStandardItem(change.note)});
    }
    m_timeline->setFixedPartnership(m_id ? m_id : -1);
    for (RecordListModel *model : {m_activities, m_agreements}) {
        ListRequest request = model->request();
        request.filter.partnershipIds = {m_id ? m_id : -1};
        model->setRequest(request);
        model->reload();
        model->fetchMore({});
    }
    updateButtons();
    return true;
}

void PartnershipEditor::save()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_context.notifyFailed(tr("A partnership needs a name."));
        return;
    }
    std::optional<Partnership> before;
    if (m_id)
        before = m_context.repository().partnerships().find(m_id);
    Partnership after = before.value_or(Partnership());
    after.name = m_name->text().trimmed();
    after.focus = m_focus->text().trimmed();
    after.owner = m_owner->text().trimmed();
    after.notes = m_notes->toPlainText();
    if (after.stageHistory.isEmpty())
        after.stageHistory.append({Vocabulary::partnershipStages().value(0), PartialDate(QDate::currentDate()), QString()});
    const bool creating = !before.has_value();
    if (!creating)
        after.rowVersion = m_loadedVersion;
    const int failures = m_context.failureCount();
    auto *command = new SaveRecordCommand<Partnership>(m_context, before, after,
                                                       creating ? tr("Create partnership %1").arg(after.name)
                                                                : tr("Change partnership %1").arg(after.name));
    m_undoStack.push(command);
    if (creating && m_context.failureCount() == failures) {
        m_id = command->recordId();
        emit recordSaved(m_id);
    }
    if (m_context.failureCount() != failures)
        return; // refused: keep what was typed on screen
    load(m_id);
}

void PartnershipEditor::remove()
{
    if (!m_id)
        return;
    if (const auto current = m_context.repository().partnerships().find(m_id))
        m_undoStack.push(new RemoveRecordCommand<Partnership>(m_context, *current, tr("Delete partnership %1").arg(current->name)));
    load(0);
}

void PartnershipEditor::addParty()
{
    // It re-reads the record when done: typing not saved yet is settled first.
    if (!confirmLeave())
        return;
    const QString name = m_partyPicker->text().trimmed();
    if (!m_id || name.isEmpty())
        return;
    const auto before = m_context.repository().partnerships().find(m_id);
    if (!before)
        return;
    qint64 organisationId = m_partyPicker->selectedId();
    if (!organisationId && !RecordPicker::confirmNewRecords(this, {tr("Organisation: %1").arg(name)}))
        return; // the typed name stays in the picker
    const int failures = m_context.failureCount();
    m_undoStack.beginMacro(tr("Add party %1").arg(name));
    if (!organisationId) {
        Organisation created;
        created.name = name;
        auto *create = new SaveRecordCommand<Organisation>(m_context, std::nullopt, created, tr("Create organisation %1").arg(name));
        m_undoStack.push(create);
        if (m_context.failureCount() == failures)
            organisationId = create->recordId();
    }
    if (organisationId) {
        Partnership after = *before;
        after.parties.append({organisationId, tr("partner")});
        m_undoStack.push(new SaveRecordCommand<Partnership>(m_context, before, after, tr("Add party")));
    }
    m_undoStack.endMacro();
    load(m_id);
}

void PartnershipEditor::changeStage()
{
    // It re-reads the record when done: typing not saved yet is settled first.
    if (!confirmLeave())
        return;
    const QString stage = m_newStage->currentText().trimmed();
    if (!m_id || stage.isEmpty() || !m_stageDate->value().isValid())
        return;
    const auto before = m_context.repository().partnerships().find(m_id);
    if (!before)
        return;
    Partnership after = *before;
    after.stageHistory.append({stage, m_stageDate->value(), m_stageNote->text().trimmed()});
    m_undoStack.push(new SaveRecordCommand<Partnership>(m_context, before, after,
                                                        tr("Change stage of %1 to %2").arg(after.name, stage)));
    load(m_id);
}

} // namespace liaison
