#pragma once

#include "core/report.h"

#include <QByteArray>
#include <QDate>
#include <QMutex>
#include <QStringList>

namespace ioc::server {

class ServerDatabase;

// The reporter's identity on the server (PRODUCT.md §17). It stays in the stored report; what
// readers get instead is the identity masked, the checks of Điều 5.3 (run here at intake and
// whenever the reporter's details change) and opaque sender keys: HMAC-SHA256 of the account,
// the national phone number and the citizen ID under a secret that never leaves the server.
// Two reports share a key exactly when they share one of the three, so a console finds the same
// sender's reports and duplicates offline without knowing who the sender is. The identity leaves
// whole only through `reveal_identity` (an action, recorded) and, as report ids, through the
// audited look-up by phone or citizen ID, which searches the same keys.
class ReporterIdentity final
{
public:
    // Reads the secret, or makes and stores it the first time: call outside any transaction (at
    // start), so that the secret kept in memory is the one committed, never one a rolled-back
    // transaction made.
    explicit ReporterIdentity(ServerDatabase &database);
    Q_DISABLE_COPY_MOVE(ReporterIdentity)

    // The reporter's keys: "a:", "p:", "c:" kinds, each an HMAC; empty parts give none.
    QStringList senderKeys(const core::Reporter &reporter) const;
    QString phoneKey(const QString &phone) const;         // empty if it has no digits
    QString citizenIdKey(const QString &citizenId) const; // empty if blank

    // Fills in the keys and the checks, as of `today` (Vietnam's date).
    void stamp(core::Report &report, QDate today) const;
    // The reporter as readers get it: a report stored before the keys and checks existed gets
    // them made now.
    core::Reporter completed(const core::Reporter &reporter, QDate today) const;
    static bool sameIdentity(const core::Reporter &a, const core::Reporter &b);

    // Inside the caller's transaction: the report's keys in the look-up index (replacing
    // what was there). A report without any identifier is indexed as such ("-").
    bool index(const QString &reportId, const QStringList &keys, QString *error) const;
    // The reports (ids, oldest first) whose reporter has `key`; at most `limit`.
    QStringList reportsWithKey(const QString &key, int limit) const;
    // Indexes up to `limit` reports stored before the index existed (the scheduler's backfill);
    // how many, or -1 on error.
    int indexMissing(int limit, QString *error) const;

private:
    QString key(const QString &kind, const QString &value) const;
    QByteArray secret() const;

    ServerDatabase &m_database;
    mutable QMutex m_mutex;
    mutable QByteArray m_secret;
};

} // namespace ioc::server
