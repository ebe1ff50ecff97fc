#pragma once

#include "smtpsender.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ioc::server {

// One outbound channel delivered by an HTTPS request (docs/channels.md): an SMS gateway. The body is a JSON template
// whose {{recipient}}, {{body}},
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
    // The system's CAs and those of `ca_file`, made once when the file is read; none: the default.
    std::optional<QSslConfiguration> tls;
};

// Zalo Official Account messages (docs/channels.md): the OA API's consultation message, sent with
// an access token that the server renews with the OA's refresh token (server/zalo.h). Written to
// Zalo's documented request and answer shapes; tried against a stand-in, not Zalo itself.
struct ZaloChannel
{
    QUrl messageUrl{QStringLiteral("https://openapi.zalo.me/v3.0/oa/message/cs")};
    QUrl tokenUrl{QStringLiteral("https://oauth.zaloapp.com/v4/oa/access_token")};
    QByteArray appId;
    QByteArray secretKey;        // the Zalo app's secret key, sent as `secret_key` when renewing
    QByteArray seedRefreshToken; // from `refresh_token_file`: where the renewals start
    int timeoutSeconds = 15;
    std::optional<QSslConfiguration> tls;
};

// What --channels FILE configures: the channels and how messages are retried.
struct ChannelsConfig
{
    QHash<QString, HttpChannel> http; // "sms"
    std::optional<SmtpChannel> email;
    std::optional<ZaloChannel> zalo;
    int attempts = 6; // then given up
    QList<int> retrySeconds{30, 120, 600, 1800, 3600};
    int leaseSeconds = 120; // a claim lapses after this: an instance that died while sending
    int pollMs = 1000;
    int maxInFlight = 32;

    // Reads the JSON file (secrets from the files it names); nothing and one line in `error` if
    // it is wrong.
    static std::optional<ChannelsConfig> fromFile(const QString &path, QString *error);
    // Those the server delivers on: in_app, and each configured.
    QSet<QString> channels() const;
    // Those the dispatcher sends (all but in_app).
    QStringList sent() const;
};

} // namespace ioc::server
