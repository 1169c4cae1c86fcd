#pragma once

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QTimer>

namespace liaison::test {

// Chooses `path` in the next file dialog the code under test opens modally,
// as a user typing a name and pressing Save would.
inline void answerNextFileDialog(const QString &path)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        // Typed into the name field, as a user would: selectFile() is undone
        // by the dialog's own selection of the suggested name.
        dialog->setDirectory(QFileInfo(path).absolutePath());
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(QFileInfo(path).fileName());
        else
            dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept"); // a slot, protected in QFileDialog
    });
    timer->start();
}

} // namespace liaison::test
