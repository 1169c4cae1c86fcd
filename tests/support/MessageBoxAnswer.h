#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <functional>

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

// Answers the next message box the code under test opens modally (a
// confirmation), as a user would: `answer` clicks one of its buttons; the
// box's text goes to `text`.
inline void answerNextMessageBoxWith(std::function<void(QMessageBox *)> answer, QString *text)
{
    auto *timer = new QTimer;
    pendingAnswers().append(timer);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (text)
            *text = box->text();
        answer(box);
    });
    timer->start();
}

// Clicks the standard `button`.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    answerNextMessageBoxWith([button](QMessageBox *box) { box->button(button)->click(); }, text);
}

// Clicks the button of the code's own wording ("Create a new database here").
inline void answerNextMessageBox(const QString &buttonText, QString *text = nullptr)
{
    answerNextMessageBoxWith(
        [buttonText](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == buttonText) {
                    button->click();
                    return;
                }
            }
            qWarning("no button \"%s\" in the message box", qPrintable(buttonText));
            box->reject();
        },
        text);
}

} // namespace liaison::test
