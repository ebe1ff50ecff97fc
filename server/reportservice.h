#pragma once

#include "apiresult.h"
#include "core/clock.h"
#include "core/report.h"
#include "core/reportjson.h"
#include "core/workflow.h"
#include "idempotencystore.h"
#include "reporteridentity.h"

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
class MediaStore;
class Notifications;
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
    // The outbox that each event's messages are written to, in its transaction (docs/channels.md).
    void setNotifications(Notifications *notifications) { m_notifications = notifications; }

    ApiResult create(const core::Actor &actor, const QByteArray &body, const QString &idempotencyKey);
    // An accepted `reveal_identity` answers with the reporter's identity ("identity"), whether
    // applied now or replayed: the event records who, when and why.
    ApiResult act(const core::Actor &actor, const QString &reportId, const QByteArray &body, const QByteArray &ifMatch,
                  const QString &idempotencyKey);
    ApiResult get(const core::Actor &actor, const QString &reportId) const;
    // Those of `keys` that requests by `actor` used: kept answers, or events they made.
    QStringList knownRequests(const core::Actor &actor, const QStringList &keys) const;

    std::optional<core::Report> load(const QString &id) const;
    // A report from its stored JSON (as read with a change-feed page).
    static std::optional<core::Report> parse(const QString &data);
    // When the report's latest event was taken (invalid if it has none).
    QDateTime latestEventTime(const QString &id) const;
    QList<core::ReportEvent> events(const QString &id) const;
    // Whether `userId` created the report (a connected system reads only the reports it filed).
    bool filedBy(const core::Report &report, const QString &userId) const;
    QList<core::Report> reportsOfAccount(const QString &accountId) const;
    // Up to `limit` reports in `state`, in random order (the demo simulator's pick).
    QList<core::Report> sampleInState(core::ReportState state, int limit) const;
    // Reports whose first running countdown clock is due by `now` (for the scheduler).
    QList<core::Report> overdueReports(const QDateTime &now) const;
    // Reports whose first running clock is due in (now, until] and has no `clock_due_soon` flag
    // for that due time yet (the scheduler's warnings).
    QList<core::Report> dueSoonReports(const QDateTime &now, const QDateTime &until) const;

    // The report as `actor` may see it: identity only where allowed; citizens get the public
    // fields of their own reports.
    QJsonObject view(const core::Report &report, const core::Actor &actor, bool withEvents) const;
    // The report's change as the IOC's roles read it in the feed (a duty officer's view with its
    // events, which is a supervisor's too), serialised: the entry ChangeFeed keeps beside the
    // row. Inside the transaction that changes the report: it reads the events' stored forms
    // and makes again those made for another identity or format (feedentries.cpp).
    QByteArray feedEntry(const core::Report &report) const;
    // Whether `role` reads reports in the feed as feedEntry writes them.
    static bool readsFeedEntries(core::Role role);
    // Makes the entries of up to `limit` report changes after `*position` (in sequence order)
    // that have none or a stale one: reports last written before the entries existed, or by an
    // older server. One transaction; no change's sequence moves, so consoles fetch nothing again.
    // Advances `*position`; returns how many changes it looked at (0: none left), -1 on an error.
    int fillFeedEntries(qint64 *position, int limit, QString *error);
    // Pictures as readers other than the IOC get them (PRODUCT.md §17): each hash that has a
    // metadata-free copy becomes the copy's, file names and EXIF facts go (in a report's or an
    // event payload's `media`, `result_attachments` and `attachments`).
    void publishMedia(QJsonObject &object) const;
    QString publicHash(const QString &sha256) const;
    QJsonObject publicMediaItem(const QJsonObject &item) const;
    // The reporter's identity masked wherever it stands in the object's texts (title, content,
    // replies, payload fields), for every reader but the reporter (PRODUCT.md §17).
    static void maskTexts(QJsonObject &object, const core::Report &report);

    // Stores reports and their events as they are, in one transaction (demo seeding, tests,
    // benchmarks); not for the API.
    struct Imported
    {
        core::Report report;
        QList<core::ReportEvent> events;
    };
    bool import(const QList<Imported> &reports, QString *error);
    // Raises a time-driven flag once (a clock ran out, a supplement expired): the flag, an event by
    // the system actor that changes nothing else, and its audit entry, in one transaction. False
    // if it was raised before (or could not be stored).
    bool raiseFlag(const QString &reportId, const QString &flag, const QDateTime &dueAt, const QJsonObject &payload);

    // The reporter's identity: sender keys, checks, the look-up index (PRODUCT.md §17).
    const ReporterIdentity &identity() const { return m_identity; }

private:
    ApiResult actOnce(const core::Actor &actor, const QString &reportId, const QByteArray &body,
                      const QByteArray &ifMatch, const QString &idempotencyKey);
    // Checks the files a change adds (arrived, verified, sent by the actor; within the limits per
    // report) and fills in what the server knows of them; an error answer if one fails.
    std::optional<ApiResult> attachMedia(const core::Actor &actor, const core::Report *before,
                                         core::Report &after) const;
    // `readerView`: the report as the IOC's roles read it (without events), made for its feed
    // entry and handed back so that an answer to one of them need not make it again.
    bool persist(const core::Report &before, const core::Report &after, const core::ReportEvent &event,
                 const core::Actor &actor, bool isNew, QString *error, bool *conflict,
                 QJsonObject *readerView = nullptr);
    // Keeps the answer under the idempotency key (inside the caller's transaction) where it is
    // one to keep; *stored tells whether that worked, or another request with the key was first.
    ApiResult remember(const QString &key, const QString &userId, const QString &requestHash, ApiResult result,
                       IdempotencyStore::StoreResult *stored);
    static bool keepsRefusal(const ApiResult &result);
    std::optional<ApiResult> replay(const QString &key, const QString &userId, const QString &requestHash) const;
    // The answer to a request whose key made one of the report's events (applied before).
    std::optional<ApiResult> replayFromEvents(const core::Actor &actor, const core::Report &report, const QString &key,
                                              int status) const;
    // The report read inside a transaction, locked until it ends.
    std::optional<core::Report> lockForUpdate(const QString &id) const;
    QJsonObject viewWith(const core::Report &report, const core::Actor &actor,
                         const QList<core::ReportEvent> *events) const;
    // The report with its reporter's checks (made today for one stored before the server kept
    // them), as masking needs it.
    core::Report withChecks(const core::Report &stored) const;
    // An event as staff read it: files as copies or originals, the reporter's identity in the
    // payload as `identity` says, and withheld where the reader may not know it.
    QJsonObject staffEvent(const core::ReportEvent &event, const core::Report &report, core::json::Identity identity,
                           bool knowsIdentity, bool copies) const;
    // Feed entries (feedentries.cpp): what an event's stored form was made for (the report, its
    // identity with checks, the format), an event's form, and a report's entry from its events'.
    static QByteArray entryKey(const core::Report &shown);
    QByteArray eventEntry(const core::ReportEvent &event, const core::Report &shown) const;
    // The report's fields as the IOC's roles read them (the entry's `data` without events).
    QJsonObject entryView(const core::Report &shown) const;
    QByteArray assembleEntry(const core::Report &shown, const QJsonObject &view,
                             const QList<QByteArray> &eventEntries) const;
    // feedEntry of a report withChecks gave, with its entryView and entryKey.
    QByteArray feedEntryOf(const core::Report &shown, const QJsonObject &view, const QByteArray &key) const;
    bool refreshReference(QString *problem);
    core::WorkflowContext context(const core::Actor &actor, const core::Report *report, const QDateTime &now) const;

    ServerDatabase &m_database;
    ReferenceStore &m_reference;
    ChangeFeed &m_feed;
    AuditLog &m_audit;
    IdempotencyStore &m_idempotency;
    AccountStore &m_accounts;
    MediaStore &m_media;
    const core::Clock &m_clock;
    Notifications *m_notifications = nullptr;
    std::function<void(qint64)> m_listener;
    ReporterIdentity m_identity;
};

// "\"3\"", "W/\"3\"" or "3" → 3.
std::optional<int> parseIfMatch(const QByteArray &header);
bool isValidId(const QString &id);

} // namespace ioc::server
