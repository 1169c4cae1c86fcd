#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace liaison {

// The window's message line (a refused edit, a read-only database): a close
// button takes it away, and it is never taller than three lines, so it cannot
// push the page's controls off the screen (the whole text is its tooltip).
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QToolButton *closeButton() const { return m_close; }
    void showMessage(const QString &message);
    void dismiss();

private:
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace liaison
