#pragma once

#include "channelsconfig.h"
#include "core/clock.h"
#include "notifications.h"
#include "secretbox.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace ioc::server {

class ServerDatabase;

// The Zalo OA tokens (migration 0016), shared by the server's instances and sealed at rest. An
// access token lives about a day; it is renewed with the refresh token, which works once, so
// every renewal's pair is stored before it is used, and one instance renews at a time.
class ZaloTokens final
{
public:
    ZaloTokens(ServerDatabase &database, const AuditKey *auditKey, const core::Clock &clock);

    struct State
    {
        QByteArray accessToken; // empty: none yet, or rejected
        QByteArray refreshToken;
        qint64 expiresAt = 0; // ms since the epoch
        qint64 version = 0;
        qint64 renewingUntil = 0; // another instance's renewal, if in the future
    };

    // Stores `refreshToken` (the refresh token file) when there is no pair yet, or when the file
    // is not the one last seeded from: the OA's administrator authorised the server again.
    bool seed(const QByteArray &refreshToken, QString *error);
    std::optional<State> current(QString *error) const;
    // Claims the renewal of pair `version` for `leaseMs`: false when another instance holds it
    // or the pair changed since it was read.
    bool claimRenewal(qint64 version, qint64 leaseMs, QString *error);
    // The renewed pair, where `version` is still the stored one; raises the version.
    bool storeRenewal(qint64 version, const QByteArray &accessToken, const QByteArray &refreshToken, qint64 expiresAt,
                      QString *error);
    bool releaseRenewal(qint64 version, QString *error);
    // Zalo refused the access token of pair `version`: it is renewed before the next message.
    bool markRejected(qint64 version, QString *error);

private:
    ServerDatabase &m_database;
    SecretBox m_box;
    const core::Clock &m_clock;
};

// Sends Zalo OA consultation messages ("message/cs"), renewing the access token when it is
// missing, about to lapse, or refused. Zalo's API takes no idempotency key: a resend after a
// crash between Zalo's answer and the outbox's record reaches the user twice.
class ZaloSender final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool sent = false;
        QString error;
        bool retry = false;
        int retryAfterSeconds = 0;
    };
    using Done = std::function<void(const Outcome &)>;

    ZaloSender(ZaloChannel config, ZaloTokens &tokens, const core::Clock &clock, QNetworkAccessManager &network,
               QObject *parent = nullptr);
    // Seeds the tokens from the configured refresh token file (at start).
    bool start(QString *error);
    void send(const Notification &message, Done done) { send(message, std::move(done), false); }

    // What Zalo's answer to a message means for it.
    static Outcome judgeAnswer(int status, const QByteArray &answer, bool *tokenRejected);
    // The message's text as Zalo takes it: at most 2,000 characters.
    static QString messageText(const QString &body);

private:
    struct Waiting
    {
        Notification message;
        Done done;
        bool again; // sent once already, with a token Zalo refused
    };
    void send(const Notification &message, Done done, bool again);
    void deliver(const ZaloTokens::State &tokens, const Notification &message, Done done, bool again);
    void renew(const ZaloTokens::State &tokens);
    void endRenewal(const Outcome &failure);
    QNetworkRequest request(const QUrl &url) const;

    ZaloChannel m_config;
    ZaloTokens &m_tokens;
    const core::Clock &m_clock;
    QNetworkAccessManager &m_network;
    bool m_renewing = false;
    QList<Waiting> m_waiting; // for this instance's renewal
};

} // namespace ioc::server
