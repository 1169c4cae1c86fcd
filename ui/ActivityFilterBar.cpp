#include "ActivityFilterBar.h"

#include "RecordListModel.h"
#include "editors/RecordPicker.h"

#include <QComboBox>
#include "editors/PartialDateEdit.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace liaison {

namespace {
// Typed as any date of the app: "2014" in from is 1 Jan 2014, in to 31 Dec 2014.
PartialDateEdit *makeFilterDate(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new PartialDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->lineEdit()->setAccessibleName(accessibleName);
    edit->setEmptyText(QObject::tr("any"));
    edit->setCompact(true); // the row is shared with the kind; the result is the tooltip
    edit->setValue({});
    return edit;
}
} // namespace

ActivityFilterBar::ActivityFilterBar(ListQuery &query, const QString &prefix, int fields, QWidget *parent)
    : QWidget(parent)
    , m_fields(fields)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    QHBoxLayout *first = addRow();
    QHBoxLayout *second = addRow();
    if (fields & KindAndDates) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(prefix + QStringLiteral("KindFilter"));
        m_kind->setAccessibleName(tr("Kind"));
        // Narrow enough that the list beside an editor fits a 1280-pixel window.
        m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_kind->setMinimumContentsLength(8);
        m_kind->addItem(tr("All kinds"), -1);
        for (ActivityKind kind : allActivityKinds())
            m_kind->addItem(RecordListModel::kindTitle(activityKindName(kind)), int(kind));
        m_from = makeFilterDate(this, prefix + QStringLiteral("FromFilter"), tr("From"));
        m_to = makeFilterDate(this, prefix + QStringLiteral("ToFilter"), tr("To"));
        first->addWidget(m_kind);
        first->addWidget(new QLabel(tr("from"), this));
        first->addWidget(m_from);
        first->addWidget(new QLabel(tr("to"), this));
        first->addWidget(m_to);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityFilterBar::changed);
        connect(m_from, &PartialDateEdit::valueChanged, this, &ActivityFilterBar::changed);
        connect(m_to, &PartialDateEdit::valueChanged, this, &ActivityFilterBar::changed);
    }
    if (fields & Records) {
        m_organisation = new RecordPicker(query, ListKind::Organisations, this);
        m_organisation->setObjectName(prefix + QStringLiteral("OrganisationFilter"));
        m_organisation->setPlaceholderText(tr("Organisation"));
        m_person = new RecordPicker(query, ListKind::People, this);
        m_person->setObjectName(prefix + QStringLiteral("PersonFilter"));
        m_person->setPlaceholderText(tr("Person"));
        m_partnership = new RecordPicker(query, ListKind::Partnerships, this);
        m_partnership->setObjectName(prefix + QStringLiteral("PartnershipFilter"));
        m_partnership->setPlaceholderText(tr("Partnership"));
        m_area = new QLineEdit(this);
        m_area->setObjectName(prefix + QStringLiteral("AreaFilter"));
        m_area->setPlaceholderText(tr("Area"));
        m_country = new QLineEdit(this);
        m_country->setObjectName(prefix + QStringLiteral("CountryFilter"));
        m_country->setPlaceholderText(tr("Country"));
        second->addWidget(m_organisation, 2);
        second->addWidget(m_person, 2);
        second->addWidget(m_partnership, 2);
        second->addWidget(m_area, 1);
        second->addWidget(m_country, 1);
        for (QLineEdit *edit : {static_cast<QLineEdit *>(m_organisation), static_cast<QLineEdit *>(m_person),
                                static_cast<QLineEdit *>(m_partnership), m_area, m_country})
            connect(edit, &QLineEdit::editingFinished, this, &ActivityFilterBar::changed);
    }
}

QHBoxLayout *ActivityFilterBar::addRow()
{
    auto *row = new QHBoxLayout;
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    return row;
}

ActivityFilter ActivityFilterBar::applyTo(const ActivityFilter &base) const
{
    ActivityFilter filter = base;
    if (m_fields & KindAndDates) {
        if (m_kind->currentData().toInt() >= 0)
            filter.kinds = {ActivityKind(m_kind->currentData().toInt())};
        filter.from = m_from->firstDay();
        filter.to = m_to->lastDay();
    }
    if (m_fields & Records) {
        // A name that matches no record filters to nothing rather than to everything.
        if (!m_organisation->text().trimmed().isEmpty())
            filter.organisationIds = {qMax<qint64>(m_organisation->selectedId(), -1)};
        if (!m_person->text().trimmed().isEmpty())
            filter.personIds = {qMax<qint64>(m_person->selectedId(), -1)};
        if (!m_partnership->text().trimmed().isEmpty())
            filter.partnershipIds = {qMax<qint64>(m_partnership->selectedId(), -1)};
        if (!m_area->text().trimmed().isEmpty())
            filter.areas = {m_area->text().trimmed()};
        if (!m_country->text().trimmed().isEmpty())
            filter.countries = {m_country->text().trimmed()};
    }
    return filter;
}

void ActivityFilterBar::setFilter(const ActivityFilter &filter)
{
    if (m_fields & KindAndDates) {
        m_kind->setCurrentIndex(filter.kinds.isEmpty() ? 0 : m_kind->findData(int(filter.kinds.first())));
        m_from->setValue(filter.from.isValid() ? PartialDate(filter.from) : PartialDate());
        m_to->setValue(filter.to.isValid() ? PartialDate(filter.to) : PartialDate());
    }
    if (m_fields & Records) {
        m_area->setText(filter.areas.value(0));
        m_country->setText(filter.countries.value(0));
    }
}

void ActivityFilterBar::clear()
{
    setFilter(ActivityFilter{});
    if (m_fields & Records)
        for (QLineEdit *picker : {static_cast<QLineEdit *>(m_organisation), static_cast<QLineEdit *>(m_person),
                                  static_cast<QLineEdit *>(m_partnership)})
            picker->clear();
}

bool ActivityFilterBar::isFiltering() const
{
    return !(applyTo(ActivityFilter{}) == ActivityFilter{});
}

} // namespace liaison
