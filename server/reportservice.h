#pragma once

#include "apiresult.h"
#include "core/clock.h"
#include "core/report.h"
#include "core/workflow.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ioc::server {

class AccountStore;
class AuditLog;
class ChangeFeed;
class IdempotencyStore;
class MediaStore;
class ReferenceStore;
class ServerDatabase;

// Reports on the server: creating them and applying actions through the core's workflow (the
// server never re-implements a rule), each accepted action in one transaction with its event,
// change-feed entries, audit record and idempotency record.
class ReportService final
{
public:
    ReportService(ServerDatabase &database, ReferenceStore &reference, ChangeFeed &feed, AuditLog &audit,
                  IdempotencyStore &idempotency, AccountStore &accounts, MediaStore &media, const core::Clock &clock);

    // Called after every committed change with the sequence it got (the live channel listens).
    void setChangeListener(std::function<void(qint64 seq)> listener) { m_listener = std::move(listener); }

    ApiResult create(const core::Actor &actor, const QByteArray &body, const QString &idempotencyKey);
    ApiResult act(const core::Actor &actor, const QString &reportId, const QByteArray &body, const QByteArray &ifMatch,
                  const QString &idempotencyKey);
    ApiResult get(const core::Actor &actor, const QString &reportId) const;

    std::optional<core::Report> load(const QString &id) const;
    // A report from its stored JSON (as read with a change-feed page).
    static std::optional<core::Report> parse(const QString &data);
    QList<core::ReportEvent> events(const QString &id) const;
    QList<core::Report> reportsOfAccount(const QString &accountId) const;
    // Up to `limit` reports in `state`, in random order (the demo simulator's pick).
    QList<core::Report> sampleInState(core::ReportState state, int limit) const;
    // Reports whose first running countdown clock is due by `now` (for the scheduler).
    QList<core::Report> overdueReports(const QDateTime &now) const;

    // The report as `actor` may see it: identity only where allowed; citizens get the public
    // fields of their own reports.
    QJsonObject view(const core::Report &report, const core::Actor &actor, bool withEvents) const;

    // Stores reports and their events as they are, in one transaction (demo seeding, tests,
    // benchmarks); not for the API.
    struct Imported
    {
        core::Report report;
        QList<core::ReportEvent> events;
    };
    bool import(const QList<Imported> &reports, QString *error);
    // Appends an event by the system actor that changes nothing else (a time-driven flag).
    bool recordSystemEvent(const QString &reportId, const QString &action, const QJsonObject &payload);

private:
    // Checks the files a change adds (arrived, verified, sent by the actor; within the limits per
    // report) and fills in what the server knows of them; an error answer if one fails.
    std::optional<ApiResult> attachMedia(const core::Actor &actor, const core::Report *before,
                                         core::Report &after) const;
    bool persist(const core::Report &before, const core::Report &after, const core::ReportEvent &event,
                 const core::Actor &actor, bool isNew, QString *error, bool *conflict);
    // Keeps the answer under the idempotency key; *taken tells that a concurrent request with the
    // same key stored its answer first.
    ApiResult remember(const QString &key, const QString &userId, const QString &requestHash, ApiResult result,
                       bool *taken = nullptr);
    std::optional<ApiResult> replay(const QString &key, const QString &userId, const QString &requestHash) const;
    core::WorkflowContext context(const core::Actor &actor, const core::Report *report, const QDateTime &now) const;

    ServerDatabase &m_database;
    ReferenceStore &m_reference;
    ChangeFeed &m_feed;
    AuditLog &m_audit;
    IdempotencyStore &m_idempotency;
    AccountStore &m_accounts;
    MediaStore &m_media;
    const core::Clock &m_clock;
    std::function<void(qint64)> m_listener;
};

// "\"3\"", "W/\"3\"" or "3" → 3.
std::optional<int> parseIfMatch(const QByteArray &header);
bool isValidId(const QString &id);

} // namespace ioc::server
