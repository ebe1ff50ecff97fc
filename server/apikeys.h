#pragma once

#include "core/clock.h"
#include "core/directory.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ioc::server {

class ServerDatabase;

// A connected system's API key as lists show it: never the key, only its id.
struct ApiKeyInfo
{
    QString keyId;
    QString userId;
    QDateTime createdAt;
    QDateTime revokedAt; // invalid while the key works
};

// The API keys of connected systems (Open311, docs/open311.md): random, shown once when made,
// stored as SHA-256 hashes, revoked but never deleted.
class ApiKeyStore final
{
public:
    ApiKeyStore(ServerDatabase &database, const core::Clock &clock);

    // A new key for the account (inside the caller's transaction); its id in *keyId. Empty on
    // failure, with *error set.
    QString issue(const QString &userId, QString *keyId, QString *error);
    // Revokes every working key of the account; the number revoked, or -1 on error.
    int revokeAll(const QString &userId, QString *error);
    QList<ApiKeyInfo> keys(const QString &userId) const;

    struct Holder
    {
        core::User user;
        QString keyId;
    };
    // The active connected-system account the key belongs to, if the key works.
    std::optional<Holder> authenticate(const QString &key) const;

private:
    ServerDatabase &m_database;
    const core::Clock &m_clock;
};

// Requests counted in fixed windows in the database, so that every instance sharing it counts
// against one limit (one upsert per request).
class RateLimiter final
{
public:
    RateLimiter(ServerDatabase &database, const core::Clock &clock);
    // Counts a request in `bucket`: 0 if it is within `limit` in the current window of
    // `windowSeconds`, else the seconds until the window ends (also when it cannot be counted).
    qint64 take(const QString &bucket, int limit, int windowSeconds = 60);

private:
    ServerDatabase &m_database;
    const core::Clock &m_clock;
    qint64 m_lastPrune = 0;
};

} // namespace ioc::server
