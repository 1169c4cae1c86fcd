#include "ConfirmingDialog.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace liaison {

bool ConfirmingDialog::hasTyping() const
{
    for (const QLineEdit *edit : findChildren<QLineEdit *>())
        if (edit->isModified() && !edit->text().isEmpty())
            return true;
    for (const QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        if (edit->document()->isModified())
            return true;
    return false;
}

void ConfirmingDialog::reject()
{
    if (hasTyping()) {
        QMessageBox box(QMessageBox::Question, windowTitle(), tr("Discard what you typed?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("discardTypingBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace liaison
