#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;

namespace liaison {

// Back and Forward (Alt+Left, Alt+Right) through the records opened, across
// pages, as a browser goes through pages: opening a record after going back
// drops the ones ahead of it.
class RecordHistory : public QObject
{
    Q_OBJECT

public:
    // Records remembered at most.
    static constexpr int kLength = 100;

    explicit RecordHistory(QObject *parent = nullptr);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }

    // A record was shown (ignored while Back or Forward opens one).
    void visited(const QString &pageId, qint64 id);
    void back();
    void forward();

signals:
    void openRequested(const QString &pageId, qint64 id);

private:
    struct Entry
    {
        QString pageId;
        qint64 id = 0;
        bool operator==(const Entry &o) const { return pageId == o.pageId && id == o.id; }
    };
    void go(int index);
    void updateActions();

    QList<Entry> m_entries;
    int m_current = -1;
    bool m_going = false;
    QAction *m_back;
    QAction *m_forward;
};

} // namespace liaison
