#pragma once

#include "storage/ListQuery.h"

#include <QLineEdit>

class QStringListModel;

namespace liaison {

// A line edit that completes organisation (or person, or partnership) names as
// the user types, from the database. A name that matches nothing is new: the
// editor using the picker creates that record on the fly.
class RecordPicker : public QLineEdit
{
    Q_OBJECT

public:
    RecordPicker(ListQuery &query, ListKind kind, QWidget *parent = nullptr);

    // The id of the record whose name is typed, or 0 if the name is new.
    qint64 selectedId();
    void setRecord(qint64 id, const QString &name);

private:
    void refresh(const QString &text);

    ListQuery &m_query;
    ListKind m_kind;
    QStringListModel *m_names;
    QHash<QString, qint64> m_ids;
};

} // namespace liaison
