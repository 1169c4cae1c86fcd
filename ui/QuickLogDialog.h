#pragma once

#include "domain/ActivityKind.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace liaison {

class EditContext;
class ListQuery;
class PartialDateEdit;
class RecordPicker;
struct QuickLogEntry;

// The quick log (Ctrl+L, on every page): one compact form for the common case,
// an introduction — who introduced whom, each person's organisation filled from
// their affiliation on the date (editable), today's date, the purpose, a
// follow-up in two weeks, and the partnership the two organisations share (or a
// new one). Keyboard only: the names come first in the tab order, Enter saves
// and starts the next entry with the same introducer. New people and
// organisations are created after one confirmation, with their affiliation;
// the whole entry is one undo step (QuickLogCommand).
class QuickLogDialog : public QDialog
{
    Q_OBJECT

public:
    QuickLogDialog(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent = nullptr);

    // Shows the window's quick log (made on first use), ready for typing.
    static QuickLogDialog *showFor(QWidget *window, EditContext &context, QUndoStack &undoStack, ListQuery &query);

    // Saves what is typed (after asking about new records); true when logged.
    bool save();
    // Clears the form for the next entry; the introducer, kind and date stay.
    void startNext();
    QuickLogEntry entry();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Row
    {
        QLabel *label;
        RecordPicker *person;
        RecordPicker *organisation;
    };
    ActivityKind kind() const;
    void kindChanged();
    void fillOrganisation(int row);
    void suggestPartnership();
    void updateTitleHint();
    void setAutoFilled(QLineEdit *field, bool autoFilled);
    bool isAutoFilled(QLineEdit *field) const;

    EditContext &m_context;
    QUndoStack &m_undoStack;
    ListQuery &m_query;
    QComboBox *m_kind;
    QList<Row> m_rows; // introducer, then the two people introduced
    PartialDateEdit *m_date;
    QLineEdit *m_purpose;
    QCheckBox *m_hasFollowUp;
    PartialDateEdit *m_followUp;
    RecordPicker *m_partnership;
    QLineEdit *m_title;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace liaison
