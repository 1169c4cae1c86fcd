#include "DataGenerator.h"

#include "domain/Vocabulary.h"
#include "storage/DashboardSummary.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QStringList>

namespace liaison {

namespace {

// splitmix64: tiny, fast, and the same sequence everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

const QStringList kSyllables = {
    QStringLiteral("nor"), QStringLiteral("vale"), QStringLiteral("tek"), QStringLiteral("sin"), QStringLiteral("ga"),
    QStringLiteral("lum"), QStringLiteral("bri"), QStringLiteral("dor"), QStringLiteral("an"), QStringLiteral("ka"),
    QStringLiteral("mer"), QStringLiteral("ton"), QStringLiteral("vis"), QStringLiteral("ra"), QStringLiteral("qua"),
    QStringLiteral("sol"), QStringLiteral("pe"), QStringLiteral("zen"), QStringLiteral("hal"), QStringLiteral("cor")};
const QStringList kOrgForms = {
    QStringLiteral("%1 Digital Agency"), QStringLiteral("Ministry of %1 Affairs"), QStringLiteral("University of %1"),
    QStringLiteral("%1 Technologies Ltd"), QStringLiteral("%1 Innovation Network"), QStringLiteral("%1 Research Council"),
    QStringLiteral("%1 Institute of Technology"), QStringLiteral("%1 Standards Board")};
const QStringList kOrgKinds = {
    QStringLiteral("agency"), QStringLiteral("ministry"), QStringLiteral("university"), QStringLiteral("company"),
    QStringLiteral("network"), QStringLiteral("agency"), QStringLiteral("university"), QStringLiteral("agency")};
const QStringList kCountries = {
    QStringLiteral("United Kingdom"), QStringLiteral("Singapore"), QStringLiteral("Malaysia"), QStringLiteral("Japan"),
    QStringLiteral("Korea"), QStringLiteral("India"), QStringLiteral("Australia"), QStringLiteral("Germany"),
    QStringLiteral("France"), QStringLiteral("Canada"), QStringLiteral("Indonesia"), QStringLiteral("Viet Nam")};
const QStringList kGivenNames = {
    QStringLiteral("Anna"), QStringLiteral("Wei"), QStringLiteral("Siti"), QStringLiteral("Raj"), QStringLiteral("Tom"),
    QStringLiteral("Mei"), QStringLiteral("Ahmad"), QStringLiteral("Claire"), QStringLiteral("Kenji"),
    QStringLiteral("Priya"), QStringLiteral("Oliver"), QStringLiteral("Hana"), QStringLiteral("Lucas"),
    QStringLiteral("Aisha"), QStringLiteral("Ming"), QStringLiteral("Sofia")};
const QStringList kFamilyNames = {
    QStringLiteral("Tan"), QStringLiteral("Smith"), QStringLiteral("Lim"), QStringLiteral("Kumar"),
    QStringLiteral("Okafor"), QStringLiteral("Wong"), QStringLiteral("Müller"), QStringLiteral("Sato"),
    QStringLiteral("Rahman"), QStringLiteral("Martin"), QStringLiteral("Nguyen"), QStringLiteral("Singh"),
    QStringLiteral("O'Brien"), QStringLiteral("Chen"), QStringLiteral("Dubois"), QStringLiteral("Park")};
const QStringList kTitles = {
    QStringLiteral("Director"), QStringLiteral("Chief Executive"), QStringLiteral("Head of International"),
    QStringLiteral("Senior Adviser"), QStringLiteral("Professor"), QStringLiteral("Programme Manager"),
    QStringLiteral("Deputy Secretary"), QStringLiteral("Policy Lead")};
const QStringList kTopics = {
    QStringLiteral("digital identity"), QStringLiteral("open standards"), QStringLiteral("digital skills"),
    QStringLiteral("cyber security"), QStringLiteral("artificial intelligence"), QStringLiteral("research funding"),
    QStringLiteral("telecommunications"), QStringLiteral("advanced manufacturing"), QStringLiteral("health data"),
    QStringLiteral("clean energy")};

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

QString placeName(Random &random)
{
    QString name;
    const int parts = 2 + random.below(2);
    for (int i = 0; i < parts; ++i)
        name += random.pick(kSyllables);
    return capitalised(name);
}

} // namespace

void DataGenerator::generate(Repository &repo, const Options &options, const Progress &progress)
{
    Random random(options.seed);
    Database &db = repo.database();
    Transaction transaction(db);
    // Recounting a partnership's milestones at each of its links would cost
    // more than the links (see DashboardSummary): once, at the end.
    DashboardSummary summary(db);
    summary.suspend();

    QList<qint64> organisations;
    QList<QString> organisationNames;
    organisations.reserve(options.organisations);
    for (int i = 0; i < options.organisations; ++i) {
        Organisation o;
        const int form = random.below(int(kOrgForms.size()));
        const QString place = placeName(random);
        o.name = kOrgForms.at(form).arg(place);
        o.shortName = place.left(3).toUpper() + QString::number(i);
        o.kind = kOrgKinds.at(form);
        o.country = random.pick(kCountries);
        if (!organisations.isEmpty() && random.chance(10))
            o.parentId = organisations.at(random.below(int(organisations.size())));
        repo.organisations().save(o);
        organisations.append(o.id);
        organisationNames.append(o.name);
    }

    QList<qint64> people;
    QList<qint64> employer; // each person's current organisation
    people.reserve(options.people);
    for (int i = 0; i < options.people; ++i) {
        Person p;
        p.name = random.pick(kGivenNames) + QLatin1Char(' ') + random.pick(kFamilyNames);
        p.title = random.pick(kTitles);
        repo.people().save(p);
        people.append(p.id);

        Affiliation a;
        a.personId = p.id;
        a.organisationId = organisations.at(random.below(int(organisations.size())));
        a.role = p.title;
        a.from = PartialDate::year(2000 + random.below(20));
        repo.affiliations().save(a);
        employer.append(a.organisationId);
    }

    const QStringList stages = Vocabulary::partnershipStages();
    QList<qint64> partnerships;
    for (int i = 0; i < options.partnerships; ++i) {
        Partnership p;
        const int first = random.below(int(organisations.size()));
        const int second = random.below(int(organisations.size()));
        p.name = organisationNames.at(first) + QStringLiteral(" – ") + organisationNames.at(second);
        p.focus = random.pick(kTopics);
        p.owner = random.pick(kGivenNames);
        p.parties = {{organisations.at(first), QStringLiteral("partner")},
                     {organisations.at(second), QStringLiteral("partner")}};
        const int reached = random.below(int(stages.size()));
        QDate date(2005 + random.below(15), 1 + random.below(12), 1);
        for (int s = 0; s <= reached; ++s) {
            p.stageHistory.append({stages.at(s), PartialDate(date, DatePrecision::Month), {}});
            date = date.addMonths(1 + random.below(12));
        }
        p.areas = {random.pick(kTopics)};
        repo.partnerships().save(p);
        partnerships.append(p.id);
    }

    const QList<ActivityKind> kinds = {ActivityKind::Meeting,     ActivityKind::Meeting,    ActivityKind::Meeting,
                                       ActivityKind::Introduction, ActivityKind::Introduction, ActivityKind::Event,
                                       ActivityKind::Event,       ActivityKind::Delegation, ActivityKind::Agreement,
                                       ActivityKind::Note};
    const QStringList statuses = Vocabulary::agreementStatuses();
    const QDate epoch(2005, 1, 1);
    const int days = int(epoch.daysTo(QDate(2026, 12, 31)));
    for (qint64 i = 0; i < options.activities; ++i) {
        Activity a;
        a.kind = random.pick(kinds);
        const QString topic = random.pick(kTopics);
        const int who = random.below(int(people.size()));
        const int other = random.below(int(people.size()));
        const QDate date = epoch.addDays(random.below(days));
        const int precisionRoll = random.below(100);
        const DatePrecision precision = precisionRoll < 90 ? DatePrecision::Day
            : precisionRoll < 96                           ? DatePrecision::Month
            : precisionRoll < 98                           ? DatePrecision::Quarter
                                                           : DatePrecision::Year;
        PartialDate start(date, precision);
        PartialDate end;
        if (a.kind == ActivityKind::Delegation && precision == DatePrecision::Day)
            end = PartialDate(date.addDays(1 + random.below(6)));
        a.when = DateSpan(start, end);
        switch (a.kind) {
        case ActivityKind::Introduction:
            a.title = QStringLiteral("Introduction on %1").arg(topic);
            a.participants = {{people.at(random.below(int(people.size()))), 0, QStringLiteral("introducer")},
                              {people.at(who), employer.at(who), QStringLiteral("introduced")},
                              {people.at(other), employer.at(other), QStringLiteral("introduced")}};
            a.purpose = QStringLiteral("Explore cooperation on %1").arg(topic);
            a.followUpDue = date.addDays(30);
            a.followUpDone = random.chance(80);
            break;
        case ActivityKind::Meeting:
            a.title = QStringLiteral("Meeting on %1").arg(topic);
            a.participants = {{people.at(who), employer.at(who), QStringLiteral("attendee")},
                              {people.at(other), employer.at(other), QStringLiteral("attendee")}};
            break;
        case ActivityKind::Event:
            a.title = QStringLiteral("Lecture: the future of %1").arg(topic);
            a.participants = {{people.at(who), employer.at(who), QStringLiteral("speaker")},
                              {0, employer.at(other), QStringLiteral("host")}};
            break;
        case ActivityKind::Delegation:
            a.title = QStringLiteral("Delegation to %1").arg(placeName(random));
            a.participants = {{people.at(who), employer.at(who), QStringLiteral("leader")},
                              {people.at(other), employer.at(other), QStringLiteral("member")}};
            break;
        case ActivityKind::Agreement:
            a.title = QStringLiteral("MoU on %1").arg(topic);
            a.participants = {{0, employer.at(who), QStringLiteral("party")},
                              {0, employer.at(other), QStringLiteral("party")}};
            a.agreementStatus = random.pick(statuses);
            if (a.agreementStatus != statuses.at(0) && a.agreementStatus != statuses.at(1))
                a.signedDate = date;
            break;
        case ActivityKind::Note:
            a.title = QStringLiteral("Note on %1").arg(topic);
            a.participants = {{0, employer.at(who), QStringLiteral("participant")}};
            break;
        }
        if (random.chance(30))
            a.partnershipIds = {partnerships.at(random.below(int(partnerships.size())))};
        if (random.chance(50))
            a.areas = {topic};
        repo.activities().save(a);

        if (progress && (i % 10000 == 0 || i + 1 == options.activities) && !progress(i + 1, options.activities))
            throw StorageError(QStringLiteral("generation cancelled"));
    }
    summary.resume();
    transaction.commit();
}

} // namespace liaison
