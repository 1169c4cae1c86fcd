#include "QuickLogDialog.h"

#include "RecordListModel.h"
#include "editors/ParticipantRoles.h"
#include "editors/PartialDateEdit.h"
#include "editors/RecordPicker.h"
#include "storage/QuickLogWriter.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "undo/EditContext.h"
#include "undo/QuickLogCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>
#include <QVBoxLayout>

namespace liaison {

namespace {
const char *kAutoFilled = "quickLogAutoFilled";
const QString kKindSetting = QStringLiteral("quickLog/kind");
} // namespace

QuickLogDialog::QuickLogDialog(EditContext &context, QUndoStack &undoStack, ListQuery &query, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_query(query)
    , m_kind(new QComboBox(this))
    , m_date(new PartialDateEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_hasFollowUp(new QCheckBox(tr("Follow &up by"), this))
    , m_followUp(new PartialDateEdit(this))
    , m_partnership(new RecordPicker(query, ListKind::Partnerships, this))
    , m_title(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("quickLogDialog"));
    setAccessibleName(tr("Quick log"));
    setWindowTitle(tr("Quick log"));
    for (ActivityKind kind : {ActivityKind::Introduction, ActivityKind::Meeting, ActivityKind::Event, ActivityKind::Note})
        m_kind->addItem(RecordListModel::kindTitle(activityKindName(kind)), int(kind));
    m_kind->setObjectName(QStringLiteral("quickLogKind"));
    m_kind->setAccessibleName(tr("Kind"));
    bool known = false;
    const ActivityKind lastKind = activityKindFromName(QSettings().value(kKindSetting).toString(), &known);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(known ? lastKind : ActivityKind::Introduction))));

    auto *grid = new QGridLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    grid->addWidget(kindLabel, 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(new QLabel(tr("Person"), this), 1, 1);
    grid->addWidget(new QLabel(tr("Organisation (from their affiliation on the date)"), this), 1, 2);
    const QStringList ids = {QStringLiteral("Introducer"), QStringLiteral("PersonA"), QStringLiteral("PersonB")};
    for (int i = 0; i < 3; ++i) {
        Row row{new QLabel(this), new RecordPicker(query, ListKind::People, this),
                new RecordPicker(query, ListKind::Organisations, this)};
        row.label->setBuddy(row.person);
        row.label->setObjectName(QStringLiteral("quickLog%1Label").arg(ids.at(i)));
        row.person->setObjectName(QStringLiteral("quickLog%1").arg(ids.at(i)));
        row.organisation->setObjectName(QStringLiteral("quickLog%1Organisation").arg(ids.at(i)));
        row.person->setPlaceholderText(tr("Name…"));
        row.organisation->setPlaceholderText(tr("Organisation…"));
        row.person->setMinimumWidth(260);
        row.organisation->setMinimumWidth(260);
        grid->addWidget(row.label, i + 2, 0);
        grid->addWidget(row.person, i + 2, 1);
        grid->addWidget(row.organisation, i + 2, 2);
        connect(row.person, &RecordPicker::recordPicked, this, [this, i] { fillOrganisation(i); });
        connect(row.person, &QLineEdit::textEdited, this, [this, i] {
            // Another name: an organisation filled in for the previous one goes.
            QLineEdit *organisation = m_rows.at(i).organisation;
            if (isAutoFilled(organisation)) {
                organisation->clear();
                setAutoFilled(organisation, false);
                suggestPartnership();
            }
            updateTitleHint();
        });
        connect(row.organisation, &QLineEdit::textEdited, this, [this, i] {
            setAutoFilled(m_rows.at(i).organisation, false);
            updateTitleHint();
        });
        connect(row.organisation, &RecordPicker::recordPicked, this, &QuickLogDialog::suggestPartnership);
        m_rows.append(row);
    }

    m_date->setObjectName(QStringLiteral("quickLogDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setValue(PartialDate(QDate::currentDate()));
    m_purpose->setObjectName(QStringLiteral("quickLogPurpose"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->setPlaceholderText(tr("Why they should meet…"));
    m_hasFollowUp->setObjectName(QStringLiteral("quickLogHasFollowUp"));
    m_hasFollowUp->setAccessibleName(tr("Follow up"));
    m_hasFollowUp->setChecked(true);
    m_followUp->setObjectName(QStringLiteral("quickLogFollowUp"));
    m_followUp->setAccessibleName(tr("Follow-up date"));
    m_followUp->setValue(PartialDate(QDate::currentDate().addDays(14)));
    connect(m_hasFollowUp, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    m_partnership->setObjectName(QStringLiteral("quickLogPartnership"));
    m_partnership->setAccessibleName(tr("Partnership"));
    m_partnership->setPlaceholderText(tr("Partnership it advances (a new name creates one)…"));
    connect(m_partnership, &QLineEdit::textEdited, this, [this] { setAutoFilled(m_partnership, false); });
    m_title->setObjectName(QStringLiteral("quickLogTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_status->setObjectName(QStringLiteral("quickLogStatus"));
    m_status->setAccessibleName(tr("Last entry"));
    m_status->setWordWrap(true);

    auto *form = new QGridLayout;
    const auto addRow = [this, form](int row, const QString &label, QWidget *field, QWidget *extra = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addWidget(l, row, 0);
        form->addWidget(field, row, 1, 1, extra ? 1 : 2);
        if (extra)
            form->addWidget(extra, row, 2);
    };
    auto *followUpRow = new QWidget(this);
    auto *followUpLayout = new QHBoxLayout(followUpRow);
    followUpLayout->setContentsMargins(0, 0, 0, 0);
    followUpLayout->addWidget(m_hasFollowUp);
    followUpLayout->addWidget(m_followUp, 1);
    addRow(0, tr("&Date:"), m_date, followUpRow);
    addRow(1, tr("Pu&rpose:"), m_purpose);
    addRow(2, tr("Partners&hip:"), m_partnership);
    addRow(3, tr("&Title:"), m_title);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(2, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save and next"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("quickLogSave"));
    m_save->setAccessibleName(tr("Save and start the next entry"));
    m_save->setToolTip(tr("Enter"));
    m_save->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("quickLogClose"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            startNext();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    // Enter saves: the dialog's default button. A plain accept() would close the form.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // The names first, then what is usually left as filled in.
    QWidget *order[] = {m_rows[0].person, m_rows[1].person, m_rows[2].person, m_purpose, m_partnership, m_title,
                        m_rows[0].organisation, m_rows[1].organisation, m_rows[2].organisation, m_date,
                        m_hasFollowUp, m_followUp, m_kind, m_save, close};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &QuickLogDialog::kindChanged);
    kindChanged();
    setMinimumWidth(760);
}

QuickLogDialog *QuickLogDialog::showFor(QWidget *window, EditContext &context, QUndoStack &undoStack, ListQuery &query)
{
    auto *dialog = window->findChild<QuickLogDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new QuickLogDialog(context, undoStack, query, window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void QuickLogDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Ready to type: the first name still to fill.
    for (const Row &row : std::as_const(m_rows)) {
        if (row.person->text().trimmed().isEmpty()) {
            row.person->setFocus();
            return;
        }
    }
    m_purpose->setFocus();
}

ActivityKind QuickLogDialog::kind() const
{
    return ActivityKind(m_kind->currentData().toInt());
}

void QuickLogDialog::kindChanged()
{
    const bool introduction = kind() == ActivityKind::Introduction;
    const QStringList labels = introduction ? QStringList{tr("&Introducer:"), tr("Introduced &A:"), tr("to &B:")}
                                            : QStringList{tr("With &1:"), tr("&2:"), tr("&3:")};
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].label->setText(labels.at(i));
        m_rows[i].person->setAccessibleName(QString(labels.at(i)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        m_rows[i].organisation->setAccessibleName(
            tr("Organisation of %1").arg(QString(labels.at(i)).remove(QLatin1Char('&')).remove(QLatin1Char(':'))));
    }
    updateTitleHint();
}

void QuickLogDialog::setAutoFilled(QLineEdit *field, bool autoFilled)
{
    field->setProperty(kAutoFilled, autoFilled);
}

bool QuickLogDialog::isAutoFilled(QLineEdit *field) const
{
    return field->property(kAutoFilled).toBool();
}

void QuickLogDialog::fillOrganisation(int row)
{
    RecordPicker *organisation = m_rows.at(row).organisation;
    if (!organisation->text().trimmed().isEmpty() && !isAutoFilled(organisation))
        return; // typed by the user: theirs
    try {
        QuickLogWriter writer(m_context.repository());
        const qint64 id = writer.organisationOn(m_rows.at(row).person->selectedId(), m_date->value());
        const auto found = id ? m_context.repository().organisations().find(id) : std::nullopt;
        if (found) {
            organisation->setRecord(found->id, found->shortName.isEmpty() ? found->name : found->shortName);
            setAutoFilled(organisation, true);
        } else if (isAutoFilled(organisation)) {
            organisation->clear();
            setAutoFilled(organisation, false);
        }
    } catch (const StorageError &e) {
        m_status->setText(e.message());
    }
    suggestPartnership();
    updateTitleHint();
}

void QuickLogDialog::suggestPartnership()
{
    if (!m_partnership->text().trimmed().isEmpty() && !isAutoFilled(m_partnership))
        return;
    try {
        const qint64 a = m_rows.at(1).organisation->selectedId();
        const qint64 b = m_rows.at(2).organisation->selectedId();
        const auto shared = QuickLogWriter(m_context.repository()).sharedPartnership(a, b);
        if (shared) {
            m_partnership->setRecord(shared->id, shared->name);
            setAutoFilled(m_partnership, true);
        } else if (isAutoFilled(m_partnership)) {
            m_partnership->clear();
            setAutoFilled(m_partnership, false);
        }
    } catch (const StorageError &e) {
        m_status->setText(e.message());
    }
}

void QuickLogDialog::updateTitleHint()
{
    QuickLogEntry hint;
    hint.kind = kind();
    const bool introduction = hint.kind == ActivityKind::Introduction;
    for (int i = 0; i < m_rows.size(); ++i)
        hint.sides.append({0, m_rows.at(i).person->text(), 0, m_rows.at(i).organisation->text(),
                           introduction ? (i == 0 ? QStringLiteral("introducer") : QStringLiteral("introduced")) : QString()});
    m_title->setPlaceholderText(QuickLogWriter::titleFor(hint));
}

QuickLogEntry QuickLogDialog::entry()
{
    QuickLogEntry e;
    e.kind = kind();
    e.title = m_title->text().trimmed();
    e.date = m_date->value();
    e.purpose = m_purpose->text().trimmed();
    if (m_hasFollowUp->isChecked())
        e.followUpDue = m_followUp->value().first();
    const bool introduction = e.kind == ActivityKind::Introduction;
    for (int i = 0; i < m_rows.size(); ++i) {
        QuickLogEntry::Side side;
        side.personId = m_rows.at(i).person->selectedId();
        side.personName = m_rows.at(i).person->text().trimmed();
        side.organisationId = m_rows.at(i).organisation->selectedId();
        side.organisationName = m_rows.at(i).organisation->text().trimmed();
        // An introduction's roles are the form's; other kinds take the role last used for them.
        side.role = introduction ? (i == 0 ? QStringLiteral("introducer") : QStringLiteral("introduced"))
                                 : ParticipantRoles::defaultRole(e.kind);
        e.sides.append(side);
    }
    e.partnershipId = m_partnership->selectedId();
    e.partnershipName = m_partnership->text().trimmed();
    return e;
}

bool QuickLogDialog::save()
{
    QuickLogEntry e;
    try {
        e = entry();
    } catch (const StorageError &error) {
        m_status->setText(error.message());
        return false;
    }
    const auto named = [](const QuickLogEntry::Side &s) { return !s.personName.isEmpty() || !s.organisationName.isEmpty(); };
    if (e.kind == ActivityKind::Introduction && (!named(e.sides.at(1)) || !named(e.sides.at(2)))) {
        m_status->setText(tr("An introduction needs the two people (or organisations) introduced."));
        (named(e.sides.at(1)) ? m_rows.at(2).person : m_rows.at(1).person)->setFocus();
        return false;
    }
    if (!e.date.isValid()) {
        m_status->setText(tr("The entry needs a date."));
        return false;
    }
    if (!RecordPicker::confirmNewRecords(this, QuickLogWriter::newRecords(e)))
        return false; // nothing saved; the form keeps what was typed
    const QString title = e.title.isEmpty() ? QuickLogWriter::titleFor(e) : e.title;
    const int failures = m_context.failureCount();
    m_undoStack.push(new QuickLogCommand(m_context, e, tr("Quick log: %1").arg(title)));
    if (m_context.failureCount() != failures) {
        m_status->setText(tr("Not logged: see the message in the window. What you typed is still here."));
        return false;
    }
    QSettings().setValue(kKindSetting, activityKindName(e.kind));
    for (const QuickLogEntry::Side &side : std::as_const(e.sides)) {
        if (side.personId)
            RecordPicker::rememberUse(ListKind::People, side.personId);
        if (side.organisationId)
            RecordPicker::rememberUse(ListKind::Organisations, side.organisationId);
    }
    m_status->setText(tr("Logged: %1. Edit ▸ Undo takes it back.").arg(title));
    return true;
}

void QuickLogDialog::startNext()
{
    // After a reception the same person introduces several pairs: the
    // introducer stays; the two people, purpose, partnership and title go.
    for (int i = 1; i < m_rows.size(); ++i) {
        m_rows[i].person->clear();
        m_rows[i].organisation->clear();
        setAutoFilled(m_rows[i].organisation, false);
    }
    m_purpose->clear();
    m_partnership->clear();
    setAutoFilled(m_partnership, false);
    m_title->clear();
    m_hasFollowUp->setChecked(true);
    m_followUp->setValue(PartialDate(QDate::currentDate().addDays(14)));
    updateTitleHint();
    (m_rows.at(0).person->text().trimmed().isEmpty() ? m_rows.at(0).person : m_rows.at(1).person)->setFocus();
}

} // namespace liaison
