#pragma once

#include "core/report.h"
#include "storage/storageerror.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ioc::storage {

class Database;

struct IdentityLookup
{
    QDateTime at;
    QString userId;
    QString kind; // "reveal"; earlier versions also kept "phone", "citizen_id", "sender"
    QString reason;
    int resultCount = 0;
};

// Reporters' personal data as revealed on this console (PRODUCT.md §17): the server sends every
// identity masked; an officer's `reveal_identity` (with a reason, recorded on the server) answers
// with the whole identity, kept here, apart from reports and from the search index, with who
// revealed it, when and why. Looking a reporter up by phone or citizen ID is the server's
// (POST /v1/reports/lookup), audited there.
class IdentityRepository final
{
public:
    explicit IdentityRepository(Database &database);
    Q_DISABLE_COPY_MOVE(IdentityRepository)

    // The identity revealed on this console, if any.
    std::optional<core::Reporter> identityOf(const QString &reportId) const;
    // Keeps what a reveal answered (replacing an earlier one), and a local record of it; two
    // writes: call inside a transaction.
    bool storeRevealed(const QString &reportId, const core::Reporter &identity, const QString &userId,
                       const QString &reason, const QDateTime &at, StorageError *error);
    QList<IdentityLookup> lookups() const;

private:
    Database &m_database;
};

} // namespace ioc::storage
