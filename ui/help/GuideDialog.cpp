#include "GuideDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace liaison {

QList<GuideDialog::Page> GuideDialog::pages()
{
    return {
        {QStringLiteral("index.html"), tr("Welcome")},
        {QStringLiteral("introductions.html"), tr("After a reception: logging introductions")},
        {QStringLiteral("import.html"), tr("Quarter end: importing a sheet")},
        {QStringLiteral("briefing.html"), tr("Before a visit: the briefing pack")},
        {QStringLiteral("report.html"), tr("Annual report: the dashboard")},
        {QStringLiteral("team.html"), tr("Three offices: a team database")},
        {QStringLiteral("history.html"), tr("A decade of history: finding things")},
    };
}

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Liaison guide"));
    setAccessibleName(tr("Liaison guide"));
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setAccessibleName(tr("Guide pages"));
    for (const Page &page : pages()) {
        auto *item = new QListWidgetItem(page.title, m_contents);
        item->setData(Qt::UserRole, page.file);
    }
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("Guide page"));
    m_browser->setSearchPaths({QStringLiteral(":/guide")});
    m_browser->setOpenExternalLinks(true);
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_browser->setSource(QUrl(m_contents->item(row)->data(Qt::UserRole).toString()));
    });
    // Links between pages keep the contents list on the page shown.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        const QString file = url.fileName();
        for (int row = 0; row < m_contents->count(); ++row)
            if (m_contents->item(row)->data(Qt::UserRole).toString() == file && m_contents->currentRow() != row) {
                const QSignalBlocker blocker(m_contents);
                m_contents->setCurrentRow(row);
            }
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 560});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 600);
    m_contents->setCurrentRow(0);
}

void GuideDialog::showPage(const QString &file)
{
    m_browser->setSource(QUrl(file));
}

} // namespace liaison
