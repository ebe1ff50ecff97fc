#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QSoundEffect;
class QSystemTrayIcon;

namespace ioc {

// Brings an alert to the officer: always the window's banner (the composition root shows
// `alerted`), a desktop notification through the freedesktop notification service where one
// runs (the system tray's balloon elsewhere), and for urgent reports a sound unless muted for
// the shift. Each report alerts once per kind.
class AlertCenter final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        UrgentReport,
        ClockRunningOut,
        Conflict,
        NotSatisfied, // a citizen rated a result "Không hài lòng" (13.3): the agency and the supervisors
    };
    Q_ENUM(Kind)

    explicit AlertCenter(QObject *parent = nullptr);
    ~AlertCenter() override;

    // Returns false when this report already alerted for this kind.
    bool raise(Kind kind, const QString &reportId, const QString &title, const QString &text);
    void setMuted(bool muted) { m_muted = muted; }
    bool isMuted() const { return m_muted; }
    // Whether a freedesktop notification service answered on the session bus.
    bool hasNotificationService() const;
    void reset() { m_raised.clear(); }

signals:
    void alerted(ioc::AlertCenter::Kind kind, const QString &reportId, const QString &text);

private:
    void notifyDesktop(const QString &title, const QString &text, bool critical);
    void playSound();

    QSet<QString> m_raised; // kind:reportId
    bool m_muted = false;
#ifdef IOC_HAS_MULTIMEDIA
    std::unique_ptr<QSoundEffect> m_sound;
#else
    QByteArray m_wav; // the alert's WAV, for PlaySound
#endif
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace ioc
