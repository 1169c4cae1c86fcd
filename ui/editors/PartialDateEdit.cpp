#include "PartialDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace liaison {

PartialDateEdit::PartialDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_precision(new QComboBox(this))
    , m_date(new QDateEdit(this))
{
    m_precision->addItem(tr("Not set"), -1);
    m_precision->addItem(tr("Day"), int(DatePrecision::Day));
    m_precision->addItem(tr("Month"), int(DatePrecision::Month));
    m_precision->addItem(tr("Quarter"), int(DatePrecision::Quarter));
    m_precision->addItem(tr("Year"), int(DatePrecision::Year));
    m_precision->setAccessibleName(tr("Date precision"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Date"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_precision);
    layout->addWidget(m_date, 1);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &PartialDateEdit::updateFormat);
    m_precision->setCurrentIndex(1);
    updateFormat();
}

PartialDate PartialDateEdit::value() const
{
    const int precision = m_precision->currentData().toInt();
    if (precision < 0)
        return {};
    return PartialDate(m_date->date(), DatePrecision(precision));
}

void PartialDateEdit::setValue(const PartialDate &date)
{
    if (!date.isValid()) {
        m_precision->setCurrentIndex(0);
        return;
    }
    m_precision->setCurrentIndex(m_precision->findData(int(date.precision())));
    m_date->setDate(date.first());
}

void PartialDateEdit::updateFormat()
{
    const int precision = m_precision->currentData().toInt();
    m_date->setEnabled(precision >= 0);
    switch (precision) {
    case int(DatePrecision::Month): m_date->setDisplayFormat(QStringLiteral("MMM yyyy")); break;
    case int(DatePrecision::Quarter): // the quarter is the month's; shown as its first month
    case int(DatePrecision::Year): m_date->setDisplayFormat(precision == int(DatePrecision::Year)
                                                               ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy"));
        break;
    default: m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
}

} // namespace liaison
