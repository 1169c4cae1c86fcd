#pragma once

#include "RecordEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;

namespace liaison {

class PartialDateEdit;
class RecordListModel;
class RecordPicker;
class TimelinePage;

// A partnership: parties, focus and owner, its stage with the history of
// changes (changing the stage is its own undo step), its activities and agreements.
class PartnershipEditor : public RecordEditor
{
    Q_OBJECT

public:
    PartnershipEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent = nullptr);

    void save() override;
    void remove();
    void addParty();
    void changeStage();

protected:
    bool loadRecord(qint64 id) override;

private:
    QLabel *m_heading;
    QLineEdit *m_name;
    QLineEdit *m_focus;
    QLineEdit *m_owner;
    QPlainTextEdit *m_notes;
    RecordPicker *m_partyPicker;
    QStandardItemModel *m_parties;
    QStandardItemModel *m_stages;
    QComboBox *m_newStage;
    PartialDateEdit *m_stageDate;
    QLineEdit *m_stageNote;
    RecordListModel *m_activities;
    RecordListModel *m_agreements;
    TimelinePage *m_timeline;
};

} // namespace liaison
