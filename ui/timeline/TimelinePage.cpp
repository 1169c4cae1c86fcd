#include "TimelinePage.h"

#include "ActivityFilterBar.h"
#include "TimelineWidget.h"
#include "ExportNotice.h"
#include "report/BriefingPack.h"
#include "report/TimelineReport.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace liaison {

TimelinePage::TimelinePage(Repository &repository, qint64 fixedPartnershipId, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_fixedPartnership(fixedPartnershipId)
    , m_listQuery(repository.database())
{
    // A partnership's timeline (in its editor) lives in the same window as the
    // global one: its parts get names of their own.
    const QString prefix = fixedPartnershipId != 0 ? QStringLiteral("partnershipTimeline") : QStringLiteral("timeline");
    setObjectName(prefix + QStringLiteral("Page"));
    setAccessibleName(tr("Timeline"));
    m_timeline = new TimelineWidget(repository.database(), this);
    if (fixedPartnershipId != 0) {
        m_timeline->setObjectName(prefix + QStringLiteral("Widget"));
        m_timeline->setFixedPartnership(fixedPartnershipId);
    }

    m_lanes = new QComboBox(this);
    m_lanes->setObjectName(prefix + QStringLiteral("Lanes"));
    m_lanes->setAccessibleName(tr("Lanes"));
    m_lanes->addItem(tr("Lanes by kind"), int(TimelineLanes::Kind));
    m_lanes->addItem(tr("Lanes by organisation"), int(TimelineLanes::Organisation));
    m_lanes->addItem(tr("Lanes by partnership"), int(TimelineLanes::Partnership));
    if (fixedPartnershipId != 0) {
        // One partnership: its lane with its stages as bands behind it.
        m_lanes->setCurrentIndex(2);
        m_timeline->setLanes(TimelineLanes::Partnership);
    }
    connect(m_lanes, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setLanes(TimelineLanes(m_lanes->currentData().toInt())); });

    m_kinds = new QToolButton(this);
    m_kinds->setObjectName(prefix + QStringLiteral("Kinds"));
    m_kinds->setText(tr("Kinds"));
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    auto *kindMenu = new QMenu(m_kinds);
    for (ActivityKind kind : allActivityKinds()) {
        QString name = activityKindName(kind);
        name[0] = name.at(0).toUpper();
        QAction *action = kindMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(kind));
        connect(action, &QAction::toggled, this, &TimelinePage::applyFilter);
    }
    m_kinds->setMenu(kindMenu);

    m_text = new QLineEdit(this);
    m_text->setObjectName(prefix + QStringLiteral("Search"));
    m_text->setAccessibleName(tr("Search activities"));
    m_text->setPlaceholderText(tr("Search titles…"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::editingFinished, this, &TimelinePage::applyFilter);

    m_useRange = new QCheckBox(tr("From"), this);
    m_useRange->setObjectName(prefix + QStringLiteral("UseRange"));
    m_from = new QDateEdit(QDate::currentDate().addYears(-5), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &TimelinePage::applyFilter);
    }
    m_from->setObjectName(prefix + QStringLiteral("From"));
    m_to->setObjectName(prefix + QStringLiteral("To"));
    connect(m_useRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });

    auto button = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *zoomIn = button(QStringLiteral("+"), prefix + QStringLiteral("ZoomIn"), tr("Zoom in"));
    QToolButton *zoomOut = button(QStringLiteral("−"), prefix + QStringLiteral("ZoomOut"), tr("Zoom out"));
    QToolButton *fit = button(tr("Fit"), prefix + QStringLiteral("Fit"), tr("Fit to the activities"));
    connect(zoomIn, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomOut);
    connect(fit, &QToolButton::clicked, m_timeline, &TimelineWidget::fitToData);

    m_exportPdf = new QAction(tr("Export timeline as &PDF…"), this);
    m_exportPdf->setObjectName(fixedPartnershipId != 0 ? QStringLiteral("exportPartnershipTimelinePdf") : QStringLiteral("exportTimelinePdf"));
    connect(m_exportPdf, &QAction::triggered, this, &TimelinePage::exportPdf);
    m_printPreview = new QAction(tr("Print pre&view…"), this);
    connect(m_printPreview, &QAction::triggered, this, &TimelinePage::printPreview);
    m_print = new QAction(tr("&Print timeline…"), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &TimelinePage::print);
    m_briefingPack = new QAction(tr("Export &briefing pack…"), this);
    m_briefingPack->setObjectName(fixedPartnershipId != 0 ? QStringLiteral("exportPartnershipBriefingPack") : QStringLiteral("exportBriefingPack"));
    connect(m_briefingPack, &QAction::triggered, this, &TimelinePage::exportBriefingPack);
    QToolButton *pdf = button(tr("PDF…"), prefix + QStringLiteral("Pdf"), m_exportPdf->text().remove(QLatin1Char('&')));
    connect(pdf, &QToolButton::clicked, this, &TimelinePage::exportPdf);

    m_status = new QLabel(this);
    m_status->setObjectName(prefix + QStringLiteral("Status"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_lanes);
    bar->addWidget(m_kinds);
    bar->addWidget(m_text, 1);
    // In a partnership's editor (half a window wide) the dates go on a second row.
    auto *dates = fixedPartnershipId != 0 ? new QHBoxLayout : bar;
    dates->addWidget(m_useRange);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    if (dates != bar)
        dates->addStretch();
    bar->addSpacing(12);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    if (fixedPartnershipId != 0)
        layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    if (dates != bar)
        layout->addLayout(dates);
    if (fixedPartnershipId == 0) {
        // The lists' own organisation, person, partnership, area and country
        // filters (kinds, words and dates are in the bar above).
        m_filterBar = new ActivityFilterBar(m_listQuery, prefix, ActivityFilterBar::Records, this);
        m_filterBar->setObjectName(prefix + QStringLiteral("Filters"));
        connect(m_filterBar, &ActivityFilterBar::changed, this, &TimelinePage::applyFilter);
        layout->addWidget(m_filterBar);
    }
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_status);

    connect(m_timeline, &TimelineWidget::activityActivated, this, &TimelinePage::activityActivated);
    connect(m_timeline, &TimelineWidget::visibleRangeChanged, this, [this] {
        const TimelineContent &content = m_timeline->currentContent();
        m_status->setText(content.dense
            ? tr("%1 activities in view — bars show how many began per stretch of time; zoom in to see each one")
                  .arg(QLocale().toString(content.total))
            : tr("%n activities in view", nullptr, int(content.marks.size())));
    });
    applyFilter();
    m_timeline->fitToData();
}

void TimelinePage::setFixedPartnership(qint64 partnershipId)
{
    if (partnershipId == m_fixedPartnership) {
        // The same partnership re-read (a stage changed, an activity was
        // edited): fresh bands and marks, the user's zoom kept.
        m_timeline->reload();
        return;
    }
    m_fixedPartnership = partnershipId;
    m_timeline->setFixedPartnership(partnershipId);
    m_timeline->fitToData();
}

void TimelinePage::setBaseFilter(const ActivityFilter &filter)
{
    m_baseFilter = filter;
    applyFilter();
}

void TimelinePage::applyFilter()
{
    ActivityFilter filter = m_filterBar ? m_filterBar->applyTo(m_baseFilter) : m_baseFilter;
    filter.kinds.clear();
    for (QAction *action : m_kinds->menu()->actions()) {
        const ActivityKind kind = ActivityKind(action->data().toInt());
        if (action->isChecked() && (m_baseFilter.kinds.isEmpty() || m_baseFilter.kinds.contains(kind)))
            filter.kinds.append(kind);
    }
    if (filter.kinds.size() == allActivityKinds().size())
        filter.kinds.clear();
    const QString words = m_text->text().trimmed();
    if (!words.isEmpty())
        filter.text = (filter.text + QLatin1Char(' ') + words).trimmed();
    if (m_useRange->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    try {
        m_timeline->setFilter(filter);
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Timeline"), e.message());
    }
}

QString TimelinePage::filterDescription() const
{
    QStringList parts;
    const ActivityFilter f = m_timeline->filter();
    if (m_fixedPartnership != 0) {
        if (const auto p = m_repository.partnerships().find(m_fixedPartnership))
            parts.append(tr("partnership %1").arg(p->name));
    }
    if (!f.kinds.isEmpty()) {
        QStringList kinds;
        for (ActivityKind kind : f.kinds)
            kinds.append(activityKindName(kind));
        parts.append(kinds.join(QStringLiteral(", ")));
    }
    // The records, areas and countries the filter bar chose, by name.
    if (m_fixedPartnership == 0) {
        for (qint64 id : f.partnershipIds)
            if (const auto p = m_repository.partnerships().find(id))
                parts.append(tr("partnership %1").arg(p->name));
    }
    for (qint64 id : f.organisationIds)
        if (const auto o = m_repository.organisations().find(id))
            parts.append(tr("with %1").arg(o->displayName()));
    for (qint64 id : f.personIds)
        if (const auto p = m_repository.people().find(id))
            parts.append(tr("with %1").arg(p->name));
    if (!f.areas.isEmpty())
        parts.append(tr("area %1").arg(f.areas.join(QStringLiteral(", "))));
    if (!f.countries.isEmpty())
        parts.append(tr("country %1").arg(f.countries.join(QStringLiteral(", "))));
    if (!f.text.isEmpty())
        parts.append(tr("matching “%1”").arg(f.text));
    if (f.from.isValid())
        parts.append(tr("from %1").arg(QLocale::c().toString(f.from, QStringLiteral("d MMM yyyy"))));
    if (f.to.isValid())
        parts.append(tr("to %1").arg(QLocale::c().toString(f.to, QStringLiteral("d MMM yyyy"))));
    return parts.join(QStringLiteral(", "));
}

void TimelinePage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export timeline as PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/timeline.pdf"),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

void TimelinePage::exportPdfTo(const QString &path)
{
    if (m_pdfJob)
        return; // one export at a time
    TimelineReport::Options options;
    options.filter = m_timeline->filter();
    options.filterDescription = filterDescription();
    options.lanes = m_timeline->lanes();
    if (m_fixedPartnership != 0) {
        if (const auto p = m_repository.partnerships().find(m_fixedPartnership))
            options.title = tr("Timeline: %1").arg(p->name);
    }
    // Reading a million activities' counts takes a second or two: on a worker,
    // with the pages counted off and Cancel (which leaves no file).
    auto empty = std::make_shared<bool>(false);
    m_pdfJob = BackgroundJob::start(
        window(), tr("Export timeline"), tr("Exporting the timeline to %1…").arg(QFileInfo(path).fileName()),
        m_repository.database().location(), [options, path, empty](BackgroundJob::Context &context) {
            TimelineReport report(context.db, options);
            QString error;
            if (!report.prepare(&error)) {
                *empty = true;
                return error;
            }
            if (context.cancelled())
                return QString();
            context.progress(0, report.pageCount());
            const bool written = report.writePdf(path, &error, [&context](int done, int pages) {
                context.progress(done, pages);
                return !context.cancelled();
            });
            return written || context.cancelled() ? QString() : error;
        });
    connect(m_pdfJob, &BackgroundJob::finished, this, [this, path, empty](bool cancelled, const QString &error) {
        if (!cancelled && !error.isEmpty()) {
            if (*empty)
                QMessageBox::information(this, tr("Export timeline"), error);
            else
                QMessageBox::warning(this, tr("Export timeline"), error);
        } else if (!cancelled) {
            ExportNotice::show(window(), tr("Export timeline"), tr("The timeline was"), path);
        }
        emit pdfExported(path, error, cancelled);
    });
}

bool TimelinePage::printTo(QPrinter *printer)
{
    TimelineReport::Options options;
    options.filter = m_timeline->filter();
    options.filterDescription = filterDescription();
    options.lanes = m_timeline->lanes();
    if (m_fixedPartnership != 0) {
        if (const auto p = m_repository.partnerships().find(m_fixedPartnership))
            options.title = tr("Timeline: %1").arg(p->name);
    }
    options.pageSize = printer->pageLayout().pageSize();
    TimelineReport report(m_repository.database(), options);
    QString error;
    if (!report.prepare(&error)) {
        QMessageBox::information(this, tr("Print timeline"), error);
        return false;
    }
    printer->setPageLayout(report.pageLayout());
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    report.paint(*printer, painter);
    painter.end();
    return true;
}

void TimelinePage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview — timeline"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &TimelinePage::printTo);
    dialog.exec();
}

void TimelinePage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

void TimelinePage::exportBriefingPack()
{
    qint64 partnershipId = m_fixedPartnership;
    if (partnershipId == 0) {
        // The global timeline asks which partnership.
        QStringList names;
        QList<qint64> ids;
        for (const Partnership &p : m_repository.partnerships().list(0, 100000)) {
            names.append(p.name);
            ids.append(p.id);
        }
        if (names.isEmpty()) {
            QMessageBox::information(this, tr("Export briefing pack"), tr("There are no partnerships yet."));
            return;
        }
        // On the partnership selected in the window: OK exports the pack of
        // the one the user is looking at, not the first in the list.
        const qint64 preferred = m_preferredPartnership ? m_preferredPartnership() : 0;
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("briefingPackChooser"));
        dialog.setWindowTitle(tr("Export briefing pack"));
        dialog.setLabelText(tr("Partnership:"));
        dialog.setComboBoxItems(names);
        dialog.setComboBoxEditable(false);
        if (ids.contains(preferred))
            dialog.setTextValue(names.at(ids.indexOf(preferred)));
        if (dialog.exec() != QDialog::Accepted)
            return;
        // By position, not by name: two partnerships may share one.
        const auto *combo = dialog.findChild<QComboBox *>();
        const int index = combo ? combo->currentIndex() : int(names.indexOf(dialog.textValue()));
        if (index < 0 || index >= ids.size())
            return;
        partnershipId = ids.at(index);
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export briefing pack"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/briefing.pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    BriefingPack pack(m_repository, partnershipId);
    QString error;
    try {
        if (!pack.writePdf(path, &error))
            QMessageBox::information(this, tr("Export briefing pack"), error);
        else
            ExportNotice::show(window(), tr("Export briefing pack"), tr("The briefing pack was"), path);
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Export briefing pack"), e.message());
    }
}

} // namespace liaison
