#include "RecordEditor.h"

#include "PartialDateEdit.h"

#include <QAbstractItemModel>
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace liaison {

namespace {
const QString kDirtyMark = QStringLiteral(" •");
}

// QWidget's destructor deletes the fields after this part of the editor is
// gone, and a field losing focus on the way (a date read on focus-out) would
// call back into it: nothing of the fields reaches the editor from here on.
RecordEditor::~RecordEditor()
{
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

RecordEditor::RecordEditor(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_query(query)
{
}

void RecordEditor::load(qint64 id)
{
    ++m_loading;
    const bool ok = loadRecord(id);
    --m_loading;
    if (ok)
        setDirty(false);
}

void RecordEditor::startNew()
{
    load(0);
    if (m_firstField)
        m_firstField->setFocus(Qt::ShortcutFocusReason);
}

void RecordEditor::reload()
{
    if (!m_dirty)
        load(m_id);
}

bool RecordEditor::trySave()
{
    try {
        save();
    } catch (const StorageError &e) {
        m_context.notifyFailed(e.message());
    }
    return !m_dirty;
}

QString RecordEditor::recordTitle() const
{
    QString title = m_headingLabel ? m_headingLabel->text() : QString();
    if (title.endsWith(kDirtyMark))
        title.chop(kDirtyMark.size());
    return title;
}

bool RecordEditor::confirmLeave()
{
    if (!m_dirty)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Save the changes to %1?").arg(recordTitle()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("Discard forgets what was typed; Cancel goes back to the form."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return trySave();
    case QMessageBox::Discard:
        setDirty(false);
        load(m_id); // the form shows what is stored again
        return true;
    default: return false;
    }
}

void RecordEditor::watch(std::initializer_list<QObject *> fields)
{
    for (QObject *field : fields) {
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            connect(edit, &QLineEdit::textChanged, this, &RecordEditor::markDirty);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            connect(text, &QPlainTextEdit::textChanged, this, &RecordEditor::markDirty);
        else if (auto *box = qobject_cast<QComboBox *>(field))
            connect(box, &QComboBox::currentTextChanged, this, &RecordEditor::markDirty);
        else if (auto *button = qobject_cast<QAbstractButton *>(field))
            connect(button, &QAbstractButton::toggled, this, &RecordEditor::markDirty);
        else if (auto *spin = qobject_cast<QSpinBox *>(field))
            connect(spin, &QSpinBox::valueChanged, this, &RecordEditor::markDirty);
        else if (auto *date = qobject_cast<PartialDateEdit *>(field)) {
            connect(date, &PartialDateEdit::valueChanged, this, &RecordEditor::markDirty);
            connect(date, &PartialDateEdit::edited, this, &RecordEditor::markDirty);
        }
        else if (auto *model = qobject_cast<QAbstractItemModel *>(field)) {
            connect(model, &QAbstractItemModel::dataChanged, this, &RecordEditor::markDirty);
            connect(model, &QAbstractItemModel::rowsInserted, this, &RecordEditor::markDirty);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordEditor::markDirty);
        }
    }
}

void RecordEditor::markDirty()
{
    if (m_loading == 0)
        setDirty(true);
}

void RecordEditor::setDirty(bool dirty)
{
    if (m_headingLabel) {
        QString heading = m_headingLabel->text();
        if (heading.endsWith(kDirtyMark))
            heading.chop(kDirtyMark.size());
        m_headingLabel->setText(dirty ? heading + kDirtyMark : heading);
    }
    const bool changed = dirty != m_dirty;
    m_dirty = dirty;
    updateButtons();
    if (changed)
        emit dirtyChanged(dirty);
}

void RecordEditor::updateButtons()
{
    for (QPushButton *button : findChildren<QPushButton *>()) {
        bool enabled = !m_readOnly && (m_id != 0 || !button->property("needsRecord").toBool());
        if (button->property("savesForm").toBool())
            enabled = enabled && m_dirty;
        button->setEnabled(enabled);
    }
}

} // namespace liaison
