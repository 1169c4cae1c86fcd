#include "ExportNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace liaison::ExportNotice {

QMessageBox *show(QWidget *parent, const QString &title, const QString &what, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto *box = new QMessageBox(QMessageBox::Information, title, QObject::tr("%1 written to\n%2").arg(what, shown),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("exportFinishedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    // It does not take the keyboard from the window: typing goes on where it was.
    box->setAttribute(Qt::WA_ShowWithoutActivating);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *open = box->addButton(QObject::tr("&Open"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("exportOpenFile"));
    open->setAccessibleName(QObject::tr("Open the exported file"));
    QPushButton *folder = box->addButton(QObject::tr("Show in &folder"), QMessageBox::AcceptRole);
    folder->setObjectName(QStringLiteral("exportOpenFolder"));
    folder->setAccessibleName(QObject::tr("Open the folder of the exported file"));
    box->setDefaultButton(open);
    const QString file = QFileInfo(path).absoluteFilePath();
    QObject::connect(open, &QPushButton::clicked, box, [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(file)); });
    QObject::connect(folder, &QPushButton::clicked, box,
                     [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath())); });
    box->show();
    return box;
}

} // namespace liaison::ExportNotice
