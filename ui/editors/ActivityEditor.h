#pragma once

#include "RecordEditor.h"
#include "domain/Activity.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace liaison {

class ItineraryModel;
class PartialDateEdit;
class RecordPicker;

// One activity, with the fields of its kind: an introduction's purpose,
// outcome and follow-up; an event's series; an agreement's status and dates;
// participants with roles for all (introducer and the two sides, speakers,
// delegation members, parties), and itinerary stops for a delegation.
class ActivityEditor : public RecordEditor
{
    Q_OBJECT

public:
    ActivityEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent = nullptr);

    void save() override;
    void remove();
    // Adds the person and/or organisation typed in the participant row to the
    // form (saved with the activity); new names are created on save.
    void addParticipant();
    void removeParticipant();
    // Adds the stop typed below the itinerary (saved with the activity).
    void addStop();
    void removeStop();
    void markFollowUpDone();
    // Links the activity to the partnership named in the picker (saved with it).
    void linkPartnership();

protected:
    bool loadRecord(qint64 id) override;

private:
    void showKindFields();
    void fillParticipants();
    void fillPartnerships();
    // The organisation field of the participant row, from the person's affiliation on the activity's date.
    void fillParticipantOrganisation();
    QStringList participantOrganisationNames();

    QLabel *m_heading;
    QComboBox *m_kind;
    QLineEdit *m_title;
    PartialDateEdit *m_start;
    PartialDateEdit *m_end;
    QLineEdit *m_location;
    QPlainTextEdit *m_description;
    QComboBox *m_series;
    QLineEdit *m_purpose;
    QLineEdit *m_outcome;
    QCheckBox *m_hasFollowUp;
    PartialDateEdit *m_followUpDue;
    QCheckBox *m_followUpDone;
    QComboBox *m_agreementStatus;
    PartialDateEdit *m_signed;
    PartialDateEdit *m_renewal;
    QLineEdit *m_areas;
    // What returns list per trip: cost as written (the amount read from it
    // shown beside), transport, officials accompanying, source file.
    QLineEdit *m_cost;
    QLabel *m_costRead;
    QLineEdit *m_transport;
    QSpinBox *m_officials; // its minimum: not known
    QLineEdit *m_source;
    RecordPicker *m_partnershipPicker;
    QLabel *m_partnerships;
    QFormLayout *m_form;
    RecordPicker *m_participantPerson;
    RecordPicker *m_participantOrganisation;
    QComboBox *m_participantRole;
    QStandardItemModel *m_participantModel;
    QTableView *m_participantView;
    QLineEdit *m_stopPlace;
    PartialDateEdit *m_stopDate;
    QLineEdit *m_stopPurpose;
    ItineraryModel *m_stopModel;
    QTableView *m_stopView;
    QWidget *m_stopPage;

    Activity m_activity; // the record being edited, participants included
    // Participants typed with names not yet in the database.
    QList<QPair<QString, QString>> m_newNames; // parallel to m_activity.participants: person, organisation
    QStringList m_newPartnerships; // named, not in the database yet, creation agreed: created on save
};

} // namespace liaison
