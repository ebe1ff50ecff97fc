#include "authsession.h"

#include "core/reportjson.h"
#include "sync/apiclient.h"

#include <QJsonDocument>

namespace ioc::sync {

// What an officer reads when sign-in fails before the server could answer: the transport's own
// texts are for the log (they stay in the message, after the explanation).
QString AuthSession::problemOf(const ApiResponse &response)
{
    switch (response.failure) {
    case ApiFailure::PinMismatch:
        return tr("The server's key does not match the pinned key: this may not be the center's server. Check the "
                  "pins with the administrator.");
    case ApiFailure::Tls:
        return tr("The server's certificate is not trusted (%1). If the center uses its own CA, choose its "
                  "certificate.")
            .arg(response.message());
    case ApiFailure::Network:
    case ApiFailure::Timeout:
        return tr("The server cannot be reached (%1).").arg(response.message());
    default:
        return response.message();
    }
}

AuthSession::AuthSession(ApiClient &client, core::SecretStore *keyring, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keyring(keyring)
{
    m_client.setRefresher([this](std::function<void(bool)> done) { refresh(std::move(done)); });
    connect(&m_client, &ApiClient::sessionExpired, this, &AuthSession::signInRequired);
}

QString AuthSession::keyringEntry(const QUrl &server, const QString &username)
{
    return QStringLiteral("ioc-refresh-token:%1:%2@%3:%4")
        .arg(server.scheme(), username, server.host())
        .arg(server.port(server.scheme() == QStringLiteral("https") ? 443 : 80));
}

void AuthSession::storeRefreshToken(const QByteArray &token)
{
    if (m_keyring != nullptr) {
        QString error;
        QByteArray copy = token;
        const auto status = m_keyring->write(keyringEntry(m_client.endpoint().baseUrl, m_username),
                                             core::SecretBytes::take(copy), &error);
        if (status == core::SecretStore::Status::Ok) {
            m_refreshToken.clear();
            return;
        }
        qWarning("ioc: the refresh token stays in memory only: %s", qPrintable(error));
    }
    m_refreshToken = token;
}

bool AuthSession::acceptTokens(const ApiResponse &response)
{
    const QByteArray access = response.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray refreshToken = response.json.value(QStringLiteral("refresh_token")).toString().toLatin1();
    if (!response.succeeded() || access.isEmpty() || refreshToken.isEmpty()) {
        return false;
    }
    m_client.setAccessToken(access);
    storeRefreshToken(refreshToken);
    if (response.json.contains(QStringLiteral("user"))) {
        const auto user = core::json::toUser(response.json.value(QStringLiteral("user")).toObject());
        if (user.ok()) {
            m_user = user.value();
        }
    }
    return true;
}

void AuthSession::signIn(const QString &username, const QByteArray &password, const QString &totp, Done done)
{
    m_username = username;
    QJsonObject body{{QStringLiteral("username"), username}, {QStringLiteral("password"), QString::fromUtf8(password)}};
    if (!totp.isEmpty()) {
        body.insert(QStringLiteral("totp"), totp);
    }
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/auth/token");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.authenticated = false;
    m_client.send(request, [this, done](const ApiResponse &response) {
        if (!acceptTokens(response)) {
            done(false, problemOf(response));
            return;
        }
        emit signedIn(*m_user);
        done(true, {});
    });
}

void AuthSession::resume(const QString &username, Done done)
{
    m_username = username;
    refresh([this, done](bool ok) {
        if (!ok) {
            done(false, tr("Please sign in again"));
            return;
        }
        // Who we are, for the role-dependent parts of the console.
        ApiRequest me;
        me.path = QStringLiteral("/v1/me");
        me.retries = 2;
        m_client.send(me, [this, done](const ApiResponse &response) {
            const auto user = core::json::toUser(response.json.value(QStringLiteral("user")).toObject());
            if (!response.succeeded() || !user.ok()) {
                done(false, response.message());
                return;
            }
            m_user = user.value();
            emit signedIn(*m_user);
            done(true, {});
        });
    });
}

void AuthSession::refresh(std::function<void(bool)> done)
{
    m_waiting.append(std::move(done));
    if (m_refreshing) {
        return; // one refresh at a time: the token rotates
    }
    QByteArray token = m_refreshToken;
    if (token.isEmpty() && m_keyring != nullptr) {
        const auto read = m_keyring->read(keyringEntry(m_client.endpoint().baseUrl, m_username));
        if (read.status == core::SecretStore::Status::Ok) {
            token = QByteArray(read.secret.data(), read.secret.size());
        }
    }
    const auto finish = [this](bool ok) {
        m_refreshing = false;
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &callback : waiting) {
            callback(ok);
        }
    };
    if (token.isEmpty()) {
        finish(false);
        return;
    }
    m_refreshing = true;
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/auth/refresh");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), QString::fromLatin1(token)}})
                       .toJson(QJsonDocument::Compact);
    request.authenticated = false;
    request.retries = 2;
    m_client.send(request, [this, finish](const ApiResponse &response) { finish(acceptTokens(response)); });
}

void AuthSession::signOut(Done done)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/auth/logout");
    m_client.send(request, [this, done](const ApiResponse &response) {
        m_client.setAccessToken({});
        m_refreshToken.clear();
        if (m_keyring != nullptr) {
            QString error;
            m_keyring->remove(keyringEntry(m_client.endpoint().baseUrl, m_username), &error);
        }
        m_user.reset();
        done(response.succeeded(), response.message());
    });
}

} // namespace ioc::sync
