#pragma once

#include "storage/ListQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;

namespace liaison {

class ActivityFilterBar;
class RecordEditor;
class RecordListModel;
class RecordPicker;

// One page of the main window: a search box and filters above a windowed,
// SQL-sorted list, and the selected record's editor beside it.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    ListPage(const QString &id, ListQuery &query, const ListRequest &request, RecordEditor *editor,
             QWidget *parent = nullptr);

    QString id() const { return m_id; }
    RecordListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RecordEditor *editor() const { return m_editor; }
    ListQuery &query() const { return m_query; }
    QLineEdit *searchBox() const { return m_search; }
    // "1,234 activities", "10,000+ activities".
    QString countText() const;
    // Search, filters and "show done" back to showing everything.
    void clearFilters();
    // Lists count this many rows at most before saying "10,000+".
    static constexpr qint64 kCountLimit = 10000;

    // Re-reads the list after an edit, keeping the selection.
    void reload();
    // Shows record `id` in the editor and selects it when listed.
    void openRecord(qint64 id);
    // New: a blank form, once a dirty one was saved or discarded.
    void startNew();
    // The editor's Save / Discard / Cancel question when it holds unsaved changes.
    bool confirmLeave();
    void setReadOnly(bool readOnly);
    // Applies a search still waiting for the pause in typing (an export
    // started right after typing lists what the box says, not the list before it).
    void flushSearch();

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

    // Activity filters as the page's controls show them.
    ActivityFilter currentFilter() const;
    void setFilter(const ActivityFilter &filter);
    // Saved, named filter sets (activity pages), kept in QSettings.
    void saveFilterAs(const QString &name);
    void applySavedFilter(const QString &name);
    QStringList savedFilterNames() const;

signals:
    void failed(const QString &message);
    // The editor shows record `id`, opened from the list or from elsewhere (Back, search, a link).
    void recordShown(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyRequest();
    void updateCount();
    // Whether the editor's record is in the list's results; says so above it when not.
    void checkEditorInResults();
    // Column widths from the rows' contents: the title (or name) gets the room.
    void fitColumns();
    int titleColumn() const;
    void selectionChanged();
    void selectEditorRow();
    void fillSavedFilters();
    QWidget *makeFilterBar(QWidget *parent);

    QString m_id;
    ListQuery &m_query;
    ListRequest m_baseRequest;
    RecordEditor *m_editor;
    RecordListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QSplitter *m_splitter;
    QTimer *m_searchDelay;
    QLabel *m_count = nullptr;
    QLabel *m_notInResults = nullptr;
    QPushButton *m_clearFilters = nullptr;
    bool m_columnsRestored = false;
    bool m_fitWhenRowsCome = false; // fitted on an empty list: fit again on its first rows
    // Activity filters (activities and follow-ups pages)
    ActivityFilterBar *m_filterBar = nullptr;
    QComboBox *m_savedFilters = nullptr;
    QCheckBox *m_includeDone = nullptr;
    bool m_applyingSaved = false;
    bool m_shownOnce = false;
};

} // namespace liaison
