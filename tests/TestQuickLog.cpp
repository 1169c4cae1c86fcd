#include "ListPage.h"
#include "MainWindow.h"
#include "QuickLogDialog.h"
#include "editors/ActivityEditor.h"
#include "editors/RecordPicker.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "support/MessageBoxAnswer.h"
#include "support/TestDatabase.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QPainter>
#include <QPointer>
#include <QDebug>

using namespace liaison;
using liaison::test::TestDatabase;

// Logging introductions fast (issue 14), typed as a user does into the real
// widgets: the quick log (Ctrl+L), ranked completion, roles remembered, the
// participant's organisation from their affiliation, a partnership offered
// for creation, and a new person's affiliation.
class TestQuickLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void introductionWithTwoNewPeopleIsOneUndoStep();
    void knownIntroductionInFiveActions();
    void completionPutsExactShortNameFirst();
    void rolesRememberedPerKind();
    void participantOrganisationFromAffiliation();
    void missingPartnershipOfferedForCreation();
    void newPersonInActivityGetsAffiliation();
    void newFocusesTitle();

private:
    std::unique_ptr<MainWindow> openWindow();
    template<typename T>
    T *child(QWidget &parent, const QString &name)
    {
        T *widget = parent.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    // Keys go where a keyboard sends them: to an open completion popup (it
    // holds the keyboard), else to the focus. Each press() is one action,
    // counted, apart from typing text.
    QWidget *focused() { return QApplication::focusWidget(); }
    QWidget *keyTarget()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        // The offscreen platform leaves a closed popup as the active window
        // (a desktop gives activation back): the window being typed into gets it back.
        if (m_keyWindow && QApplication::activeWindow() != m_keyWindow) {
            m_keyWindow->activateWindow();
            if (!QTest::qWaitFor([this] { return QApplication::activeWindow() == m_keyWindow; }, 1000))
                qWarning("the window being typed into is not active");
        }
        return focused();
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_actions;
        QTest::keyClick(keyTarget(), Qt::Key(key), modifiers);
        QCoreApplication::processEvents(); // what the key posted (an Enter passed on, a link made)
    }
    void typeText(const QString &text) { QTest::keyClicks(keyTarget(), text); }
    // Goes to a field as a click would: an open popup closes first.
    void focusField(QWidget *field)
    {
        while (QWidget *popup = QApplication::activePopupWidget())
            popup->hide();
        keyTarget(); // the window active again
        field->setFocus();
    }
    // Tab to `field`: checked to be the next field in the tab order, then focused
    // (the offscreen platform's popups leave activation in disarray when a real
    // Tab is sent through them). One action.
    void tabTo(QWidget *field)
    {
        ++m_actions;
        QWidget *next = focused() ? focused()->nextInFocusChain() : nullptr;
        while (next && next != focused() && (!(next->focusPolicy() & Qt::TabFocus) || !next->isVisible() || !next->isEnabled()))
            next = next->nextInFocusChain();
        QCOMPARE(next, field);
        focusField(field);
    }
    QuickLogDialog *openQuickLog(MainWindow &window);
    void shot(QWidget &widget, const QString &name);
    Organisation organisation(const QString &name, const QString &shortName = {}, const QString &country = {});
    Person person(const QString &name, qint64 organisationId = 0);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_setupDb;
    std::unique_ptr<Repository> m_setup; // records the test starts from
    int m_actions = 0;
    QPointer<QWidget> m_keyWindow; // where keys are typed: the quick log, or the main window
};

void TestQuickLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQuickLog::init()
{
    QSettings().clear();
    m_testDb = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_testDb);
    m_setupDb = std::make_unique<Database>();
    m_setupDb->open(m_testDb->location());
    m_setup = std::make_unique<Repository>(*m_setupDb);
    m_actions = 0;
}

void TestQuickLog::cleanup()
{
    m_setup.reset();
    m_setupDb.reset();
    m_testDb.reset();
}

std::unique_ptr<MainWindow> TestQuickLog::openWindow()
{
    auto db = std::make_unique<Database>();
    db->open(m_testDb->location());
    auto window = std::make_unique<MainWindow>(std::move(db));
    m_keyWindow = window.get();
    window->resize(1280, 800);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

Organisation TestQuickLog::organisation(const QString &name, const QString &shortName, const QString &country)
{
    Organisation o;
    o.name = name;
    o.shortName = shortName;
    o.country = country;
    m_setup->organisations().save(o);
    return o;
}

Person TestQuickLog::person(const QString &name, qint64 organisationId)
{
    Person p;
    p.name = name;
    m_setup->people().save(p);
    if (organisationId) {
        Affiliation a;
        a.personId = p.id;
        a.organisationId = organisationId;
        a.from = PartialDate::year(2011);
        m_setup->affiliations().save(a);
    }
    return p;
}

QuickLogDialog *TestQuickLog::openQuickLog(MainWindow &window)
{
    press(Qt::Key_L, Qt::ControlModifier);
    auto *dialog = window.findChild<QuickLogDialog *>();
    m_keyWindow = dialog;
    if (dialog && !QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }, 2000))
        qWarning("quick log not active");
    return dialog;
}

void TestQuickLog::shot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    // The main window (1280 × 800) with the windows over it as a screen shows
    // them: the quick log, a completion popup.
    QWidget *base = widget.window();
    while (base->parentWidget())
        base = base->parentWidget()->window();
    QPixmap canvas = base->grab();
    QPainter painter(&canvas);
    const auto paintOver = [&](QWidget *top) {
        if (top != base && top->isVisible())
            painter.drawPixmap(top->geometry().topLeft() - base->geometry().topLeft(), top->grab());
    };
    if (widget.window() != base)
        paintOver(widget.window());
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->windowType() == Qt::Popup)
            paintOver(top);
    painter.end();
    canvas.save(dir + QStringLiteral("/quicklog-") + name + QStringLiteral(".png"));
}

void TestQuickLog::introductionWithTwoNewPeopleIsOneUndoStep()
{
    const Organisation bhc = organisation(QStringLiteral("British High Commission Singapore"), QStringLiteral("BHC Singapore"),
                                          QStringLiteral("Singapore"));
    const Organisation govtech = organisation(QStringLiteral("Government Technology Agency"), QStringLiteral("GovTech"),
                                              QStringLiteral("Singapore"));
    const Person edward = person(QStringLiteral("Edward Hall"), bhc.id);
    auto window = openWindow();
    Repository &repo = window->repository();
    window->showPage(QStringLiteral("partnerships")); // any page
    QuickLogDialog *dialog = openQuickLog(*window);
    QVERIFY2(dialog && dialog->isVisible(), "Ctrl+L opens the quick log");
    QCOMPARE(child<QComboBox>(*dialog, QStringLiteral("quickLogKind"))->currentText(), QStringLiteral("Introduction"));
    shot(*dialog, QStringLiteral("1-opened"));
    QCOMPARE(focused(), child<QWidget>(*dialog, QStringLiteral("quickLogIntroducer")));

    typeText(QStringLiteral("Edward Hall"));
    tabTo(child<QWidget>(*dialog, QStringLiteral("quickLogPersonA")));
    // The introducer's organisation comes from his affiliation.
    QCOMPARE(child<QLineEdit>(*dialog, QStringLiteral("quickLogIntroducerOrganisation"))->text(), QStringLiteral("BHC Singapore"));
    typeText(QStringLiteral("Tan Wei Ling"));
    tabTo(child<QWidget>(*dialog, QStringLiteral("quickLogPersonB")));
    typeText(QStringLiteral("Ann Lee"));
    tabTo(child<QWidget>(*dialog, QStringLiteral("quickLogPurpose")));
    typeText(QStringLiteral("Digital identity pilots"));
    tabTo(child<QWidget>(*dialog, QStringLiteral("quickLogPartnership")));
    typeText(QStringLiteral("Digital identity exchange"));
    // The new people's organisations: one known (by short name), one new.
    focusField(child<QLineEdit>(*dialog, QStringLiteral("quickLogPersonAOrganisation")));
    typeText(QStringLiteral("GovTech"));
    focusField(child<QLineEdit>(*dialog, QStringLiteral("quickLogPersonBOrganisation")));
    typeText(QStringLiteral("Smart Nation Group"));
    shot(*dialog, QStringLiteral("2-new-people-typed"));

    QString question;
    liaison::test::answerNextMessageBox(QMessageBox::Yes, &question);
    press(Qt::Key_Return);
    for (const QString &line : {QStringLiteral("Person: Tan Wei Ling"), QStringLiteral("Person: Ann Lee"),
                                QStringLiteral("Organisation: Smart Nation Group"),
                                QStringLiteral("Affiliation: Ann Lee at Smart Nation Group"),
                                QStringLiteral("Partnership: Digital identity exchange")})
        QVERIFY2(question.contains(line), qPrintable(question));

    const auto tan = repo.people().findByName(QStringLiteral("Tan Wei Ling"));
    const auto ann = repo.people().findByName(QStringLiteral("Ann Lee"));
    const auto sng = repo.organisations().findByName(QStringLiteral("Smart Nation Group"));
    QVERIFY(tan && ann && sng);
    QCOMPARE(repo.affiliations().ofPerson(tan->id).size(), 1);
    QCOMPARE(repo.affiliations().ofPerson(tan->id).first().organisationId, govtech.id);
    QCOMPARE(repo.affiliations().ofPerson(ann->id).first().organisationId, sng->id);
    const QList<Activity> activities = repo.activities().list(0, 10);
    QCOMPARE(activities.size(), 1);
    const Activity logged = activities.first();
    QCOMPARE(logged.kind, ActivityKind::Introduction);
    QCOMPARE(logged.when.start(), PartialDate(QDate::currentDate()));
    QCOMPARE(logged.followUpDue, QDate::currentDate().addDays(14));
    QCOMPARE(logged.purpose, QStringLiteral("Digital identity pilots"));
    QCOMPARE(logged.participants.size(), 3);
    QCOMPARE(logged.participants.at(0), (Participant{edward.id, bhc.id, QStringLiteral("introducer")}));
    QCOMPARE(logged.participants.at(1), (Participant{tan->id, govtech.id, QStringLiteral("introduced")}));
    QCOMPARE(logged.participants.at(2), (Participant{ann->id, sng->id, QStringLiteral("introduced")}));
    QCOMPARE(logged.partnershipIds.size(), 1);
    QCOMPARE(repo.partnerships().find(logged.partnershipIds.first())->parties.size(), 2);

    // One undo step for all of it.
    QCOMPARE(window->undoStack()->count(), 1);
    // The form is ready for the next one: same introducer, the rest cleared.
    QCOMPARE(child<QLineEdit>(*dialog, QStringLiteral("quickLogIntroducer"))->text(), QStringLiteral("Edward Hall"));
    QVERIFY(child<QLineEdit>(*dialog, QStringLiteral("quickLogPersonA"))->text().isEmpty());
    QVERIFY(child<QLineEdit>(*dialog, QStringLiteral("quickLogPurpose"))->text().isEmpty());
    QCOMPARE(dialog->focusWidget(), child<QWidget>(*dialog, QStringLiteral("quickLogPersonA")));
    QVERIFY2(child<QLabel>(*dialog, QStringLiteral("quickLogStatus"))->text().contains(QStringLiteral("Logged")),
             qPrintable(child<QLabel>(*dialog, QStringLiteral("quickLogStatus"))->text()));
    shot(*dialog, QStringLiteral("3-saved-next"));

    window->undoStack()->undo();
    QCOMPARE(repo.activities().count(), 0);
    QCOMPARE(repo.people().count(), 1);
    QCOMPARE(repo.organisations().count(), 2);
    QCOMPARE(repo.partnerships().count(), 0);
    QCOMPARE(repo.affiliations().ofPerson(edward.id).size(), 1);
    window->undoStack()->redo();
    QCOMPARE(repo.people().findByName(QStringLiteral("Ann Lee"))->id, ann->id);
    QCOMPARE(repo.affiliations().ofPerson(ann->id).first().organisationId, sng->id);
    QCOMPARE(repo.activities().find(logged.id)->participants, logged.participants);
    QCOMPARE(repo.activities().find(logged.id)->partnershipIds, logged.partnershipIds);
}

void TestQuickLog::knownIntroductionInFiveActions()
{
    const Organisation gds = organisation(QStringLiteral("Government Digital Service"), QStringLiteral("GDS"),
                                          QStringLiteral("United Kingdom"));
    const Organisation govtech = organisation(QStringLiteral("Government Technology Agency"), QStringLiteral("GovTech"),
                                              QStringLiteral("Singapore"));
    const Organisation sin = organisation(QStringLiteral("UK Science and Innovation Network Singapore"),
                                          QStringLiteral("SIN Singapore"), QStringLiteral("Singapore"));
    Partnership digital;
    digital.name = QStringLiteral("Digital government exchange");
    digital.parties = {{gds.id, QStringLiteral("partner")}, {govtech.id, QStringLiteral("partner")}};
    m_setup->partnerships().save(digital);
    const Person helen = person(QStringLiteral("Helen Carter"), sin.id);
    const Person kevin = person(QStringLiteral("Kevin Cunnington"), gds.id);
    const Person chan = person(QStringLiteral("Chan Cheow Hoe"), govtech.id);
    auto window = openWindow();
    const int people = int(window->repository().people().count());

    QElapsedTimer timer;
    timer.start();
    openQuickLog(*window);                      // 1: Ctrl+L
    auto *dialog = window->findChild<QuickLogDialog *>();
    QVERIFY(dialog);
    typeText(helen.name);
    tabTo(child<QWidget>(*dialog, QStringLiteral("quickLogPersonA")));   // 2: Tab
    typeText(kevin.name);
    tabTo(child<QWidget>(*dialog, QStringLiteral("quickLogPersonB")));   // 3: Tab
    // A name half typed and chosen from the popup: Down, Enter (two more).
    typeText(QStringLiteral("Chan Che"));
    auto *personB = child<RecordPicker>(*dialog, QStringLiteral("quickLogPersonB"));
    QVERIFY(personB->completer()->popup()->isVisible());
    shot(*dialog, QStringLiteral("4-known-completion"));
    press(Qt::Key_Down);                        // 4
    press(Qt::Key_Return);                      // 5: chooses, does not save
    QCOMPARE(personB->text(), chan.name);
    QCOMPARE(window->undoStack()->count(), 0);
    QCOMPARE(child<QLineEdit>(*dialog, QStringLiteral("quickLogPersonBOrganisation"))->text(), QStringLiteral("GovTech"));
    // The partnership the two organisations share is suggested.
    QCOMPARE(child<QLineEdit>(*dialog, QStringLiteral("quickLogPartnership"))->text(), digital.name);
    tabTo(child<QWidget>(*dialog, QStringLiteral("quickLogPurpose")));   // 6: Tab
    typeText(QStringLiteral("Shared platforms"));
    shot(*dialog, QStringLiteral("5-known-ready"));
    press(Qt::Key_Return);                      // 7: saves, no question (nothing new)
    qInfo("Known introduction: %d actions besides typing (2 of them choosing a half-typed name), %lld ms in the test",
          m_actions, qint64(timer.elapsed()));
    QCOMPARE(m_actions, 7);
    QCOMPARE(window->undoStack()->count(), 1);
    QCOMPARE(int(window->repository().people().count()), people);
    const Activity logged = window->repository().activities().list(0, 1).first();
    QCOMPARE(logged.title, QStringLiteral("Introduction of Kevin Cunnington (GDS) to Chan Cheow Hoe (GovTech)"));
    QCOMPARE(logged.participants.at(0), (Participant{helen.id, sin.id, QStringLiteral("introducer")}));
    QCOMPARE(logged.participants.at(1), (Participant{kevin.id, gds.id, QStringLiteral("introduced")}));
    QCOMPARE(logged.participants.at(2), (Participant{chan.id, govtech.id, QStringLiteral("introduced")}));
    QCOMPARE(logged.partnershipIds, QList<qint64>{digital.id});
    QCOMPARE(logged.purpose, QStringLiteral("Shared platforms"));
    shot(*window, QStringLiteral("6-window-after"));
}

void TestQuickLog::completionPutsExactShortNameFirst()
{
    const Organisation bhc = organisation(QStringLiteral("British High Commission Singapore"), QStringLiteral("BHC Singapore"),
                                          QStringLiteral("Singapore"));
    const Organisation sin = organisation(QStringLiteral("UK Science and Innovation Network Singapore"),
                                          QStringLiteral("SIN Singapore"), QStringLiteral("Singapore"));
    for (int i = 0; i < 5; ++i)
        organisation(QStringLiteral("Singapore Agency %1").arg(i));
    auto window = openWindow();
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    auto *picker = child<RecordPicker>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantOrganisation"));
    focusField(picker);
    typeText(QStringLiteral("SIN Singapore"));
    QVERIFY(picker->completer()->popup()->isVisible());
    QCOMPARE(picker->suggestions().first(), sin.name);
    QVERIFY(picker->suggestions().contains(bhc.name));
    // The popup shows the short name and the country, whole.
    const QString label = picker->suggestionLabels().first();
    QVERIFY2(label.contains(QStringLiteral("SIN Singapore")) && label.contains(QStringLiteral("Singapore")), qPrintable(label));
    QAbstractItemView *popup = picker->completer()->popup();
    QVERIFY2(popup->width() >= popup->fontMetrics().horizontalAdvance(label),
             qPrintable(QStringLiteral("popup %1 px for a %2 px line").arg(popup->width())
                            .arg(popup->fontMetrics().horizontalAdvance(label))));
    QVERIFY(popup->width() > picker->width());
    shot(*window, QStringLiteral("7-completion-sin"));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(picker->text(), sin.name);
    QCOMPARE(picker->selectedId(), sin.id);
}

void TestQuickLog::rolesRememberedPerKind()
{
    person(QStringLiteral("Ann Lee"));
    auto window = openWindow();
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    auto *kind = child<QComboBox>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityKind"));
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Event)));
    auto *role = child<QComboBox>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantRole"));
    QCOMPARE(role->currentText(), QStringLiteral("attendee")); // the usual role at first
    role->setCurrentText(QStringLiteral("speaker"));
    auto *personField = child<RecordPicker>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantPerson"));
    focusField(personField);
    typeText(QStringLiteral("Ann Lee"));
    QTest::mouseClick(child<QPushButton>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantAdd")), Qt::LeftButton);
    QCOMPARE(child<QTableView>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityParticipants"))->model()->rowCount(), 1);

    // The next event starts with "speaker"; other kinds keep theirs. (The
    // unsaved activity is asked about first: discarded here.)
    liaison::test::answerNextMessageBox(QMessageBox::Discard);
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Meeting)));
    QCOMPARE(role->currentText(), QStringLiteral("attendee"));
    kind->setCurrentIndex(kind->findData(int(ActivityKind::Event)));
    QCOMPARE(role->currentText(), QStringLiteral("speaker"));
    // Across sessions too.
    window.reset();
    window = openWindow();
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    auto *kindAgain = child<QComboBox>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityKind"));
    kindAgain->setCurrentIndex(kindAgain->findData(int(ActivityKind::Event)));
    QCOMPARE(child<QComboBox>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantRole"))->currentText(), QStringLiteral("speaker"));
}

void TestQuickLog::participantOrganisationFromAffiliation()
{
    const Organisation govtech = organisation(QStringLiteral("Government Technology Agency"), QStringLiteral("GovTech"));
    const Person chan = person(QStringLiteral("Chan Cheow Hoe"), govtech.id);
    auto window = openWindow();
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityTitle")), QStringLiteral("Platform call"));
    auto *personField = child<RecordPicker>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantPerson"));
    focusField(personField);
    typeText(chan.name);
    press(Qt::Key_Tab);
    auto *organisationField = child<RecordPicker>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantOrganisation"));
    QCOMPARE(organisationField->text(), govtech.displayName());
    QCOMPARE(organisationField->selectedId(), govtech.id);
    shot(*window, QStringLiteral("9-participant-organisation"));
    // Enter adds the participant with it.
    focusField(personField);
    press(Qt::Key_Return);
    QTest::mouseClick(child<QPushButton>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activitySave")), Qt::LeftButton);
    const Activity saved = window->repository().activities().list(0, 1).first();
    QCOMPARE(saved.participants.size(), 1);
    QCOMPARE(saved.participants.first().personId, chan.id);
    QCOMPARE(saved.participants.first().organisationId, govtech.id);
}

void TestQuickLog::missingPartnershipOfferedForCreation()
{
    const Organisation gds = organisation(QStringLiteral("Government Digital Service"), QStringLiteral("GDS"));
    const Organisation govtech = organisation(QStringLiteral("Government Technology Agency"), QStringLiteral("GovTech"));
    auto window = openWindow();
    Repository &repo = window->repository();
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityTitle")), QStringLiteral("Exchange kick-off"));
    auto *organisationField = child<RecordPicker>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantOrganisation"));
    for (const QString &name : {QStringLiteral("GDS"), QStringLiteral("GovTech")}) {
        focusField(organisationField);
        typeText(name);
        QTest::mouseClick(child<QPushButton>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantAdd")), Qt::LeftButton);
    }
    auto *partnership = child<RecordPicker>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityPartnership"));
    focusField(partnership);
    typeText(QStringLiteral("Digital exchange"));
    QString question;
    liaison::test::answerNextMessageBox(QMessageBox::Yes, &question);
    press(Qt::Key_Return); // Enter links (here: offers to create)
    QVERIFY2(question.contains(QStringLiteral("Create partnership 'Digital exchange' between")), qPrintable(question));
    QVERIFY2(question.contains(gds.displayName()) && question.contains(govtech.displayName()), qPrintable(question));
    QVERIFY(window->bannerText().isEmpty()); // an offer, not a yellow banner
    shot(*window, QStringLiteral("8-partnership-offered"));
    QVERIFY(child<QLabel>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityPartnerships"))->text().contains(QStringLiteral("Digital exchange")));
    QTest::mouseClick(child<QPushButton>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activitySave")), Qt::LeftButton);
    const auto created = repo.partnerships().findByName(QStringLiteral("Digital exchange"));
    QVERIFY(created);
    QCOMPARE(created->parties.size(), 2);
    QCOMPARE(created->parties.at(0).organisationId, gds.id);
    QCOMPARE(created->parties.at(1).organisationId, govtech.id);
    const Activity saved = repo.activities().list(0, 1).first();
    QCOMPARE(saved.partnershipIds, QList<qint64>{created->id});
    // One step: undo takes the partnership back with the activity.
    window->undoStack()->undo();
    QVERIFY(!repo.partnerships().findByName(QStringLiteral("Digital exchange")));
    QCOMPARE(repo.activities().count(), 0);

    // An existing partnership is linked by Enter, no question asked.
    window->undoStack()->redo();
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    focusField(partnership);
    typeText(QStringLiteral("Digital exchange"));
    press(Qt::Key_Return);
    QVERIFY(child<QLabel>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityPartnerships"))->text().startsWith(QStringLiteral("Digital exchange")));
    QVERIFY(partnership->text().isEmpty());
}

void TestQuickLog::newPersonInActivityGetsAffiliation()
{
    const Organisation govtech = organisation(QStringLiteral("Government Technology Agency"), QStringLiteral("GovTech"));
    auto window = openWindow();
    Repository &repo = window->repository();
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityTitle")), QStringLiteral("Workshop"));
    auto *personField = child<RecordPicker>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantPerson"));
    auto *organisationField = child<RecordPicker>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantOrganisation"));
    const QList<QPair<QString, QString>> typed = {{QStringLiteral("Lim Mei"), QStringLiteral("GovTech")},
                                                 {QStringLiteral("Raj Kumar"), QStringLiteral("Open Data Institute")}};
    for (const auto &[name, organisationName] : typed) {
        focusField(personField);
        typeText(name);
        focusField(organisationField);
        typeText(organisationName);
        QTest::mouseClick(child<QPushButton>(*window->listPage(QStringLiteral("activities")), QStringLiteral("participantAdd")), Qt::LeftButton);
    }
    QString question;
    liaison::test::answerNextMessageBox(QMessageBox::Yes, &question);
    QTest::mouseClick(child<QPushButton>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activitySave")), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("Affiliation: Lim Mei at")), qPrintable(question));
    const auto lim = repo.people().findByName(QStringLiteral("Lim Mei"));
    const auto raj = repo.people().findByName(QStringLiteral("Raj Kumar"));
    const auto odi = repo.organisations().findByName(QStringLiteral("Open Data Institute"));
    QVERIFY(lim && raj && odi);
    QCOMPARE(repo.affiliations().ofPerson(lim->id).size(), 1);
    QCOMPARE(repo.affiliations().ofPerson(lim->id).first().organisationId, govtech.id);
    QCOMPARE(repo.affiliations().ofPerson(raj->id).size(), 1);
    QCOMPARE(repo.affiliations().ofPerson(raj->id).first().organisationId, odi->id);
    // One undo takes all of it back.
    window->undoStack()->undo();
    QVERIFY(!repo.people().findByName(QStringLiteral("Lim Mei")));
    QCOMPARE(repo.affiliations().ofOrganisation(govtech.id).size(), 0);
}

void TestQuickLog::newFocusesTitle()
{
    auto window = openWindow();
    window->showPage(QStringLiteral("activities"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("activitiesNew")), Qt::LeftButton);
    QCOMPARE(focused(), child<QWidget>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityTitle")));
    typeText(QStringLiteral("Typed straight away"));
    QCOMPARE(child<QLineEdit>(*window->listPage(QStringLiteral("activities")), QStringLiteral("activityTitle"))->text(), QStringLiteral("Typed straight away"));
}

QTEST_MAIN(TestQuickLog)
#include "TestQuickLog.moc"
