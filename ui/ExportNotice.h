#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace liaison {

// Says where a finished export went and offers to open it (or its folder)
// with the desktop's application, through QDesktopServices. Not modal: the
// window stays usable, and the notice goes when closed.
namespace ExportNotice {
QMessageBox *show(QWidget *parent, const QString &title, const QString &what, const QString &path);
}

} // namespace liaison
