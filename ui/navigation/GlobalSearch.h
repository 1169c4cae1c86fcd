#pragma once

#include <QDialog>

class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace liaison {

class ListQuery;

// Ctrl+K: one box across organisations, people, partnerships and activities.
// Each kind's first few matches (the lists' own search: words anywhere in
// names, aliases, titles, notes; full-text for activities) come grouped under
// a heading with their count; Down moves into them, Enter opens the current
// one (the first when none is chosen) and the box closes.
class GlobalSearch : public QDialog
{
    Q_OBJECT

public:
    // Matches shown per kind: a window, never a whole table.
    static constexpr int kPerKind = 8;

    explicit GlobalSearch(ListQuery &query, QWidget *parent = nullptr);

    QLineEdit *box() const { return m_box; }
    QTreeWidget *results() const { return m_results; }
    // Opens (or raises) the box with its text selected, ready to type over.
    void start();
    // Searches now rather than after the pause in typing.
    void search();

signals:
    // The page that lists the record ("organisations", "people", "partnerships", "activities").
    void openRequested(const QString &pageId, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openItem(QTreeWidgetItem *item);

    ListQuery &m_query;
    QLineEdit *m_box;
    QTreeWidget *m_results;
    QTimer *m_delay;
};

} // namespace liaison
