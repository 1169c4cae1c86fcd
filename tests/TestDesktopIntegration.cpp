#include "AboutDialog.h"
#include "MainWindow.h"
#include "Translations.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

using namespace liaison;
using liaison::test::TestDatabase;

// What a desktop user meets around the records: the icon, About, translations.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void iconIsCompiledIn();
    void aboutShowsVersionAndLicence();
    void translationIsBuiltAndLoaded();
    void missingTranslationFallsBackToEnglish();
    void mainWidgetsHaveAccessibleNames();

private:
    static QStringList menuTitles(const QMainWindow &window);
};

QStringList TestDesktopIntegration::menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

void TestDesktopIntegration::iconIsCompiledIn()
{
    const QIcon icon(QStringLiteral(":/icons/liaison.svg"));
    const QImage image = icon.pixmap(64, 64).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    // Not blank: the rings are drawn in opaque colour somewhere near the middle.
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) == 255;
    QVERIFY2(opaque > 64 * 64 / 2, qPrintable(QString::number(opaque)));
}

void TestDesktopIntegration::aboutShowsVersionAndLicence()
{
    AboutDialog dialog;
    auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
    QVERIFY(text);
    QVERIFY(text->text().contains(QStringLiteral(LIAISON_VERSION)));
    QVERIFY(text->text().contains(QLatin1String("General Public License")));
    QVERIFY(text->text().contains(QString::fromLatin1(qVersion())));
}

void TestDesktopIntegration::translationIsBuiltAndLoaded()
{
    // lrelease ran at build time and the .qm is compiled in.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/liaison_fr.qm")));
    QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France)));

    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto db = std::make_unique<Database>();
    db->open(testDb.location());
    MainWindow window(std::move(db));
    QVERIFY2(menuTitles(window).contains(QStringLiteral("&Fichier")), qPrintable(menuTitles(window).join(u',')));

    // Undo for the next test: remove every installed translator.
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
}

void TestDesktopIntegration::missingTranslationFallsBackToEnglish()
{
    QVERIFY(!Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Zulu, QLocale::SouthAfrica)));
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto db = std::make_unique<Database>();
    db->open(testDb.location());
    MainWindow window(std::move(db));
    QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
}

void TestDesktopIntegration::mainWidgetsHaveAccessibleNames()
{
    TestDatabase testDb;
    LIAISON_REQUIRE_DATABASE(testDb);
    auto db = std::make_unique<Database>();
    db->open(testDb.location());
    MainWindow window(std::move(db));
    // What a screen reader announces: navigation, every list and search box, the timeline.
    QStringList names = {QStringLiteral("navigation"), QStringLiteral("timelinePage")};
    for (const char *page : {"organisations", "people", "partnerships", "activities", "followups"})
        names << QLatin1String(page) + QStringLiteral("List");
    for (const QString &name : names) {
        auto *widget = window.findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    const QList<QLineEdit *> edits = window.findChildren<QLineEdit *>();
    int searchBoxes = 0;
    for (QLineEdit *edit : edits) {
        if (edit->placeholderText().startsWith(QLatin1String("Search"))) {
            ++searchBoxes;
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->placeholderText()));
        }
    }
    QVERIFY(searchBoxes >= 5);
}

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"
