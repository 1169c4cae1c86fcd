#pragma once

#include "domain/PartialDate.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace liaison {

// A date entered with its precision: "not set", a day, a month, a quarter or a
// year; the date edit shows only the parts that precision keeps.
class PartialDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PartialDateEdit(QWidget *parent = nullptr);

    PartialDate value() const;
    void setValue(const PartialDate &date);
    void setPrecision(DatePrecision precision);
    QComboBox *precisionBox() const { return m_precision; }
    QComboBox *quarterBox() const { return m_quarter; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    void updateFormat();

    QComboBox *m_precision;
    QComboBox *m_quarter;
    QDateEdit *m_date;
};

} // namespace liaison
