#include "core/reportjson.h"

#include "core/masking.h"
#include "core/vntime.h"

#include <QJsonArray>

namespace ioc::core::json {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(vntime::toIso8601(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Reads fields of one JSON object, remembering the first malformed one with its path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, WorkflowError *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    bool has(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        return !v.isUndefined() && !v.isNull();
    }

    QString text(const char *key, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(key);
            }
            return {};
        }
        if (!v.isString()) {
            fail(key);
            return {};
        }
        return v.toString();
    }

    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            return fallback;
        }
        if (!v.isBool()) {
            fail(key);
        }
        return v.toBool(fallback);
    }

    double number(const char *key, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if ((v.isUndefined() || v.isNull()) && !required) {
            return 0;
        }
        if (!v.isDouble()) {
            fail(key);
        }
        return v.toDouble();
    }

    qint64 integer(const char *key, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if ((v.isUndefined() || v.isNull()) && !required) {
            return 0;
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInteger())) {
            fail(key);
        }
        return v.toInteger();
    }

    QDateTime time(const char *key, bool required = false)
    {
        const QString t = text(key, required);
        if (t.isEmpty()) {
            return {};
        }
        const auto parsed = vntime::parseIso8601(t);
        if (!parsed) {
            fail(key);
            return {};
        }
        return *parsed;
    }

    QStringList texts(const char *key)
    {
        QStringList list;
        for (const QJsonValue &v : array(key)) {
            if (!v.isString()) {
                fail(key);
                return {};
            }
            list.append(v.toString());
        }
        return list;
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isArray()) {
            fail(key);
        }
        return v.toArray();
    }

    QJsonObject object(const char *key, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if ((v.isUndefined() || v.isNull()) && !required) {
            return {};
        }
        if (!v.isObject()) {
            fail(key);
        }
        return v.toObject();
    }

    template<typename E, typename F>
    E enumeration(const char *key, F fromName, E fallback, bool required = false)
    {
        const QString name = text(key, required);
        if (name.isEmpty()) {
            return fallback;
        }
        const std::optional<E> value = fromName(name);
        if (!value) {
            fail(key);
            return fallback;
        }
        return *value;
    }

    QString path(const char *key) const
    {
        const QString name = QString::fromLatin1(key);
        return m_path.isEmpty() ? name : m_path + u'.' + name;
    }
    void fail(const char *key)
    {
        if (!m_error->isError()) {
            *m_error = WorkflowError(QStringLiteral("invalid_value"), path(key));
        }
    }
    bool ok() const { return !m_error->isError(); }

private:
    QJsonObject m_object;
    QString m_path;
    WorkflowError *m_error;
};

QJsonObject fromPosition(const Position &p)
{
    return {{QStringLiteral("latitude"), p.latitude},
            {QStringLiteral("longitude"), p.longitude},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("area_id"), textOrNull(p.areaId)},
            {QStringLiteral("source"), positionSourceName(p.source)}};
}

QJsonObject fromClock(const ReportClock &c)
{
    QJsonObject object{{QStringLiteral("step"), clockStepName(c.step)},
                       {QStringLiteral("status"), clockStatusName(c.status)},
                       {QStringLiteral("started_at"), timeValue(c.startedAt)},
                       {QStringLiteral("due_at"), timeValue(c.dueAt)},
                       {QStringLiteral("stopped_at"), timeValue(c.stoppedAt)},
                       {QStringLiteral("on_time"), c.onTime ? QJsonValue(*c.onTime) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("agency_id"), textOrNull(c.agencyId)},
                       {QStringLiteral("urgent"), c.urgent}};
    if (c.requestedAt.isValid()) {
        object.insert(QStringLiteral("requested_at"), timeValue(c.requestedAt));
    }
    if (c.pausedAt.isValid()) {
        object.insert(QStringLiteral("paused_at"), timeValue(c.pausedAt));
    }
    return object;
}

QJsonValue mediaFactsValue(const MediaFacts &f)
{
    if (!f.known) {
        return QJsonValue::Null;
    }
    const auto optionalNumber = [](const std::optional<double> &v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("has_exif"), f.hasExif},
                       {QStringLiteral("exif_captured_at"), timeValue(f.exifCapturedAt)},
                       {QStringLiteral("exif_time_has_offset"), f.exifTimeHasOffset},
                       {QStringLiteral("exif_modified_at"), timeValue(f.exifModifiedAt)},
                       {QStringLiteral("exif_latitude"), optionalNumber(f.exifLatitude)},
                       {QStringLiteral("exif_longitude"), optionalNumber(f.exifLongitude)},
                       {QStringLiteral("software"), textOrNull(f.software)},
                       {QStringLiteral("camera"), textOrNull(f.camera)},
                       {QStringLiteral("width"), f.width},
                       {QStringLiteral("height"), f.height},
                       {QStringLiteral("perceptual_hash"), textOrNull(f.perceptualHash)}};
}

QJsonObject fromMedia(const MediaItem &m)
{
    return {{QStringLiteral("sha256"), m.sha256},
            {QStringLiteral("mime_type"), m.mimeType},
            {QStringLiteral("size"), m.size},
            {QStringLiteral("file_name"), m.fileName},
            {QStringLiteral("captured_at"), timeValue(m.capturedAt)},
            {QStringLiteral("facts"), mediaFactsValue(m.facts)}};
}

QJsonObject fromContact(const ContactPerson &c)
{
    return {{QStringLiteral("name"), c.name}, {QStringLiteral("phone"), c.phone}, {QStringLiteral("email"), c.email}};
}

ContactPerson toContact(Reader &r)
{
    return {r.text("name"), r.text("phone"), r.text("email")};
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

MediaFacts readMediaFacts(const QJsonObject &object, const QString &path, WorkflowError *error)
{
    Reader f(object, path, error);
    MediaFacts facts;
    facts.known = true;
    facts.hasExif = f.boolean("has_exif", false);
    facts.exifCapturedAt = f.time("exif_captured_at");
    facts.exifTimeHasOffset = f.boolean("exif_time_has_offset", false);
    facts.exifModifiedAt = f.time("exif_modified_at");
    if (f.has("exif_latitude") && f.has("exif_longitude")) {
        facts.exifLatitude = f.number("exif_latitude");
        facts.exifLongitude = f.number("exif_longitude");
    }
    facts.software = f.text("software");
    facts.camera = f.text("camera");
    facts.width = int(f.integer("width"));
    facts.height = int(f.integer("height"));
    facts.perceptualHash = f.text("perceptual_hash");
    return facts;
}

} // namespace

QJsonObject fromReporter(const Reporter &reporter, Identity identity)
{
    QJsonObject object{{QStringLiteral("kind"), reporterKindName(reporter.kind)}};
    if (identity == Identity::Withhold) {
        object.insert(QStringLiteral("identity_withheld"), true);
        return object;
    }
    object.insert(QStringLiteral("account_id"), textOrNull(reporter.accountId));
    if (identity == Identity::Include) {
        object.insert(QStringLiteral("full_name"), reporter.fullName);
        object.insert(QStringLiteral("address"), reporter.address);
        object.insert(QStringLiteral("phone"), reporter.phone);
        object.insert(QStringLiteral("citizen_id"), reporter.citizenId);
        object.insert(QStringLiteral("email"), reporter.email);
        object.insert(QStringLiteral("representative"), reporter.representative);
        if (!reporter.zaloUserId.isEmpty()) {
            object.insert(QStringLiteral("zalo_user_id"), reporter.zaloUserId);
        }
    } else {
        // Masked from the raw identity where this side holds it (the server), else as received.
        const bool raw = reporter.hasIdentity();
        const MaskedIdentity &m = reporter.masked;
        object.insert(
            QStringLiteral("masked"),
            QJsonObject{
                {QStringLiteral("full_name"), raw ? masking::name(reporter.fullName) : m.fullName},
                {QStringLiteral("address"), raw ? masking::address(reporter.address) : m.address},
                {QStringLiteral("phone"), raw ? masking::phone(reporter.phone) : m.phone},
                {QStringLiteral("citizen_id"), raw ? masking::citizenId(reporter.citizenId) : m.citizenId},
                {QStringLiteral("email"), raw ? masking::email(reporter.email) : m.email},
                {QStringLiteral("representative"), raw ? masking::name(reporter.representative) : m.representative}});
    }
    if (!reporter.senderKeys.isEmpty()) {
        object.insert(QStringLiteral("sender_keys"), QJsonArray::fromStringList(reporter.senderKeys));
    }
    if (!reporter.checks.isEmpty()) {
        QJsonArray checks;
        for (const IdentityCheckResult &check : reporter.checks) {
            checks.append(QJsonObject{{QStringLiteral("code"), check.code},
                                      {QStringLiteral("verdict"), check.verdict},
                                      {QStringLiteral("args"), QJsonArray::fromStringList(check.args)}});
        }
        object.insert(QStringLiteral("checks"), checks);
    }
    return object;
}

Result<Reporter> toReporter(const QJsonObject &object)
{
    WorkflowError error;
    Reader r(object, QStringLiteral("reporter"), &error);
    Reporter reporter;
    reporter.kind = r.enumeration("kind", reporterKindFromName, ReporterKind::Person, true);
    reporter.accountId = r.text("account_id");
    reporter.fullName = r.text("full_name");
    reporter.address = r.text("address");
    reporter.phone = r.text("phone");
    reporter.citizenId = r.text("citizen_id");
    reporter.email = r.text("email");
    reporter.representative = r.text("representative");
    reporter.zaloUserId = r.text("zalo_user_id");
    if (r.has("masked")) {
        Reader m(r.object("masked"), QStringLiteral("reporter.masked"), &error);
        MaskedIdentity &masked = reporter.masked;
        masked.present = true;
        masked.fullName = m.text("full_name");
        masked.address = m.text("address");
        masked.phone = m.text("phone");
        masked.citizenId = m.text("citizen_id");
        masked.email = m.text("email");
        masked.representative = m.text("representative");
    }
    reporter.senderKeys = r.texts("sender_keys");
    if (r.has("checks")) {
        for (const QJsonValue &value : r.array("checks")) {
            const QJsonObject check = value.toObject();
            IdentityCheckResult result{
                check.value(QStringLiteral("code")).toString(), check.value(QStringLiteral("verdict")).toString(), {}};
            for (const QJsonValue &arg : check.value(QStringLiteral("args")).toArray()) {
                result.args.append(arg.toString());
            }
            if (!value.isObject() || result.code.isEmpty() ||
                !QStringList{QStringLiteral("pass"), QStringLiteral("look"), QStringLiteral("fail")}.contains(
                    result.verdict)) {
                return WorkflowError(QStringLiteral("invalid_value"), QStringLiteral("reporter.checks"));
            }
            reporter.checks.append(result);
        }
    }
    if (!r.ok()) {
        return error;
    }
    return reporter;
}

QJsonObject fromReport(const Report &report, Identity identity)
{
    QJsonArray clocks;
    for (const ReportClock &clock : report.clocks) {
        clocks.append(fromClock(clock));
    }
    QJsonArray media;
    for (const MediaItem &item : report.media) {
        media.append(fromMedia(item));
    }
    QJsonArray reasons;
    for (const RejectReason reason : report.rejectReasons) {
        reasons.append(rejectReasonName(reason));
    }
    QJsonArray interactions;
    for (const Interaction &i : report.interactions) {
        QJsonObject interaction{{QStringLiteral("asked_at"), timeValue(i.askedAt)},
                                {QStringLiteral("text"), i.text},
                                {QStringLiteral("answered_at"), timeValue(i.answeredAt)},
                                {QStringLiteral("answer"), i.answer}};
        if (!i.notLegitimateReason.isEmpty()) {
            interaction.insert(QStringLiteral("not_legitimate_reason"), i.notLegitimateReason);
        }
        interactions.append(interaction);
    }
    QJsonArray ratings;
    for (const Rating &rating : report.ratings) {
        ratings.append(QJsonObject{{QStringLiteral("rated_at"), timeValue(rating.ratedAt)},
                                   {QStringLiteral("level"), satisfactionName(rating.level)},
                                   {QStringLiteral("comment"), textOrNull(rating.comment)}});
    }
    QJsonValue proposal(QJsonValue::Null);
    if (report.extensionProposal.isValid()) {
        const ExtensionProposal &p = report.extensionProposal;
        proposal = QJsonObject{{QStringLiteral("ground"), extensionGroundName(p.ground)},
                               {QStringLiteral("reason"), p.reason},
                               {QStringLiteral("new_due"), timeValue(p.newDue)},
                               {QStringLiteral("commitment"), textOrNull(p.commitment)},
                               {QStringLiteral("proposed_by"), textOrNull(p.proposedBy)},
                               {QStringLiteral("proposed_at"), timeValue(p.proposedAt)}};
    }
    return QJsonObject{
        {QStringLiteral("id"), report.id},
        {QStringLiteral("code"), report.code},
        {QStringLiteral("version"), report.version},
        {QStringLiteral("state"), reportStateName(report.state)},
        {QStringLiteral("title"), report.title},
        {QStringLiteral("content"), report.content},
        {QStringLiteral("original_title"), textOrNull(report.originalTitle)},
        {QStringLiteral("original_content"), textOrNull(report.originalContent)},
        {QStringLiteral("category_id"), report.categoryId},
        {QStringLiteral("position"), fromPosition(report.position)},
        {QStringLiteral("captured_at"), timeValue(report.capturedAt)},
        {QStringLiteral("received_at"), timeValue(report.receivedAt)},
        {QStringLiteral("channel"), channelName(report.channel)},
        {QStringLiteral("source_system_id"), textOrNull(report.sourceSystemId)},
        {QStringLiteral("urgent"), report.urgent},
        {QStringLiteral("public"), report.isPublic},
        {QStringLiteral("hidden"), report.hidden},
        {QStringLiteral("escalated"), report.escalated},
        {QStringLiteral("reporter"), fromReporter(report.reporter, identity)},
        {QStringLiteral("consents"),
         QJsonObject{{QStringLiteral("share_with_agency"), report.consents.shareWithAgency},
                     {QStringLiteral("publish_identity"), report.consents.publishIdentity},
                     {QStringLiteral("confidential_result"), report.consents.confidentialResult}}},
        {QStringLiteral("media"), media},
        {QStringLiteral("lead_agency_id"), textOrNull(report.leadAgencyId)},
        {QStringLiteral("coordinating_agency_ids"), stringArray(report.coordinatingAgencyIds)},
        {QStringLiteral("coordinator_agency_id"), textOrNull(report.coordinatorAgencyId)},
        {QStringLiteral("suggested_agency_id"), textOrNull(report.suggestedAgencyId)},
        {QStringLiteral("agreement"), agreementName(report.agreement)},
        {QStringLiteral("claimed_by"), textOrNull(report.claimedBy)},
        {QStringLiteral("claimed_at"), timeValue(report.claimedAt)},
        {QStringLiteral("reject_reasons"), reasons},
        {QStringLiteral("reply_text"), textOrNull(report.replyText)},
        {QStringLiteral("duplicate_of"), textOrNull(report.duplicateOf)},
        {QStringLiteral("repeat_of"), textOrNull(report.repeatOf)},
        {QStringLiteral("supplement_request"), textOrNull(report.supplementRequest)},
        {QStringLiteral("result_text"), textOrNull(report.resultText)},
        {QStringLiteral("result_attachments"), stringArray(report.resultAttachments)},
        {QStringLiteral("commitment_text"), textOrNull(report.commitmentText)},
        {QStringLiteral("extension_proposal"), proposal},
        {QStringLiteral("sanction_procedure"), textOrNull(report.sanctionProcedure)},
        {QStringLiteral("published_at"), timeValue(report.publishedAt)},
        {QStringLiteral("public_text"), textOrNull(report.publicText)},
        {QStringLiteral("confidential_publication"), report.confidentialPublication},
        {QStringLiteral("dispatched"), report.dispatched},
        {QStringLiteral("result_obtained"), report.resultObtained},
        {QStringLiteral("rating"),
         report.rating ? QJsonValue(satisfactionName(*report.rating)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ratings"), ratings},
        {QStringLiteral("interactions"), interactions},
        {QStringLiteral("clocks"), clocks},
    };
}

Result<Report> toReport(const QJsonObject &object)
{
    WorkflowError error;
    Reader r(object, QString(), &error);
    Report report;
    report.id = r.text("id", true);
    report.code = r.text("code");
    report.version = int(r.integer("version", true));
    report.state = r.enumeration("state", reportStateFromName, ReportState::Received, true);
    report.title = r.text("title");
    report.content = r.text("content");
    report.originalTitle = r.text("original_title");
    report.originalContent = r.text("original_content");
    report.categoryId = r.text("category_id");
    {
        Reader p(r.object("position"), QStringLiteral("position"), &error);
        report.position.latitude = p.number("latitude");
        report.position.longitude = p.number("longitude");
        report.position.address = p.text("address");
        report.position.areaId = p.text("area_id");
        report.position.source = p.enumeration("source", positionSourceFromName, PositionSource::DeviceGps);
    }
    report.capturedAt = r.time("captured_at");
    report.receivedAt = r.time("received_at");
    report.channel = r.enumeration("channel", channelFromName, Channel::MobileApp);
    report.sourceSystemId = r.text("source_system_id");
    report.urgent = r.boolean("urgent", false);
    report.isPublic = r.boolean("public", true);
    report.hidden = r.boolean("hidden", false);
    report.escalated = r.boolean("escalated", false);
    if (r.has("reporter")) {
        const auto reporter = toReporter(r.object("reporter"));
        if (!reporter.ok()) {
            return reporter.error();
        }
        report.reporter = reporter.value();
    }
    {
        Reader c(r.object("consents"), QStringLiteral("consents"), &error);
        report.consents.shareWithAgency = c.boolean("share_with_agency", false);
        report.consents.publishIdentity = c.boolean("publish_identity", false);
        report.consents.confidentialResult = c.boolean("confidential_result", false);
    }
    const QJsonArray media = r.array("media");
    for (qsizetype i = 0; i < media.size(); ++i) {
        Reader m(media.at(i).toObject(), QStringLiteral("media[%1]").arg(i), &error);
        MediaItem item{m.text("sha256", true), m.text("mime_type"),   m.integer("size"),
                       m.text("file_name"),    m.time("captured_at"), {}};
        if (m.has("facts")) {
            item.facts = readMediaFacts(m.object("facts"), QStringLiteral("media[%1].facts").arg(i), &error);
        }
        report.media.append(item);
    }
    report.leadAgencyId = r.text("lead_agency_id");
    report.coordinatingAgencyIds = r.texts("coordinating_agency_ids");
    report.coordinatorAgencyId = r.text("coordinator_agency_id");
    report.suggestedAgencyId = r.text("suggested_agency_id");
    report.agreement = r.enumeration("agreement", agreementFromName, Agreement::NotRequired);
    report.claimedBy = r.text("claimed_by");
    report.claimedAt = r.time("claimed_at");
    for (const QString &name : r.texts("reject_reasons")) {
        const auto reason = rejectReasonFromName(name);
        if (!reason) {
            r.fail("reject_reasons");
            break;
        }
        report.rejectReasons.append(*reason);
    }
    report.replyText = r.text("reply_text");
    report.duplicateOf = r.text("duplicate_of");
    report.repeatOf = r.text("repeat_of");
    report.supplementRequest = r.text("supplement_request");
    report.resultText = r.text("result_text");
    report.resultAttachments = r.texts("result_attachments");
    report.commitmentText = r.text("commitment_text");
    if (r.has("extension_proposal")) {
        Reader p(object.value(QStringLiteral("extension_proposal")).toObject(), QStringLiteral("extension_proposal"),
                 &error);
        ExtensionProposal &proposal = report.extensionProposal;
        proposal.ground = p.enumeration("ground", extensionGroundFromName, ExtensionGround::Complex, true);
        proposal.reason = p.text("reason");
        proposal.newDue = p.time("new_due", true);
        proposal.commitment = p.text("commitment");
        proposal.proposedBy = p.text("proposed_by");
        proposal.proposedAt = p.time("proposed_at");
    }
    report.sanctionProcedure = r.text("sanction_procedure");
    report.publishedAt = r.time("published_at");
    report.publicText = r.text("public_text");
    report.confidentialPublication = r.boolean("confidential_publication", false);
    report.dispatched = r.boolean("dispatched", false);
    report.resultObtained = r.boolean("result_obtained", false);
    if (r.has("rating")) {
        report.rating = r.enumeration("rating", satisfactionFromName, Satisfaction::Satisfied);
    }
    const QJsonArray interactions = r.array("interactions");
    for (qsizetype i = 0; i < interactions.size(); ++i) {
        Reader x(interactions.at(i).toObject(), QStringLiteral("interactions[%1]").arg(i), &error);
        report.interactions.append({x.time("asked_at"), x.text("text"), x.time("answered_at"), x.text("answer"),
                                    x.text("not_legitimate_reason")});
    }
    const QJsonArray ratings = r.array("ratings");
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        Reader x(ratings.at(i).toObject(), QStringLiteral("ratings[%1]").arg(i), &error);
        report.ratings.append({x.time("rated_at", true),
                               x.enumeration("level", satisfactionFromName, Satisfaction::Satisfied, true),
                               x.text("comment")});
    }
    if (report.ratings.isEmpty() && report.rating) {
        // Written before the history was kept: the one rating there was.
        report.ratings.append({QDateTime(), *report.rating, {}});
    }
    const QJsonArray clocks = r.array("clocks");
    for (qsizetype i = 0; i < clocks.size(); ++i) {
        Reader c(clocks.at(i).toObject(), QStringLiteral("clocks[%1]").arg(i), &error);
        ReportClock clock;
        clock.step = c.enumeration("step", clockStepFromName, ClockStep::Distribute, true);
        clock.status = c.enumeration("status", clockStatusFromName, ClockStatus::Running, true);
        clock.startedAt = c.time("started_at");
        clock.requestedAt = c.time("requested_at");
        clock.dueAt = c.time("due_at");
        clock.stoppedAt = c.time("stopped_at");
        clock.pausedAt = c.time("paused_at");
        if (c.has("on_time")) {
            clock.onTime = c.boolean("on_time", false);
        }
        clock.agencyId = c.text("agency_id");
        clock.urgent = c.boolean("urgent", false);
        report.clocks.append(clock);
    }
    if (!r.ok()) {
        return error;
    }
    return report;
}

QJsonObject fromEvent(const ReportEvent &event)
{
    QJsonObject json{{QStringLiteral("action"), event.action},
                     {QStringLiteral("actor_id"), event.actorId},
                     {QStringLiteral("actor_role"), roleName(event.actorRole)},
                     {QStringLiteral("actor_agency_id"), textOrNull(event.actorAgencyId)},
                     {QStringLiteral("acted_at"), timeValue(event.actedAt)},
                     {QStringLiteral("received_at"), timeValue(event.receivedAt)},
                     {QStringLiteral("from_state"), reportStateName(event.fromState)},
                     {QStringLiteral("to_state"), reportStateName(event.toState)},
                     {QStringLiteral("version"), event.version},
                     {QStringLiteral("payload"), event.payload}};
    if (!event.requestKey.isEmpty()) {
        json.insert(QStringLiteral("request_key"), event.requestKey);
    }
    return json;
}

Result<ReportEvent> toEvent(const QJsonObject &object)
{
    WorkflowError error;
    Reader r(object, QStringLiteral("event"), &error);
    ReportEvent event;
    event.action = r.text("action", true);
    event.actorId = r.text("actor_id");
    event.actorRole = r.enumeration("actor_role", roleFromName, Role::System);
    event.actorAgencyId = r.text("actor_agency_id");
    event.actedAt = r.time("acted_at");
    event.receivedAt = r.time("received_at");
    event.fromState = r.enumeration("from_state", reportStateFromName, ReportState::Received);
    event.toState = r.enumeration("to_state", reportStateFromName, ReportState::Received);
    event.version = int(r.integer("version"));
    event.payload = r.object("payload");
    event.requestKey = r.text("request_key");
    if (!r.ok()) {
        return error;
    }
    return event;
}

QJsonObject fromArea(const Area &area)
{
    return {{QStringLiteral("id"), area.id},
            {QStringLiteral("code"), area.code},
            {QStringLiteral("name"), area.name},
            {QStringLiteral("level"), area.level},
            {QStringLiteral("parent_id"), textOrNull(area.parentId)},
            {QStringLiteral("valid_from"),
             area.validFrom.isValid() ? QJsonValue(area.validFrom.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("valid_to"),
             area.validTo.isValid() ? QJsonValue(area.validTo.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("boundary"), area.boundary}};
}

Result<Area> toArea(const QJsonObject &object)
{
    WorkflowError error;
    Reader r(object, QStringLiteral("area"), &error);
    Area area;
    area.id = r.text("id", true);
    area.code = r.text("code");
    area.name = r.text("name", true);
    area.level = r.text("level");
    area.parentId = r.text("parent_id");
    area.validFrom = QDate::fromString(r.text("valid_from"), Qt::ISODate);
    area.validTo = QDate::fromString(r.text("valid_to"), Qt::ISODate);
    area.boundary = r.object("boundary");
    if (!r.ok()) {
        return error;
    }
    return area;
}

QJsonObject fromAgency(const Agency &agency)
{
    return {{QStringLiteral("id"), agency.id},
            {QStringLiteral("code"), agency.code},
            {QStringLiteral("name"), agency.name},
            {QStringLiteral("parent_id"), textOrNull(agency.parentId)},
            {QStringLiteral("area_ids"), stringArray(agency.areaIds)},
            {QStringLiteral("category_ids"), stringArray(agency.categoryIds)},
            {QStringLiteral("leader"), fromContact(agency.leader)},
            {QStringLiteral("contact"), fromContact(agency.contact)},
            {QStringLiteral("coordinator"), agency.coordinator},
            {QStringLiteral("active"), agency.active}};
}

Result<Agency> toAgency(const QJsonObject &object)
{
    WorkflowError error;
    Reader r(object, QStringLiteral("agency"), &error);
    Agency agency;
    agency.id = r.text("id", true);
    agency.code = r.text("code");
    agency.name = r.text("name", true);
    agency.parentId = r.text("parent_id");
    agency.areaIds = r.texts("area_ids");
    agency.categoryIds = r.texts("category_ids");
    Reader leader(r.object("leader"), QStringLiteral("agency.leader"), &error);
    agency.leader = toContact(leader);
    Reader contact(r.object("contact"), QStringLiteral("agency.contact"), &error);
    agency.contact = toContact(contact);
    agency.coordinator = r.boolean("coordinator", false);
    agency.active = r.boolean("active", true);
    if (!r.ok()) {
        return error;
    }
    return agency;
}

QJsonObject fromCategory(const Category &category)
{
    return {{QStringLiteral("id"), category.id},
            {QStringLiteral("code"), category.code},
            {QStringLiteral("name"), category.name},
            {QStringLiteral("urgent"), category.urgent},
            {QStringLiteral("active"), category.active},
            {QStringLiteral("group"), category.group},
            {QStringLiteral("description"), category.description},
            {QStringLiteral("keywords"), QJsonArray::fromStringList(category.keywords)}};
}

Result<Category> toCategory(const QJsonObject &object)
{
    WorkflowError error;
    Reader r(object, QStringLiteral("category"), &error);
    Category category;
    category.id = r.text("id", true);
    category.code = r.text("code");
    category.name = r.text("name", true);
    category.urgent = r.boolean("urgent", false);
    category.active = r.boolean("active", true);
    category.group = r.text("group");
    category.description = r.text("description");
    for (const QJsonValue &keyword : object.value(QStringLiteral("keywords")).toArray()) {
        if (!keyword.isString()) {
            return WorkflowError(QStringLiteral("wrong_type"), QStringLiteral("category.keywords"));
        }
        category.keywords.append(keyword.toString());
    }
    if (!r.ok()) {
        return error;
    }
    return category;
}

QJsonObject fromUser(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), roleName(user.role)},
            {QStringLiteral("agency_id"), textOrNull(user.agencyId)},
            {QStringLiteral("active"), user.active}};
}

Result<User> toUser(const QJsonObject &object)
{
    WorkflowError error;
    Reader r(object, QStringLiteral("user"), &error);
    User user;
    user.id = r.text("id", true);
    user.username = r.text("username", true);
    user.displayName = r.text("display_name");
    user.role = r.enumeration("role", roleFromName, Role::DutyOfficer, true);
    user.agencyId = r.text("agency_id");
    user.active = r.boolean("active", true);
    if (!r.ok()) {
        return error;
    }
    return user;
}

QJsonValue fromMediaFacts(const MediaFacts &facts)
{
    return mediaFactsValue(facts);
}

Result<MediaFacts> toMediaFacts(const QJsonObject &object)
{
    WorkflowError error;
    MediaFacts facts = readMediaFacts(object, QStringLiteral("facts"), &error);
    if (error.isError()) {
        return error;
    }
    return facts;
}

} // namespace ioc::core::json
