#pragma once

#include "storage/ListQuery.h"

#include <QLineEdit>

class QStringListModel;

namespace liaison {

// A line edit that completes organisation (or person, or partnership) names as
// the user types, from the database: any word of the name, short name or alias
// matches anywhere ("tech" finds "GovTech"; an alias finds its organisation),
// and only the first few matches are read. A name that matches nothing is new:
// the editor using the picker creates that record on the fly, after asking.
class RecordPicker : public QLineEdit
{
    Q_OBJECT

public:
    // How many matches the completion reads at most: a window, never the table.
    static constexpr int kMatches = 20;

    RecordPicker(ListQuery &query, ListKind kind, QWidget *parent = nullptr);

    // The id of the record whose name (or short name) is typed, or 0 if the name is new.
    qint64 selectedId();
    void setRecord(qint64 id, const QString &name);
    // The names the completion offers for what is typed now.
    QStringList suggestions() const;

    // Asks before records are created from names typed in pickers; `names`
    // are lines such as "Person: Bob Lee". True if the user agrees.
    static bool confirmNewRecords(QWidget *parent, const QStringList &names);

private:
    void refresh(const QString &text);

    ListQuery &m_query;
    ListKind m_kind;
    QStringListModel *m_names;
    QHash<QString, qint64> m_ids; // by name, short name and alias-matched name, case-folded
};

} // namespace liaison
