#include "ActivityEditor.h"

#include "ItineraryModel.h"
#include "ParticipantRoles.h"
#include "PartialDateDelegate.h"
#include "PartialDateEdit.h"
#include "RecordListModel.h"
#include "RecordPicker.h"
#include "TableViews.h"
#include "domain/Vocabulary.h"
#include "import/MoneyText.h"
#include "storage/QuickLogWriter.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "undo/EditContext.h"
#include "undo/SaveRecordCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace liaison {

namespace {
// A day-only date (follow-up, signed, renewal): typed as any other date, empty when not set.
PartialDateEdit *makeDateEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new PartialDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->lineEdit()->setAccessibleName(accessibleName);
    edit->setDayRequired(true);
    edit->setEmptyText(QObject::tr("not set"));
    edit->setValue({});
    return edit;
}

QDate dateOf(const PartialDateEdit *edit)
{
    return edit->value().first();
}

void setDateOf(PartialDateEdit *edit, const QDate &date)
{
    edit->setValue(date.isValid() ? PartialDate(date) : PartialDate());
}
} // namespace

ActivityEditor::ActivityEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent)
    : RecordEditor(context, undoStack, query, parent)
    , m_heading(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_start(new PartialDateEdit(this))
    , m_end(new PartialDateEdit(this))
    , m_location(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_series(new QComboBox(this))
    , m_purpose(new QLineEdit(this))
    , m_outcome(new QLineEdit(this))
    , m_hasFollowUp(new QCheckBox(tr("Follow up by"), this))
    , m_followUpDue(makeDateEdit(this, QStringLiteral("activityFollowUpDue"), tr("Follow-up due")))
    , m_followUpDone(new QCheckBox(tr("Done"), this))
    , m_agreementStatus(new QComboBox(this))
    , m_signed(makeDateEdit(this, QStringLiteral("activitySigned"), tr("Signed on")))
    , m_renewal(makeDateEdit(this, QStringLiteral("activityRenewal"), tr("Renewal due")))
    , m_areas(new QLineEdit(this))
    , m_cost(new QLineEdit(this))
    , m_costRead(new QLabel(this))
    , m_transport(new QLineEdit(this))
    , m_officials(new QSpinBox(this))
    , m_source(new QLineEdit(this))
    , m_partnershipPicker(new RecordPicker(query, ListKind::Partnerships, this))
    , m_partnerships(new QLabel(this))
    , m_form(new QFormLayout)
    , m_participantPerson(new RecordPicker(query, ListKind::People, this))
    , m_participantOrganisation(new RecordPicker(query, ListKind::Organisations, this))
    , m_participantRole(new QComboBox(this))
    , m_participantModel(new QStandardItemModel(0, 3, this))
    , m_stopPlace(new QLineEdit(this))
    , m_stopDate(new PartialDateEdit(this))
    , m_stopPurpose(new QLineEdit(this))
    , m_stopModel(new ItineraryModel(this))
{
    setObjectName(QStringLiteral("activityEditor"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("activityHeading"));
    for (ActivityKind kind : allActivityKinds())
        m_kind->addItem(RecordListModel::kindTitle(activityKindName(kind)), int(kind));
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_kind->setAccessibleName(tr("Kind"));
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_start->setObjectName(QStringLiteral("activityStart"));
    m_start->setAccessibleName(tr("When"));
    m_start->lineEdit()->setAccessibleName(tr("When"));
    m_end->setObjectName(QStringLiteral("activityEnd"));
    m_end->setAccessibleName(tr("Until"));
    m_end->lineEdit()->setAccessibleName(tr("Until"));
    m_end->setValue({});
    m_location->setObjectName(QStringLiteral("activityLocation"));
    m_description->setObjectName(QStringLiteral("activityDescription"));
    m_description->setMaximumHeight(60);
    m_series->setObjectName(QStringLiteral("activitySeries"));
    m_series->setAccessibleName(tr("Series"));
    // A series is picked from the list, or a new name typed creates it on save.
    m_series->setEditable(true);
    m_series->setInsertPolicy(QComboBox::NoInsert);
    m_series->completer()->setFilterMode(Qt::MatchContains);
    m_series->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_purpose->setObjectName(QStringLiteral("activityPurpose"));
    m_outcome->setObjectName(QStringLiteral("activityOutcome"));
    m_hasFollowUp->setObjectName(QStringLiteral("activityHasFollowUp"));
    m_followUpDone->setObjectName(QStringLiteral("activityFollowUpDone"));
    m_agreementStatus->setObjectName(QStringLiteral("activityAgreementStatus"));
    m_agreementStatus->setEditable(true);
    m_agreementStatus->addItems(Vocabulary::agreementStatuses());
    m_areas->setObjectName(QStringLiteral("activityAreas"));
    m_areas->setPlaceholderText(tr("Areas of cooperation, separated by ;"));

    // A due date typed is a follow-up wanted: it is not thrown away for want of the tick.
    connect(m_followUpDue, &PartialDateEdit::valueChanged, this, [this](const PartialDate &due) {
        if (due.isValid())
            m_hasFollowUp->setChecked(true);
    });
    auto *followUp = new QHBoxLayout;
    followUp->addWidget(m_hasFollowUp);
    followUp->addWidget(m_followUpDue, 1);
    followUp->addWidget(m_followUpDone);
    auto *agreementDates = new QHBoxLayout;
    agreementDates->addWidget(new QLabel(tr("signed"), this));
    agreementDates->addWidget(m_signed, 1);
    agreementDates->addWidget(new QLabel(tr("renewal"), this));
    agreementDates->addWidget(m_renewal, 1);

    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("&When:"), m_start);
    m_form->addRow(tr("&Until:"), m_end);
    m_form->addRow(tr("&Location:"), m_location);
    m_form->addRow(tr("Se&ries:"), m_series);
    m_form->addRow(tr("&Purpose:"), m_purpose);
    m_form->addRow(tr("&Outcome:"), m_outcome);
    m_form->addRow(tr("Follow-up:"), followUp);
    m_form->addRow(tr("&Status:"), m_agreementStatus);
    m_form->addRow(tr("Dates:"), agreementDates);
    m_cost->setObjectName(QStringLiteral("activityCost"));
    m_cost->setAccessibleName(tr("Cost"));
    m_cost->setPlaceholderText(tr("As written, e.g. £514 (met by FCO)"));
    m_costRead->setObjectName(QStringLiteral("activityCostRead"));
    m_transport->setObjectName(QStringLiteral("activityTransport"));
    m_transport->setAccessibleName(tr("Transport"));
    m_officials->setObjectName(QStringLiteral("activityOfficials"));
    m_officials->setAccessibleName(tr("Officials accompanying"));
    m_officials->setRange(-1, 100000);
    m_officials->setSpecialValueText(tr("not known"));
    m_source->setObjectName(QStringLiteral("activitySource"));
    m_source->setAccessibleName(tr("Source file or reference"));
    auto *costRow = new QHBoxLayout;
    costRow->addWidget(m_cost, 2);
    costRow->addWidget(m_costRead, 1);
    auto *tripRow = new QHBoxLayout;
    tripRow->addWidget(m_transport, 2);
    tripRow->addWidget(new QLabel(tr("officials:"), this));
    tripRow->addWidget(m_officials);
    // A label beside a layout has no buddy of its own: give it the field, or
    // its "&" shows as text instead of marking Alt+O.
    const auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    m_form->addRow(labelFor(tr("C&ost:"), m_cost), costRow);
    m_form->addRow(labelFor(tr("T&ransport:"), m_transport), tripRow);
    m_form->addRow(tr("Sour&ce:"), m_source);
    // The amount that sums and exports: read from the text, shown as read.
    connect(m_cost, &QLineEdit::textChanged, this, [this](const QString &text) {
        const auto amount = MoneyText::parse(text);
        m_costRead->setText(!amount ? QString()
                                    : tr("read as %1 %2").arg(amount->currency.isEmpty() ? tr("(no currency)") : amount->currency,
                                                              QLocale().toString(amount->minorUnits / 100.0, 'f', 2)));
    });
    m_partnershipPicker->setObjectName(QStringLiteral("activityPartnership"));
    m_partnershipPicker->setAccessibleName(tr("Partnership this activity advances"));
    m_partnershipPicker->setPlaceholderText(tr("Partnership this advances…"));
    m_partnerships->setObjectName(QStringLiteral("activityPartnerships"));
    m_partnerships->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *linkButton = new QPushButton(tr("&Link"), this);
    linkButton->setObjectName(QStringLiteral("activityLinkPartnership"));
    auto *unlinkButton = new QPushButton(tr("Unlink all"), this);
    unlinkButton->setObjectName(QStringLiteral("activityUnlinkPartnerships"));
    connect(linkButton, &QPushButton::clicked, this, guarded(&ActivityEditor::linkPartnership));
    connect(m_partnershipPicker, &QLineEdit::returnPressed, this, guarded(&ActivityEditor::linkPartnership));
    // A partnership chosen from the popup (Down, Enter) is linked at once.
    connect(m_partnershipPicker->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            [this] { QTimer::singleShot(0, this, guarded(&ActivityEditor::linkPartnership)); });
    connect(unlinkButton, &QPushButton::clicked, this, [this] {
        m_activity.partnershipIds.clear();
        m_newPartnerships.clear();
        fillPartnerships();
        markDirty();
    });
    // The linked names on their own line, the picker with room to type below.
    auto *partnershipPick = new QHBoxLayout;
    partnershipPick->addWidget(m_partnershipPicker, 1);
    partnershipPick->addWidget(linkButton);
    partnershipPick->addWidget(unlinkButton);
    auto *partnershipRow = new QVBoxLayout;
    partnershipRow->addWidget(m_partnerships);
    partnershipRow->addLayout(partnershipPick);
    m_form->addRow(tr("&Areas:"), m_areas);
    m_form->addRow(tr("Partnerships:"), partnershipRow);
    m_form->addRow(tr("&Notes:"), m_description);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityEditor::showKindFields);

    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("activitySave"));
    saveButton->setDefault(true);
    saveButton->setProperty("savesForm", true);
    auto *deleteButton = new QPushButton(tr("&Delete"), this);
    deleteButton->setObjectName(QStringLiteral("activityDelete"));
    deleteButton->setProperty("needsRecord", true);
    connect(saveButton, &QPushButton::clicked, this, guarded(&ActivityEditor::save));
    connect(deleteButton, &QPushButton::clicked, this, guarded(&ActivityEditor::remove));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch();

    // Participants
    m_participantPerson->setObjectName(QStringLiteral("participantPerson"));
    m_participantPerson->setAccessibleName(tr("Participant person"));
    m_participantPerson->setPlaceholderText(tr("Person…"));
    m_participantOrganisation->setObjectName(QStringLiteral("participantOrganisation"));
    m_participantOrganisation->setAccessibleName(tr("Participant organisation"));
    m_participantOrganisation->setPlaceholderText(tr("Organisation…"));
    m_participantRole->setObjectName(QStringLiteral("participantRole"));
    m_participantRole->setAccessibleName(tr("Participant role"));
    // A person chosen brings the organisation they were with on the activity's date.
    connect(m_participantPerson, &RecordPicker::recordPicked, this, [this] {
        try {
            fillParticipantOrganisation();
        } catch (const StorageError &e) {
            m_context.notifyFailed(e.message());
        }
    });
    // Enter in the person or organisation field adds the participant.
    connect(m_participantPerson, &QLineEdit::returnPressed, this, guarded(&ActivityEditor::addParticipant));
    connect(m_participantOrganisation, &QLineEdit::returnPressed, this, guarded(&ActivityEditor::addParticipant));
    m_participantRole->setEditable(true);
    m_participantRole->addItems(Vocabulary::participantRoles());
    m_participantModel->setHorizontalHeaderLabels({tr("Person"), tr("Organisation"), tr("Role")});
    m_participantView = makeTableView(this, QStringLiteral("activityParticipants"), tr("Participants"));
    m_participantView->setModel(m_participantModel);
    stretchColumn(m_participantView, 1); // the organisation takes the room left
    auto *addParticipant = new QPushButton(tr("&Add"), this);
    addParticipant->setObjectName(QStringLiteral("participantAdd"));
    auto *removeParticipant = new QPushButton(tr("Remove"), this);
    removeParticipant->setObjectName(QStringLiteral("participantRemove"));
    connect(addParticipant, &QPushButton::clicked, this, guarded(&ActivityEditor::addParticipant));
    connect(removeParticipant, &QPushButton::clicked, this, guarded(&ActivityEditor::removeParticipant));
    auto *participantRow = new QHBoxLayout;
    participantRow->addWidget(m_participantPerson, 3);
    participantRow->addWidget(m_participantOrganisation, 3);
    participantRow->addWidget(m_participantRole, 2);
    participantRow->addWidget(addParticipant);
    participantRow->addWidget(removeParticipant);
    auto *participantPage = new QWidget(this);
    auto *participantLayout = new QVBoxLayout(participantPage);
    participantLayout->addWidget(m_participantView, 1);
    participantLayout->addLayout(participantRow);

    // Itinerary: stops edited in place (double-click a cell; the date cell
    // takes its precision) or added from the row below.
    m_stopView = makeTableView(this, QStringLiteral("activityItinerary"), tr("Itinerary"));
    m_stopView->setModel(m_stopModel);
    m_stopView->setItemDelegateForColumn(ItineraryModel::When, new PartialDateDelegate(m_stopView));
    m_stopView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    // Place and purpose share the room; the date takes what "Q3 2014" or "12 Mar 2014" needs.
    m_stopView->horizontalHeader()->setStretchLastSection(false);
    m_stopView->horizontalHeader()->setSectionResizeMode(ItineraryModel::Place, QHeaderView::Stretch);
    m_stopView->horizontalHeader()->setSectionResizeMode(ItineraryModel::Purpose, QHeaderView::Stretch);
    m_stopView->setColumnWidth(ItineraryModel::When, m_stopView->fontMetrics().horizontalAdvance(QStringLiteral("28 Sep 2014")) + 24);
    m_stopPlace->setObjectName(QStringLiteral("stopPlace"));
    m_stopPlace->setAccessibleName(tr("Stop place"));
    m_stopPlace->setPlaceholderText(tr("Place…"));
    m_stopDate->setObjectName(QStringLiteral("stopDate"));
    m_stopDate->setAccessibleName(tr("Stop date"));
    m_stopDate->lineEdit()->setAccessibleName(tr("Stop date"));
    m_stopDate->setValue({});
    m_stopPurpose->setObjectName(QStringLiteral("stopPurpose"));
    m_stopPurpose->setAccessibleName(tr("Stop purpose"));
    m_stopPurpose->setPlaceholderText(tr("Purpose…"));
    auto *addStop = new QPushButton(tr("Add stop"), this);
    addStop->setObjectName(QStringLiteral("stopAdd"));
    auto *removeStop = new QPushButton(tr("Remove stop"), this);
    removeStop->setObjectName(QStringLiteral("stopRemove"));
    connect(addStop, &QPushButton::clicked, this, &ActivityEditor::addStop);
    connect(m_stopPlace, &QLineEdit::returnPressed, this, &ActivityEditor::addStop);
    connect(removeStop, &QPushButton::clicked, this, &ActivityEditor::removeStop);
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stopPlace, 2);
    stopRow->addWidget(m_stopDate, 2);
    stopRow->addWidget(m_stopPurpose, 2);
    stopRow->addWidget(addStop);
    stopRow->addWidget(removeStop);
    m_stopPage = new QWidget(this);
    auto *stopLayout = new QVBoxLayout(m_stopPage);
    stopLayout->addWidget(m_stopView, 1);
    stopLayout->addLayout(stopRow);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("activityTabs"));
    tabs->addTab(participantPage, tr("Participants"));
    tabs->addTab(m_stopPage, tr("Itinerary"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 1);
    setHeadingLabel(m_heading);
    setFirstField(m_title);
    watch({m_kind, m_title, m_start, m_end, m_location, m_description, m_series, m_purpose, m_outcome, m_hasFollowUp,
           m_followUpDue, m_followUpDone, m_agreementStatus, m_signed, m_renewal, m_areas, m_stopModel, m_cost, m_transport,
           m_officials, m_source});
    load(0);
}

void ActivityEditor::showKindFields()
{
    const auto kind = ActivityKind(m_kind->currentData().toInt());
    const bool introductionLike = kind == ActivityKind::Introduction || kind == ActivityKind::Meeting;
    m_form->setRowVisible(m_series, kind == ActivityKind::Event);
    m_form->setRowVisible(m_purpose, introductionLike);
    m_form->setRowVisible(m_outcome, introductionLike);
    m_form->setRowVisible(8, introductionLike); // the follow-up row
    m_form->setRowVisible(m_agreementStatus, kind == ActivityKind::Agreement);
    m_form->setRowVisible(10, kind == ActivityKind::Agreement); // signed and renewal dates
    m_form->setRowVisible(m_end, kind == ActivityKind::Delegation || kind == ActivityKind::Event);
    m_form->setRowVisible(12, kind == ActivityKind::Delegation || !m_transport->text().isEmpty()
                                  || m_officials->value() >= 0); // transport and officials: trips
    // The role a new participant most likely has in this kind of activity: the last one used for it.
    m_participantRole->setCurrentText(ParticipantRoles::defaultRole(kind));
    if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("activityTabs")))
        tabs->setTabVisible(tabs->indexOf(m_stopPage), kind == ActivityKind::Delegation);
}

bool ActivityEditor::loadRecord(qint64 id)
{
    Repository &repo = m_context.repository();
    std::optional<Activity> a;
    QList<Series> series;
    try {
        if (id != 0)
            a = repo.activities().find(id);
        series = repo.series().list();
    } catch (const StorageError &e) {
        m_context.notifyFailed(e.message());
        return false; // keep what the form shows (and what was typed in it)
    }
    m_id = a ? a->id : 0;
    if (a) {
        m_activity = *a;
    } else {
        m_activity = Activity();
        m_activity.kind = ActivityKind(m_kind->currentData().toInt());
        m_activity.when = DateSpan(PartialDate(QDate::currentDate()));
    }
    m_newNames = QList<QPair<QString, QString>>(m_activity.participants.size());
    m_newPartnerships.clear();
    m_heading->setText(m_id ? m_activity.title : tr("New activity"));
    m_kind->setCurrentIndex(m_kind->findData(int(m_activity.kind)));
    m_title->setText(m_activity.title);
    m_start->setValue(m_activity.when.start());
    m_end->setValue(m_activity.when.end());
    m_location->setText(m_activity.location);
    m_description->setPlainText(m_activity.description);
    m_series->clear();
    m_series->addItem(tr("(one-off)"), 0);
    for (const Series &s : std::as_const(series))
        m_series->addItem(s.name, s.id);
    m_series->setCurrentIndex(qMax(0, m_series->findData(m_activity.seriesId)));
    m_purpose->setText(m_activity.purpose);
    m_outcome->setText(m_activity.outcome);
    m_hasFollowUp->setChecked(m_activity.followUpDue.isValid());
    setDateOf(m_followUpDue, m_activity.followUpDue);
    m_followUpDone->setChecked(m_activity.followUpDone);
    m_agreementStatus->setCurrentText(m_activity.agreementStatus);
    setDateOf(m_signed, m_activity.signedDate);
    setDateOf(m_renewal, m_activity.renewalDate);
    m_areas->setText(m_activity.areas.join(QStringLiteral("; ")));
    m_cost->setText(m_activity.cost);
    m_transport->setText(m_activity.transport);
    m_officials->setValue(m_activity.officials.value_or(-1));
    m_source->setText(m_activity.source);
    fillParticipants();
    m_stopModel->setStops(m_activity.itinerary);
    m_stopDate->setValue(m_activity.when.start()); // a new stop starts on the visit's first day
    fillPartnerships();
    showKindFields();
    updateButtons();
    if (!m_id && isVisible())
        m_title->setFocus(); // New: ready to type the title
    return true;
}

void ActivityEditor::fillParticipants()
{
    Repository &repo = m_context.repository();
    m_participantModel->removeRows(0, m_participantModel->rowCount());
    for (int i = 0; i < m_activity.participants.size(); ++i) {
        const Participant &p = m_activity.participants.at(i);
        QString person = m_newNames.value(i).first;
        QString organisation = m_newNames.value(i).second;
        try {
            if (p.personId)
                if (const auto found = repo.people().find(p.personId))
                    person = found->name;
            if (p.organisationId)
                if (const auto found = repo.organisations().find(p.organisationId))
                    organisation = found->displayName();
        } catch (const StorageError &) {
        }
        m_participantModel->appendRow({new QStandardItem(person), new QStandardItem(organisation), new QStandardItem(p.role)});
    }
    m_participantView->resizeColumnToContents(0); // not all columns: that would undo the stretch
    m_participantView->resizeColumnToContents(2);
}

void ActivityEditor::fillPartnerships()
{
    QStringList names;
    for (qint64 id : std::as_const(m_activity.partnershipIds)) {
        try {
            if (const auto p = m_context.repository().partnerships().find(id))
                names.append(p->name);
        } catch (const StorageError &) {
        }
    }
    for (const QString &name : std::as_const(m_newPartnerships))
        names.append(tr("%1 (new, created on save)").arg(name));
    const QString text = names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
    m_partnerships->setToolTip(text);
    m_partnerships->setText(m_partnerships->fontMetrics().elidedText(text, Qt::ElideRight, 480));
    m_partnershipPicker->clear();
}

void ActivityEditor::linkPartnership()
{
    const QString name = m_partnershipPicker->text().trimmed();
    if (name.isEmpty())
        return;
    const qint64 id = m_partnershipPicker->selectedId();
    if (!id) {
        // Not there yet: offer to create it between the activity's organisations (on save).
        if (m_newPartnerships.contains(name, Qt::CaseInsensitive))
            return;
        const QStringList parties = participantOrganisationNames();
        QMessageBox box(QMessageBox::Question, tr("Create partnership?"),
                        parties.isEmpty() ? tr("Create partnership '%1'?").arg(name)
                                          : tr("Create partnership '%1' between %2?")
                                                .arg(name, QLocale().createSeparatedList(parties)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("confirmNewPartnership"));
        box.setInformativeText(tr("It is created when the activity is saved; Edit ▸ Undo takes both back."));
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return; // the name stays typed
        m_newPartnerships.append(name);
        fillPartnerships();
        return;
    }
    if (!m_activity.partnershipIds.contains(id))
        m_activity.partnershipIds.append(id);
    fillPartnerships();
    markDirty();
}

void ActivityEditor::addParticipant()
{
    const QString person = m_participantPerson->text().trimmed();
    const QString organisation = m_participantOrganisation->text().trimmed();
    if (person.isEmpty() && organisation.isEmpty())
        return;
    Participant p;
    p.personId = m_participantPerson->selectedId();
    if (organisation.isEmpty() && p.personId)
        fillParticipantOrganisation();
    p.organisationId = m_participantOrganisation->selectedId();
    p.role = m_participantRole->currentText().trimmed();
    ParticipantRoles::remember(ActivityKind(m_kind->currentData().toInt()), p.role);
    m_activity.participants.append(p);
    m_newNames.append({p.personId ? QString() : person, p.organisationId ? QString() : m_participantOrganisation->text().trimmed()});
    m_participantPerson->clear();
    m_participantOrganisation->clear();
    fillParticipants();
    markDirty();
    m_participantPerson->setFocus(); // the next one
}

void ActivityEditor::fillParticipantOrganisation()
{
    if (!m_participantOrganisation->text().trimmed().isEmpty())
        return; // typed by the user: theirs
    const qint64 person = m_participantPerson->selectedId();
    const qint64 id = QuickLogWriter(m_context.repository()).organisationOn(person, m_start->value());
    if (const auto found = id ? m_context.repository().organisations().find(id) : std::nullopt)
        m_participantOrganisation->setRecord(found->id, found->displayName());
}

QStringList ActivityEditor::participantOrganisationNames()
{
    QStringList names;
    for (int i = 0; i < m_activity.participants.size(); ++i) {
        QString name = m_newNames.value(i).second;
        try {
            if (const qint64 id = m_activity.participants.at(i).organisationId)
                if (const auto found = m_context.repository().organisations().find(id))
                    name = found->displayName();
        } catch (const StorageError &) {
        }
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

void ActivityEditor::removeParticipant()
{
    const int row = m_participantView->currentIndex().row();
    if (row < 0 || row >= m_activity.participants.size())
        return;
    m_activity.participants.removeAt(row);
    m_newNames.removeAt(row);
    fillParticipants();
    markDirty();
}

void ActivityEditor::addStop()
{
    if (m_stopPlace->text().trimmed().isEmpty())
        return;
    ItineraryStop stop;
    stop.place = m_stopPlace->text().trimmed();
    stop.date = m_stopDate->value();
    stop.purpose = m_stopPurpose->text().trimmed();
    m_stopModel->addStop(stop);
    m_stopPlace->clear();
    m_stopPurpose->clear();
    m_stopPlace->setFocus();
}

void ActivityEditor::removeStop()
{
    m_stopModel->removeStop(m_stopView->currentIndex().row());
}

void ActivityEditor::save()
{
    for (const PartialDateEdit *date : {m_start, m_end, m_followUpDue, m_signed, m_renewal}) {
        if (date->hasError()) {
            m_context.notifyFailed(tr("%1: \"%2\" %3. Nothing was saved.")
                                       .arg(date->accessibleName(), date->lineEdit()->text(), date->errorText()));
            return;
        }
    }
    if (m_title->text().trimmed().isEmpty() || !m_start->value().isValid()) {
        m_context.notifyFailed(tr("An activity needs a title and a date."));
        return;
    }
    std::optional<Activity> before;
    if (m_id)
        before = m_context.repository().activities().find(m_id);
    Activity after = m_activity;
    after.itinerary = m_stopModel->stops();
    after.kind = ActivityKind(m_kind->currentData().toInt());
    after.title = m_title->text().trimmed();
    after.when = DateSpan(m_start->value(), m_end->value());
    after.location = m_location->text().trimmed();
    after.description = m_description->toPlainText();
    // The series is what the box says (an editable box keeps its old index while a new name is typed).
    const QString seriesName = m_series->currentText().trimmed();
    const int seriesIndex = m_series->findText(seriesName, Qt::MatchFixedString);
    after.seriesId = after.kind == ActivityKind::Event && seriesIndex >= 0 ? m_series->itemData(seriesIndex).toLongLong() : 0;
    after.purpose = m_purpose->text().trimmed();
    after.outcome = m_outcome->text().trimmed();
    after.followUpDue = m_hasFollowUp->isChecked() ? dateOf(m_followUpDue) : QDate();
    if (m_hasFollowUp->isChecked() && !after.followUpDue.isValid())
        after.followUpDue = QDate::currentDate().addDays(14);
    after.followUpDone = m_followUpDone->isChecked();
    after.agreementStatus = after.kind == ActivityKind::Agreement ? m_agreementStatus->currentText().trimmed() : QString();
    after.signedDate = dateOf(m_signed);
    after.renewalDate = dateOf(m_renewal);
    after.cost = m_cost->text().trimmed();
    after.costMinor.reset();
    after.costCurrency.clear();
    if (const auto amount = MoneyText::parse(after.cost)) {
        after.costMinor = amount->minorUnits;
        after.costCurrency = amount->currency;
    }
    after.transport = m_transport->text().trimmed();
    after.officials = m_officials->value() >= 0 ? std::optional<int>(m_officials->value()) : std::nullopt;
    after.source = m_source->text().trimmed();
    after.areas.clear();
    for (const QString &area : m_areas->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!area.trimmed().isEmpty())
            after.areas.append(area.trimmed());

    // What was typed, kept apart from the form: each command pushed below tells
    // the window a record changed, and the window reloads this editor.
    const QList<QPair<QString, QString>> newNames = m_newNames;
    const QStringList newPartnerships = m_newPartnerships;
    // New names become records on the fly: say which, and ask first.
    QStringList newRecords;
    for (int i = 0; i < after.participants.size(); ++i) {
        const auto names = newNames.value(i);
        if (!after.participants.at(i).personId && !names.first.isEmpty())
            newRecords.append(tr("Person: %1").arg(names.first));
        if (!after.participants.at(i).organisationId && !names.second.isEmpty())
            newRecords.append(tr("Organisation: %1").arg(names.second));
        if (!after.participants.at(i).personId && !names.first.isEmpty()
            && (after.participants.at(i).organisationId || !names.second.isEmpty()))
            newRecords.append(tr("Affiliation: %1 at %2")
                                  .arg(names.first, m_participantModel->item(i, 1) ? m_participantModel->item(i, 1)->text()
                                                                                  : names.second));
    }
    const bool newSeries = after.kind == ActivityKind::Event && seriesIndex < 0 && !seriesName.isEmpty();
    if (newSeries)
        newRecords.append(tr("Series: %1").arg(seriesName));
    if (!RecordPicker::confirmNewRecords(this, newRecords))
        return; // nothing saved; the form keeps what was typed

    const bool creating = !before.has_value();
    const int failures = m_context.failureCount();
    m_undoStack.beginMacro(creating ? tr("Create %1 %2").arg(m_kind->currentText().toLower(), after.title)
                                    : tr("Change %1 %2").arg(m_kind->currentText().toLower(), after.title));
    // Names typed that are not in the database yet become records first.
    for (int i = 0; i < after.participants.size(); ++i) {
        Participant &p = after.participants[i];
        const auto names = newNames.value(i);
        bool newPerson = false;
        if (!p.personId && !names.first.isEmpty()) {
            Person person;
            person.name = names.first;
            auto *create = new SaveRecordCommand<Person>(m_context, std::nullopt, person, tr("Create person %1").arg(person.name));
            m_undoStack.push(create);
            if (m_context.failureCount() == failures) {
                p.personId = create->recordId();
                newPerson = true;
            }
        }
        if (!p.organisationId && !names.second.isEmpty()) {
            Organisation organisation;
            organisation.name = names.second;
            auto *create = new SaveRecordCommand<Organisation>(m_context, std::nullopt, organisation,
                                                               tr("Create organisation %1").arg(organisation.name));
            m_undoStack.push(create);
            if (m_context.failureCount() == failures)
                p.organisationId = create->recordId();
        }
        // A new person is known by the organisation typed beside them: that tie
        // is recorded (current, its start unknown).
        if (newPerson && p.organisationId && m_context.failureCount() == failures) {
            Affiliation affiliation;
            affiliation.personId = p.personId;
            affiliation.organisationId = p.organisationId;
            m_undoStack.push(new SaveRecordCommand<Affiliation>(m_context, std::nullopt, affiliation,
                                                                tr("Affiliate %1").arg(names.first)));
        }
    }
    // Partnerships named that did not exist (the user agreed to create them):
    // between the activity's organisations.
    for (const QString &name : std::as_const(newPartnerships)) {
        if (m_context.failureCount() != failures)
            break;
        Partnership partnership;
        partnership.name = name;
        for (const Participant &p : std::as_const(after.participants))
            if (p.organisationId && std::none_of(partnership.parties.cbegin(), partnership.parties.cend(),
                                                 [&p](const PartnershipParty &party) { return party.organisationId == p.organisationId; }))
                partnership.parties.append({p.organisationId, QStringLiteral("partner")});
        partnership.stageHistory.append({after.kind == ActivityKind::Introduction ? QStringLiteral("introduced")
                                                                                  : QStringLiteral("scoping"),
                                         after.when.start(), QString()});
        auto *create = new SaveRecordCommand<Partnership>(m_context, std::nullopt, partnership,
                                                          tr("Create partnership %1").arg(name));
        m_undoStack.push(create);
        if (m_context.failureCount() == failures && !after.partnershipIds.contains(create->recordId()))
            after.partnershipIds.append(create->recordId());
    }
    if (newSeries) {
        Series series;
        series.name = seriesName;
        auto *create = new SaveRecordCommand<Series>(m_context, std::nullopt, series, tr("Create series %1").arg(seriesName));
        m_undoStack.push(create);
        if (m_context.failureCount() == failures)
            after.seriesId = create->recordId();
    }
    after.participants.erase(std::remove_if(after.participants.begin(), after.participants.end(),
                                            [](const Participant &p) { return !p.personId && !p.organisationId; }),
                             after.participants.end());
    auto *command = new SaveRecordCommand<Activity>(m_context, before, after, tr("Save activity"));
    m_undoStack.push(command);
    const bool ok = m_context.failureCount() == failures;
    m_undoStack.endMacro();
    if (!ok)
        return; // refused: keep what was typed on screen
    if (creating) {
        m_id = command->recordId();
        emit recordSaved(m_id);
    }
    load(m_id);
}

void ActivityEditor::remove()
{
    if (!m_id)
        return;
    if (const auto current = m_context.repository().activities().find(m_id))
        m_undoStack.push(new RemoveRecordCommand<Activity>(m_context, *current, tr("Delete activity %1").arg(current->title)));
    load(0);
}

void ActivityEditor::markFollowUpDone()
{
    if (!m_id)
        return;
    const auto before = m_context.repository().activities().find(m_id);
    if (!before)
        return;
    Activity after = *before;
    after.followUpDone = true;
    m_undoStack.push(new SaveRecordCommand<Activity>(m_context, before, after, tr("Mark follow-up of %1 done").arg(after.title)));
    load(m_id);
}

} // namespace liaison
