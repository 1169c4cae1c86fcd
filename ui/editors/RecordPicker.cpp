#include "RecordPicker.h"

#include "storage/NameCompletion.h"
#include "storage/StorageError.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QApplication>
#include <QHash>
#include <QKeyEvent>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QStandardItemModel>

namespace liaison {

namespace {
QHash<int, QList<qint64>> &recentlyUsed()
{
    static QHash<int, QList<qint64>> recent;
    return recent;
}

QString labelOf(ListKind kind, const NameMatch &match)
{
    QString label = match.name;
    if (kind == ListKind::Organisations && !match.shortName.isEmpty()
        && match.shortName.compare(match.name, Qt::CaseInsensitive) != 0)
        label += QStringLiteral(" (") + match.shortName + QLatin1Char(')');
    if (!match.detail.isEmpty())
        label += QStringLiteral("  ·  ") + match.detail;
    return label;
}
} // namespace

RecordPicker::RecordPicker(ListQuery &query, ListKind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_query(query)
    , m_kind(kind)
    , m_names(new QStandardItemModel(this))
{
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // The database already chose and ranked the matches (words anywhere, short
    // names, aliases): the popup shows them all rather than filtering again by prefix.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    // The popup shows a line with short name and country; a choice puts the name in the field.
    completer->setCompletionRole(NameRole);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type to search; a new name creates a record"));
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        refresh(text);
        if (m_names->rowCount() > 0 && !text.trimmed().isEmpty() && hasFocus())
            showPopup();
        else
            this->completer()->popup()->hide();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this] { notePicked(); });
    connect(this, &QLineEdit::editingFinished, this, [this] { notePicked(); });
    // Leaving the field with the popup open (Tab) finishes no editing and sends
    // the field no focus-out (the completer takes it): the application says.
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (old == this && now != this->completer()->popup())
            notePicked();
    });
}

RecordPicker::~RecordPicker()
{
    // QWidget's teardown moves the focus away, which would call back into this
    // half-destroyed picker (and its database).
    disconnect(m_focusWatch);
    blockSignals(true);
}

void RecordPicker::refresh(const QString &text)
{
    m_ids.clear();
    m_names->clear();
    QList<NameMatch> matches;
    try {
        matches = NameCompletion(m_query.database()).matches(m_kind, text, kMatches, recentlyUsed().value(int(m_kind)));
    } catch (const StorageError &) {
        // The completion is a convenience; the save reports storage errors.
    }
    QStringList names;
    for (const NameMatch &match : std::as_const(matches)) {
        if (names.contains(match.name))
            continue; // two records of one name: the first listed is offered
        names.append(match.name);
        m_ids.insert(match.name.toCaseFolded(), match.id);
        // An organisation is also known by its short name.
        if (m_kind == ListKind::Organisations && !match.shortName.isEmpty() && !m_ids.contains(match.shortName.toCaseFolded()))
            m_ids.insert(match.shortName.toCaseFolded(), match.id);
        auto *item = new QStandardItem(labelOf(m_kind, match));
        item->setData(match.name, NameRole);
        item->setData(match.id, Qt::UserRole);
        item->setToolTip(item->text());
        m_names->appendRow(item);
    }
}

void RecordPicker::showPopup()
{
    // As wide as the longest line (never cut to the field's width), within the screen.
    QAbstractItemView *popup = completer()->popup();
    const QFontMetrics metrics(popup->font());
    int widest = 0;
    for (int row = 0; row < m_names->rowCount(); ++row)
        widest = qMax(widest, metrics.horizontalAdvance(m_names->item(row)->text()));
    int width = widest + 2 * popup->frameWidth() + popup->verticalScrollBar()->sizeHint().width() + 24;
    if (const QScreen *s = screen())
        width = qMin(width, s->availableGeometry().width());
    completer()->complete(QRect(0, 0, qMax(width, this->width()), height()));
}

QStringList RecordPicker::suggestions() const
{
    QStringList names;
    for (int row = 0; row < m_names->rowCount(); ++row)
        names.append(m_names->item(row)->data(NameRole).toString());
    return names;
}

QStringList RecordPicker::suggestionLabels() const
{
    QStringList labels;
    for (int row = 0; row < m_names->rowCount(); ++row)
        labels.append(m_names->item(row)->text());
    return labels;
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
    m_lastPicked = id;
}

void RecordPicker::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QAbstractItemView *popup = completer()->popup();
    if (enter && popup->isVisible()) {
        if (popup->currentIndex().isValid()) {
            // Enter chooses the line highlighted in the popup (the completer puts
            // it in the field); it is not the Enter that saves or adds what was
            // half typed.
            event->ignore();
            return;
        }
        // Nothing highlighted: the popup goes and Enter does what it does in the
        // field (the completer would swallow it otherwise).
        popup->hide();
        QCoreApplication::postEvent(this, new QKeyEvent(event->type(), event->key(), event->modifiers(), event->text()));
        event->accept();
        return;
    }
    const QString before = text();
    QLineEdit::keyPressEvent(event);
    // The line edit re-opens the popup at its own width after each edit: widen it again.
    if (text() != before && completer()->popup()->isVisible())
        showPopup();
}

void RecordPicker::notePicked()
{
    qint64 id = 0;
    try {
        id = selectedId();
    } catch (const StorageError &) {
    }
    if (id && id != m_lastPicked) {
        rememberUse(m_kind, id);
        m_lastPicked = id;
        emit recordPicked(id);
    } else if (!id) {
        m_lastPicked = 0;
    }
}

void RecordPicker::rememberUse(ListKind kind, qint64 id)
{
    QList<qint64> &recent = recentlyUsed()[int(kind)];
    recent.removeAll(id);
    recent.prepend(id);
    if (recent.size() > 10)
        recent.removeLast();
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
