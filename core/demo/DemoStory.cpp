#include "DemoStory.h"

#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QHash>

namespace liaison {

namespace {

PartialDate day(int y, int m, int d) { return PartialDate::day(y, m, d); }

// Builds the story with short calls, keeping the ids it hands out by name.
class StoryWriter
{
public:
    explicit StoryWriter(Repository &repo)
        : m_repo(repo)
    {
    }

    qint64 org(const QString &name, const QString &shortName, const QString &kind, const QString &country,
               const QString &parent = {}, const QStringList &aliases = {}, const QString &website = {})
    {
        Organisation o;
        o.name = name;
        o.shortName = shortName;
        o.kind = kind;
        o.country = country;
        o.parentId = parent.isEmpty() ? 0 : m_orgs.value(parent);
        o.aliases = aliases;
        o.website = website;
        m_repo.organisations().save(o);
        m_orgs.insert(shortName.isEmpty() ? name : shortName, o.id);
        return o.id;
    }

    qint64 person(const QString &name, const QString &nativeName, const QString &title, const QString &org,
                  const PartialDate &from, const QString &email = {}, const QString &notes = {})
    {
        Person p;
        p.name = name;
        p.nativeName = nativeName;
        p.title = title;
        p.email = email;
        p.notes = notes;
        m_repo.people().save(p);
        m_people.insert(name, p.id);
        affiliate(name, org, title, from);
        return p.id;
    }

    void affiliate(const QString &person, const QString &org, const QString &role, const PartialDate &from,
                   const PartialDate &to = {})
    {
        Affiliation a;
        a.personId = m_people.value(person);
        a.organisationId = m_orgs.value(org);
        a.role = role;
        a.from = from;
        a.to = to;
        m_repo.affiliations().save(a);
    }

    qint64 partnership(const QString &name, const QString &focus, const QString &owner,
                       const QList<PartnershipParty> &parties, const QList<StageChange> &stages,
                       const QStringList &areas)
    {
        Partnership p;
        p.name = name;
        p.focus = focus;
        p.owner = owner;
        p.parties = parties;
        p.stageHistory = stages;
        p.areas = areas;
        m_repo.partnerships().save(p);
        m_partnerships.insert(name, p.id);
        return p.id;
    }

    qint64 series(const QString &name, const QString &notes)
    {
        Series s;
        s.name = name;
        s.notes = notes;
        m_repo.series().save(s);
        return s.id;
    }

    Participant who(const QString &person, const QString &role, const QString &org = {}) const
    {
        return {m_people.value(person), org.isEmpty() ? 0 : m_orgs.value(org), role};
    }
    Participant orgAs(const QString &org, const QString &role) const { return {0, m_orgs.value(org), role}; }
    qint64 orgId(const QString &org) const { return m_orgs.value(org); }
    qint64 partnershipId(const QString &name) const { return m_partnerships.value(name); }

    Activity &activity(ActivityKind kind, const QString &title, const DateSpan &when, const QString &partnership,
                       const QList<Participant> &participants, const QStringList &areas = {})
    {
        m_pending.append(Activity());
        Activity &a = m_pending.last();
        a.kind = kind;
        a.title = title;
        a.when = when;
        a.participants = participants;
        a.areas = areas;
        if (!partnership.isEmpty())
            a.partnershipIds = {m_partnerships.value(partnership)};
        return a;
    }

    void flush()
    {
        for (Activity &a : m_pending)
            m_repo.activities().save(a);
        m_pending.clear();
    }

private:
    Repository &m_repo;
    QHash<QString, qint64> m_orgs;
    QHash<QString, qint64> m_people;
    QHash<QString, qint64> m_partnerships;
    QList<Activity> m_pending;
};

const QString kDigitalSkills = QStringLiteral("digital skills and academies");
const QString kOpenStandards = QStringLiteral("open standards");
const QString kDigitalIdentity = QStringLiteral("digital identity");

} // namespace

void DemoStory::write(Repository &repo)
{
    if (repo.organisations().count() > 0)
        throw StorageError(QStringLiteral("the database already holds records; the demo story needs an empty one"));

    Transaction transaction(repo.database());
    StoryWriter w(repo);
    const QString UK = QStringLiteral("United Kingdom");
    const QString SG = QStringLiteral("Singapore");

    // Organisations
    w.org(QStringLiteral("Foreign, Commonwealth & Development Office"), QStringLiteral("FCDO"), QStringLiteral("ministry"), UK,
          {}, {QStringLiteral("Foreign and Commonwealth Office"), QStringLiteral("FCO")}, QStringLiteral("https://www.gov.uk/fcdo"));
    w.org(QStringLiteral("British High Commission Singapore"), QStringLiteral("BHC Singapore"), QStringLiteral("ministry"), SG,
          QStringLiteral("FCDO"));
    w.org(QStringLiteral("UK Science and Innovation Network Singapore"), QStringLiteral("SIN Singapore"), QStringLiteral("facilitator"), SG,
          QStringLiteral("BHC Singapore"), {QStringLiteral("Science & Innovation Network"), QStringLiteral("SIN")});
    w.org(QStringLiteral("Cabinet Office"), QStringLiteral("Cabinet Office"), QStringLiteral("ministry"), UK);
    w.org(QStringLiteral("Government Digital Service"), QStringLiteral("GDS"), QStringLiteral("agency"), UK,
          QStringLiteral("Cabinet Office"), {QStringLiteral("UK Government Digital Service")}, QStringLiteral("https://gds.blog.gov.uk"));
    w.org(QStringLiteral("Smart Nation and Digital Government Office"), QStringLiteral("SNDGO"), QStringLiteral("ministry"), SG);
    w.org(QStringLiteral("Government Technology Agency"), QStringLiteral("GovTech"), QStringLiteral("agency"), SG,
          QStringLiteral("SNDGO"), {QStringLiteral("GovTech Singapore"), QStringLiteral("Infocomm Development Authority"), QStringLiteral("IDA")},
          QStringLiteral("https://www.tech.gov.sg"));
    w.org(QStringLiteral("Agency for Science, Technology and Research"), QStringLiteral("A*STAR"), QStringLiteral("agency"), SG);
    w.org(QStringLiteral("Innovate UK"), QStringLiteral("Innovate UK"), QStringLiteral("agency"), UK, {}, {QStringLiteral("Technology Strategy Board")});
    w.org(QStringLiteral("National University of Singapore"), QStringLiteral("NUS"), QStringLiteral("university"), SG);
    w.org(QStringLiteral("The Alan Turing Institute"), QStringLiteral("Turing"), QStringLiteral("network"), UK, {}, {QStringLiteral("Alan Turing Institute")});
    w.org(QStringLiteral("Cyber Security Agency of Singapore"), QStringLiteral("CSA"), QStringLiteral("agency"), SG);
    w.org(QStringLiteral("National Cyber Security Centre"), QStringLiteral("NCSC"), QStringLiteral("agency"), UK);
    w.org(QStringLiteral("Infocomm Media Development Authority"), QStringLiteral("IMDA"), QStringLiteral("agency"), SG);
    w.org(QStringLiteral("Digital Catapult"), QStringLiteral("Digital Catapult"), QStringLiteral("company"), UK);
    w.org(QStringLiteral("Nanyang Technological University"), QStringLiteral("NTU"), QStringLiteral("university"), SG);
    w.org(QStringLiteral("UK Research and Innovation"), QStringLiteral("UKRI"), QStringLiteral("agency"), UK);

    // People (fictional)
    const QString helen = QStringLiteral("Helen Marsh"), daniel = QStringLiteral("Daniel Okafor"),
                  priya = QStringLiteral("Priya Raman"), edward = QStringLiteral("Sir Edward Blake"),
                  martin = QStringLiteral("Martin Hale"), claire = QStringLiteral("Claire Fenwick"),
                  tom = QStringLiteral("Tom Ashdown"), tan = QStringLiteral("Tan Wei Ming"),
                  lim = QStringLiteral("Lim Mei Ling"), kumar = QStringLiteral("Kumar Selvam"),
                  aisyah = QStringLiteral("Nur Aisyah binte Rahman"), ong = QStringLiteral("Ong Kah Seng");
    w.person(helen, {}, QStringLiteral("Head of Science and Innovation"), QStringLiteral("SIN Singapore"), PartialDate::year(2011),
             QStringLiteral("helen.marsh@example.org"));
    w.person(daniel, {}, QStringLiteral("Science and Innovation Officer"), QStringLiteral("SIN Singapore"), PartialDate::month(2012, 9));
    w.person(priya, QStringLiteral("பிரியா ராமன்"), QStringLiteral("Senior Science and Innovation Adviser"), QStringLiteral("SIN Singapore"),
             PartialDate::year(2013));
    w.person(edward, {}, QStringLiteral("British High Commissioner"), QStringLiteral("BHC Singapore"), PartialDate::year(2011));
    w.person(martin, {}, QStringLiteral("Director General"), QStringLiteral("GDS"), PartialDate::year(2011));
    w.person(claire, {}, QStringLiteral("Head of International"), QStringLiteral("GDS"), PartialDate::month(2012, 6));
    w.person(tom, {}, QStringLiteral("Head of Open Standards"), QStringLiteral("GDS"), PartialDate::year(2013));
    w.person(tan, QStringLiteral("陈伟明"), QStringLiteral("Chief Executive"), QStringLiteral("GovTech"), PartialDate::year(2012));
    w.person(lim, QStringLiteral("林美玲"), QStringLiteral("Director, Digital Academy"), QStringLiteral("GovTech"), PartialDate::year(2013));
    w.person(kumar, QStringLiteral("குமார் செல்வம்"), QStringLiteral("Director, National Digital Identity"), QStringLiteral("GovTech"),
             PartialDate::quarter(2013, 2));
    w.person(aisyah, {}, QStringLiteral("Deputy Director, International Relations"), QStringLiteral("GovTech"), PartialDate::year(2014));
    w.person(ong, QStringLiteral("王家成"), QStringLiteral("Deputy Secretary"), QStringLiteral("SNDGO"), PartialDate::year(2012));
    // Ms Lim moved from the ministry to GovTech: her earlier affiliation ended.
    w.affiliate(lim, QStringLiteral("SNDGO"), QStringLiteral("Senior Manager"), PartialDate::year(2010), PartialDate::month(2012, 12));
    const QString wong = QStringLiteral("Wong Li Hua"), james = QStringLiteral("James Whitfield"),
                  siti = QStringLiteral("Siti Nurhaliza binte Osman"), arjun = QStringLiteral("Arjun Pillai"),
                  sarah = QStringLiteral("Sarah Connell"), chen = QStringLiteral("Chen Jia Hui"),
                  rachel = QStringLiteral("Rachel Greaves"), lee = QStringLiteral("Lee Boon Keat");
    w.person(wong, QStringLiteral("黄丽华"), QStringLiteral("Executive Director, Research Office"), QStringLiteral("A*STAR"), PartialDate::year(2015));
    w.person(james, {}, QStringLiteral("Head of Global Alliances"), QStringLiteral("Innovate UK"), PartialDate::year(2016));
    w.person(siti, {}, QStringLiteral("Director, Cyber Capability"), QStringLiteral("CSA"), PartialDate::year(2017));
    w.person(arjun, QStringLiteral("அர்ஜுன் பிள்ளை"), QStringLiteral("Professor of Computer Science"), QStringLiteral("NUS"), PartialDate::year(2010));
    w.person(sarah, {}, QStringLiteral("International Partnerships Lead"), QStringLiteral("NCSC"), PartialDate::year(2018));
    w.person(chen, QStringLiteral("陈佳慧"), QStringLiteral("Director, Innovation Programmes"), QStringLiteral("IMDA"), PartialDate::year(2016));
    w.person(rachel, {}, QStringLiteral("Head of International Research"), QStringLiteral("UKRI"), PartialDate::year(2019));
    w.person(lee, QStringLiteral("李文杰"), QStringLiteral("Associate Vice President (Research)"), QStringLiteral("NTU"), PartialDate::year(2018));

    // Partnerships
    const QString digitalGov = QStringLiteral("GDS–GovTech digital government partnership");
    w.partnership(digitalGov, QStringLiteral("Knowledge sharing on digital government"), helen,
                  {{w.orgId(QStringLiteral("GDS")), QStringLiteral("partner")},
                   {w.orgId(QStringLiteral("GovTech")), QStringLiteral("partner")},
                   {w.orgId(QStringLiteral("SIN Singapore")), QStringLiteral("facilitator")}},
                  {{QStringLiteral("scoping"), PartialDate::month(2012, 10), QStringLiteral("Identified from GovTech's interest in GOV.UK")},
                   {QStringLiteral("introduced"), day(2013, 1, 22), QStringLiteral("DG-level introduction")},
                   {QStringLiteral("engaging"), PartialDate::month(2013, 5), {}},
                   {QStringLiteral("formalising"), PartialDate::quarter(2015, 2), QStringLiteral("MoU drafting begins")},
                   {QStringLiteral("agreement signed"), day(2016, 1, 19), QStringLiteral("First international agreement GovTech signed")},
                   {QStringLiteral("active"), PartialDate::month(2016, 3), {}}},
                  {kDigitalSkills, kOpenStandards, kDigitalIdentity});
    const QString research = QStringLiteral("A*STAR–Innovate UK collaborative R&D");
    w.partnership(research, QStringLiteral("Joint industrial R&D calls"), daniel,
                  {{w.orgId(QStringLiteral("A*STAR")), QStringLiteral("partner")}, {w.orgId(QStringLiteral("Innovate UK")), QStringLiteral("partner")}},
                  {{QStringLiteral("scoping"), PartialDate::year(2023), {}}, {QStringLiteral("introduced"), day(2024, 2, 6), {}},
                   {QStringLiteral("engaging"), PartialDate::month(2025, 4), {}}},
                  {QStringLiteral("advanced manufacturing"), QStringLiteral("research funding")});
    const QString dataScience = QStringLiteral("NUS–Turing data science exchange");
    w.partnership(dataScience, QStringLiteral("Researcher exchange in data science and AI"), priya,
                  {{w.orgId(QStringLiteral("NUS")), QStringLiteral("partner")}, {w.orgId(QStringLiteral("Turing")), QStringLiteral("partner")}},
                  {{QStringLiteral("scoping"), PartialDate::quarter(2025, 3), {}}, {QStringLiteral("introduced"), day(2025, 11, 3), {}}},
                  {QStringLiteral("artificial intelligence")});
    const QString cyber = QStringLiteral("CSA–NCSC cyber security cooperation");
    w.partnership(cyber, QStringLiteral("Incident response and cyber skills"), helen,
                  {{w.orgId(QStringLiteral("CSA")), QStringLiteral("partner")}, {w.orgId(QStringLiteral("NCSC")), QStringLiteral("partner")}},
                  {{QStringLiteral("introduced"), day(2021, 6, 15), {}}, {QStringLiteral("engaging"), PartialDate::year(2022), {}},
                   {QStringLiteral("formalising"), PartialDate::month(2025, 9), {}}},
                  {QStringLiteral("cyber security"), kDigitalSkills});
    const QString fiveG = QStringLiteral("IMDA–Digital Catapult 5G testbeds");
    w.partnership(fiveG, QStringLiteral("Shared 5G testbed programme"), daniel,
                  {{w.orgId(QStringLiteral("IMDA")), QStringLiteral("partner")}, {w.orgId(QStringLiteral("Digital Catapult")), QStringLiteral("partner")}},
                  {{QStringLiteral("introduced"), day(2019, 3, 12), {}}, {QStringLiteral("engaging"), PartialDate::month(2019, 11), {}},
                   {QStringLiteral("dormant"), PartialDate::year(2022), QStringLiteral("Funding round closed")}},
                  {QStringLiteral("telecommunications")});
    const QString fellowships = QStringLiteral("NTU–UKRI research fellowships");
    w.partnership(fellowships, QStringLiteral("Early-career research fellowships"), priya,
                  {{w.orgId(QStringLiteral("NTU")), QStringLiteral("partner")}, {w.orgId(QStringLiteral("UKRI")), QStringLiteral("partner")}},
                  {{QStringLiteral("scoping"), PartialDate::month(2026, 6), {}}}, {QStringLiteral("research funding")});

    const qint64 dge = w.series(QStringLiteral("Digital Government Exchange"),
                                QStringLiteral("Annual gathering of digital government leaders hosted by GovTech in Singapore"));
    const qint64 speakers = w.series(QStringLiteral("Smart Nation Speaker Series"),
                                     QStringLiteral("Public lectures by international digital leaders"));

    // The GDS–GovTech story
    Activity *a = &w.activity(ActivityKind::Meeting, QStringLiteral("Scoping call with GovTech international team"),
                              DateSpan(PartialDate::month(2012, 10)), digitalGov,
                              {w.who(helen, QStringLiteral("host"), QStringLiteral("SIN Singapore")),
                               w.orgAs(QStringLiteral("GovTech"), QStringLiteral("attendee"))});
    a->description = QStringLiteral("GovTech asked how GOV.UK was built; the exact day is lost — the team's sheet says \"Oct-12\".");

    a = &w.activity(ActivityKind::Introduction, QStringLiteral("Introduction of GDS Director General to GovTech Chief Executive"),
                    DateSpan(day(2013, 1, 22)), digitalGov,
                    {w.who(edward, QStringLiteral("introducer"), QStringLiteral("BHC Singapore")),
                     w.who(martin, QStringLiteral("introduced"), QStringLiteral("GDS")),
                     w.who(tan, QStringLiteral("introduced"), QStringLiteral("GovTech"))});
    a->purpose = QStringLiteral("High-level introduction to open a conversation on government as a platform");
    a->outcome = QStringLiteral("led to a meeting");
    a->followUpDue = QDate(2013, 2, 28);
    a->followUpDone = true;
    a->location = QStringLiteral("High Commissioner's Residence, Singapore");

    a = &w.activity(ActivityKind::Delegation, QStringLiteral("GDS delegation to Singapore"),
                    DateSpan(day(2013, 2, 9), day(2013, 2, 10)), digitalGov,
                    {w.who(martin, QStringLiteral("leader"), QStringLiteral("GDS")),
                     w.who(claire, QStringLiteral("member"), QStringLiteral("GDS")),
                     w.who(helen, QStringLiteral("host"), QStringLiteral("SIN Singapore"))},
                    {kOpenStandards});
    a->itinerary = {{QStringLiteral("GovTech headquarters"), day(2013, 2, 9), QStringLiteral("Platform teams")},
                    {QStringLiteral("Smart Nation and Digital Government Office"), day(2013, 2, 10), QStringLiteral("Policy round table")}};
    a->location = QStringLiteral("Singapore");

    a = &w.activity(ActivityKind::Event, QStringLiteral("Digital Government Exchange 2013"),
                    DateSpan(day(2013, 5, 27), day(2013, 5, 29)), digitalGov,
                    {w.who(claire, QStringLiteral("panellist"), QStringLiteral("GDS")),
                     w.who(tan, QStringLiteral("host"), QStringLiteral("GovTech")),
                     w.who(daniel, QStringLiteral("attendee"), QStringLiteral("SIN Singapore"))},
                    {kDigitalSkills});
    a->seriesId = dge;
    a->location = QStringLiteral("Marina Bay Sands, Singapore");
    a->description = QStringLiteral("SIN secured GDS's place in the annual exchange for the first time.");

    a = &w.activity(ActivityKind::Meeting, QStringLiteral("Digital identity working session"),
                    DateSpan(PartialDate::quarter(2013, 3)), digitalGov,
                    {w.who(kumar, QStringLiteral("attendee"), QStringLiteral("GovTech")),
                     w.who(claire, QStringLiteral("attendee"), QStringLiteral("GDS"))},
                    {kDigitalIdentity});
    a->followUpDue = QDate(2013, 10, 31);
    a->followUpDone = true;

    a = &w.activity(ActivityKind::Event, QStringLiteral("Smart Nation Speaker Series: Government as a platform"),
                    DateSpan(day(2014, 3, 14)), digitalGov,
                    {w.who(martin, QStringLiteral("speaker"), QStringLiteral("GDS")),
                     w.who(ong, QStringLiteral("host"), QStringLiteral("SNDGO")),
                     w.who(tan, QStringLiteral("attendee"), QStringLiteral("GovTech")),
                     w.who(lim, QStringLiteral("attendee"), QStringLiteral("GovTech")),
                     w.who(helen, QStringLiteral("attendee"), QStringLiteral("SIN Singapore"))},
                    {kDigitalSkills, kOpenStandards});
    a->seriesId = speakers;
    a->location = QStringLiteral("National Library, Singapore");
    a->description = QStringLiteral("Lecture by the GDS Director General to 300 public servants.");

    a = &w.activity(ActivityKind::Introduction, QStringLiteral("Open standards leads introduced"),
                    DateSpan(day(2014, 9, 3)), digitalGov,
                    {w.who(priya, QStringLiteral("introducer"), QStringLiteral("SIN Singapore")),
                     w.who(tom, QStringLiteral("introduced"), QStringLiteral("GDS")),
                     w.who(kumar, QStringLiteral("introduced"), QStringLiteral("GovTech"))},
                    {kOpenStandards, kDigitalIdentity});
    a->purpose = QStringLiteral("Compare identity assurance standards");
    a->outcome = QStringLiteral("led to a meeting");
    a->followUpDue = QDate(2014, 10, 15);
    a->followUpDone = true;

    a = &w.activity(ActivityKind::Delegation, QStringLiteral("UK delegation to Digital Government Exchange 2014"),
                    DateSpan(day(2014, 5, 26), day(2014, 5, 29)), digitalGov,
                    {w.who(claire, QStringLiteral("leader"), QStringLiteral("GDS")),
                     w.who(tom, QStringLiteral("member"), QStringLiteral("GDS")),
                     w.who(daniel, QStringLiteral("member"), QStringLiteral("SIN Singapore"))},
                    {kOpenStandards});
    a->seriesId = dge;
    a->itinerary = {{QStringLiteral("Digital Government Exchange"), day(2014, 5, 27), QStringLiteral("Panel on open standards")},
                    {QStringLiteral("GovTech Digital Academy"), day(2014, 5, 29), QStringLiteral("Site visit")}};

    a = &w.activity(ActivityKind::Meeting, QStringLiteral("Digital Academy exchange: curriculum review"),
                    DateSpan(day(2015, 4, 21)), digitalGov,
                    {w.who(lim, QStringLiteral("host"), QStringLiteral("GovTech")),
                     w.who(claire, QStringLiteral("attendee"), QStringLiteral("GDS")),
                     w.who(aisyah, QStringLiteral("attendee"), QStringLiteral("GovTech"))},
                    {kDigitalSkills});
    a->location = QStringLiteral("Video conference");

    a = &w.activity(ActivityKind::Delegation, QStringLiteral("UK delegation to Digital Government Exchange 2015"),
                    DateSpan(day(2015, 6, 1), day(2015, 6, 4)), digitalGov,
                    {w.who(martin, QStringLiteral("leader"), QStringLiteral("GDS")),
                     w.who(tom, QStringLiteral("member"), QStringLiteral("GDS")),
                     w.who(priya, QStringLiteral("member"), QStringLiteral("SIN Singapore"))});
    a->seriesId = dge;

    a = &w.activity(ActivityKind::Agreement,
                    QStringLiteral("Memorandum of Understanding on digital government cooperation"),
                    DateSpan(day(2016, 1, 19)), digitalGov,
                    {w.orgAs(QStringLiteral("GDS"), QStringLiteral("party")),
                     w.orgAs(QStringLiteral("GovTech"), QStringLiteral("party")),
                     w.who(martin, QStringLiteral("signatory"), QStringLiteral("GDS")),
                     w.who(tan, QStringLiteral("signatory"), QStringLiteral("GovTech")),
                     w.who(edward, QStringLiteral("attendee"), QStringLiteral("BHC Singapore"))},
                    {kDigitalSkills, kOpenStandards, kDigitalIdentity});
    a->agreementStatus = QStringLiteral("signed");
    a->signedDate = QDate(2016, 1, 19);
    a->renewalDate = QDate(2019, 1, 19);
    a->description = QStringLiteral("GovTech's first international agreement: knowledge sharing on digital skills and "
                                    "academies, open standards, and digital identity.");

    a = &w.activity(ActivityKind::Event, QStringLiteral("Digital Government Exchange 2016"),
                    DateSpan(PartialDate::month(2016, 5)), digitalGov,
                    {w.who(claire, QStringLiteral("speaker"), QStringLiteral("GDS")),
                     w.who(aisyah, QStringLiteral("host"), QStringLiteral("GovTech"))});
    a->seriesId = dge;

    a = &w.activity(ActivityKind::Meeting, QStringLiteral("MoU ten-year review planning"),
                    DateSpan(day(2026, 10, 7)), digitalGov,
                    {w.who(helen, QStringLiteral("host"), QStringLiteral("SIN Singapore")),
                     w.who(aisyah, QStringLiteral("attendee"), QStringLiteral("GovTech"))});
    a->followUpDue = QDate(2026, 11, 20);
    a->purpose = QStringLiteral("Agree the review's terms of reference");

    // Around it: other partnerships at other stages
    a = &w.activity(ActivityKind::Introduction, QStringLiteral("A*STAR research office introduced to Innovate UK"),
                    DateSpan(day(2024, 2, 6)), research,
                    {w.who(daniel, QStringLiteral("introducer"), QStringLiteral("SIN Singapore")),
                     w.who(wong, QStringLiteral("introduced"), QStringLiteral("A*STAR")),
                     w.who(james, QStringLiteral("introduced"), QStringLiteral("Innovate UK"))});
    a->purpose = QStringLiteral("Explore joint calls in advanced manufacturing");
    a->outcome = QStringLiteral("led to an event");
    a->followUpDue = QDate(2024, 3, 31);
    a->followUpDone = true;
    a = &w.activity(ActivityKind::Event, QStringLiteral("UK–Singapore advanced manufacturing workshop"),
                    DateSpan(day(2025, 4, 9), day(2025, 4, 10)), research,
                    {w.who(wong, QStringLiteral("host"), QStringLiteral("A*STAR")),
                     w.who(james, QStringLiteral("speaker"), QStringLiteral("Innovate UK")),
                     w.who(daniel, QStringLiteral("attendee"), QStringLiteral("SIN Singapore"))},
                    {QStringLiteral("advanced manufacturing")});
    a = &w.activity(ActivityKind::Meeting, QStringLiteral("Joint call design meeting"),
                    DateSpan(day(2026, 9, 24)), research,
                    {w.who(wong, QStringLiteral("attendee"), QStringLiteral("A*STAR")),
                     w.who(james, QStringLiteral("attendee"), QStringLiteral("Innovate UK"))});
    a->followUpDue = QDate(2026, 12, 15);

    a = &w.activity(ActivityKind::Introduction, QStringLiteral("NUS data science faculty introduced to the Turing"),
                    DateSpan(day(2025, 11, 3)), dataScience,
                    {w.who(priya, QStringLiteral("introducer"), QStringLiteral("SIN Singapore")),
                     w.who(arjun, QStringLiteral("introduced"), QStringLiteral("NUS")),
                     w.orgAs(QStringLiteral("Turing"), QStringLiteral("introduced"))});
    a->purpose = QStringLiteral("Researcher exchange");
    a->followUpDue = QDate(2026, 1, 15);

    a = &w.activity(ActivityKind::Introduction, QStringLiteral("CSA and NCSC partnership leads introduced"),
                    DateSpan(day(2021, 6, 15)), cyber,
                    {w.who(helen, QStringLiteral("introducer"), QStringLiteral("SIN Singapore")),
                     w.who(siti, QStringLiteral("introduced"), QStringLiteral("CSA")),
                     w.who(sarah, QStringLiteral("introduced"), QStringLiteral("NCSC"))});
    a->outcome = QStringLiteral("led to a meeting");
    a->followUpDue = QDate(2021, 7, 31);
    a->followUpDone = true;
    a = &w.activity(ActivityKind::Delegation, QStringLiteral("CSA delegation to CYBERUK"),
                    DateSpan(day(2023, 4, 18), day(2023, 4, 20)), cyber,
                    {w.who(siti, QStringLiteral("leader"), QStringLiteral("CSA")),
                     w.who(sarah, QStringLiteral("host"), QStringLiteral("NCSC"))},
                    {QStringLiteral("cyber security")});
    a->itinerary = {{QStringLiteral("CYBERUK, Belfast"), day(2023, 4, 18), QStringLiteral("Conference")},
                    {QStringLiteral("NCSC, London"), day(2023, 4, 20), QStringLiteral("Bilateral")}};
    a = &w.activity(ActivityKind::Agreement, QStringLiteral("Letter of intent on cyber skills"),
                    DateSpan(PartialDate::month(2025, 9)), cyber,
                    {w.orgAs(QStringLiteral("CSA"), QStringLiteral("party")), w.orgAs(QStringLiteral("NCSC"), QStringLiteral("party"))},
                    {QStringLiteral("cyber security"), kDigitalSkills});
    a->agreementStatus = QStringLiteral("negotiating");

    a = &w.activity(ActivityKind::Meeting, QStringLiteral("5G testbed scoping meeting"),
                    DateSpan(day(2019, 3, 12)), fiveG,
                    {w.who(chen, QStringLiteral("attendee"), QStringLiteral("IMDA")),
                     w.orgAs(QStringLiteral("Digital Catapult"), QStringLiteral("attendee"))});
    a = &w.activity(ActivityKind::Note, QStringLiteral("Programme paused after funding round closed"),
                    DateSpan(PartialDate::year(2022)), fiveG, {w.orgAs(QStringLiteral("IMDA"), QStringLiteral("participant"))});

    a = &w.activity(ActivityKind::Meeting, QStringLiteral("Fellowship scheme scoping call"),
                    DateSpan(day(2026, 11, 12)), fellowships,
                    {w.who(lee, QStringLiteral("attendee"), QStringLiteral("NTU")),
                     w.who(rachel, QStringLiteral("attendee"), QStringLiteral("UKRI")),
                     w.who(priya, QStringLiteral("host"), QStringLiteral("SIN Singapore"))});
    a->followUpDue = QDate(2026, 12, 4);

    w.flush();
    transaction.commit();
}

} // namespace liaison
