// The real ioc-console process under Xvfb (a real X server, not the offscreen platform), signed in
// to the real ioc-server with demo data: it must save its screenshots once the queue is loaded,
// and they must show the loaded queue. The pictures are kept in the build tree
// (tests/ui/screenshots/) for people to look at.
#include "support/testserver.h"

#include <QColor>
#include <QDate>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScreenshot final : public QObject
{
    Q_OBJECT

private slots:
    void mainWindowWithTheLoadedDemo()
    {
        if (QStandardPaths::findExecutable(u"xvfb-run"_s).isEmpty()) {
            QFAIL("xvfb-run is missing: ./ioc setup installs it (package xvfb)");
        }
        ioc::test::TestServer server;
        server.start();
        QTemporaryDir dir;
        QFile password(dir.filePath(u"password"_s));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write("demo");
        password.close();
        QFile passphrase(dir.filePath(u"passphrase"_s));
        QVERIFY(passphrase.open(QIODevice::WriteOnly));
        passphrase.write("screenshot test profile");
        passphrase.close();
        const QString shots = QDir(QCoreApplication::applicationDirPath()).filePath(u"screenshots"_s);
        QDir(shots).removeRecursively();

        const QString output = runConsole(server, dir, u"truc1"_s, shots);
        QVERIFY(!QTest::currentTestFailed());
        const QString mainPath = QDir(shots).filePath(u"main-window.png"_s);
        QVERIFY2(output.contains(mainPath), qPrintable(output));
        qInfo("screenshots: %s", qPrintable(output.trimmed().replace(u'\n', u' ')));

        QImage image(mainPath);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 950));
        // The loaded queue: urgent rows carry a red bar at the table's left edge and a tinted
        // background.
        int redBar = 0;
        int tinted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < 16; ++x) {
                const QColor left = image.pixelColor(x, y);
                if (left.red() > 180 && left.green() < 80 && left.blue() < 80) {
                    ++redBar;
                    break;
                }
            }
            const QColor row = image.pixelColor(600, y);
            tinted += row == QColor(0xfd, 0xec, 0xea) ? 1 : 0;
        }
        QVERIFY2(redBar > 100, qPrintable(QString::number(redBar)));
        QVERIFY2(tinted > 20, qPrintable(QString::number(tinted)));
        // The picture is not empty: many distinct colours (text, rows, detail).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));

        // The map at province zoom: the demo basemap's land and sea came over HTTPS from the
        // server, with pins or clusters on top; at street zoom too.
        for (const QString &name : {u"map-province.png"_s, u"map-street.png"_s}) {
            const QImage map(QDir(shots).filePath(name));
            QVERIFY2(!map.isNull(), qPrintable(name));
            int land = 0;
            int pins = 0;
            for (int y = 0; y < map.height(); y += 2) {
                for (int x = 0; x < map.width(); x += 2) {
                    const QColor c = map.pixelColor(x, y);
                    land += c == QColor(0xf2, 0xef, 0xe9) ? 1 : 0;
                    const bool blue = c.blue() > 150 && c.red() < 90 && c.green() < 140; // clusters, pins
                    const bool orange = c.red() > 200 && c.green() > 80 && c.green() < 140 && c.blue() < 80;
                    pins += blue || orange ? 1 : 0;
                }
            }
            QVERIFY2(land > 1000, qPrintable(name + u": land "_s + QString::number(land)));
            QVERIFY2(pins > 5, qPrintable(name + u": pins "_s + QString::number(pins)));
        }

        // The verification dialog (with the report's photo), the rejection with its reply, the
        // intake form, the distribution dialog.
        for (const QString &name :
             {u"verification.png"_s, u"reject.png"_s, u"intake.png"_s, u"distribution.png"_s, u"publication.png"_s}) {
            const QImage shot(QDir(shots).filePath(name));
            QVERIFY2(!shot.isNull() && shot.width() > 400 && shot.height() > 300, qPrintable(name));
        }
        // The hotline's look-up: the queue with a caller's number, and the dialog asking why.
        const QImage phone(QDir(shots).filePath(u"queue-phone.png"_s));
        QVERIFY(!phone.isNull() && phone.width() > 800);
        const QImage lookup(QDir(shots).filePath(u"phone-lookup.png"_s));
        QVERIFY(!lookup.isNull() && lookup.width() > 200 && lookup.height() > 100);

        // The lock screen shows no report: far fewer colours than the queue.
        QImage lock(QDir(shots).filePath(u"lock-screen.png"_s));
        QVERIFY(!lock.isNull());
        QSet<QRgb> lockColours;
        for (int y = 0; y < lock.height(); y += 3) {
            for (int x = 0; x < lock.width(); x += 3) {
                lockColours.insert(lock.pixel(x, y));
            }
        }
        QVERIFY2(lockColours.size() < colours.size() / 2,
                 qPrintable(u"%1 vs %2"_s.arg(lockColours.size()).arg(colours.size())));

        // A supervisor's workstation: the dashboard, each tab, light and dark.
        const QString supervisorShots = QDir(shots).filePath(u"supervisor"_s);
        const QString supervisorOutput = runConsole(server, dir, u"giamsat1"_s, supervisorShots);
        QVERIFY(!QTest::currentTestFailed());
        for (const QString &tab : {u"now"_s, u"trend"_s, u"evaluation"_s}) {
            for (const QString &palette : {QString(), u"-dark"_s}) {
                const QString name = u"dashboard-%1%2.png"_s.arg(tab, palette);
                const QImage shot(QDir(supervisorShots).filePath(name));
                QVERIFY2(!shot.isNull() && shot.width() >= 1200 && shot.height() >= 700,
                         qPrintable(name + u'\n' + supervisorOutput));
                // Dark is dark: the average lightness tells the palettes apart.
                qint64 lightness = 0;
                int samples = 0;
                for (int y = 0; y < shot.height(); y += 7) {
                    for (int x = 0; x < shot.width(); x += 7) {
                        lightness += shot.pixelColor(x, y).lightness();
                        ++samples;
                    }
                }
                const qint64 average = lightness / samples;
                QVERIFY2(palette.isEmpty() ? average > 150 : average < 110,
                         qPrintable(name + u": lightness "_s + QString::number(average)));
            }
        }
        // The monthly report of the supervisor's synced profile, headless, and its first page as
        // a picture (poppler's pdftoppm).
        const QString pdf = QDir(supervisorShots).filePath(u"bao-cao-thang.pdf"_s);
        QProcess admin;
        admin.setProcessChannelMode(QProcess::MergedChannels);
        admin.start(qEnvironmentVariable("IOC_ADMIN"),
                    {u"report"_s, u"--profile"_s, dir.filePath(u"profile-giamsat1"_s), u"--passphrase-file"_s,
                     dir.filePath(u"passphrase"_s), u"--kind"_s, u"monthly"_s, u"--period"_s,
                     QDate::currentDate().toString(u"yyyy-MM"_s), u"--format"_s, u"pdf"_s, u"--out"_s, pdf});
        QVERIFY(admin.waitForFinished(120000));
        QVERIFY2(admin.exitCode() == 0, admin.readAll().constData());
        QProcess pdftoppm;
        pdftoppm.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"80"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s,
                                       pdf, QDir(supervisorShots).filePath(u"monthly-report-page1"_s)});
        QVERIFY(pdftoppm.waitForFinished(60000));
        const QImage page(QDir(supervisorShots).filePath(u"monthly-report-page1.png"_s));
        QVERIFY2(!page.isNull() && page.height() > page.width(), "the first page of the monthly report (A4)");

        // An agency's workstation: its processing dialog with the result editor.
        const QString agencyShots = QDir(shots).filePath(u"agency"_s);
        const QString agencyOutput = runConsole(server, dir, u"xuly1"_s, agencyShots);
        QVERIFY(!QTest::currentTestFailed());
        const QImage processing(QDir(agencyShots).filePath(u"processing.png"_s));
        QVERIFY2(!processing.isNull() && processing.width() > 400 && processing.height() > 300,
                 qPrintable(agencyOutput));
    }

private:
    // The console under Xvfb signed in as `user`, saving its screenshots into `shots`; its output.
    static QString runConsole(const ioc::test::TestServer &server, const QTemporaryDir &dir, const QString &user,
                              const QString &shots)
    {
        QProcess console;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s);                            // xcb on the Xvfb display
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)); // no user settings
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        console.setProcessEnvironment(environment);
        console.start(u"xvfb-run"_s, {u"-a"_s,
                                      u"-s"_s,
                                      u"-screen 0 1600x1000x24"_s,
                                      qEnvironmentVariable("IOC_CONSOLE"),
                                      u"--server"_s,
                                      server.url().toString(),
                                      u"--user"_s,
                                      user,
                                      u"--password-file"_s,
                                      dir.filePath(u"password"_s),
                                      u"--ca"_s,
                                      ioc::test::TestCertificates::instance().caFile(),
                                      u"--profile"_s,
                                      dir.filePath(u"profile-"_s + user),
                                      u"--profile-passphrase-file"_s,
                                      dir.filePath(u"passphrase"_s),
                                      u"--language"_s,
                                      u"vi"_s,
                                      u"--screenshot-dir"_s,
                                      shots});
        if (!console.waitForFinished(180000)) {
            QTest::qFail("the console did not finish", __FILE__, __LINE__);
            return {};
        }
        if (console.exitCode() != 0) {
            QTest::qFail(console.readAllStandardError().constData(), __FILE__, __LINE__);
            return {};
        }
        return QString::fromUtf8(console.readAllStandardOutput());
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "testscreenshot.moc"
