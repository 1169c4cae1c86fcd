#include "RecordHistory.h"

#include <QAction>
#include <QScopedValueRollback>

namespace liaison {

RecordHistory::RecordHistory(QObject *parent)
    : QObject(parent)
    , m_back(new QAction(tr("&Back"), this))
    , m_forward(new QAction(tr("&Forward"), this))
{
    m_back->setObjectName(QStringLiteral("backAction"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setToolTip(tr("Back to the record opened before"));
    m_forward->setObjectName(QStringLiteral("forwardAction"));
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forward->setToolTip(tr("Forward to the record opened after"));
    connect(m_back, &QAction::triggered, this, &RecordHistory::back);
    connect(m_forward, &QAction::triggered, this, &RecordHistory::forward);
    updateActions();
}

void RecordHistory::visited(const QString &pageId, qint64 id)
{
    if (m_going || id == 0)
        return;
    const Entry entry{pageId, id};
    if (m_current >= 0 && m_entries.at(m_current) == entry)
        return;
    m_entries.erase(m_entries.begin() + (m_current + 1), m_entries.end());
    m_entries.append(entry);
    while (m_entries.size() > kLength)
        m_entries.removeFirst();
    m_current = int(m_entries.size()) - 1;
    updateActions();
}

void RecordHistory::back()
{
    go(m_current - 1);
}

void RecordHistory::forward()
{
    go(m_current + 1);
}

void RecordHistory::go(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_current = index;
    updateActions();
    const QScopedValueRollback<bool> going(m_going, true);
    const Entry entry = m_entries.at(index);
    emit openRequested(entry.pageId, entry.id);
}

void RecordHistory::updateActions()
{
    m_back->setEnabled(m_current > 0);
    m_forward->setEnabled(m_current >= 0 && m_current + 1 < m_entries.size());
}

} // namespace liaison
