#include "notifications.h"

#include "referencestore.h"
#include "serverdatabase.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace ioc::server {

namespace {

const QString columns = u"id, report_id, event_seq, audience, channel, recipient, recipient_name, account_id, "
                        u"template, subject, body, state, attempts, next_attempt_at, created_at, sent_at, last_error, "
                        u"handled_by, handled_note"_s;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

Notification readRow(const Sql &sql)
{
    Notification n;
    n.id = sql.value(0).toString();
    n.reportId = sql.value(1).toString();
    n.eventSeq = sql.value(2).toLongLong();
    n.draft.audience = sql.value(3).toString();
    n.draft.channel = sql.value(4).toString();
    n.draft.recipient = sql.value(5).toString();
    n.draft.recipientName = sql.value(6).toString();
    n.draft.accountId = sql.value(7).toString();
    n.draft.templateName = sql.value(8).toString();
    n.draft.subject = sql.value(9).toString();
    n.draft.body = sql.value(10).toString();
    n.state = sql.value(11).toString();
    n.attempts = sql.value(12).toInt();
    n.nextAttemptAt = timeOf(sql.value(13));
    n.createdAt = timeOf(sql.value(14));
    n.sentAt = timeOf(sql.value(15));
    n.lastError = sql.value(16).toString();
    n.handledBy = sql.value(17).toString();
    n.handledNote = sql.value(18).toString();
    return n;
}

} // namespace

Notifications::Notifications(ServerDatabase &database, ReferenceStore &reference, const core::Clock &clock)
    : m_database(database)
    , m_reference(reference)
    , m_clock(clock)
{}

bool Notifications::enqueue(const core::Report &report, const core::ReportEvent &event, qint64 seq, QString *error)
{
    const QList<notices::Draft> drafts = notices::draftsFor(report, event, m_reference.directory());
    if (drafts.isEmpty()) {
        return true;
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Sql sql(m_database);
    for (const notices::Draft &draft : drafts) {
        // In-app notices are delivered by being written; a call back waits for an officer; a
        // channel this server does not deliver on is recorded as not sent, and why.
        QString state = u"queued"_s;
        QString why;
        QVariant sentAt(QMetaType::fromType<qlonglong>());
        if (draft.channel == u"in_app"_s) {
            state = u"sent"_s;
            sentAt = now;
        } else if (draft.channel != u"callback"_s && !m_deliverable.contains(draft.channel)) {
            state = u"given_up"_s;
            why = u"channel_not_configured"_s;
        }
        if (!sql.exec(u"INSERT INTO notifications (id, report_id, event_seq, audience, channel, recipient, "
                      u"recipient_name, account_id, template, subject, body, state, attempts, next_attempt_at, "
                      u"last_error, created_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"_s,
                      {QUuid::createUuid().toString(QUuid::WithoutBraces), report.id, seq, draft.audience,
                       draft.channel, draft.recipient, nullable(draft.recipientName), nullable(draft.accountId),
                       draft.templateName, nullable(draft.subject), draft.body, state, now, nullable(why), now,
                       sentAt})) {
            *error = sql.error();
            return false;
        }
    }
    return true;
}

std::optional<QList<Notification>> Notifications::claim(const QStringList &channels, int limit, int leaseMs,
                                                        QString *error)
{
    QList<Notification> claimed;
    if (channels.isEmpty() || limit <= 0) {
        return claimed;
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const bool ok = m_database.transaction(
        [&] {
            QStringList marks(channels.size(), u"?"_s);
            QVariantList values{now, now};
            for (const QString &channel : channels) {
                values.append(channel);
            }
            values.append(limit);
            Sql sql(m_database);
            // Each due message once: PostgreSQL locks the rows it picks and skips those another
            // instance has locked; the embedded database has one instance.
            const QString lock =
                m_database.dialect() == ServerDatabase::Dialect::Postgres ? u" FOR UPDATE SKIP LOCKED"_s : QString();
            if (!sql.exec(u"SELECT %1 FROM notifications WHERE ((state = 'queued' AND next_attempt_at <= ?) OR "
                          u"(state = 'sending' AND claimed_until < ?)) AND channel IN (%2) "
                          u"ORDER BY next_attempt_at LIMIT ?%3"_s.arg(columns, marks.join(u','), lock),
                          values)) {
                *error = sql.error();
                return false;
            }
            while (sql.next()) {
                claimed.append(readRow(sql));
            }
            // Each row again only if still claimable: another instance's claim committed between
            // the read and this write (a database without SKIP LOCKED, or a row read unlocked)
            // leaves it alone, and this instance drops it.
            Sql update(m_database);
            QList<Notification> won;
            for (Notification &n : claimed) {
                n.state = u"sending"_s;
                ++n.attempts;
                if (!update.exec(u"UPDATE notifications SET state = 'sending', attempts = ?, claimed_until = ? "
                                 u"WHERE id = ? AND ((state = 'queued' AND next_attempt_at <= ?) OR "
                                 u"(state = 'sending' AND claimed_until < ?))"_s,
                                 {n.attempts, now + leaseMs, n.id, now, now})) {
                    *error = update.error();
                    return false;
                }
                if (update.rowsAffected() == 1) {
                    won.append(n);
                }
            }
            claimed = won;
            return true;
        },
        error);
    if (!ok) {
        return std::nullopt;
    }
    return claimed;
}

bool Notifications::markSent(const QString &id, QString *error)
{
    Sql sql(m_database);
    if (!sql.exec(u"UPDATE notifications SET state = 'sent', sent_at = ?, claimed_until = NULL, last_error = NULL "
                  u"WHERE id = ?"_s,
                  {m_clock.now().toMSecsSinceEpoch(), id})) {
        *error = sql.error();
        return false;
    }
    return true;
}

bool Notifications::markFailed(const QString &id, const QString &why, std::optional<QDateTime> retryAt, QString *error)
{
    Sql sql(m_database);
    const bool ok =
        retryAt ? sql.exec(u"UPDATE notifications SET state = 'queued', next_attempt_at = ?, claimed_until = NULL, "
                           u"last_error = ? WHERE id = ?"_s,
                           {retryAt->toMSecsSinceEpoch(), why, id})
                : sql.exec(u"UPDATE notifications SET state = 'given_up', claimed_until = NULL, last_error = ? "
                           u"WHERE id = ?"_s,
                           {why, id});
    if (!ok) {
        *error = sql.error();
    }
    return ok;
}

QString Notifications::queueTest(const QString &channel, const QString &recipient, QString *error)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Sql sql(m_database);
    if (!sql.exec(u"INSERT INTO notifications (id, report_id, event_seq, audience, channel, recipient, template, "
                  u"subject, body, state, attempts, next_attempt_at, created_at) VALUES (?, '', 0, 'test', ?, ?, "
                  u"'test', ?, ?, 'queued', 0, ?, ?)"_s,
                  {id, channel, recipient, u"[IOC] Thử kênh gửi tin"_s,
                   u"Tin nhắn thử của Trung tâm IOC (ioc-admin server notify test): kênh %1 gửi được."_s.arg(channel),
                   now, now})) {
        *error = sql.error();
        return {};
    }
    return id;
}

QList<Notification> Notifications::ofReport(const QString &reportId) const
{
    QList<Notification> list;
    Sql sql(m_database);
    if (sql.exec(u"SELECT %1 FROM notifications WHERE report_id = ? ORDER BY created_at, id"_s.arg(columns),
                 {reportId})) {
        while (sql.next()) {
            list.append(readRow(sql));
        }
    }
    return list;
}

QList<Notification> Notifications::ofAccount(const QString &accountId, int limit) const
{
    QList<Notification> list;
    Sql sql(m_database);
    if (sql.exec(u"SELECT %1 FROM notifications WHERE account_id = ? AND channel = 'in_app' "
                 u"ORDER BY created_at DESC, id LIMIT ?"_s.arg(columns),
                 {accountId, limit})) {
        while (sql.next()) {
            list.append(readRow(sql));
        }
    }
    return list;
}

std::optional<Notification> Notifications::byId(const QString &id) const
{
    Sql sql(m_database);
    if (sql.exec(u"SELECT %1 FROM notifications WHERE id = ?"_s.arg(columns), {id}) && sql.next()) {
        return readRow(sql);
    }
    return std::nullopt;
}

QList<Notification> Notifications::needingAttention(Attention which, int limit) const
{
    QList<Notification> list;
    Sql sql(m_database);
    const QString query = which == Attention::CallBacks
                              ? u"SELECT %1 FROM notifications WHERE channel = 'callback' AND state = 'queued' "
                                u"ORDER BY created_at, id LIMIT ?"_s
                              : u"SELECT %1 FROM notifications WHERE state = 'given_up' AND audience <> 'test' "
                                u"ORDER BY created_at DESC, id LIMIT ?"_s;
    const QString withCode = columns + u", (SELECT code FROM reports WHERE reports.id = notifications.report_id)"_s;
    if (sql.exec(query.arg(withCode), {limit})) {
        while (sql.next()) {
            list.append(readRow(sql));
            list.last().reportCode = sql.value(19).toString();
        }
    }
    return list;
}

bool Notifications::recordCallBack(const QString &id, const QString &userId, bool reached, const QString &note,
                                   QString *error)
{
    const auto message = byId(id);
    if (!message) {
        *error = u"not_found"_s;
        return false;
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Sql sql(m_database);
    // Only while it is still owed: two officers who called at once record it once.
    if (!sql.exec(reached ? u"UPDATE notifications SET state = 'sent', sent_at = ?, attempts = attempts + 1, "
                            u"last_error = NULL, handled_by = ?, handled_note = ? "
                            u"WHERE id = ? AND channel = 'callback' AND state = 'queued'"_s
                          : u"UPDATE notifications SET next_attempt_at = ?, attempts = attempts + 1, "
                            u"last_error = 'not_reached', handled_by = ?, handled_note = ? "
                            u"WHERE id = ? AND channel = 'callback' AND state = 'queued'"_s,
                  {now, userId, note, id})) {
        *error = sql.error();
        return false;
    }
    if (sql.rowsAffected() != 1) {
        *error = u"not_a_pending_callback"_s;
        return false;
    }
    return true;
}

} // namespace ioc::server
