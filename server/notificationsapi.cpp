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
}

} // namespace ioc::server
