#include "core/rejectreply.h"

#include "core/vntime.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ioc::core {

namespace {

const QJsonObject &templates()
{
    static const QJsonObject data = [] {
        QFile file(u":/ioc/checks/reject-replies-vi.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("the reply templates are missing from the resources");
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return data;
}

} // namespace

QString composeRejectReply(const Report &report, QList<RejectReason> reasons, const QString &duplicateOfCode)
{
    std::sort(reasons.begin(), reasons.end());
    reasons.erase(std::unique(reasons.begin(), reasons.end()), reasons.end());
    const QJsonObject &t = templates();
    const QString received =
        report.receivedAt.isValid()
            ? report.receivedAt.toTimeZone(QTimeZone(vntime::utcOffsetSeconds)).toString(u"dd/MM/yyyy"_s)
            : QString();
    QString text = t.value(u"opening"_s)
                       .toString()
                       .replace(u"{code}"_s, report.code)
                       .replace(u"{received}"_s, received)
                       .replace(u"{title}"_s, report.title);
    QStringList guidance;
    for (RejectReason reason : reasons) {
        const QJsonObject entry = t.value(u"reasons"_s).toObject().value(rejectReasonName(reason)).toObject();
        const auto fill = [&](QString s) {
            return s.replace(u"{duplicate_of}"_s, duplicateOfCode);
        };
        text += u"\n- "_s + fill(entry.value(u"reason"_s).toString()) + u';';
        const QString resubmit = fill(entry.value(u"resubmit"_s).toString());
        if (!resubmit.isEmpty() && !guidance.contains(resubmit)) {
            guidance.append(resubmit);
        }
    }
    if (text.endsWith(u';')) {
        text.chop(1);
        text += u'.';
    }
    if (!guidance.isEmpty()) {
        text += u"\n\n"_s + guidance.join(u' ');
    }
    text += u"\n\n"_s + t.value(u"closing"_s).toString();
    return text;
}

QString composeSupplementRequest(const Report &report, const QStringList &conditions)
{
    const QJsonObject t = templates().value(u"supplement"_s).toObject();
    QString text =
        t.value(u"opening"_s).toString().replace(u"{code}"_s, report.code).replace(u"{title}"_s, report.title);
    const QJsonObject items = t.value(u"items"_s).toObject();
    QStringList lines;
    for (const QString &key : {u"identity"_s, u"media"_s, u"capture_time"_s, u"editing"_s, u"position"_s,
                               u"language"_s}) { // the checklist's order
        if (conditions.contains(key)) {
            lines.append(u"\n- "_s + items.value(key).toString());
        }
    }
    if (lines.isEmpty()) {
        lines.append(u"\n- "_s + items.value(u"language"_s).toString());
    }
    text += lines.join(u';') + u'.';
    text += u"\n\n"_s + t.value(u"closing"_s).toString();
    return text;
}

} // namespace ioc::core
