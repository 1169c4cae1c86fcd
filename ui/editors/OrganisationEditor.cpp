#include "OrganisationEditor.h"

#include "RecordListModel.h"
#include "RecordPicker.h"
#include "TableViews.h"
#include "domain/Vocabulary.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "undo/EditContext.h"
#include "undo/MergeRecordsCommand.h"
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

OrganisationEditor::OrganisationEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent)
    : RecordEditor(context, undoStack, query, parent)
    , m_heading(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_shortName(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_country(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_aliases(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_mergePicker(new RecordPicker(query, ListKind::Organisations, this))
    , m_people(new QStandardItemModel(0, 4, this))
{
    setObjectName(QStringLiteral("organisationEditor"));
    m_heading->setObjectName(QStringLiteral("organisationHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("organisationName"));
    m_name->setAccessibleName(tr("Name"));
    m_shortName->setObjectName(QStringLiteral("organisationShortName"));
    m_shortName->setAccessibleName(tr("Short name"));
    m_kind->setObjectName(QStringLiteral("organisationKind"));
    m_kind->setEditable(true);
    m_kind->addItems(Vocabulary::organisationKinds());
    m_country->setObjectName(QStringLiteral("organisationCountry"));
    m_website->setObjectName(QStringLiteral("organisationWebsite"));
    m_aliases->setObjectName(QStringLiteral("organisationAliases"));
    m_aliases->setPlaceholderText(tr("Other spellings, separated by ;"));
    m_notes->setObjectName(QStringLiteral("organisationNotes"));
    m_notes->setMaximumHeight(70);
    m_mergePicker->setObjectName(QStringLiteral("organisationMergePicker"));
    m_mergePicker->setAccessibleName(tr("Duplicate to merge into this organisation"));
    m_mergePicker->setPlaceholderText(tr("A duplicate of this organisation…"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&Aliases:"), m_aliases);
    form->addRow(tr("N&otes:"), m_notes);

    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("organisationSave"));
    saveButton->setDefault(true);
    saveButton->setProperty("savesForm", true);
    auto *deleteButton = new QPushButton(tr("&Delete"), this);
    deleteButton->setObjectName(QStringLiteral("organisationDelete"));
    deleteButton->setProperty("needsRecord", true);
    auto *mergeButton = new QPushButton(tr("&Merge into this"), this);
    mergeButton->setObjectName(QStringLiteral("organisationMerge"));
    mergeButton->setProperty("needsRecord", true);
    connect(saveButton, &QPushButton::clicked, this, guarded(&OrganisationEditor::save));
    connect(deleteButton, &QPushButton::clicked, this, guarded(&OrganisationEditor::remove));
    connect(mergeButton, &QPushButton::clicked, this, guarded(&OrganisationEditor::mergeDuplicate));
    connect(m_name, &QLineEdit::returnPressed, this, guarded(&OrganisationEditor::save));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch();
    buttons->addWidget(m_mergePicker, 2);
    buttons->addWidget(mergeButton);

    m_people->setHorizontalHeaderLabels({tr("Person"), tr("Role"), tr("From"), tr("To")});
    auto *peopleView = makeTableView(this, QStringLiteral("organisationPeople"), tr("People"));
    peopleView->setModel(m_people);
    stretchColumnFitOthers(peopleView, 0);
    connect(peopleView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(QStringLiteral("people"), m_people->index(index.row(), 0).data(Qt::UserRole).toLongLong());
    });

    ListRequest partnerships;
    partnerships.kind = ListKind::Partnerships;
    partnerships.partyOrganisationId = -1;
    m_partnerships = new RecordListModel(query, partnerships, this);
    auto *partnershipView = makeTableView(this, QStringLiteral("organisationPartnerships"), tr("Partnerships"));
    partnershipView->setModel(m_partnerships);
    stretchColumnFitOthers(partnershipView, 0);
    connect(partnershipView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(QStringLiteral("partnerships"), index.data(RecordListModel::IdRole).toLongLong());
    });

    ListRequest activities;
    activities.kind = ListKind::Activities;
    activities.sortColumn = 0;
    activities.descending = true;
    activities.rollUpOrganisationId = -1;
    m_activities = new RecordListModel(query, activities, this);
    m_activityView = makeTableView(this, QStringLiteral("organisationActivities"), tr("Activities, with its people's"));
    m_activityView->setModel(m_activities);
    stretchColumnFitOthers(m_activityView, 2);
    // Wide enough for a range such as "27 May 2013 – 29 May 2013".
    m_activityView->setColumnWidth(0, m_activityView->fontMetrics().horizontalAdvance(QStringLiteral("27 May 2013 – 29 May 2013")) + 16);
    connect(m_activityView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(QStringLiteral("activities"), index.data(RecordListModel::IdRole).toLongLong());
    });

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("organisationTabs"));
    tabs->addTab(m_activityView, tr("Activities (with its people's)"));
    tabs->addTab(peopleView, tr("People"));
    tabs->addTab(partnershipView, tr("Partnerships"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 1);
    setHeadingLabel(m_heading);
    setFirstField(m_name);
    watch({m_name, m_shortName, m_kind, m_country, m_website, m_aliases, m_notes});
    load(0);
}

bool OrganisationEditor::loadRecord(qint64 id)
{
    Repository &repo = m_context.repository();
    std::optional<Organisation> o;
    try {
        if (id != 0)
            o = repo.organisations().find(id);
    } catch (const StorageError &e) {
        m_context.notifyFailed(e.message());
        return false; // keep what the form shows (and what was typed in it)
    }
    m_id = o ? o->id : 0;
    m_loadedVersion = o ? o->rowVersion : 0;
    const Organisation shown = o.value_or(Organisation());
    m_heading->setText(m_id ? shown.displayName() : tr("New organisation"));
    m_name->setText(shown.name);
    m_shortName->setText(shown.shortName);
    m_kind->setCurrentText(shown.kind);
    m_country->setText(shown.country);
    m_website->setText(shown.website);
    m_aliases->setText(shown.aliases.join(QStringLiteral("; ")));
    m_notes->setPlainText(shown.notes);
    m_mergePicker->clear();

    m_people->removeRows(0, m_people->rowCount());
    if (m_id) {
        try {
            for (const Affiliation &a : repo.affiliations().ofOrganisation(m_id)) {
                const std::optional<Person> person = repo.people().find(a.personId);
                auto *name = new QStandardItem(person ? person->name : QString());
                name->setData(a.personId, Qt::UserRole);
                m_people->appendRow({name, new QStandardItem(a.role), new QStandardItem(a.from.toDisplayString()),
                                     new QStandardItem(a.isCurrent() ? tr("current") : a.to.toDisplayString())});
            }
        } catch (const StorageError &e) {
            m_context.notifyFailed(e.message());
        }
    }
    ListRequest partnerships = m_partnerships->request();
    partnerships.partyOrganisationId = m_id ? m_id : -1;
    m_partnerships->setRequest(partnerships);
    m_partnerships->reload();
    ListRequest activities = m_activities->request();
    activities.rollUpOrganisationId = m_id ? m_id : -1;
    m_activities->setRequest(activities);
    m_activities->reload();
    m_activities->fetchMore({});
    updateButtons();
    return true;
}

void OrganisationEditor::save()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_context.notifyFailed(tr("An organisation needs a name."));
        return;
    }
    std::optional<Organisation> before;
    if (m_id)
        before = m_context.repository().organisations().find(m_id);
    Organisation after = before.value_or(Organisation());
    after.name = m_name->text().trimmed();
    after.shortName = m_shortName->text().trimmed();
    after.kind = m_kind->currentText().trimmed();
    after.country = m_country->text().trimmed();
    after.website = m_website->text().trimmed();
    after.aliases.clear();
    for (const QString &alias : m_aliases->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!alias.trimmed().isEmpty())
            after.aliases.append(alias.trimmed());
    after.notes = m_notes->toPlainText();
    const bool creating = !before.has_value();
    if (!creating)
        after.rowVersion = m_loadedVersion;
    auto *command = new SaveRecordCommand<Organisation>(
        m_context, before, after, creating ? tr("Create organisation %1").arg(after.name) : tr("Change organisation %1").arg(after.name));
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

void OrganisationEditor::remove()
{
    if (!m_id)
        return;
    m_undoStack.push(new MergeRecordsCommand(m_context, MergeRecordsCommand::Action::RemoveOrganisation, 0, m_id,
                                             tr("Delete organisation %1").arg(m_name->text())));
    load(0);
}

void OrganisationEditor::mergeDuplicate()
{
    // It re-reads the record when done: typing not saved yet is settled first.
    if (!confirmLeave())
        return;
    const qint64 dropped = m_mergePicker->selectedId();
    if (!m_id || !dropped || dropped == m_id) {
        m_context.notifyFailed(tr("Choose another existing organisation to merge into this one."));
        return;
    }
    m_undoStack.push(new MergeRecordsCommand(m_context, MergeRecordsCommand::Action::MergeOrganisations, m_id, dropped,
                                             tr("Merge %1 into %2").arg(m_mergePicker->text(), m_name->text())));
    load(m_id);
}

} // namespace liaison
