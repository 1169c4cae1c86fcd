#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The desktop files validate, the icons render, and the .deb holds what a
// desktop needs and depends on what Liaison loads at run time.
class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryValidates();
    void metainfoValidates();
    void iconsAreRendered_data();
    void iconsAreRendered();
    void debianPackage();

private:
    static QString run(const QString &program, const QStringList &arguments, int *exitCode,
                       const QString &workingDirectory = {});
};

QString TestPackaging::run(const QString &program, const QStringList &arguments, int *exitCode,
                           const QString &workingDirectory)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForFinished(300000)) {
        *exitCode = -1;
        return QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return QString::fromUtf8(process.readAll());
}

void TestPackaging::desktopEntryValidates()
{
    int code = 0;
    const QString out = run(QStringLiteral("desktop-file-validate"),
                            {QStringLiteral(SOURCE_DIR "/packaging/app.liaison.Liaison.desktop")}, &code);
    QVERIFY2(code == 0 && out.trimmed().isEmpty(), qPrintable(out));
}

void TestPackaging::metainfoValidates()
{
    int code = 0;
    const QString out = run(QStringLiteral("appstreamcli"),
                            {QStringLiteral("validate"), QStringLiteral("--no-net"),
                             QStringLiteral(SOURCE_DIR "/packaging/app.liaison.Liaison.metainfo.xml")},
                            &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("successful")), qPrintable(out));
}

void TestPackaging::iconsAreRendered_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 32, 48, 128, 256, 512})
        QTest::addRow("%dpx", size) << size;
}

void TestPackaging::iconsAreRendered()
{
    QFETCH(int, size);
    const QImage image(QStringLiteral(BINARY_DIR "/packaging/icons/%1x%1/apps/liaison.png").arg(size));
    QCOMPARE(image.size(), QSize(size, size));
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // rounded corner: transparent
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
}

void TestPackaging::debianPackage()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    int code = 0;
    QString log = run(QStringLiteral("cpack"), {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"),
                                                out.path()},
                      &code, QStringLiteral(BINARY_DIR));
    QVERIFY2(code == 0, qPrintable(log));
    const QStringList debs = QDir(out.path()).entryList({QStringLiteral("liaison_*.deb")});
    QCOMPARE(debs.size(), 1);
    const QString deb = out.filePath(debs.first());

    const QString contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb}, &code);
    QCOMPARE(code, 0);
    for (const char *path : {"./usr/bin/liaison", "./usr/share/applications/app.liaison.Liaison.desktop",
                             "./usr/share/metainfo/app.liaison.Liaison.metainfo.xml",
                             "./usr/share/icons/hicolor/scalable/apps/app.liaison.Liaison.svg",
                             "./usr/share/icons/hicolor/48x48/apps/app.liaison.Liaison.png",
                             "./usr/share/mime/packages/app.liaison.Liaison.xml",
                             "./usr/share/doc/liaison/copyright"})
        QVERIFY2(contents.contains(QLatin1String(path)), path);
    // No build tool or test sneaks into the package.
    QVERIFY(!contents.contains(QLatin1String("icon_renderer")));
    QVERIFY(!contents.contains(QLatin1String("Test")));

    const QString depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Depends")}, &code);
    QCOMPARE(code, 0);
    for (const char *package : {"libqt6core6", "libqt6widgets6", "libqt6sql6 ", "libqt6sql6-sqlite", "libqt6sql6-psql",
                                "qt6-qpa-plugins", "fonts-noto-cjk", "fonts-noto-core", "libc6"})
        QVERIFY2(depends.contains(QLatin1String(package).trimmed()), qPrintable(package + QStringLiteral(" in ") + depends));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "TestPackaging.moc"
