#pragma once

#include "core/clock.h"
#include "core/directory.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ioc::server {

class ServerDatabase;

struct Session
{
    core::User user;
    QString sessionId;
};

struct IssuedTokens
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds
};

// Users, their tokens (random, stored hashed), and the login throttle.
class UserStore final
{
public:
    static constexpr qint64 accessTokenSeconds = 15 * 60;
    static constexpr qint64 refreshTokenSeconds = 30 * 24 * 3600;
    static constexpr int failuresBeforeThrottling = 5;

    UserStore(ServerDatabase &database, const core::Clock &clock);

    std::optional<core::User> user(const QString &id) const;
    std::optional<core::User> userByName(const QString &username) const;
    QList<core::User> users() const;
    QString passwordHash(const QString &userId) const;
    bool addUser(const core::User &user, const QString &passwordHash, QString *error);

    IssuedTokens issueTokens(const QString &userId);
    std::optional<Session> authenticate(const QByteArray &accessToken) const;
    // Exchanges a refresh token for new tokens; the old refresh token stops working.
    std::optional<IssuedTokens> refresh(const QByteArray &refreshToken);
    void logout(const QString &sessionId);

    // Seconds this user name and address must still wait before trying again (0: go ahead).
    qint64 throttledFor(const QString &username, const QString &address) const;
    void recordFailure(const QString &username, const QString &address);
    void clearFailures(const QString &username, const QString &address);

private:
    IssuedTokens issue(const QString &userId, const QString &sessionId);

    ServerDatabase &m_database;
    const core::Clock &m_clock;
};

} // namespace ioc::server
