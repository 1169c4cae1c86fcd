#pragma once

#include <QDialog>

namespace liaison {

// A dialog with input fields that asks before Cancel (or Escape, or its
// close button) throws away what was typed into them; untouched, it closes at once.
class ConfirmingDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    // Whether any of its line edits or text edits was typed into.
    bool hasTyping() const;
    void reject() override;
};

} // namespace liaison
