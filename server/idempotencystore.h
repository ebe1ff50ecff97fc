#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ioc::server {

class ServerDatabase;

struct StoredResponse
{
    QString userId;
    QString requestHash;
    int status = 0;
    QByteArray body;
};

// Results of requests sent with an Idempotency-Key: a repeat gets the first answer; the same
// key with another request is refused. Kept for `retentionDays` (officers may stay offline long).
class IdempotencyStore final
{
public:
    static constexpr int retentionDays = 45;

    explicit IdempotencyStore(ServerDatabase &database);

    enum class StoreResult
    {
        Stored,
        Taken,  // another request with this key stored its answer first
        Failed, // the database failed: the caller's transaction must not commit
    };

    std::optional<StoredResponse> find(const QString &key) const;
    StoreResult store(const QString &key, const StoredResponse &response, const QDateTime &now);
    void expire(const QDateTime &now);
    static QString requestHash(const QString &route, const QByteArray &body);

private:
    ServerDatabase &m_database;
};

} // namespace ioc::server
