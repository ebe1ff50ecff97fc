#pragma once

#include "core/clock.h"
#include "notifications.h"
#include "smtpsender.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace ioc::server {

// One outbound channel delivered by an HTTPS request (docs/channels.md): an SMS gateway, and
// later the Zalo OA adapter. The body is a JSON template whose {{recipient}}, {{body}},
// {{subject}} and {{id}} become JSON strings; the secret for the auth header comes from a file.
struct HttpChannel
{
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray authHeader; // e.g. "Authorization"
    QByteArray authValue;  // its prefix and the file's first line, e.g. "Bearer <token>"
    QString bodyTemplate;  // JSON with {{…}} placeholders
    QList<int> successStatuses{200, 201, 202};
    bool jsonAnswer = true; // a success must answer JSON (a gateway that answers garbage may not have taken it)
    int timeoutSeconds = 15;
    QList<QSslCertificate> extraCas;
};

// What --channels FILE configures: the channels and how messages are retried.
struct ChannelsConfig
{
    QHash<QString, HttpChannel> http; // "sms" (and later "zalo")
    std::optional<SmtpChannel> email;
    int attempts = 6; // then given up
    QList<int> retrySeconds{30, 120, 600, 1800, 3600};
    int leaseSeconds = 120; // a claim lapses after this: an instance that died while sending
    int pollMs = 1000;
    int maxInFlight = 32;

    // Reads the JSON file (secrets from the files it names); nothing and one line in `error` if
    // it is wrong.
    static std::optional<ChannelsConfig> fromFile(const QString &path, QString *error);
    QSet<QString> channels() const;
};

// Delivers the outbox: claims due messages, sends them, and records each outcome; retries with
// backoff, honours 429's Retry-After, gives up after the configured attempts or on a refusal no
// retry mends. Each request carries the message's id as Idempotency-Key, so a gateway can tell a
// resend after a crash (a claim that lapsed) from a new message.
class NotificationDispatcher final : public QObject
{
    Q_OBJECT

public:
    NotificationDispatcher(Notifications &notifications, ChannelsConfig config, const core::Clock &clock,
                           QObject *parent = nullptr);
    void start();
    // One pass: claims what is due and sends it.
    void poll();

    // The body a channel's template makes for a message (what a gateway receives).
    static QByteArray requestBody(const QString &bodyTemplate, const Notification &message);

signals:
    // A message was recorded sent or given up (tests and metrics).
    void settled(const QString &id, bool sent);

private:
    void send(const HttpChannel &channel, const Notification &message);
    void sendEmail(const SmtpChannel &channel, const Notification &message);
    void succeeded(const Notification &message);
    void failed(const Notification &message, const QString &why, bool retry, int retryAfterSeconds = 0);

    Notifications &m_notifications;
    ChannelsConfig m_config;
    const core::Clock &m_clock;
    QNetworkAccessManager m_network;
    // libcurl's blocking sends: a pool of their own, so that a relay that hangs never holds the
    // threads that hash sign-in passwords (the global pool).
    QThreadPool m_smtpThreads;
    QTimer m_timer;
    // A request ended: with a backlog, claim more at once instead of at the next tick.
    void settle();

    int m_inFlight = 0;
    bool m_backlog = false; // the last claim took all the room there was: more may be due
    bool m_pollQueued = false;
};

} // namespace ioc::server
