#pragma once

#include "query/ActivityFilter.h"
#include "storage/ListQuery.h"

#include "BackgroundJob.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QToolButton;

namespace liaison {

class ActivityFilterBar;
class Repository;
class TimelineWidget;

// The timeline with its controls: lanes, kinds, words, a date range, zoom,
// and the printed forms (PDF, print preview, print, briefing pack). With a
// fixed partnership it is that partnership's timeline.
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    // fixedPartnershipId != 0 makes a partnership's timeline (-1: none chosen yet).
    explicit TimelinePage(Repository &repository, qint64 fixedPartnershipId = 0, QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *printPreviewAction() const { return m_printPreview; }
    QAction *printAction() const { return m_print; }
    QAction *briefingPackAction() const { return m_briefingPack; }

    // Shows partnership `partnershipId`'s timeline (a page made for a partnership;
    // -1: none yet), fitted to its activities.
    void setFixedPartnership(qint64 partnershipId);
    // The partnership the briefing-pack chooser starts on (the one selected
    // in the window); 0: none.
    void setPreferredPartnership(std::function<qint64()> preferred) { m_preferredPartnership = std::move(preferred); }

    // The filter shared with the lists (organisations, people, partnerships,
    // areas, countries…); the page's own controls add kinds, words and dates.
    void setBaseFilter(const ActivityFilter &filter);

    // Prints the timeline as filtered on the page; false (after telling the
    // user) when nothing matches.
    bool printTo(QPrinter *printer);

    // Writes the timeline as filtered on the page to `path` on a worker
    // thread, behind a progress dialog with Cancel (exportPdf() asks where).
    void exportPdfTo(const QString &path);

public slots:
    void exportPdf();
    void printPreview();
    void print();
    void exportBriefingPack();

signals:
    void activityActivated(qint64 id);
    // An export to `path` ended: written, failed with `error`, or cancelled.
    void pdfExported(const QString &path, const QString &error, bool cancelled);

private:
    void applyFilter();
    QString filterDescription() const;

    Repository &m_repository;
    qint64 m_fixedPartnership;
    std::function<qint64()> m_preferredPartnership;
    ListQuery m_listQuery; // for the filter bar's record pickers
    ActivityFilterBar *m_filterBar = nullptr;
    ActivityFilter m_baseFilter;
    TimelineWidget *m_timeline = nullptr;
    QComboBox *m_lanes = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_kinds = nullptr;
    QCheckBox *m_useRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_briefingPack = nullptr;
    QPointer<BackgroundJob> m_pdfJob;
};

} // namespace liaison
