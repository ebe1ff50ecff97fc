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
    // Sign-in throttling: per user name, the 5th attempt without a success starts a wait of
    // 30 s, doubling with each further one; per client address, the 30th starts one of 60 s,
    // doubling. At most 15 min either way; a quiet hour starts the count again.
    static constexpr int userAttemptsBeforeWaiting = 5;
    static constexpr int addressAttemptsBeforeWaiting = 30;
    static constexpr int maxUsernameLength = 64;
    // Account registrations per client address: the 20th in an hour starts a wait of 10 min.
    static constexpr int registrationsBeforeWaiting = 20;
    static constexpr int lookupsBeforeWaiting = 30;

    UserStore(ServerDatabase &database, const core::Clock &clock);

    std::optional<core::User> user(const QString &id) const;
    std::optional<core::User> userByName(const QString &username) const;
    QList<core::User> users() const;
    QString passwordHash(const QString &userId) const;
    bool addUser(const core::User &user, const QString &passwordHash, QString *error);
    // Inside the caller's transaction (server/useradmin.h records them).
    bool setPasswordHash(const QString &userId, const QString &passwordHash, QString *error);
    bool setActive(const QString &userId, bool active, QString *error);
    // Ends every session of the user: their access and refresh tokens stop working at once.
    // The number of sessions ended, or -1 on error.
    int revokeSessions(const QString &userId, QString *error);
    // Active administrators, the one given excepted.
    int otherActiveAdmins(const QString &userId) const;

    IssuedTokens issueTokens(const QString &userId);
    std::optional<Session> authenticate(const QByteArray &accessToken) const;
    // Exchanges a refresh token for new tokens; the old refresh token stops working.
    std::optional<IssuedTokens> refresh(const QByteArray &refreshToken);
    void logout(const QString &sessionId);

    // Counts a sign-in attempt before its password is checked (so that parallel guesses are
    // counted as they come, not as their slow hashes finish); 0 to go ahead, or the seconds
    // to wait first. An attempt refused here is counted too.
    qint64 reserveSignIn(const QString &username, const QString &address);
    // The attempt reserved succeeded: the user name's count starts again, the address's forgets it.
    void signInSucceeded(const QString &username, const QString &address);
    // Counts an account registration from this address; 0 to go ahead, or the seconds to wait.
    qint64 reserveRegistration(const QString &address);
    // Counts a look-up of reporters by phone or citizen ID by this officer (the 30th in an hour
    // starts a wait of a minute, doubling); 0 to go ahead, or the seconds to wait.
    qint64 reserveLookup(const QString &userId);
    // Forgets counts not touched for a day (run now and then by the paths that count).
    void pruneThrottle();

private:
    struct ThrottleRule
    {
        QString key;
        int threshold;
        qint64 firstWaitSeconds;
    };
    qint64 reserve(const QList<ThrottleRule> &rules);
    IssuedTokens issue(const QString &userId, const QString &sessionId);

    ServerDatabase &m_database;
    const core::Clock &m_clock;
    qint64 m_lastPrune = 0; // ms since the epoch
};

} // namespace ioc::server
