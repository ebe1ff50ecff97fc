#include "core/clockengine.h"
#include "core/vntime.h"
#include "core/workflow.h"
#include "core/workflow_p.h"

#include <QJsonArray>
#include <QRegularExpression>

// The `create` action: a new report from an officer's intake form, a citizen's app or portal,
// or a connected system.
namespace ioc::core {

namespace {

WorkflowError checkKeys(const QJsonObject &object, const QStringList &known, const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            return WorkflowError(QStringLiteral("unknown_field"), prefix + it.key());
        }
    }
    return {};
}

WorkflowError checkTexts(const QJsonObject &object, const QStringList &keys, const QString &prefix)
{
    for (const QString &key : keys) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            return WorkflowError(QStringLiteral("wrong_type"), prefix + key);
        }
    }
    return {};
}

bool channelAllowed(Role role, Channel channel)
{
    switch (role) {
    case Role::DutyOfficer:
        // A connected system's report the IOC received another way (its link was down): named below.
        return isOfficerIntakeChannel(channel) || channel == Channel::ConnectedSystem;
    case Role::Citizen:
        return channel == Channel::MobileApp || channel == Channel::WebPortal;
    case Role::System:
        return channel == Channel::ConnectedSystem;
    default:
        return false;
    }
}

Result<Position> parsePosition(const QJsonObject &object)
{
    if (const auto error = checkKeys(object,
                                     {QStringLiteral("latitude"), QStringLiteral("longitude"),
                                      QStringLiteral("address"), QStringLiteral("area_id"), QStringLiteral("source")},
                                     QStringLiteral("position."));
        error.isError()) {
        return error;
    }
    if (const auto error =
            checkTexts(object, {QStringLiteral("address"), QStringLiteral("area_id"), QStringLiteral("source")},
                       QStringLiteral("position."));
        error.isError()) {
        return error;
    }
    const QJsonValue lat = object.value(QStringLiteral("latitude"));
    const QJsonValue lon = object.value(QStringLiteral("longitude"));
    if (!lat.isDouble() || !lon.isDouble()) {
        return WorkflowError(QStringLiteral("invalid_position"), QStringLiteral("position"));
    }
    Position position;
    position.latitude = lat.toDouble();
    position.longitude = lon.toDouble();
    position.address = object.value(QStringLiteral("address")).toString().trimmed();
    position.areaId = object.value(QStringLiteral("area_id")).toString();
    const auto source = positionSourceFromName(object.value(QStringLiteral("source")).toString());
    if (!source) {
        return WorkflowError(QStringLiteral("invalid_value"), QStringLiteral("position.source"));
    }
    position.source = *source;
    if (!position.isValid()) {
        return WorkflowError(QStringLiteral("invalid_position"), QStringLiteral("position"));
    }
    return position;
}

Result<Reporter> parseReporter(const QJsonObject &object)
{
    const QStringList texts{QStringLiteral("kind"),           QStringLiteral("full_name"),   QStringLiteral("address"),
                            QStringLiteral("phone"),          QStringLiteral("citizen_id"),  QStringLiteral("email"),
                            QStringLiteral("representative"), QStringLiteral("zalo_user_id")};
    if (const auto error = checkKeys(object, texts, QStringLiteral("reporter.")); error.isError()) {
        return error;
    }
    if (const auto error = checkTexts(object, texts, QStringLiteral("reporter.")); error.isError()) {
        return error;
    }
    const auto kind = reporterKindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        return WorkflowError(QStringLiteral("invalid_value"), QStringLiteral("reporter.kind"));
    }
    Reporter reporter;
    reporter.kind = *kind;
    reporter.fullName = object.value(QStringLiteral("full_name")).toString().trimmed();
    reporter.address = object.value(QStringLiteral("address")).toString().trimmed();
    reporter.phone = object.value(QStringLiteral("phone")).toString().trimmed();
    reporter.citizenId = object.value(QStringLiteral("citizen_id")).toString().trimmed();
    reporter.email = object.value(QStringLiteral("email")).toString().trimmed();
    reporter.representative = object.value(QStringLiteral("representative")).toString().trimmed();
    reporter.zaloUserId = object.value(QStringLiteral("zalo_user_id")).toString().trimmed();
    return reporter;
}

Result<Consents> parseConsents(const QJsonObject &object)
{
    const QStringList keys{QStringLiteral("share_with_agency"), QStringLiteral("publish_identity"),
                           QStringLiteral("confidential_result")};
    if (const auto error = checkKeys(object, keys, QStringLiteral("consents.")); error.isError()) {
        return error;
    }
    for (const QString &key : keys) {
        if (object.contains(key) && !object.value(key).isBool()) {
            return WorkflowError(QStringLiteral("wrong_type"), QStringLiteral("consents.") + key);
        }
    }
    return Consents{object.value(keys[0]).toBool(), object.value(keys[1]).toBool(), object.value(keys[2]).toBool()};
}

} // namespace

WorkflowError checkTextLengths(const QString &title, const QString &content)
{
    if (title.size() > maxTitleLength) {
        return WorkflowError(QStringLiteral("text_too_long"), QStringLiteral("title"));
    }
    if (content.size() > maxContentLength) {
        return WorkflowError(QStringLiteral("text_too_long"), QStringLiteral("content"));
    }
    return {};
}

Result<ActionOutcome> createReport(const QString &id, const QString &code, const Actor &actor,
                                   const QJsonObject &payload, const QDateTime &actedAt, const WorkflowContext &context)
{
    Q_ASSERT(context.policy != nullptr && context.calendar != nullptr);
    const ActionSpec &spec = actionSpec(Action::Create);
    if (!spec.roles.contains(actor.role)) {
        return WorkflowError(QStringLiteral("role_not_allowed"));
    }
    if (actor.role == Role::Citizen && context.reporterAccountLocked) {
        return WorkflowError(QStringLiteral("account_locked"));
    }
    if (const WorkflowError error = validatePayloadShape(Action::Create, payload); error.isError()) {
        return error;
    }

    Report report;
    report.id = id;
    report.code = code;
    report.title = detail::text(payload, "title");
    report.content = detail::text(payload, "content");
    if (const WorkflowError error = checkTextLengths(report.title, report.content); error.isError()) {
        return error;
    }
    report.categoryId = detail::text(payload, "category_id");
    const Category *category = nullptr;
    if (context.directory != nullptr) {
        category = context.directory->category(report.categoryId);
        if (category == nullptr || !category->active) {
            return WorkflowError(QStringLiteral("unknown_category"), QStringLiteral("category_id"));
        }
    }
    const auto channel = channelFromName(detail::text(payload, "channel"));
    if (!channel) {
        return WorkflowError(QStringLiteral("unknown_channel"), QStringLiteral("channel"));
    }
    if (!channelAllowed(actor.role, *channel)) {
        return WorkflowError(QStringLiteral("channel_not_allowed"), QStringLiteral("channel"));
    }
    report.channel = *channel;
    // Which connected system: the one filing, or the one the officer names (the server checks
    // that the account is one).
    const QString sourceSystem = detail::text(payload, "source_system_id").trimmed();
    if (*channel == Channel::ConnectedSystem) {
        report.sourceSystemId = actor.role == Role::System ? actor.userId : sourceSystem;
        if (report.sourceSystemId.isEmpty()) {
            return WorkflowError(QStringLiteral("missing_field"), QStringLiteral("source_system_id"));
        }
    } else if (!sourceSystem.isEmpty()) {
        return WorkflowError(QStringLiteral("invalid_value"), QStringLiteral("source_system_id"));
    }

    auto position = parsePosition(payload.value(QStringLiteral("position")).toObject());
    if (!position.ok()) {
        return position.error();
    }
    report.position = position.value();
    auto reporter = parseReporter(payload.value(QStringLiteral("reporter")).toObject());
    if (!reporter.ok()) {
        return reporter.error();
    }
    report.reporter = reporter.value();
    // A Zalo user is where a Zalo report's replies go (docs/channels.md); on another channel it
    // would send them somewhere the reporter did not write from.
    if (!report.reporter.zaloUserId.isEmpty() && report.channel != Channel::Zalo) {
        return WorkflowError(QStringLiteral("invalid_value"), QStringLiteral("reporter.zalo_user_id"));
    }
    if (actor.role == Role::Citizen) {
        report.reporter.accountId = actor.userId;
    }
    auto consents = parseConsents(payload.value(QStringLiteral("consents")).toObject());
    if (!consents.ok()) {
        return consents.error();
    }
    report.consents = consents.value();
    auto media = detail::parseMedia(payload.value(QStringLiteral("media")).toArray());
    if (!media.ok()) {
        return media.error();
    }
    report.media = media.value();
    if (payload.contains(QStringLiteral("captured_at"))) {
        report.capturedAt = *vntime::parseIso8601(payload.value(QStringLiteral("captured_at")).toString());
    }
    report.receivedAt = actedAt;
    report.urgent = payload.value(QStringLiteral("urgent")).toBool(category != nullptr && category->urgent);
    report.isPublic = payload.value(QStringLiteral("public")).toBool(true);
    report.state = ReportState::Received;
    report.version = 1;

    detail::applyClockEffects(report, QString(), spec, payload, actedAt, context);

    ReportEvent event;
    event.action = actionName(Action::Create);
    event.actorId = actor.userId;
    event.actorRole = actor.role;
    event.actorAgencyId = actor.agencyId;
    event.actedAt = actedAt;
    event.receivedAt = context.receivedAt.isValid() ? context.receivedAt : actedAt;
    event.fromState = ReportState::Received;
    event.toState = ReportState::Received;
    event.version = report.version;
    // The timeline never carries the reporter's identity: it lives in the report, where
    // visibility rules guard it (§17).
    event.payload = payload;
    event.payload.remove(QStringLiteral("reporter"));
    return ActionOutcome{report, event};
}

namespace detail {

Result<QList<MediaItem>> parseMedia(const QJsonArray &array)
{
    QList<MediaItem> media;
    const QStringList keys{QStringLiteral("sha256"), QStringLiteral("mime_type"), QStringLiteral("size"),
                           QStringLiteral("file_name"), QStringLiteral("captured_at")};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("media[%1].").arg(i);
        if (!array.at(i).isObject()) {
            return WorkflowError(QStringLiteral("wrong_type"), prefix.chopped(1));
        }
        const QJsonObject object = array.at(i).toObject();
        if (const auto error = checkKeys(object, keys, prefix); error.isError()) {
            return error;
        }
        MediaItem item;
        item.sha256 = object.value(QStringLiteral("sha256")).toString();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(item.sha256).hasMatch()) {
            return WorkflowError(QStringLiteral("invalid_value"), prefix + QStringLiteral("sha256"));
        }
        item.mimeType = object.value(QStringLiteral("mime_type")).toString();
        // Size and type are optional: the server replaces them with what it measured.
        item.size = object.contains(QStringLiteral("size")) ? object.value(QStringLiteral("size")).toInteger(-1) : 0;
        if (item.size < 0) {
            return WorkflowError(QStringLiteral("invalid_value"), prefix + QStringLiteral("size"));
        }
        item.fileName = object.value(QStringLiteral("file_name")).toString();
        if (object.contains(QStringLiteral("captured_at"))) {
            const auto captured = vntime::parseIso8601(object.value(QStringLiteral("captured_at")).toString());
            if (!captured) {
                return WorkflowError(QStringLiteral("invalid_time"), prefix + QStringLiteral("captured_at"));
            }
            item.capturedAt = *captured;
        }
        media.append(item);
    }
    return media;
}

} // namespace detail

} // namespace ioc::core
