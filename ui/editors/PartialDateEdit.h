#pragma once

#include "domain/PartialDate.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QToolButton;

namespace liaison {

// The one date field of the app: the date is typed as people say it ("30 Nov
// 2026", "30/11/2026" in the locale's order, "2026-11-30", "Nov 2026", "Q3
// 2014", "2014", "today", "+2w"), read on Enter or when focus leaves, and
// shown back beside the field as it will be stored ("→ Q3 2014, quarter").
// What was typed is never rewritten section by section; text that is not a
// date is kept and says why. A calendar button picks a day, opening at the
// field's date or today. Empty text is "not set".
class PartialDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PartialDateEdit(QWidget *parent = nullptr);

    // The date the text says (read now if it was typed since); invalid when
    // not set or not a date (hasError() tells which).
    PartialDate value() const;
    void setValue(const PartialDate &date);
    // Convenience for the fields that keep a day (follow-ups, filters):
    // the first or last day the value covers, invalid when not set.
    QDate firstDay() const { return value().first(); }
    QDate lastDay() const { return value().last(); }

    // The text cannot be read as a date (or lacks a day where one is required).
    bool hasError() const;
    QString errorText() const;
    // Follow-ups and agreement dates are days: "Nov 2026" is refused there.
    void setDayRequired(bool required) { m_dayRequired = required; }
    // What empty text means, shown as the placeholder ("not set", "any").
    void setEmptyText(const QString &text);
    // Where room is short (a filter row, a table cell): no result line beside
    // the field (the result is its tooltip), and optionally no calendar button.
    void setCompact(bool compact, bool withCalendar = true);

    QLineEdit *lineEdit() const { return m_text; }
    QLabel *resultLabel() const { return m_result; }
    QToolButton *calendarButton() const { return m_calendarButton; }
    // The calendar the button opens (created on first use).
    QCalendarWidget *calendar() const { return m_calendar; }
    void openCalendar();

signals:
    // The stored value changed: read from typed text, picked, or set.
    void valueChanged(const PartialDate &date);
    // Typing in the field (before it is read): the form has changes.
    void edited();

private:
    void commit();
    PartialDate read(const QString &text, QString *error) const;
    void showResult();

    QLineEdit *m_text;
    QLabel *m_result;
    QToolButton *m_calendarButton;
    QWidget *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    PartialDate m_value;
    QString m_error;
    bool m_typed = false; // text typed since it was last read
    bool m_dayRequired = false;
    bool m_compact = false;
};

} // namespace liaison
