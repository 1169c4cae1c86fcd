#pragma once

#include "RecordEditor.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace liaison {

class PartialDateEdit;
class RecordListModel;
class RecordPicker;

// A person: names (in their own script too), title, affiliations over time,
// and the activities they took part in.
class PersonEditor : public RecordEditor
{
    Q_OBJECT

public:
    PersonEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent = nullptr);

    void save() override;
    void remove();
    // Adds the affiliation typed in the affiliation row; a new organisation
    // name creates that organisation (one undo step for both).
    void addAffiliation();
    void removeAffiliation();
    void mergeDuplicate();

protected:
    bool loadRecord(qint64 id) override;

private:
    QLabel *m_heading;
    QLineEdit *m_name;
    QLineEdit *m_nativeName;
    QLineEdit *m_title;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_notes;
    RecordPicker *m_affiliationOrganisation;
    QLineEdit *m_affiliationRole;
    PartialDateEdit *m_affiliationFrom;
    PartialDateEdit *m_affiliationTo;
    RecordPicker *m_mergePicker;
    QStandardItemModel *m_affiliations;
    QTableView *m_affiliationView;
    RecordListModel *m_activities;
};

} // namespace liaison
