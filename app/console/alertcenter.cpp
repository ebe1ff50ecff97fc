#include "alertcenter.h"

#include <QApplication>
#ifdef IOC_HAS_MULTIMEDIA
#include <QSoundEffect>
#else
#include <QFile>
#endif
#include <QSystemTrayIcon>
#include <QUrl>
#if !defined(IOC_HAS_MULTIMEDIA) && defined(Q_OS_WIN)
#include <windows.h>
// after windows.h, whose types it uses
#include <mmsystem.h>
#endif
#ifdef IOC_HAS_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#endif

using namespace Qt::StringLiterals;

namespace ioc {

namespace {
#ifdef IOC_HAS_DBUS
const QString notificationService = u"org.freedesktop.Notifications"_s;
#endif
} // namespace

AlertCenter::AlertCenter(QObject *parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setObjectName(u"alertTray"_s);
        m_tray->show();
    }
}

AlertCenter::~AlertCenter() = default;

bool AlertCenter::raise(Kind kind, const QString &reportId, const QString &title, const QString &text)
{
    const QString key = QString::number(int(kind)) + u':' + reportId;
    if (m_raised.contains(key)) {
        return false;
    }
    m_raised.insert(key);
    emit alerted(kind, reportId, text);
    notifyDesktop(title, text, kind == Kind::UrgentReport);
    if (kind == Kind::UrgentReport && !m_muted) {
        playSound();
    }
    return true;
}

bool AlertCenter::hasNotificationService() const
{
#ifdef IOC_HAS_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() != nullptr &&
           bus.interface()->isServiceRegistered(notificationService).value();
#else
    return false;
#endif
}

void AlertCenter::notifyDesktop(const QString &title, const QString &text, bool critical)
{
#ifdef IOC_HAS_DBUS
    if (hasNotificationService()) {
        QDBusMessage message = QDBusMessage::createMethodCall(notificationService, u"/org/freedesktop/Notifications"_s,
                                                              notificationService, u"Notify"_s);
        QVariantMap hints;
        hints.insert(u"urgency"_s, QVariant::fromValue(uchar(critical ? 2 : 1)));
        hints.insert(u"desktop-entry"_s, u"ioc-console"_s);
        message << QCoreApplication::applicationName() << uint(0) << u"ioc-console"_s << title << text << QStringList()
                << hints << int(critical ? 0 : 10000);
        QDBusConnection::sessionBus().asyncCall(message);
        return;
    }
#endif
    if (m_tray != nullptr) {
        m_tray->showMessage(title, text, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
    }
}

void AlertCenter::playSound()
{
#ifdef IOC_HAS_MULTIMEDIA
    if (!m_sound) {
        m_sound = std::make_unique<QSoundEffect>();
        m_sound->setSource(QUrl(u"qrc:/sounds/urgent.wav"_s));
        m_sound->setVolume(0.8f);
    }
    m_sound->play();
#else
    // A build without Qt Multimedia (a Windows toolchain that lacks it, docs/windows.md): the
    // same sound through Windows' PlaySound, from memory and without waiting; the bytes stay
    // with the alert centre while it plays.
    if (m_wav.isEmpty()) {
        QFile file(u":/sounds/urgent.wav"_s);
        if (file.open(QIODevice::ReadOnly)) {
            m_wav = file.readAll();
        }
    }
#ifdef Q_OS_WIN
    if (!m_wav.isEmpty() &&
        PlaySoundW(reinterpret_cast<LPCWSTR>(m_wav.constData()), nullptr, SND_MEMORY | SND_ASYNC | SND_NODEFAULT)) {
        return;
    }
#endif
    QApplication::beep();
#endif
}

} // namespace ioc
