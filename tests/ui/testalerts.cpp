// Alerts reach the desktop through the freedesktop notification service. The test runs on a
// private D-Bus session (dbus-run-session); the notification *daemon* on it is a stand-in
// registered by this test, because no real one runs headless — the bus, the message and the
// console's side are real.
#include "alertcenter.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class FakeNotificationDaemon final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notice
    {
        QString summary;
        QString body;
        uchar urgency = 0;
    };
    QList<Notice> notices;

public slots:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &hints, int)
    {
        notices.append({summary, body, hints.value(u"urgency"_s).value<uchar>()});
        return uint(notices.size());
    }
};

class TestAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void withoutAServiceOnlyTheBannerShows()
    {
        ioc::AlertCenter alerts;
        QVERIFY(!alerts.hasNotificationService());
        QSignalSpy alerted(&alerts, &ioc::AlertCenter::alerted);
        alerts.setMuted(true);
        QVERIFY(alerts.raise(ioc::AlertCenter::Kind::UrgentReport, u"r1"_s, u"Phản ánh khẩn"_s, u"PA-1: Cháy"_s));
        QCOMPARE(alerted.count(), 1); // the window's banner shows every alert
        // Once per report and kind.
        QVERIFY(!alerts.raise(ioc::AlertCenter::Kind::UrgentReport, u"r1"_s, u"Phản ánh khẩn"_s, u"PA-1: Cháy"_s));
        QVERIFY(alerts.raise(ioc::AlertCenter::Kind::ClockRunningOut, u"r1"_s, u"Sắp đến hạn"_s, u"PA-1"_s));
        QCOMPARE(alerted.count(), 2);
    }

    void desktopNotificationsThroughTheSessionBus()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected()) {
            QFAIL("no D-Bus session: the test runs under dbus-run-session (see tests/CMakeLists.txt)");
        }
        FakeNotificationDaemon daemon;
        QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &daemon, QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));

        ioc::AlertCenter alerts;
        alerts.setMuted(true);
        QVERIFY(alerts.hasNotificationService());
        alerts.raise(ioc::AlertCenter::Kind::UrgentReport, u"r7"_s, u"Phản ánh khẩn"_s, u"PA-2026-000007: Cháy nhà"_s);
        alerts.raise(ioc::AlertCenter::Kind::Conflict, u"r8"_s, u"Xung đột"_s, u"PA-2026-000008"_s);
        QTRY_COMPARE(daemon.notices.size(), 2);
        QCOMPARE(daemon.notices.at(0).summary, u"Phản ánh khẩn"_s);
        QCOMPARE(daemon.notices.at(0).body, u"PA-2026-000007: Cháy nhà"_s);
        QCOMPARE(int(daemon.notices.at(0).urgency), 2); // critical
        QCOMPARE(int(daemon.notices.at(1).urgency), 1);
        bus.unregisterService(u"org.freedesktop.Notifications"_s);
    }
};

QTEST_MAIN(TestAlerts)
#include "testalerts.moc"
