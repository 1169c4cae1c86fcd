#include "ListPage.h"
#include "MainWindow.h"
#include "RecordListModel.h"
#include "editors/PartialDateEdit.h"
#include "editors/RecordEditor.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace liaison;
using liaison::test::TestDatabase;

// The one date field, typed into as people type dates: in the activity
// editor (typing over a selected date), the follow-up (offsets such as +2w),
// the calendar button and the activity filter bar. Real widgets, real database.
class TestDateField : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedOverASelectedDateIsStored_data();
    void typedOverASelectedDateIsStored();
    void followUpOffsets_data();
    void followUpOffsets();
    void textThatIsNotADateIsKeptAndRefused();
    void calendarOpensAtTheValueOrToday();
    void filterFromAndToTakeAYear();

private:
    template<typename T>
    T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    // The field's text box, selected whole and typed over, then Enter, as a
    // user does (on the old PartialDateEdit this is its QDateEdit's box).
    QLineEdit *typeOver(QWidget *dateField, const QString &text)
    {
        auto *edit = dateField->findChild<QLineEdit *>();
        if (!edit)
            qFatal("no text box in %s", qPrintable(dateField->objectName()));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        return edit;
    }
    void openActivity(qint64 id);
    // The Activities page (the Follow-ups page has an activity editor of its own).
    QWidget *activities() { return m_window->listPage(QStringLiteral("activities")); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_reception = 0; // stored on 4 Nov 2026, as in the report
};

void TestDateField::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // "30/11/2026" is read in the locale's order: a British user's here.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestDateField::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    LIAISON_REQUIRE_DATABASE(*m_db);
    auto db = std::make_unique<Database>();
    db->open(m_db->location());
    {
        Repository repo(*db);
        Activity reception;
        reception.kind = ActivityKind::Meeting;
        reception.title = QStringLiteral("Reception at the embassy");
        reception.when = DateSpan(PartialDate::day(2026, 11, 4));
        repo.activities().save(reception);
        m_reception = reception.id;
        Activity older;
        older.kind = ActivityKind::Meeting;
        older.title = QStringLiteral("Workshop in 2013");
        older.when = DateSpan(PartialDate::day(2013, 6, 1));
        repo.activities().save(older);
        Activity inYear;
        inYear.kind = ActivityKind::Meeting;
        inYear.title = QStringLiteral("Visit in 2014");
        inYear.when = DateSpan(PartialDate::day(2014, 9, 12));
        repo.activities().save(inYear);
    }
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestDateField::cleanup()
{
    // Whatever a case left typed is not asked about when the window goes.
    if (m_window)
        for (const QString &id : {QStringLiteral("activities"), QStringLiteral("followups")})
            if (ListPage *page = m_window->listPage(id))
                if (page->editor() && page->editor()->isDirty())
                    page->editor()->load(page->editor()->currentId());
    m_window.reset();
}

void TestDateField::openActivity(qint64 id)
{
    m_window->openRecord(QStringLiteral("activities"), id);
    QCOMPARE(m_window->listPage(QStringLiteral("activities"))->editor()->currentId(), id);
}

void TestDateField::typedOverASelectedDateIsStored_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<PartialDate>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("30 Nov 2026") << "30 Nov 2026" << PartialDate::day(2026, 11, 30) << "→ 30 Nov 2026, day";
    QTest::newRow("30/11/2026") << "30/11/2026" << PartialDate::day(2026, 11, 30) << "→ 30 Nov 2026, day";
    QTest::newRow("2026-11-30") << "2026-11-30" << PartialDate::day(2026, 11, 30) << "→ 30 Nov 2026, day";
    QTest::newRow("Nov 2026") << "Nov 2026" << PartialDate::month(2026, 11) << "→ Nov 2026, month";
    QTest::newRow("Q3 2014") << "Q3 2014" << PartialDate::quarter(2014, 3) << "→ Q3 2014, quarter";
    QTest::newRow("2014") << "2014" << PartialDate::year(2014) << "→ 2014, year";
    const PartialDate today(QDate::currentDate());
    QTest::newRow("today") << "today" << today << QStringLiteral("→ %1, day").arg(today.toDisplayString());
}

// Fails on the old code: typing over the selected date edited it section by
// section ("30 Nov 2026" over 4 Nov 2026 stored 4 Nov 2026), and the
// precision came from a separate box.
void TestDateField::typedOverASelectedDateIsStored()
{
    QFETCH(QString, typed);
    QFETCH(PartialDate, stored);
    QFETCH(QString, shown);
    openActivity(m_reception);
    auto *when = child<QWidget>(activities(), QStringLiteral("activityStart"));
    typeOver(when, typed);
    auto *result = when->findChild<QLabel *>(QStringLiteral("dateResult"));
    QVERIFY(result);
    QCOMPARE(result->text(), shown);
    QTest::mouseClick(child<QPushButton>(activities(), QStringLiteral("activitySave")), Qt::LeftButton);
    QCOMPARE(m_window->repository().activities().find(m_reception)->when.start(), stored);
    // Shown back as stored after the save.
    QCOMPARE(when->findChild<QLineEdit *>()->text(), stored.toDisplayString());
}

void TestDateField::followUpOffsets_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("due");
    const QDate today = QDate::currentDate();
    QTest::newRow("+2w") << "+2w" << today.addDays(14);
    QTest::newRow("+3d") << "+3d" << today.addDays(3);
    QTest::newRow("+1m") << "+1m" << today.addMonths(1);
    QTest::newRow("14 Dec 2026") << "14 Dec 2026" << QDate(2026, 12, 14);
}

// Fails on the old code: the follow-up box read "not set14Dec2026" and the
// date typed was thrown away (and the box was not ticked).
void TestDateField::followUpOffsets()
{
    QFETCH(QString, typed);
    QFETCH(QDate, due);
    openActivity(m_reception);
    auto *followUp = child<QWidget>(activities(), QStringLiteral("activityFollowUpDue"));
    QVERIFY(!child<QCheckBox>(activities(), QStringLiteral("activityHasFollowUp"))->isChecked());
    typeOver(followUp, typed);
    QVERIFY(child<QCheckBox>(activities(), QStringLiteral("activityHasFollowUp"))->isChecked());
    QTest::mouseClick(child<QPushButton>(activities(), QStringLiteral("activitySave")), Qt::LeftButton);
    QCOMPARE(m_window->repository().activities().find(m_reception)->followUpDue, due);
}

// What cannot be read is kept as typed, says why, and is not saved.
void TestDateField::textThatIsNotADateIsKeptAndRefused()
{
    openActivity(m_reception);
    auto *when = child<PartialDateEdit>(activities(), QStringLiteral("activityStart"));
    QLineEdit *edit = typeOver(when, QStringLiteral("next tuesday-ish"));
    QVERIFY(when->hasError());
    QVERIFY2(when->resultLabel()->text().startsWith(QStringLiteral("⚠")), qPrintable(when->resultLabel()->text()));
    QTest::mouseClick(child<QPushButton>(activities(), QStringLiteral("activitySave")), Qt::LeftButton);
    QCOMPARE(edit->text(), QStringLiteral("next tuesday-ish"));
    QVERIFY2(m_window->bannerText().contains(QStringLiteral("next tuesday-ish")), qPrintable(m_window->bannerText()));
    QCOMPARE(m_window->repository().activities().find(m_reception)->when.start(), PartialDate::day(2026, 11, 4));
}

// Fails on the old code: the follow-up and filter calendars opened at January 1900.
void TestDateField::calendarOpensAtTheValueOrToday()
{
    openActivity(m_reception);
    auto *followUp = child<QWidget>(activities(), QStringLiteral("activityFollowUpDue"));
    auto *button = followUp->findChild<QToolButton *>(QStringLiteral("dateCalendarButton"));
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *calendar = followUp->findChild<QCalendarWidget *>(QStringLiteral("dateCalendar"));
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->isVisible());
    const QDate today = QDate::currentDate();
    QCOMPARE(calendar->selectedDate(), today);
    QCOMPARE(calendar->yearShown(), today.year());
    QCOMPARE(calendar->monthShown(), today.month());
    // A day clicked becomes the value.
    calendar->setSelectedDate(today.addDays(10));
    emit calendar->clicked(today.addDays(10));
    QCOMPARE(static_cast<PartialDateEdit *>(followUp)->value(), PartialDate(today.addDays(10)));
    QVERIFY(!calendar->isVisible());

    // With a value, it opens there.
    auto *when = child<QWidget>(activities(), QStringLiteral("activityStart"));
    QTest::mouseClick(when->findChild<QToolButton *>(QStringLiteral("dateCalendarButton")), Qt::LeftButton);
    auto *whenCalendar = when->findChild<QCalendarWidget *>(QStringLiteral("dateCalendar"));
    QTRY_VERIFY(whenCalendar && whenCalendar->isVisible());
    QCOMPARE(whenCalendar->selectedDate(), QDate(2026, 11, 4));
    QCOMPARE(whenCalendar->monthShown(), 11);
    whenCalendar->window()->hide();

    // And the filter bar's, empty, at today.
    auto *from = child<QWidget>(activities(), QStringLiteral("activitiesFromFilter"));
    QTest::mouseClick(from->findChild<QToolButton *>(QStringLiteral("dateCalendarButton")), Qt::LeftButton);
    auto *fromCalendar = from->findChild<QCalendarWidget *>(QStringLiteral("dateCalendar"));
    QTRY_VERIFY(fromCalendar && fromCalendar->isVisible());
    QCOMPARE(fromCalendar->yearShown(), today.year());
    fromCalendar->window()->hide();
}

// Fails on the old code: the filter's from box refused "2014".
void TestDateField::filterFromAndToTakeAYear()
{
    m_window->showPage(QStringLiteral("activities"));
    ListPage *page = m_window->listPage(QStringLiteral("activities"));
    typeOver(child<QWidget>(page, QStringLiteral("activitiesFromFilter")), QStringLiteral("2014"));
    typeOver(child<QWidget>(page, QStringLiteral("activitiesToFilter")), QStringLiteral("2014"));
    const ActivityFilter filter = page->currentFilter();
    QCOMPARE(filter.from, QDate(2014, 1, 1));
    QCOMPARE(filter.to, QDate(2014, 12, 31));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, 0).data(RecordListModel::IdRole).toLongLong() != m_reception, true);
    QVERIFY(page->model()->index(0, 2).data().toString().contains(QStringLiteral("Visit in 2014"))
            || page->model()->index(0, 1).data().toString().contains(QStringLiteral("Visit in 2014")));
}

QTEST_MAIN(TestDateField)
#include "TestDateField.moc"
