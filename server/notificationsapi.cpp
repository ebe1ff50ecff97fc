// The messages sent about reports (docs/channels.md): each report's, for the IOC, and a
// citizen's in-app notices.
#include "apiserver.h"
#include "core/masking.h"
#include "core/vntime.h"
#include "notifications.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ioc::server {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(core::vntime::toIso8601(time)) : QJsonValue();
}

// One message as the IOC sees it: a citizen's address masked (PRODUCT.md §17), as is the name;
// the agency's contact people are staff of the province, shown as the directory shows them. What
// the citizen was told is in the report's events (the reply), so the body is not repeated here.
QJsonObject staffView(const Notification &n)
{
    const bool citizen = n.draft.audience == u"citizen"_s;
    QString recipient = n.draft.recipient;
    if (citizen) {
        recipient = n.draft.channel == u"email"_s    ? core::masking::email(recipient)
                    : n.draft.channel == u"in_app"_s ? u"tài khoản"_s
                    : n.draft.channel == u"zalo"_s   ? u"người dùng Zalo"_s
                                                     : core::masking::phone(recipient);
    }
    QJsonObject object{
        {u"id"_s, n.id},
        {u"audience"_s, n.draft.audience},
        {u"channel"_s, n.draft.channel},
        {u"recipient"_s, recipient},
        {u"recipient_name"_s, citizen ? core::masking::name(n.draft.recipientName) : n.draft.recipientName},
        {u"template"_s, n.draft.templateName},
        {u"event_seq"_s, n.eventSeq},
        {u"state"_s, n.state},
        {u"attempts"_s, n.attempts},
        {u"created_at"_s, timeValue(n.createdAt)},
        {u"sent_at"_s, timeValue(n.sentAt)},
        {u"last_error"_s, n.lastError.isEmpty() ? QJsonValue() : QJsonValue(n.lastError)}};
    if (!n.handledBy.isEmpty()) {
        object.insert(u"handled_by"_s, n.handledBy);
        object.insert(u"handled_note"_s, n.handledNote);
    }
    if (!citizen) {
        object.insert(u"subject"_s, n.draft.subject);
        object.insert(u"body"_s, n.draft.body);
    }
    return object;
}

void reportNotifications(Call &call)
{
    const QString id = call.params.value(u"id"_s);
    if (!call.services.reports.load(id)) {
        call.respond(error(404, u"not_found"_s));
        return;
    }
    QJsonArray items;
    for (const Notification &n : call.services.notifications->ofReport(id)) {
        items.append(staffView(n));
    }
    call.respond(ok({{u"items"_s, items}}));
}

// What needs a person: the call backs officers owe, and the messages given up (supervisors watch
// these: an agency that was never told, a citizen who never heard).
void attentionList(Call &call)
{
    const QString which = call.request.query.queryItemValue(u"attention"_s);
    if (which != u"callbacks"_s && which != u"failures"_s) {
        call.respond(error(400, u"invalid_value"_s, u"attention"_s));
        return;
    }
    bool limitOk = true;
    const int limit = call.request.query.hasQueryItem(u"limit"_s)
                          ? call.request.query.queryItemValue(u"limit"_s).toInt(&limitOk)
                          : 200;
    if (!limitOk || limit < 1 || limit > 1000) {
        call.respond(error(400, u"invalid_value"_s, u"limit"_s));
        return;
    }
    QJsonArray items;
    for (const Notification &n : call.services.notifications->needingAttention(
             which == u"callbacks"_s ? Notifications::Attention::CallBacks : Notifications::Attention::Failures,
             limit)) {
        QJsonObject item = staffView(n);
        item.insert(u"report_id"_s, n.reportId);
        item.insert(u"report_code"_s, n.reportCode);
        items.append(item);
    }
    call.respond(ok({{u"items"_s, items}}));
}

// An officer called a reporter back: {"reached": bool, "note": "…"} (1 to 500 characters).
void recordCallBack(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != u"reached"_s && it.key() != u"note"_s) {
            call.respond(error(400, u"unknown_field"_s, it.key()));
            return;
        }
    }
    if (!body->value(u"reached"_s).isBool()) {
        call.respond(error(422, u"invalid_value"_s, u"reached"_s));
        return;
    }
    const bool reached = body->value(u"reached"_s).toBool();
    const QString note = body->value(u"note"_s).toString().trimmed();
    if (note.isEmpty() || note.size() > 500) {
        call.respond(error(422, u"invalid_value"_s, u"note"_s));
        return;
    }
    const QString id = call.params.value(u"id"_s);
    const core::Actor actor = call.actor();
    const QDateTime now = call.services.clock.now();
    QString problem;
    const bool done = call.services.database.transaction(
        [&] {
            if (!call.services.notifications->recordCallBack(id, actor.userId, reached, note, &problem)) {
                return false;
            }
            return call.services.audit.append({actor.userId,
                                               core::roleName(actor.role),
                                               reached ? u"callback_done"_s : u"callback_not_reached"_s,
                                               u"notification"_s,
                                               id,
                                               now,
                                               now,
                                               {},
                                               {{u"note"_s, note}}},
                                              now, &problem);
        },
        &problem);
    if (!done) {
        if (problem == u"not_found"_s) {
            call.respond(error(404, u"not_found"_s));
        } else if (problem == u"not_a_pending_callback"_s) {
            call.respond(error(409, u"not_a_pending_callback"_s));
        } else {
            qWarning("ioc-server: cannot record a call back: %s", qPrintable(problem));
            call.respond(error(500, u"internal_error"_s));
        }
        return;
    }
    call.respond(ok(staffView(*call.services.notifications->byId(id))));
}

void myNotifications(Call &call)
{
    QJsonArray items;
    for (const Notification &n : call.services.notifications->ofAccount(call.actor().userId, 200)) {
        items.append(QJsonObject{{u"id"_s, n.id},
                                 {u"report_id"_s, n.reportId},
                                 {u"template"_s, n.draft.templateName},
                                 {u"subject"_s, n.draft.subject},
                                 {u"body"_s, n.draft.body},
                                 {u"created_at"_s, timeValue(n.createdAt)}});
    }
    call.respond(ok({{u"items"_s, items}}));
}

} // namespace

void addNotificationRoutes(QList<Route> &routes)
{
    routes.append({"GET", u"/v1/reports/{id}/notifications"_s, true,
                   QList{core::Role::DutyOfficer, core::Role::Supervisor}, reportNotifications});
    routes.append({"GET", u"/v1/citizen/notifications"_s, true, QList{core::Role::Citizen}, myNotifications});
    routes.append(
        {"GET", u"/v1/notifications"_s, true, QList{core::Role::DutyOfficer, core::Role::Supervisor}, attentionList});
    routes.append({"POST", u"/v1/notifications/{id}/callback"_s, true, QList{core::Role::DutyOfficer}, recordCallBack});
}

} // namespace ioc::server
