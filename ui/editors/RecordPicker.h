#pragma once

#include "storage/ListQuery.h"

#include <QLineEdit>

class QStandardItemModel;

namespace liaison {

// A line edit that completes organisation (or person, or partnership) names as
// the user types, from the database: any word of the name, short name or alias
// matches anywhere ("tech" finds "GovTech"; an alias finds its organisation),
// and only the first few matches are read. The matches are ranked (see
// NameCompletion): an exact name, short name or alias first, then names that
// begin with the text, then word matches, the recently used first within each;
// the popup is as wide as its longest entry and shows an organisation's short
// name and country, a person's organisation. A name that matches nothing is
// new: the editor using the picker creates that record on the fly, after asking.
class RecordPicker : public QLineEdit
{
    Q_OBJECT

public:
    // How many matches the completion reads at most: a window, never the table.
    static constexpr int kMatches = 20;
    // The role of the popup's model that holds the name a choice puts in the field.
    static constexpr int NameRole = Qt::UserRole + 1;

    RecordPicker(ListQuery &query, ListKind kind, QWidget *parent = nullptr);
    ~RecordPicker() override;

    // The id of the record whose name (or short name) is typed, or 0 if the name is new.
    qint64 selectedId();
    void setRecord(qint64 id, const QString &name);
    // The names the completion offers for what is typed now, best first.
    QStringList suggestions() const;
    // The popup's lines for them: "UK Science and Innovation Network Singapore (SIN Singapore) · Singapore".
    QStringList suggestionLabels() const;

    // Asks before records are created from names typed in pickers; `names`
    // are lines such as "Person: Bob Lee". True if the user agrees.
    static bool confirmNewRecords(QWidget *parent, const QStringList &names);

    // Records chosen in pickers of a kind, most recent first: the completion
    // puts them first among equally good matches.
    static void rememberUse(ListKind kind, qint64 id);

signals:
    // The field names a stored record now (chosen from the popup, or typed in
    // full and left): editors fill in what follows from it.
    void recordPicked(qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh(const QString &text);
    void showPopup();
    void notePicked();

    ListQuery &m_query;
    ListKind m_kind;
    QStandardItemModel *m_names;
    QHash<QString, qint64> m_ids; // by name, short name and alias-matched name, case-folded
    qint64 m_lastPicked = 0;
    QMetaObject::Connection m_focusWatch; // cut first on destruction: QWidget's own teardown moves the focus
};

} // namespace liaison
