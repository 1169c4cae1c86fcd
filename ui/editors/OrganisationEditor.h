#pragma once

#include "RecordEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace liaison {

class RecordListModel;
class RecordPicker;

// An organisation: its fields, its people (current and past), the partnerships
// it is party to, and its activity rolled up with that of its people.
class OrganisationEditor : public RecordEditor
{
    Q_OBJECT

public:
    OrganisationEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent = nullptr);

    void save() override;
    void remove();
    // Merges the organisation named in the merge picker into this one.
    void mergeDuplicate();

protected:
    bool loadRecord(qint64 id) override;

private:
    QLabel *m_heading;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_kind;
    QLineEdit *m_country;
    QLineEdit *m_website;
    QLineEdit *m_aliases;
    QPlainTextEdit *m_notes;
    RecordPicker *m_mergePicker;
    QStandardItemModel *m_people;
    RecordListModel *m_partnerships;
    RecordListModel *m_activities;
    QTableView *m_activityView;
};

} // namespace liaison
