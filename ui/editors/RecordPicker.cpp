#include "RecordPicker.h"

#include "storage/StorageError.h"

#include <QCompleter>
#include <QStringListModel>

namespace liaison {

RecordPicker::RecordPicker(ListQuery &query, ListKind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_query(query)
    , m_kind(kind)
    , m_names(new QStringListModel(this))
{
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type to search; a new name creates a record"));
    connect(this, &QLineEdit::textEdited, this, &RecordPicker::refresh);
}

void RecordPicker::refresh(const QString &text)
{
    ListRequest request;
    request.kind = m_kind;
    request.text = text;
    QStringList names;
    m_ids.clear();
    try {
        for (const ListRow &row : m_query.rows(request, 0, 20)) {
            const QString name = row.values.value(0).toString();
            names.append(name);
            m_ids.insert(name, row.id);
            // An organisation is also known by its short name.
            const QString shortName = row.values.value(1).toString();
            if (m_kind == ListKind::Organisations && !shortName.isEmpty())
                m_ids.insert(shortName, row.id);
        }
    } catch (const StorageError &) {
        // The completion is a convenience; the save reports storage errors.
    }
    m_names->setStringList(names);
}

qint64 RecordPicker::selectedId()
{
    const QString name = text().trimmed();
    if (name.isEmpty())
        return 0;
    if (!m_ids.contains(name))
        refresh(name);
    return m_ids.value(name, 0);
}

void RecordPicker::setRecord(qint64 id, const QString &name)
{
    setText(name);
    m_ids.insert(name, id);
}

} // namespace liaison
