#include "BriefingPack.h"

#include "PageFlow.h"
#include "QuarterChart.h"
#include "domain/KindPalette.h"
#include "storage/OutputFileGuard.h"
#include "storage/Repository.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelinePainter.h"
#include "timeline/TimelineSource.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace liaison {

namespace {
BriefingPack::ActivityChartPainter &activityChartPainter()
{
    static BriefingPack::ActivityChartPainter painter;
    return painter;
}
} // namespace

void BriefingPack::setActivityChartPainter(ActivityChartPainter painter)
{
    activityChartPainter() = std::move(painter);
}

namespace {
QString kindLabel(ActivityKind kind)
{
    QString name = activityKindName(kind);
    name[0] = name.at(0).toUpper();
    return name;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale::c().toString(date, QStringLiteral("d MMM yyyy")) : QStringLiteral("—");
}

struct KeyPerson
{
    Person person;
    QString organisation;
    QStringList roles;
    int activities = 0;
};
} // namespace

BriefingPack::BriefingPack(Repository &repository, qint64 partnershipId)
    : m_repository(repository)
    , m_partnershipId(partnershipId)
{
}

bool BriefingPack::writePdf(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<Partnership> found = m_repository.partnerships().find(m_partnershipId);
    if (!found)
        return fail(QStringLiteral("no such partnership"));
    const Partnership partnership = *found;
    const QList<Activity> activities = m_repository.activities().ofPartnership(m_partnershipId);
    if (activities.isEmpty())
        return fail(QStringLiteral("partnership \"%1\" has no activities to brief on").arg(partnership.name));

    // Gather once; both passes of the flow read these.
    QHash<qint64, QString> orgNames;
    auto orgName = [&](qint64 id) {
        if (id == 0)
            return QString();
        if (!orgNames.contains(id)) {
            const auto o = m_repository.organisations().find(id);
            orgNames.insert(id, o ? o->displayName() : QString());
        }
        return orgNames.value(id);
    };
    QList<QStringList> parties{{QStringLiteral("Organisation"), QStringLiteral("Role"), QStringLiteral("Country")}};
    for (const PartnershipParty &party : partnership.parties) {
        const auto o = m_repository.organisations().find(party.organisationId);
        parties.append({o ? o->displayName() : QString(), party.role, o ? o->country : QString()});
    }
    QHash<qint64, KeyPerson> people;
    for (const Activity &a : activities) {
        for (const Participant &p : a.participants) {
            if (p.personId == 0)
                continue;
            KeyPerson &k = people[p.personId];
            if (k.person.id == 0) {
                if (const auto person = m_repository.people().find(p.personId))
                    k.person = *person;
            }
            if (k.organisation.isEmpty())
                k.organisation = orgName(p.organisationId);
            if (!p.role.isEmpty() && !k.roles.contains(p.role))
                k.roles.append(p.role);
            ++k.activities;
        }
    }
    QList<KeyPerson> keyPeople = people.values();
    std::sort(keyPeople.begin(), keyPeople.end(), [](const KeyPerson &a, const KeyPerson &b) {
        return a.activities != b.activities ? a.activities > b.activities : a.person.name < b.person.name;
    });
    QList<QStringList> peopleRows{{QStringLiteral("Name"), QStringLiteral("In own script"), QStringLiteral("Title"),
                                   QStringLiteral("Organisation"), QStringLiteral("Role here")}};
    for (const KeyPerson &k : std::as_const(keyPeople))
        peopleRows.append({k.person.name, k.person.nativeName, k.person.title, k.organisation,
                           QStringLiteral("%1 (%2 activities)").arg(k.roles.join(QStringLiteral(", "))).arg(k.activities)});
    QList<QStringList> stageRows{{QStringLiteral("Stage"), QStringLiteral("Since"), QStringLiteral("Note")}};
    for (const StageChange &s : partnership.stageHistory)
        stageRows.append({s.stage, s.date.toDisplayString(), s.note});
    QList<QStringList> agreementRows{{QStringLiteral("Agreement"), QStringLiteral("Status"), QStringLiteral("Signed"),
                                      QStringLiteral("Renewal")}};
    QList<QStringList> followUpRows{{QStringLiteral("Due"), QStringLiteral("Activity"), QStringLiteral("Purpose")}};
    QList<QStringList> chronology{{QStringLiteral("When"), QStringLiteral("Kind"), QStringLiteral("Activity"),
                                   QStringLiteral("Where")}};
    QList<const Activity *> followUps;
    for (const Activity &a : activities) {
        if (a.kind == ActivityKind::Agreement)
            agreementRows.append({a.title, a.agreementStatus, dateText(a.signedDate), dateText(a.renewalDate)});
        if (a.followUpDue.isValid() && !a.followUpDone)
            followUps.append(&a);
        chronology.append({a.when.toDisplayString(), kindLabel(a.kind), a.title, a.location});
    }
    std::sort(followUps.begin(), followUps.end(),
              [](const Activity *a, const Activity *b) { return a->followUpDue < b->followUpDue; });
    for (const Activity *a : std::as_const(followUps))
        followUpRows.append({dateText(a->followUpDue), a->title, a->purpose});
    const QuarterChart chart(activities);

    ActivityFilter filter;
    filter.partnershipIds = {m_partnershipId};
    TimelineSource source(m_repository.database());
    source.setFilter(filter);
    qint64 firstDay = 0, lastDay = 0;
    source.bounds(&firstDay, &lastDay);
    const qint64 air = qMax<qint64>(15, (lastDay - firstDay) / 30);

    QStringList partyNames;
    for (int i = 1; i < parties.size(); ++i)
        partyNames.append(parties.at(i).at(0));
    const QString printed = QLocale::c().toString(m_printedOn, QStringLiteral("d MMMM yyyy"));
    const QString subtitle = QStringLiteral("Briefing pack · %1 · stage: %2 · owner: %3 · printed %4")
                                 .arg(partyNames.join(QStringLiteral(" – ")), partnership.stage(), partnership.owner,
                                      printed);

    // Refused or unwritable before any drawing; the old file stays until commit.
    const std::unique_ptr<QSaveFile> output = OutputFileGuard::open(path, error);
    if (!output)
        return false;
    QPdfWriter writer(output.get());
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(m_pageSize, QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setTitle(QStringLiteral("Briefing pack: %1").arg(partnership.name));
    writer.setCreator(QStringLiteral("Liaison"));

    auto render = [&](PageFlow &flow) {
        flow.title(partnership.name, subtitle);
        if (!partnership.focus.isEmpty() || !partnership.areas.isEmpty())
            flow.paragraph(QStringLiteral("Focus: %1%2").arg(partnership.focus,
                partnership.areas.isEmpty() ? QString() : QStringLiteral(" · areas: ") + partnership.areas.join(QStringLiteral(", "))));
        flow.heading(QStringLiteral("Parties"));
        flow.table({0.55, 0.2, 0.25}, parties);
        flow.heading(QStringLiteral("Key people"));
        flow.table({0.18, 0.17, 0.23, 0.18, 0.24}, peopleRows); // Tamil names fit on one line
        flow.heading(QStringLiteral("Where it stands: stage history"));
        flow.table({0.25, 0.2, 0.55}, stageRows);
        flow.heading(QStringLiteral("Agreements"));
        if (agreementRows.size() > 1)
            flow.table({0.5, 0.16, 0.17, 0.17}, agreementRows);
        else
            flow.paragraph(QStringLiteral("No agreement recorded yet."), true);
        flow.heading(QStringLiteral("Timeline"), 23 * flow.em());
        flow.block(22 * flow.em(), [&](QPainter &painter, const QRectF &rect) {
            TimelineLayout::Options options;
            options.font = flow.font(7);
            options.gutterEms = 7;
            const double em = QFontMetricsF(options.font).height();
            const double legendHeight = TimelinePainter::legendHeight(rect, flow.font(6.5));
            const QRectF timelineRect = rect.adjusted(0, 0, 0, -legendHeight);
            const double widthEms = (timelineRect.width() - options.gutterEms * em) / em;
            const TimelineContent content = source.content(double(firstDay - air), double(lastDay + air), widthEms, 8);
            const TimelineLayout layout(content, timelineRect, double(firstDay - air), double(lastDay + air), options);
            TimelinePainter::paint(painter, layout, content, options.font);
            TimelinePainter::paintLegend(painter, QRectF(rect.left(), timelineRect.bottom() + 0.2 * em, rect.width(),
                                                         legendHeight),
                                         flow.font(6.5), content.dense);
        });
        flow.heading(QStringLiteral("Open follow-ups"));
        if (followUpRows.size() > 1)
            flow.table({0.16, 0.42, 0.42}, followUpRows);
        else
            flow.paragraph(QStringLiteral("No open follow-ups."), true);
        // Tall enough that the chart, laid out at screen size and scaled to
        // the page, keeps its labels at a readable 6-7 pt.
        flow.heading(QStringLiteral("Activity per quarter"), 23 * flow.em());
        flow.block(22 * flow.em(), [&](QPainter &painter, const QRectF &rect) {
            const ActivityChartPainter &dashboardChart = activityChartPainter();
            if (!dashboardChart || !dashboardChart(painter, rect, m_repository.database(), m_partnershipId))
                chart.paint(painter, rect, flow.font(7));
        });
        flow.heading(QStringLiteral("Chronology"));
        flow.table({0.17, 0.13, 0.45, 0.25}, chronology);
        flow.finish();
    };
    const QString footer = QStringLiteral("Liaison · briefing pack: %1 · printed %2").arg(partnership.name, printed);
    PageFlow dryRun(writer, nullptr, footer, 0);
    render(dryRun);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(QStringLiteral("cannot write %1").arg(path));
    painter.setRenderHint(QPainter::Antialiasing);
    PageFlow flow(writer, &painter, footer, dryRun.pageCount());
    render(flow);
    painter.end();
    if (!output->commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, output->errorString()));
    m_pageCount = flow.pageCount();
    return true;
}

} // namespace liaison
