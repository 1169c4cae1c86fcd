#include "PersonEditor.h"

#include "PartialDateEdit.h"
#include "RecordListModel.h"
#include "RecordPicker.h"
#include "TableViews.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "undo/EditContext.h"
#include "undo/MergeRecordsCommand.h"
#include "undo/SaveRecordCommand.h"

#include <QFormLayout>
#include <QGroupBox>
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

PersonEditor::PersonEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent)
    : RecordEditor(context, undoStack, query, parent)
    , m_heading(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nativeName(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_affiliationOrganisation(new RecordPicker(query, ListKind::Organisations, this))
    , m_affiliationRole(new QLineEdit(this))
    , m_affiliationFrom(new PartialDateEdit(this))
    , m_affiliationTo(new PartialDateEdit(this))
    , m_mergePicker(new RecordPicker(query, ListKind::People, this))
    , m_affiliations(new QStandardItemModel(0, 4, this))
{
    setObjectName(QStringLiteral("personEditor"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("personHeading"));
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setAccessibleName(tr("Name"));
    m_nativeName->setObjectName(QStringLiteral("personNativeName"));
    m_nativeName->setAccessibleName(tr("Name in own script"));
    m_title->setObjectName(QStringLiteral("personTitle"));
    m_email->setObjectName(QStringLiteral("personEmail"));
    m_phone->setObjectName(QStringLiteral("personPhone"));
    m_notes->setObjectName(QStringLiteral("personNotes"));
    m_notes->setMaximumHeight(60);
    m_affiliationOrganisation->setObjectName(QStringLiteral("affiliationOrganisation"));
    m_affiliationOrganisation->setAccessibleName(tr("Organisation"));
    m_affiliationRole->setObjectName(QStringLiteral("affiliationRole"));
    m_affiliationRole->setPlaceholderText(tr("Role"));
    m_affiliationFrom->setObjectName(QStringLiteral("affiliationFrom"));
    m_affiliationTo->setObjectName(QStringLiteral("affiliationTo"));
    m_affiliationTo->setValue({});
    m_affiliationTo->setEmptyText(tr("current"));
    m_affiliationFrom->setAccessibleName(tr("Affiliation from"));
    m_affiliationFrom->lineEdit()->setAccessibleName(tr("Affiliation from"));
    m_affiliationTo->setAccessibleName(tr("Affiliation to"));
    m_affiliationTo->lineEdit()->setAccessibleName(tr("Affiliation to"));
    m_mergePicker->setObjectName(QStringLiteral("personMergePicker"));
    m_mergePicker->setPlaceholderText(tr("A duplicate of this person…"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Name in own sc&ript:"), m_nativeName);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("N&otes:"), m_notes);

    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("personSave"));
    saveButton->setDefault(true);
    saveButton->setProperty("savesForm", true);
    auto *deleteButton = new QPushButton(tr("&Delete"), this);
    deleteButton->setObjectName(QStringLiteral("personDelete"));
    deleteButton->setProperty("needsRecord", true);
    auto *mergeButton = new QPushButton(tr("&Merge into this"), this);
    mergeButton->setObjectName(QStringLiteral("personMerge"));
    mergeButton->setProperty("needsRecord", true);
    connect(saveButton, &QPushButton::clicked, this, guarded(&PersonEditor::save));
    connect(deleteButton, &QPushButton::clicked, this, guarded(&PersonEditor::remove));
    connect(mergeButton, &QPushButton::clicked, this, guarded(&PersonEditor::mergeDuplicate));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch();
    buttons->addWidget(m_mergePicker, 2);
    buttons->addWidget(mergeButton);

    m_affiliations->setHorizontalHeaderLabels({tr("Organisation"), tr("Role"), tr("From"), tr("To")});
    m_affiliationView = makeTableView(this, QStringLiteral("personAffiliations"), tr("Affiliations"));
    m_affiliationView->setModel(m_affiliations);
    stretchColumnFitOthers(m_affiliationView, 0); // the dates fit; the organisation takes the rest
    connect(m_affiliationView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(QStringLiteral("organisations"), m_affiliations->index(index.row(), 0).data(Qt::UserRole + 1).toLongLong());
    });
    auto *addButton = new QPushButton(tr("&Add affiliation"), this);
    addButton->setObjectName(QStringLiteral("affiliationAdd"));
    auto *removeButton = new QPushButton(tr("Remove"), this);
    removeButton->setObjectName(QStringLiteral("affiliationRemove"));
    connect(addButton, &QPushButton::clicked, this, guarded(&PersonEditor::addAffiliation));
    connect(removeButton, &QPushButton::clicked, this, guarded(&PersonEditor::removeAffiliation));
    // Two lines, so that the pane never needs a horizontal scroll bar: who
    // and as what, then when.
    m_affiliationOrganisation->setPlaceholderText(tr("Organisation…"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_affiliationOrganisation, 3);
    addRow->addWidget(m_affiliationRole, 2);
    addRow->addWidget(addButton);
    addRow->addWidget(removeButton);
    auto *datesRow = new QHBoxLayout;
    datesRow->addWidget(new QLabel(tr("from"), this));
    datesRow->addWidget(m_affiliationFrom, 1);
    datesRow->addWidget(new QLabel(tr("to"), this));
    datesRow->addWidget(m_affiliationTo, 1);
    auto *affiliationPage = new QWidget(this);
    auto *affiliationLayout = new QVBoxLayout(affiliationPage);
    affiliationLayout->addWidget(m_affiliationView, 1);
    affiliationLayout->addLayout(addRow);
    affiliationLayout->addLayout(datesRow);

    ListRequest activities;
    activities.kind = ListKind::Activities;
    activities.descending = true;
    activities.filter.personIds = {-1};
    m_activities = new RecordListModel(query, activities, this);
    auto *activityView = makeTableView(this, QStringLiteral("personActivities"), tr("Activities"));
    activityView->setModel(m_activities);
    stretchColumnFitOthers(activityView, 2);
    // Wide enough for a range such as "27 May 2013 – 29 May 2013".
    activityView->setColumnWidth(0, activityView->fontMetrics().horizontalAdvance(QStringLiteral("27 May 2013 – 29 May 2013")) + 16);
    connect(activityView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(QStringLiteral("activities"), index.data(RecordListModel::IdRole).toLongLong());
    });

    auto *tabs = new QTabWidget(this);
    tabs->addTab(affiliationPage, tr("Affiliations"));
    tabs->addTab(activityView, tr("Activities"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 1);
    setHeadingLabel(m_heading);
    setFirstField(m_name);
    watch({m_name, m_nativeName, m_title, m_email, m_phone, m_notes});
    load(0);
}

bool PersonEditor::loadRecord(qint64 id)
{
    Repository &repo = m_context.repository();
    std::optional<Person> p;
    QList<Affiliation> affiliations;
    try {
        if (id != 0)
            p = repo.people().find(id);
        if (p)
            affiliations = repo.affiliations().ofPerson(p->id);
    } catch (const StorageError &e) {
        m_context.notifyFailed(e.message());
        return false; // keep what the form shows (and what was typed in it)
    }
    m_id = p ? p->id : 0;
    m_loadedVersion = p ? p->rowVersion : 0;
    const Person shown = p.value_or(Person());
    m_heading->setText(m_id ? (shown.nativeName.isEmpty() ? shown.name : shown.name + QStringLiteral("  ") + shown.nativeName)
                            : tr("New person"));
    m_name->setText(shown.name);
    m_nativeName->setText(shown.nativeName);
    m_title->setText(shown.title);
    m_email->setText(shown.email);
    m_phone->setText(shown.phone);
    m_notes->setPlainText(shown.notes);
    m_mergePicker->clear();
    m_affiliationOrganisation->clear();
    m_affiliationRole->clear();

    m_affiliations->removeRows(0, m_affiliations->rowCount());
    for (const Affiliation &a : std::as_const(affiliations)) {
        std::optional<Organisation> organisation;
        try {
            organisation = repo.organisations().find(a.organisationId);
        } catch (const StorageError &) {
        }
        auto *name = new QStandardItem(organisation ? organisation->displayName() : QString());
        name->setData(a.id, Qt::UserRole);
        name->setData(a.organisationId, Qt::UserRole + 1);
        m_affiliations->appendRow({name, new QStandardItem(a.role), new QStandardItem(a.from.toDisplayString()),
                                   new QStandardItem(a.isCurrent() ? tr("current") : a.to.toDisplayString())});
    }
    m_affiliationView->resizeColumnToContents(0);
    ListRequest activities = m_activities->request();
    activities.filter.personIds = {m_id ? m_id : -1};
    m_activities->setRequest(activities);
    m_activities->reload();
    m_activities->fetchMore({});
    updateButtons();
    return true;
}

void PersonEditor::save()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_context.notifyFailed(tr("A person needs a name."));
        return;
    }
    std::optional<Person> before;
    if (m_id)
        before = m_context.repository().people().find(m_id);
    Person after = before.value_or(Person());
    after.name = m_name->text().trimmed();
    after.nativeName = m_nativeName->text().trimmed();
    after.title = m_title->text().trimmed();
    after.email = m_email->text().trimmed();
    after.phone = m_phone->text().trimmed();
    after.notes = m_notes->toPlainText();
    const bool creating = !before.has_value();
    if (!creating)
        after.rowVersion = m_loadedVersion;
    auto *command = new SaveRecordCommand<Person>(m_context, before, after,
                                              creating ? tr("Create person %1").arg(after.name) : tr("Change person %1").arg(after.name));
    const int failures = m_context.failureCount();
    m_undoStack.push(command);
    if (creating && m_context.failureCount() == failures) {
        m_id = command->recordId();
        emit recordSaved(m_id);
    }
    if (m_context.failureCount() != failures)
        return; // refused: keep what was typed on screen
    load(m_id);
}

void PersonEditor::remove()
{
    if (!m_id)
        return;
    m_undoStack.push(new MergeRecordsCommand(m_context, MergeRecordsCommand::Action::RemovePerson, 0, m_id,
                                             tr("Delete person %1").arg(m_name->text())));
    load(0);
}

void PersonEditor::addAffiliation()
{
    // It re-reads the record when done: typing not saved yet is settled first.
    if (!confirmLeave())
        return;
    const QString organisationName = m_affiliationOrganisation->text().trimmed();
    if (!m_id || organisationName.isEmpty()) {
        m_context.notifyFailed(tr("Save the person, then name the organisation of the affiliation."));
        return;
    }
    for (const PartialDateEdit *date : {m_affiliationFrom, m_affiliationTo}) {
        if (date->hasError()) {
            m_context.notifyFailed(tr("%1: \"%2\" %3.").arg(date->accessibleName(), date->lineEdit()->text(), date->errorText()));
            return;
        }
    }
    qint64 organisationId = m_affiliationOrganisation->selectedId();
    if (!organisationId && !RecordPicker::confirmNewRecords(this, {tr("Organisation: %1").arg(organisationName)}))
        return; // the typed name stays in the picker
    m_undoStack.beginMacro(tr("Add affiliation with %1").arg(organisationName));
    if (!organisationId) {
        Organisation created;
        created.name = organisationName;
        auto *create = new SaveRecordCommand<Organisation>(m_context, std::nullopt, created,
                                                           tr("Create organisation %1").arg(organisationName));
        const int failures = m_context.failureCount();
        m_undoStack.push(create);
        organisationId = m_context.failureCount() == failures ? create->recordId() : 0;
    }
    if (organisationId) {
        Affiliation affiliation;
        affiliation.personId = m_id;
        affiliation.organisationId = organisationId;
        affiliation.role = m_affiliationRole->text().trimmed();
        affiliation.from = m_affiliationFrom->value();
        affiliation.to = m_affiliationTo->value();
        m_undoStack.push(new SaveRecordCommand<Affiliation>(m_context, std::nullopt, affiliation, tr("Add affiliation")));
    }
    m_undoStack.endMacro();
    load(m_id);
}

void PersonEditor::removeAffiliation()
{
    // It re-reads the record when done: typing not saved yet is settled first.
    if (!confirmLeave())
        return;
    const QModelIndex current = m_affiliationView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 affiliationId = m_affiliations->index(current.row(), 0).data(Qt::UserRole).toLongLong();
    for (const Affiliation &a : m_context.repository().affiliations().ofPerson(m_id)) {
        if (a.id == affiliationId) {
            m_undoStack.push(new RemoveRecordCommand<Affiliation>(m_context, a, tr("Remove affiliation")));
            break;
        }
    }
    load(m_id);
}

void PersonEditor::mergeDuplicate()
{
    // It re-reads the record when done: typing not saved yet is settled first.
    if (!confirmLeave())
        return;
    const qint64 dropped = m_mergePicker->selectedId();
    if (!m_id || !dropped || dropped == m_id) {
        m_context.notifyFailed(tr("Choose another existing person to merge into this one."));
        return;
    }
    m_undoStack.push(new MergeRecordsCommand(m_context, MergeRecordsCommand::Action::MergePeople, m_id, dropped,
                                             tr("Merge %1 into %2").arg(m_mergePicker->text(), m_name->text())));
    load(m_id);
}

} // namespace liaison
