#include "PartialDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace liaison {

PartialDateEdit::PartialDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_precision(new QComboBox(this))
    , m_quarter(new QComboBox(this))
    , m_date(new QDateEdit(this))
{
    m_precision->addItem(tr("Not set"), -1);
    m_precision->addItem(tr("Day"), int(DatePrecision::Day));
    m_precision->addItem(tr("Month"), int(DatePrecision::Month));
    m_precision->addItem(tr("Quarter"), int(DatePrecision::Quarter));
    m_precision->addItem(tr("Year"), int(DatePrecision::Year));
    m_precision->setAccessibleName(tr("Date precision"));
    m_precision->setObjectName(QStringLiteral("precision"));
    for (int quarter = 1; quarter <= 4; ++quarter)
        m_quarter->addItem(QStringLiteral("Q%1").arg(quarter), quarter);
    m_quarter->setAccessibleName(tr("Quarter"));
    m_quarter->setObjectName(QStringLiteral("quarter"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Date"));
    m_date->setObjectName(QStringLiteral("date"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_precision);
    layout->addWidget(m_quarter);
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
    const QDate date = m_date->date();
    switch (DatePrecision(precision)) {
    case DatePrecision::Quarter: return PartialDate::quarter(date.year(), m_quarter->currentData().toInt());
    case DatePrecision::Month: return PartialDate::month(date.year(), date.month());
    case DatePrecision::Year: return PartialDate::year(date.year());
    case DatePrecision::Day: break;
    }
    return PartialDate(date, DatePrecision::Day);
}

void PartialDateEdit::setValue(const PartialDate &date)
{
    if (!date.isValid()) {
        m_precision->setCurrentIndex(0);
        return;
    }
    m_precision->setCurrentIndex(m_precision->findData(int(date.precision())));
    m_date->setDate(date.first());
    m_quarter->setCurrentIndex((date.first().month() - 1) / 3);
}

void PartialDateEdit::setPrecision(DatePrecision precision)
{
    m_precision->setCurrentIndex(m_precision->findData(int(precision)));
}

void PartialDateEdit::updateFormat()
{
    // Only the parts the precision keeps are shown: a quarter is "Q3" and a
    // year, never a made-up first month.
    const int precision = m_precision->currentData().toInt();
    m_date->setEnabled(precision >= 0);
    m_quarter->setVisible(precision == int(DatePrecision::Quarter));
    if (precision == int(DatePrecision::Quarter))
        m_quarter->setCurrentIndex((m_date->date().month() - 1) / 3);
    switch (precision) {
    case int(DatePrecision::Month): m_date->setDisplayFormat(QStringLiteral("MMM yyyy")); break;
    case int(DatePrecision::Quarter):
    case int(DatePrecision::Year): m_date->setDisplayFormat(QStringLiteral("yyyy")); break;
    default: m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
}

} // namespace liaison
