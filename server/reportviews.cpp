#include "core/checklist.h"
#include "core/identitycheck.h"
#include "core/publication.h"
#include "core/reportjson.h"
#include "core/visibility.h"
#include "core/vntime.h"
#include "mediastore.h"
#include "referencestore.h"
#include "reportservice.h"

#include <QJsonArray>

// What each reader sees of a report.
namespace ioc::server {

namespace {

// The fields of a report its citizen may read.
const QStringList citizenFields{QStringLiteral("id"),
                                QStringLiteral("code"),
                                QStringLiteral("version"),
                                QStringLiteral("state"),
                                QStringLiteral("title"),
                                QStringLiteral("content"),
                                QStringLiteral("category_id"),
                                QStringLiteral("position"),
                                QStringLiteral("captured_at"),
                                QStringLiteral("received_at"),
                                QStringLiteral("channel"),
                                QStringLiteral("urgent"),
                                QStringLiteral("public"),
                                QStringLiteral("reporter"),
                                QStringLiteral("consents"),
                                QStringLiteral("media"),
                                QStringLiteral("reject_reasons"),
                                QStringLiteral("reply_text"),
                                QStringLiteral("supplement_request"),
                                QStringLiteral("commitment_text"),
                                QStringLiteral("public_text"),
                                QStringLiteral("published_at"),
                                QStringLiteral("rating"),
                                QStringLiteral("ratings"),
                                QStringLiteral("interactions")};

// The IOC's roles see pictures as they were sent; everyone else gets the copy without metadata.
bool getsOriginals(core::Role role)
{
    return role == core::Role::DutyOfficer || role == core::Role::Supervisor;
}

} // namespace

QString ReportService::publicHash(const QString &sha256) const
{
    const auto copy = m_media.publicCopy(sha256);
    return copy ? copy->sha256 : sha256;
}

QJsonObject ReportService::publicMediaItem(const QJsonObject &item) const
{
    // The copy's hash and size (a video or a PDF has no copy: its own), no file name, and of the
    // facts only the picture's size: not where, when or with what it was taken.
    QJsonObject shown = item;
    const QString sha256 = item.value(QStringLiteral("sha256")).toString();
    if (const auto copy = m_media.publicCopy(sha256)) {
        shown.insert(QStringLiteral("sha256"), copy->sha256);
        shown.insert(QStringLiteral("size"), copy->size);
    }
    shown.remove(QStringLiteral("file_name"));
    const QJsonObject facts = item.value(QStringLiteral("facts")).toObject();
    if (!facts.isEmpty()) {
        core::MediaFacts reduced;
        reduced.known = true;
        reduced.width = facts.value(QStringLiteral("width")).toInt();
        reduced.height = facts.value(QStringLiteral("height")).toInt();
        shown.insert(QStringLiteral("facts"), core::json::fromMediaFacts(reduced));
    }
    return shown;
}

void ReportService::publishMedia(QJsonObject &object) const
{
    const auto items = [this](const QJsonArray &list) {
        QJsonArray shown;
        for (const QJsonValue &item : list) {
            shown.append(item.isObject() ? QJsonValue(publicMediaItem(item.toObject())) : item);
        }
        return shown;
    };
    const auto hashes = [this](const QJsonArray &list) {
        QJsonArray shown;
        for (const QJsonValue &sha256 : list) {
            shown.append(publicHash(sha256.toString()));
        }
        return shown;
    };
    if (object.contains(QStringLiteral("media"))) {
        object.insert(QStringLiteral("media"), items(object.value(QStringLiteral("media")).toArray()));
    }
    for (const QString &key : {QStringLiteral("result_attachments"), QStringLiteral("attachments")}) {
        if (object.contains(key)) {
            object.insert(key, hashes(object.value(key).toArray()));
        }
    }
}

QJsonObject ReportService::view(const core::Report &report, const core::Actor &actor, bool withEvents) const
{
    if (!withEvents) {
        return viewWith(report, actor, nullptr);
    }
    const QList<core::ReportEvent> events = this->events(report.id);
    return viewWith(report, actor, &events);
}

QJsonObject ReportService::viewWith(const core::Report &stored, const core::Actor &actor,
                                    const QList<core::ReportEvent> *reportEvents) const
{
    const core::ReportAccess access = core::reportAccess(actor, stored, m_reference.directory());
    // Citizens read the public fields; so does a connected system, of the reports it filed.
    const bool publicFieldsOnly = actor.role == core::Role::Citizen || actor.role == core::Role::ConnectedSystem;
    const bool ownReport = actor.role == core::Role::Citizen && !stored.reporter.accountId.isEmpty() &&
                           stored.reporter.accountId == actor.userId;
    // The identity whole only to the reporter; to every other reader who may know it, masked with
    // the server's checks and the sender keys (revealed on request, recorded); withheld from the
    // rest (PRODUCT.md §17).
    const core::json::Identity identity = ownReport         ? core::json::Identity::Include
                                          : access.identity ? core::json::Identity::Mask
                                                            : core::json::Identity::Withhold;
    std::optional<core::Report> completed;
    if (identity == core::json::Identity::Mask && stored.reporter.checks.isEmpty()) {
        completed = withChecks(stored);
    }
    const core::Report &report = completed ? *completed : stored;
    QJsonObject object = core::json::fromReport(report, identity);
    if (publicFieldsOnly) {
        QJsonObject filtered;
        for (const QString &field : citizenFields) {
            if (object.contains(field)) {
                filtered.insert(field, object.value(field));
            }
        }
        if (report.state != core::ReportState::Published) {
            filtered.remove(QStringLiteral("public_text"));
        }
        // Keys and checks are for verifying, not for citizens to link reports by.
        QJsonObject reporter = filtered.value(QStringLiteral("reporter")).toObject();
        reporter.remove(QStringLiteral("sender_keys"));
        reporter.remove(QStringLiteral("checks"));
        filtered.insert(QStringLiteral("reporter"), reporter);
        object = filtered;
    }
    if (actor.role == core::Role::Citizen && !ownReport && object.contains(QStringLiteral("media"))) {
        // Another citizen's files reach the public only without their metadata: pictures as their
        // copies; a video or a document (GPS in a phone's video, an author in a PDF) has no such
        // copy, so it is not published.
        QJsonArray kept;
        for (const QJsonValue &item : object.value(QStringLiteral("media")).toArray()) {
            if (m_media.publicCopy(item.toObject().value(QStringLiteral("sha256")).toString())) {
                kept.append(item);
            }
        }
        object.insert(QStringLiteral("media"), kept);
    }
    const bool copies = !getsOriginals(actor.role);
    if (copies) {
        publishMedia(object);
    }
    // The reply addressed by name is the reporter's: a reader who may not know who reported (an
    // agency without the reporter's consent, another citizen, a connected system) reads the
    // public text only (Điều 5.6).
    if (actor.role == core::Role::Citizen ? !ownReport : !access.identity) {
        object.remove(QStringLiteral("reply_text"));
    }
    if (!ownReport) {
        maskTexts(object, report);
    }
    if (reportEvents != nullptr) {
        QJsonArray events;
        for (const core::ReportEvent &event : *reportEvents) {
            if (publicFieldsOnly) {
                if (!core::publication::isOnCitizenTimeline(event.action)) {
                    continue;
                }
                QJsonObject entry{
                    {QStringLiteral("action"), event.action},
                    {QStringLiteral("at"), core::json::fromEvent(event).value(QStringLiteral("acted_at"))},
                    {QStringLiteral("state"), core::reportStateName(event.toState)}};
                // The status notice is written for the reporter to read (11.2.b).
                if (event.action == QStringLiteral("notify_status")) {
                    QJsonObject notice{{QStringLiteral("text"), event.payload.value(QStringLiteral("text"))}};
                    if (!ownReport) {
                        maskTexts(notice, report);
                    }
                    entry.insert(QStringLiteral("text"), notice.value(QStringLiteral("text")));
                }
                events.append(entry);
                continue;
            }
            events.append(staffEvent(event, report, identity, access.identity, copies));
        }
        object.insert(QStringLiteral("events"), events);
    }
    return object;
}

core::Report ReportService::withChecks(const core::Report &stored) const
{
    if (!stored.reporter.checks.isEmpty()) {
        return stored;
    }
    core::Report report = stored; // stored before the server kept keys and checks with each report
    report.reporter = m_identity.completed(stored.reporter, core::vntime::localDate(m_clock.now()));
    return report;
}

QJsonObject ReportService::staffEvent(const core::ReportEvent &event, const core::Report &report,
                                      core::json::Identity identity, bool knowsIdentity, bool copies) const
{
    QJsonObject json = core::json::fromEvent(event);
    QJsonObject payload = json.value(QStringLiteral("payload")).toObject();
    if (copies) {
        publishMedia(payload);
    }
    if (!knowsIdentity) {
        // A citizen's account id names the reporter (the accounts list maps it to a name); a
        // reply (reject, publish) is addressed to the reporter by name.
        if (event.actorRole == core::Role::Citizen) {
            json.insert(QStringLiteral("actor_id"), QJsonValue::Null);
        }
        payload.remove(QStringLiteral("reply"));
    }
    // What the reporter gave at intake is the identity: masked like the report's.
    if (payload.contains(QStringLiteral("reporter"))) {
        payload.insert(QStringLiteral("reporter"), core::json::fromReporter(report.reporter, identity));
    }
    maskTexts(payload, report);
    json.insert(QStringLiteral("payload"), payload);
    return json;
}

void ReportService::maskTexts(QJsonObject &object, const core::Report &report)
{
    const core::Reporter &r = report.reporter;
    if (!r.hasIdentity()) {
        return;
    }
    // Cheap first: most texts hold no part of the identity, and the masking compiles patterns.
    QStringList parts{r.email.trimmed(), r.citizenId.trimmed(), r.address.trimmed(),
                      core::identity::nationalDigits(r.phone).right(7), r.phone.trimmed()};
    parts += r.fullName.split(u' ', Qt::SkipEmptyParts);
    parts += r.representative.split(u' ', Qt::SkipEmptyParts);
    parts.removeIf([](const QString &part) { return part.size() < 2; });
    const auto mayHold = [&parts](const QString &text) {
        return std::any_of(parts.cbegin(), parts.cend(),
                           [&text](const QString &part) { return text.contains(part, Qt::CaseInsensitive); });
    };
    // Texts addressed to the reporter or published are masked the way publication masks them
    // (any number, the addressee line); the others where the identity's values stand.
    static const QStringList replies{QStringLiteral("reply_text"), QStringLiteral("reply"),
                                     QStringLiteral("public_text")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() || it.key() == QStringLiteral("id") || it.key() == QStringLiteral("code")) {
            continue;
        }
        const QString text = it.value().toString();
        if (text.size() < 2 || !mayHold(text)) {
            continue;
        }
        if (it.key() == QStringLiteral("public_text") && report.consents.publishIdentity) {
            continue;
        }
        it.value() = replies.contains(it.key()) ? core::publication::publicVersion(text, report)
                                                : core::verification::maskIdentity(text, r);
    }
}

} // namespace ioc::server
