#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace liaison {

// Help ▸ Guide: a short user guide, one page per "day in the life" (logging
// introductions, the quarter's import, the briefing pack, the annual report,
// the team database, a decade of history), shipped as HTML in the resources
// (:/guide/) and shown in a QTextBrowser; links between pages work.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    // The pages in reading order: resource file name and title.
    struct Page
    {
        QString file;
        QString title;
    };
    static QList<Page> pages();
    void showPage(const QString &file);
    QTextBrowser *browser() const { return m_browser; }

private:
    QListWidget *m_contents;
    QTextBrowser *m_browser;
};

} // namespace liaison
