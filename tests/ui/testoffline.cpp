// Issue 27 §7: the officer knows within seconds that the server is gone, whether it was killed
// (connections refused and reset) or went silent (SIGSTOP: its sockets stay open and say
// nothing), and knows within seconds that it is back. Work goes on meanwhile: an action taken
// offline is queued, and sent once the server answers again. The real server, on the same port
// when it comes back; the real console window.

#include "consoleapplication.h"
#include "consolecontroller.h"
#include "models/queuemodel.h"
#include "support/consolegui.h"
#include "support/testserver.h"
#include "ui/mainwindow.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ioc;
using namespace Qt::StringLiterals;

class TestOffline final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"testoffline"_s);
        m_server.start();
        m_port = m_server.url().port();
        // When it comes back, it comes back where the console knows it.
        m_server.setExtraArguments({u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)});
        m_window = test::startConsole(m_console, m_dir.path(), m_server.url(), u"truc1"_s);
        QVERIFY(m_window);
        m_connection = m_window->findChild<QLabel *>(u"connectionStatus"_s);
        m_lastSync = m_window->findChild<QLabel *>(u"lastSyncStatus"_s);
        QVERIFY(m_connection != nullptr && m_lastSync != nullptr);
        QTRY_COMPARE(m_connection->text(), u"Trực tuyến"_s);
    }

    void cleanupTestCase()
    {
        signalServer(SIGCONT);
        m_window->close();
        m_server.stop();
    }

    void aKilledServerIsOfflineWithinSecondsAndTheWorkGoesOn()
    {
        QVERIFY2(m_lastSync->text().startsWith(u"Đồng bộ lần cuối "_s), qPrintable(m_lastSync->text()));
        const QString lastSync = m_lastSync->text();
        QElapsedTimer gone;
        gone.start();
        QVERIFY(signalServer(SIGKILL));
        QTRY_VERIFY_WITH_TIMEOUT(isOffline(), 5000);
        qInfo("offline after %lld ms", gone.elapsed());
        QCOMPARE(m_lastSync->text(), lastSync); // the last sync that landed, still said
        m_server.stop();                        // reaped

        // Offline, an action is queued as before.
        const QString id = m_console.controller()->model().idAt(0);
        QString error;
        QVERIFY2(m_console.controller()->session().act(id, u"add_note"_s, {{u"text"_s, u"Ghi chú khi mất kết nối"_s}},
                                                       &error),
                 qPrintable(error));
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"outboxStatus"_s)->text().startsWith(u"Chờ gửi 1 "_s));
        QVERIFY(isOffline());

        m_server.start(); // health answers: the server is back
        QElapsedTimer back;
        back.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->text(), u"Trực tuyến"_s, 5000);
        qInfo("online after %lld ms", back.elapsed());
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"outboxStatus"_s)->text().startsWith(u"Chờ gửi 0 "_s));
        QTRY_VERIFY(m_lastSync->text() != lastSync); // seconds later
    }

    void aSilentServerIsOfflineWithinSecondsAndSaysSoUntilItAnswers()
    {
        QTRY_COMPARE(m_connection->text(), u"Trực tuyến"_s);
        QElapsedTimer gone;
        gone.start();
        QVERIFY(signalServer(SIGSTOP));
        QTRY_VERIFY_WITH_TIMEOUT(isOffline(), 8000);
        qInfo("offline after %lld ms", gone.elapsed());
        // Retries while it stays silent never say "synchronising" for a server that is not there.
        QElapsedTimer watch;
        watch.start();
        while (watch.elapsed() < 4000) {
            QTest::qWait(100);
            QVERIFY2(isOffline(), qPrintable(m_connection->text()));
        }
        QVERIFY(signalServer(SIGCONT));
        QElapsedTimer back;
        back.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->text(), u"Trực tuyến"_s, 5000);
        qInfo("online after %lld ms", back.elapsed());
    }

private:
    // Never kill(0, …): a server that does not run has no pid, and 0 is this process group.
    bool signalServer(int signal)
    {
        const qint64 pid = m_server.pid();
        return pid > 0 && ::kill(pid_t(pid), signal) == 0;
    }
    bool isOffline() const { return m_connection->text().startsWith(u"Ngoại tuyến"_s); }

    test::TestServer m_server;
    int m_port = 0;
    QTemporaryDir m_dir;
    ConsoleApplication m_console;
    ui::MainWindow *m_window = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_lastSync = nullptr;
};

QTEST_MAIN(TestOffline)
#include "testoffline.moc"
