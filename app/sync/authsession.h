#pragma once

#include "core/directory.h"
#include "core/secretstore.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ioc::sync {

class ApiClient;
struct ApiResponse;

// A signed-in user of one server. The access token lives only in memory (in the ApiClient);
// the refresh token in the OS keyring when there is one (`keyring` may be null: then it stays
// in memory, and a restart needs a new sign-in). Refresh tokens rotate on every use.
class AuthSession final : public QObject
{
    Q_OBJECT

public:
    AuthSession(ApiClient &client, core::SecretStore *keyring, QObject *parent = nullptr);

    using Done = std::function<void(bool ok, const QString &message)>;
    // Signs in with a password (and TOTP code, if the account needs one).
    void signIn(const QString &username, const QByteArray &password, const QString &totp, Done done);
    // Uses the refresh token kept for `username` on this server, if any.
    void resume(const QString &username, Done done);
    void signOut(Done done);

    bool isSignedIn() const { return m_user.has_value(); }
    std::optional<core::User> user() const { return m_user; }
    QString username() const { return m_username; }

    // The keyring entry of a user's refresh token on a server.
    static QString keyringEntry(const QUrl &server, const QString &username);
    // A failed sign-in's text for the officer, in their language.
    static QString problemOf(const ApiResponse &response);

signals:
    void signedIn(const ioc::core::User &user);
    void signInRequired(); // the session could not be refreshed; queued work is kept

private:
    void refresh(std::function<void(bool)> done);
    bool acceptTokens(const ApiResponse &response);
    void storeRefreshToken(const QByteArray &token);

    ApiClient &m_client;
    core::SecretStore *m_keyring;
    QString m_username;
    QByteArray m_refreshToken; // only when there is no keyring
    std::optional<core::User> m_user;
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_waiting;
};

} // namespace ioc::sync
