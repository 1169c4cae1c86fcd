#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

namespace liaison::test {

// Answers set up but not used yet: a test's answer that no box came for must
// not answer the next test's question (see cancelPendingAnswers()).
inline QList<QPointer<QTimer>> &pendingAnswers()
{
    static QList<QPointer<QTimer>> timers;
    return timers;
}

// For a test class's cleanup(): drops the answers no message box took.
inline void cancelPendingAnswers()
{
    for (const QPointer<QTimer> &timer : pendingAnswers())
        delete timer.data();
    pendingAnswers().clear();
}

// Clicks `button` on the next message box the code under test opens modally
// (a confirmation), as a user would; records the box's text in `text`.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    auto *timer = new QTimer;
    pendingAnswers().append(timer);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
    timer->start();
}

// The same for a button of the code's own wording ("Create a new database here").
inline void answerNextMessageBox(const QString &buttonText, QString *text = nullptr)
{
    auto *timer = new QTimer;
    pendingAnswers().append(timer);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonText, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (text)
            *text = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == buttonText) {
                button->click();
                return;
            }
        }
        qWarning("no button \"%s\" in the message box", qPrintable(buttonText));
        box->reject();
    });
    timer->start();
}

} // namespace liaison::test
