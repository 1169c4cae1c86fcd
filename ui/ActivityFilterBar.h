#pragma once

#include "query/ActivityFilter.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLineEdit;

namespace liaison {

class ListQuery;
class PartialDateEdit;
class RecordPicker;

// The activity filter controls the lists and the timeline share: kind and
// date range (first row); organisation, person, partnership, area and country
// (second row). Pages add their own controls to either row.
class ActivityFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum Field { KindAndDates = 0x1, Records = 0x2, AllFields = KindAndDates | Records };

    // Child names are `prefix` + "KindFilter", "FromFilter", "OrganisationFilter"…
    ActivityFilterBar(ListQuery &query, const QString &prefix, int fields = AllFields, QWidget *parent = nullptr);

    // `base` with the fields this bar shows set from its controls.
    ActivityFilter applyTo(const ActivityFilter &base) const;
    // Shows `filter`'s kind, dates, areas and countries (records chosen by id
    // keep their pickers as typed).
    void setFilter(const ActivityFilter &filter);
    // Every control back to "any" (Clear filters).
    void clear();
    // Whether any control filters.
    bool isFiltering() const;

    // A row under the bar's own, for controls a page adds (its saved filters).
    QHBoxLayout *addRow();

signals:
    void changed();

private:
    int m_fields;
    QComboBox *m_kind = nullptr;
    PartialDateEdit *m_from = nullptr;
    PartialDateEdit *m_to = nullptr;
    RecordPicker *m_organisation = nullptr;
    RecordPicker *m_person = nullptr;
    RecordPicker *m_partnership = nullptr;
    QLineEdit *m_area = nullptr;
    QLineEdit *m_country = nullptr;
};

} // namespace liaison
