#pragma once

#include <QDialog>

namespace liaison {

// Help ▸ About Liaison: name, version, licence and the Qt it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace liaison
