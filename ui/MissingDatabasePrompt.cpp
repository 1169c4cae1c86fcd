#include "MissingDatabasePrompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace liaison {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MissingDatabasePrompt", text);
}
} // namespace

bool MissingDatabasePrompt::isMissing(const DatabaseLocation &location)
{
    return location.isValid() && location.backend() == DatabaseLocation::Backend::SQLite
        && !QFileInfo::exists(location.filePath());
}

DatabaseLocation MissingDatabasePrompt::resolve(const DatabaseLocation &location, QWidget *parent)
{
    if (!isMissing(location))
        return location;
    const QString path = QDir::toNativeSeparators(QFileInfo(location.filePath()).absoluteFilePath());
    QMessageBox box(QMessageBox::Question, tr("Liaison"), tr("There is no database at %1.").arg(path),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("missingDatabasePrompt"));
    box.setInformativeText(tr("Liaison can create a new, empty database there, or open another file."));
    QPushButton *create = box.addButton(tr("Create a new database here"), QMessageBox::AcceptRole);
    QPushButton *choose = box.addButton(tr("Choose another…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    // The safe answer is the default: Enter does not create a file.
    box.setDefaultButton(choose);
    box.exec();
    if (box.clickedButton() == create)
        return location;
    if (box.clickedButton() != choose)
        return {};
    const QString chosen = QFileDialog::getOpenFileName(parent, tr("Open database"),
                                                        QFileInfo(location.filePath()).absolutePath(),
                                                        tr("Liaison databases (*.liaison *.sqlite *.db);;All files (*)"));
    return chosen.isEmpty() ? DatabaseLocation() : DatabaseLocation::sqliteFile(chosen);
}

} // namespace liaison
