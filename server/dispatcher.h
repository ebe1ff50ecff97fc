#pragma once

#include "channelsconfig.h"
#include "core/clock.h"
#include "notifications.h"
#include "zalo.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

namespace ioc::server {

// Delivers the outbox: claims due messages, sends them, and records each outcome; retries with
// backoff, honours 429's Retry-After, gives up after the configured attempts or on a refusal no
// retry mends. Each request carries the message's id as Idempotency-Key, so a gateway can tell a
// resend after a crash (a claim that lapsed) from a new message.
class NotificationDispatcher final : public QObject
{
    Q_OBJECT

public:
    // `zaloTokens`: where the Zalo channel's tokens live (needed when it is configured).
    NotificationDispatcher(Notifications &notifications, ChannelsConfig config, const core::Clock &clock,
                           ZaloTokens *zaloTokens = nullptr, QObject *parent = nullptr);
    // Starts polling; false with `error` if a channel cannot start (the Zalo tokens' store).
    bool start(QString *error);
    // One pass: claims what is due and sends it.
    void poll();

    // The body a channel's template makes for a message (what a gateway receives).
    static QByteArray requestBody(const QString &bodyTemplate, const Notification &message);

private:
    void send(const HttpChannel &channel, const Notification &message);
    void sendEmail(const SmtpChannel &channel, const Notification &message);
    void sendZalo(const Notification &message);
    // A request ended: its room freed, and its outcome recorded.
    void finished(const Notification &message, bool sent, const QString &why = {}, bool retry = false,
                  int retryAfterSeconds = 0);
    void succeeded(const Notification &message);
    void failed(const Notification &message, const QString &why, bool retry, int retryAfterSeconds = 0);

    Notifications &m_notifications;
    ChannelsConfig m_config;
    const core::Clock &m_clock;
    QNetworkAccessManager m_network;
    // libcurl's blocking sends: a pool of their own, so that a relay that hangs never holds the
    // threads that hash sign-in passwords (the global pool).
    QThreadPool m_smtpThreads;
    std::unique_ptr<ZaloSender> m_zalo;
    QTimer m_timer;
    // A request ended: with a backlog, claim more at once instead of at the next tick.
    void settle();

    int m_inFlight = 0;
    bool m_backlog = false; // the last claim took all the room there was: more may be due
    bool m_pollQueued = false;
};

} // namespace ioc::server
