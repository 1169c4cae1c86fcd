#include "RecordPicker.h"

#include "storage/StorageError.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QMessageBox>
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
    // The database already chose the matches (words anywhere, short names,
    // aliases): the popup shows them all rather than filtering again by prefix.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type to search; a new name creates a record"));
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        refresh(text);
        if (!m_names->stringList().isEmpty() && !text.trimmed().isEmpty() && hasFocus())
            this->completer()->complete();
        else
            this->completer()->popup()->hide();
    });
}

void RecordPicker::refresh(const QString &text)
{
    ListRequest request;
    request.kind = m_kind;
    request.text = text;
    QStringList names;
    m_ids.clear();
    try {
        for (const ListRow &row : m_query.rows(request, 0, kMatches)) {
            const QString name = row.values.value(0).toString();
            if (names.contains(name))
                continue; // two records of one name: the first listed is offered
            names.append(name);
            m_ids.insert(name.toCaseFolded(), row.id);
            // An organisation is also known by its short name.
            const QString shortName = row.values.value(1).toString();
            if (m_kind == ListKind::Organisations && !shortName.isEmpty() && !m_ids.contains(shortName.toCaseFolded()))
                m_ids.insert(shortName.toCaseFolded(), row.id);
        }
    } catch (const StorageError &) {
        // The completion is a convenience; the save reports storage errors.
    }
    m_names->setStringList(names);
}

QStringList RecordPicker::suggestions() const
{
    return m_names->stringList();
}

qint64 RecordPicker::selectedId()
{
    const QString name = text().trimmed();
    if (name.isEmpty())
        return 0;
    if (!m_ids.contains(name.toCaseFolded()))
        refresh(name);
    return m_ids.value(name.toCaseFolded(), 0);
}

void RecordPicker::setRecord(qint64 id, const QString &name)
{
    setText(name);
    m_ids.insert(name.toCaseFolded(), id);
}

bool RecordPicker::confirmNewRecords(QWidget *parent, const QStringList &names)
{
    if (names.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Create new records?"),
                    tr("Not in the database yet:\n\n%1\n\nCreate %2 now? (Edit ▸ Undo takes it back.)")
                        .arg(names.join(QLatin1Char('\n')))
                        .arg(names.size() == 1 ? tr("it") : tr("them")),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmNewRecords"));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

} // namespace liaison
