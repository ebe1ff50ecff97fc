#include "core/slapolicy.h"

#include "core/vntime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>

namespace ioc::core {

namespace {

struct StepInfo
{
    ClockStep step;
    const char *name;
    const char *label;
    ClockKind kind;
    bool agency;
};

constexpr std::array<StepInfo, 18> steps{{
    {ClockStep::VerifyIdentity, "verify_identity", QT_TRANSLATE_NOOP("ioc::core", "Verify identity"),
     ClockKind::Countdown, false},
    {ClockStep::ReplyInvalid, "reply_invalid", QT_TRANSLATE_NOOP("ioc::core", "Reply to an invalid report"),
     ClockKind::Judging, false},
    {ClockStep::Supplement, "supplement", QT_TRANSLATE_NOOP("ioc::core", "Supplement by the citizen"),
     ClockKind::Countdown, false},
    {ClockStep::Distribute, "distribute", QT_TRANSLATE_NOOP("ioc::core", "Distribute"), ClockKind::Countdown, false},
    {ClockStep::Accept, "accept", QT_TRANSLATE_NOOP("ioc::core", "Agency accepts"), ClockKind::Countdown, true},
    {ClockStep::Dispatch, "dispatch", QT_TRANSLATE_NOOP("ioc::core", "Dispatch forces"), ClockKind::Countdown, true},
    {ClockStep::Return, "return", QT_TRANSLATE_NOOP("ioc::core", "Return as not competent"), ClockKind::Judging, true},
    {ClockStep::Decline, "decline", QT_TRANSLATE_NOOP("ioc::core", "Decline as insufficient"), ClockKind::Judging,
     true},
    {ClockStep::Process, "process", QT_TRANSLATE_NOOP("ioc::core", "Process"), ClockKind::Countdown, true},
    {ClockStep::ResultUpdate, "result_update", QT_TRANSLATE_NOOP("ioc::core", "Update and approve the result"),
     ClockKind::Countdown, true},
    {ClockStep::Approve, "approve", QT_TRANSLATE_NOOP("ioc::core", "Leader approval"), ClockKind::Countdown, true},
    {ClockStep::Publish, "publish", QT_TRANSLATE_NOOP("ioc::core", "Publish"), ClockKind::Countdown, false},
    {ClockStep::TemplateFix, "template_fix", QT_TRANSLATE_NOOP("ioc::core", "Fix the template"), ClockKind::Countdown,
     true},
    {ClockStep::ResultFix, "result_fix", QT_TRANSLATE_NOOP("ioc::core", "Fix the result"), ClockKind::Countdown, true},
    {ClockStep::Interaction, "interaction", QT_TRANSLATE_NOOP("ioc::core", "Answer the interaction"),
     ClockKind::Countdown, true},
    {ClockStep::Coordination, "coordination", QT_TRANSLATE_NOOP("ioc::core", "Coordinating agency answers"),
     ClockKind::Countdown, true},
    {ClockStep::StatusNotice, "status_notice",
     QT_TRANSLATE_NOOP("ioc::core", "Tell the reporter how processing stands"), ClockKind::Countdown, true},
    {ClockStep::Commitment, "commitment", QT_TRANSLATE_NOOP("ioc::core", "Process within the extended time"),
     ClockKind::Countdown, true},
}};

static_assert(
    [] {
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (std::size_t(steps[i].step) != i) {
                return false;
            }
        }
        return true;
    }(),
    "the step table is in enum order");

const StepInfo &info(ClockStep step)
{
    return steps[std::size_t(step)];
}

std::optional<QTime> parseClockTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2}):(\d{2})$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

} // namespace

QString clockStepName(ClockStep step)
{
    return QString::fromLatin1(info(step).name);
}

std::optional<ClockStep> clockStepFromName(QStringView name)
{
    for (const StepInfo &s : steps) {
        if (name == QLatin1StringView(s.name)) {
            return s.step;
        }
    }
    return std::nullopt;
}

QList<ClockStep> allClockSteps()
{
    QList<ClockStep> all;
    for (const StepInfo &s : steps) {
        all.append(s.step);
    }
    return all;
}

const char *clockStepLabel(ClockStep step)
{
    return info(step).label;
}

ClockKind clockKind(ClockStep step)
{
    return info(step).kind;
}

bool isAgencyClock(ClockStep step)
{
    return info(step).agency;
}

bool isIntakeClock(ClockStep step)
{
    return step == ClockStep::Distribute || step == ClockStep::ReplyInvalid;
}

bool SlaDuration::isWorkingTime() const
{
    return unit == TimeUnit::WorkingMinutes || unit == TimeUnit::WorkingHours || unit == TimeUnit::WorkingDays;
}

qint64 SlaDuration::seconds(int workingDayMinutes) const
{
    switch (unit) {
    case TimeUnit::WorkingMinutes:
    case TimeUnit::Minutes:
        return amount * 60;
    case TimeUnit::WorkingHours:
    case TimeUnit::Hours:
        return amount * 3600;
    case TimeUnit::WorkingDays:
        return amount * workingDayMinutes * 60;
    case TimeUnit::Days:
        return amount * 86400;
    }
    Q_UNREACHABLE();
    return 0;
}

QString SlaDuration::toString() const
{
    static const std::array<const char *, 6> suffixes{"wm", "wh", "wd", "min", "h", "d"};
    return QString::number(amount) + QLatin1StringView(suffixes[std::size_t(unit)]);
}

std::optional<SlaDuration> SlaDuration::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,6})(wm|wh|wd|min|h|d)$)"));
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QString suffix = match.captured(2);
    SlaDuration duration;
    duration.amount = match.captured(1).toLongLong();
    if (duration.amount <= 0) {
        return std::nullopt;
    }
    if (suffix == QStringLiteral("wm")) {
        duration.unit = TimeUnit::WorkingMinutes;
    } else if (suffix == QStringLiteral("wh")) {
        duration.unit = TimeUnit::WorkingHours;
    } else if (suffix == QStringLiteral("wd")) {
        duration.unit = TimeUnit::WorkingDays;
    } else if (suffix == QStringLiteral("min")) {
        duration.unit = TimeUnit::Minutes;
    } else if (suffix == QStringLiteral("h")) {
        duration.unit = TimeUnit::Hours;
    } else {
        duration.unit = TimeUnit::Days;
    }
    return duration;
}

const SlaPolicy &SlaPolicy::defaults()
{
    static const SlaPolicy policy = [] {
        QFile file(QStringLiteral(":/ioc/policy/sla-policy.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("the embedded SLA policy is missing");
        }
        QString error;
        const auto parsed = fromJson(file.readAll(), &error);
        if (!parsed) {
            qFatal("the embedded SLA policy is invalid: %s", qPrintable(error));
        }
        return *parsed;
    }();
    return policy;
}

namespace {

// Seconds as the largest calendar unit that divides them: "12h", "10min".
QString calendarDuration(qint64 seconds)
{
    if (seconds % 86400 == 0) {
        return QStringLiteral("%1d").arg(seconds / 86400);
    }
    if (seconds % 3600 == 0) {
        return QStringLiteral("%1h").arg(seconds / 3600);
    }
    return QStringLiteral("%1min").arg(std::max<qint64>(1, seconds / 60));
}

} // namespace

std::optional<SlaPolicy> SlaPolicy::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error != nullptr) {
            *error = message;
        }
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("SLA policy: not valid JSON (%1 at offset %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return fail(QStringLiteral("SLA policy: the top level must be a JSON object"));
    }
    const QJsonObject root = document.object();
    static const QStringList knownKeys{QStringLiteral("format"),          QStringLiteral("version"),
                                       QStringLiteral("description"),     QStringLiteral("night_intake"),
                                       QStringLiteral("offline_actions"), QStringLiteral("steps"),
                                       QStringLiteral("uploads"),         QStringLiteral("sign_in"),
                                       QStringLiteral("reporting"),       QStringLiteral("open311")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownKeys.contains(it.key())) {
            return fail(QStringLiteral("SLA policy: unknown key \"%1\"").arg(it.key()));
        }
    }
    if (root.value(QStringLiteral("version")).toInt(-1) != 1) {
        return fail(QStringLiteral("SLA policy: \"version\" must be 1"));
    }
    SlaPolicy policy;
    policy.m_description = root.value(QStringLiteral("description")).toString();
    const QJsonObject night = root.value(QStringLiteral("night_intake")).toObject();
    if (!night.isEmpty()) {
        const auto from = parseClockTime(night.value(QStringLiteral("from")).toString());
        const auto to = parseClockTime(night.value(QStringLiteral("to")).toString());
        if (!from || !to) {
            return fail(QStringLiteral("SLA policy: night_intake needs \"from\" and \"to\" as HH:MM"));
        }
        policy.m_nightStart = *from;
        policy.m_nightEnd = *to;
    }
    const QJsonObject offline = root.value(QStringLiteral("offline_actions")).toObject();
    for (const QString &which : {QStringLiteral("window"), QStringLiteral("grace")}) {
        if (!offline.contains(which)) {
            continue;
        }
        const auto duration = SlaDuration::parse(offline.value(which).toString());
        if (!duration || duration->isWorkingTime() || duration->amount <= 0) {
            return fail(
                QStringLiteral("SLA policy: offline_actions.%1 must be calendar time such as 10min or 12h").arg(which));
        }
        (which == QStringLiteral("window") ? policy.m_offlineWindowSeconds : policy.m_offlineGraceSeconds) =
            duration->seconds(0);
    }
    if (policy.m_offlineGraceSeconds > policy.m_offlineWindowSeconds) {
        return fail(QStringLiteral("SLA policy: offline_actions.grace must not be longer than its window"));
    }
    const QJsonValue uploadsValue = root.value(QStringLiteral("uploads"));
    if (!uploadsValue.isUndefined()) {
        const QJsonObject uploads = uploadsValue.toObject();
        for (auto it = uploads.begin(); it != uploads.end(); ++it) {
            if (it.key() != QStringLiteral("citizen_daily_mb") && it.key() != QStringLiteral("unattached_expiry")) {
                return fail(QStringLiteral("SLA policy: unknown key \"uploads.%1\"").arg(it.key()));
            }
        }
        if (uploads.contains(QStringLiteral("citizen_daily_mb"))) {
            const QJsonValue mb = uploads.value(QStringLiteral("citizen_daily_mb"));
            if (!mb.isDouble() || mb.toDouble() != double(mb.toInteger(-1)) || mb.toInteger(-1) < 0 ||
                mb.toInteger() > 1024 * 1024) {
                return fail(QStringLiteral("SLA policy: uploads.citizen_daily_mb must be a whole number of megabytes "
                                           "(0: no limit)"));
            }
            policy.m_citizenUploadBytesPerDay = mb.toInteger() * 1024 * 1024;
        }
        if (uploads.contains(QStringLiteral("unattached_expiry"))) {
            const auto duration = SlaDuration::parse(uploads.value(QStringLiteral("unattached_expiry")).toString());
            if (!duration || duration->isWorkingTime() || duration->amount <= 0) {
                return fail(QStringLiteral("SLA policy: uploads.unattached_expiry must be calendar time such as 24h"));
            }
            policy.m_unattachedUploadSeconds = duration->seconds(0);
        }
    }
    const QJsonValue signInValue = root.value(QStringLiteral("sign_in"));
    if (!signInValue.isUndefined()) {
        const QJsonObject signIn = signInValue.toObject();
        for (auto it = signIn.begin(); it != signIn.end(); ++it) {
            if (it.key() != QStringLiteral("totp_required_roles")) {
                return fail(QStringLiteral("SLA policy: unknown key \"sign_in.%1\"").arg(it.key()));
            }
        }
        const QJsonValue roles = signIn.value(QStringLiteral("totp_required_roles"));
        if (!roles.isUndefined()) {
            if (!roles.isArray()) {
                return fail(QStringLiteral("SLA policy: sign_in.totp_required_roles must be a list of roles"));
            }
            QStringList names;
            for (const QJsonValue &role : roles.toArray()) {
                const auto known = roleFromName(role.toString());
                if (!known || *known == Role::System) {
                    return fail(QStringLiteral("SLA policy: sign_in.totp_required_roles: \"%1\" is not a role")
                                    .arg(role.toString()));
                }
                names.append(roleName(*known));
            }
            policy.m_totpRequiredRoles = names;
        }
    }
    const QJsonObject reporting = root.value(QStringLiteral("reporting")).toObject();
    for (auto it = reporting.begin(); it != reporting.end(); ++it) {
        const QJsonValue value = it.value();
        const int number = value.isDouble() && value.toDouble() == double(value.toInt()) ? value.toInt() : -1;
        if (it.key() == QStringLiteral("minimum_sample")) {
            if (number < 1 || number > 1000) {
                return fail(
                    QStringLiteral("SLA policy: reporting.minimum_sample must be a whole number from 1 to 1000"));
            }
            policy.m_reporting.minimumSample = number;
        } else if (it.key() == QStringLiteral("go_live")) {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            if (!date.isValid() || value.toString().size() != 10) {
                return fail(QStringLiteral("SLA policy: reporting.go_live must be a date such as 2025-01-01"));
            }
            policy.m_reporting.goLive = date;
        } else if (it.key() == QStringLiteral("period_first_day") || it.key() == QStringLiteral("report_due_day")) {
            if (number < 1 || number > 28) {
                return fail(QStringLiteral("SLA policy: reporting.%1 must be a day from 1 to 28").arg(it.key()));
            }
            (it.key() == QStringLiteral("period_first_day") ? policy.m_reporting.periodFirstDay
                                                            : policy.m_reporting.reportDueDay) = number;
        } else {
            return fail(QStringLiteral("SLA policy: unknown key \"reporting.%1\"").arg(it.key()));
        }
    }
    const QJsonObject open311 = root.value(QStringLiteral("open311")).toObject();
    for (auto it = open311.begin(); it != open311.end(); ++it) {
        const QJsonValue value = it.value();
        const int number = value.isDouble() && value.toDouble() == double(value.toInt()) ? value.toInt() : -1;
        if (it.key() == QStringLiteral("posts_per_minute") || it.key() == QStringLiteral("gets_per_minute")) {
            if (number < 1 || number > 100000) {
                return fail(
                    QStringLiteral("SLA policy: open311.%1 must be a whole number from 1 to 100000").arg(it.key()));
            }
            (it.key() == QStringLiteral("posts_per_minute") ? policy.m_open311.postsPerMinute
                                                            : policy.m_open311.getsPerMinute) = number;
        } else if (it.key() == QStringLiteral("media_max_kb")) {
            if (number < 1 || number > 100 * 1024) {
                return fail(QStringLiteral("SLA policy: open311.media_max_kb must be a whole number from 1 to 102400"));
            }
            policy.m_open311.mediaMaxKb = number;
        } else if (it.key() == QStringLiteral("duplicate_window")) {
            const auto duration = SlaDuration::parse(value.toString());
            if (!duration || duration->isWorkingTime() || duration->amount <= 0) {
                return fail(QStringLiteral("SLA policy: open311.duplicate_window must be calendar time such as 10min"));
            }
            policy.m_open311.duplicateWindowSeconds = duration->seconds(0);
        } else {
            return fail(QStringLiteral("SLA policy: unknown key \"open311.%1\"").arg(it.key()));
        }
    }
    const QJsonValue stepsValue = root.value(QStringLiteral("steps"));
    if (!stepsValue.isObject()) {
        return fail(QStringLiteral("SLA policy: \"steps\" must be an object"));
    }
    const QJsonObject stepsObject = stepsValue.toObject();
    for (auto it = stepsObject.begin(); it != stepsObject.end(); ++it) {
        const auto step = clockStepFromName(it.key());
        if (!step) {
            return fail(QStringLiteral("SLA policy: unknown step \"%1\"").arg(it.key()));
        }
        const QJsonObject entry = it.value().toObject();
        Step parsed;
        parsed.source = entry.value(QStringLiteral("source")).toString();
        parsed.words = entry.value(QStringLiteral("words")).toString();
        parsed.reading = entry.value(QStringLiteral("reading")).toString();
        if (const QJsonValue literal = entry.value(QStringLiteral("literal")); !literal.isUndefined()) {
            parsed.literal = SlaDuration::parse(literal.toString());
            if (!parsed.literal) {
                return fail(QStringLiteral("SLA policy: steps.%1.literal: \"%2\" is not a duration")
                                .arg(it.key(), literal.toVariant().toString()));
            }
        }
        if (const QJsonValue every = entry.value(QStringLiteral("every")); !every.isUndefined() && !every.isNull()) {
            parsed.every = SlaDuration::parse(every.toString());
            if (!every.isString() || !parsed.every) {
                return fail(QStringLiteral("SLA policy: steps.%1.every: \"%2\" is not a duration such as 6wd or 6d")
                                .arg(it.key(), every.toVariant().toString()));
            }
        }
        for (const QString &which : {QStringLiteral("normal"), QStringLiteral("urgent")}) {
            const QJsonValue value = entry.value(which);
            if (value.isNull() || value.isUndefined()) {
                continue;
            }
            const auto duration = SlaDuration::parse(value.toString());
            if (!value.isString() || !duration) {
                return fail(QStringLiteral("SLA policy: steps.%1.%2: \"%3\" is not a duration such as 30wm, 1wh, "
                                           "6wd, 30min, 48h or 1d")
                                .arg(it.key(), which, value.toVariant().toString()));
            }
            (which == QStringLiteral("normal") ? parsed.normal : parsed.urgent) = duration;
        }
        policy.m_steps.insert(*step, parsed);
    }
    // Steps added after the first policies were written take their defaults when a file omits them.
    if (!policy.m_steps.contains(ClockStep::StatusNotice)) {
        policy.m_steps.insert(ClockStep::StatusNotice,
                              {SlaDuration{1, TimeUnit::WorkingDays}, SlaDuration{1, TimeUnit::WorkingDays},
                               QStringLiteral("11.2.b"), SlaDuration{6, TimeUnit::WorkingDays}, QString(), std::nullopt,
                               QString()});
    }
    if (!policy.m_steps.contains(ClockStep::Commitment)) {
        policy.m_steps.insert(ClockStep::Commitment, {std::nullopt, std::nullopt, QStringLiteral("11.2.b; 14.2.a"),
                                                      std::nullopt, QString(), std::nullopt, QString()});
    }
    if (const Step notice = policy.m_steps.value(ClockStep::StatusNotice); !notice.every) {
        return fail(QStringLiteral("SLA policy: steps.status_notice.every is missing (how often the notice repeats)"));
    }
    for (const ClockStep step : allClockSteps()) {
        if (!policy.m_steps.contains(step)) {
            return fail(QStringLiteral("SLA policy: step \"%1\" is missing").arg(clockStepName(step)));
        }
    }
    return policy;
}

QJsonObject SlaPolicy::toJson() const
{
    QJsonObject stepsObject;
    for (const ClockStep step : allClockSteps()) {
        const Step s = m_steps.value(step);
        QJsonObject entry{
            {QStringLiteral("normal"), s.normal ? QJsonValue(s.normal->toString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("urgent"), s.urgent ? QJsonValue(s.urgent->toString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("source"), s.source}};
        if (s.every) {
            entry.insert(QStringLiteral("every"), s.every->toString());
        }
        if (!s.words.isEmpty()) {
            entry.insert(QStringLiteral("words"), s.words);
        }
        if (s.literal) {
            entry.insert(QStringLiteral("literal"), s.literal->toString());
        }
        if (!s.reading.isEmpty()) {
            entry.insert(QStringLiteral("reading"), s.reading);
        }
        stepsObject.insert(clockStepName(step), entry);
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("ioc-sla-policy")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("description"), m_description},
        {QStringLiteral("night_intake"),
         QJsonObject{{QStringLiteral("from"), m_nightStart.toString(QStringLiteral("HH:mm"))},
                     {QStringLiteral("to"), m_nightEnd.toString(QStringLiteral("HH:mm"))}}},
        {QStringLiteral("offline_actions"),
         QJsonObject{{QStringLiteral("window"), calendarDuration(m_offlineWindowSeconds)},
                     {QStringLiteral("grace"), calendarDuration(m_offlineGraceSeconds)}}},
        {QStringLiteral("uploads"),
         QJsonObject{{QStringLiteral("citizen_daily_mb"), m_citizenUploadBytesPerDay / (1024 * 1024)},
                     {QStringLiteral("unattached_expiry"), calendarDuration(m_unattachedUploadSeconds)}}},
        {QStringLiteral("sign_in"),
         QJsonObject{{QStringLiteral("totp_required_roles"), QJsonArray::fromStringList(m_totpRequiredRoles)}}},
        {QStringLiteral("reporting"),
         [this] {
             QJsonObject reporting{{QStringLiteral("minimum_sample"), m_reporting.minimumSample},
                                   {QStringLiteral("period_first_day"), m_reporting.periodFirstDay},
                                   {QStringLiteral("report_due_day"), m_reporting.reportDueDay}};
             if (m_reporting.goLive.isValid()) {
                 reporting.insert(QStringLiteral("go_live"), m_reporting.goLive.toString(Qt::ISODate));
             }
             return reporting;
         }()},
        {QStringLiteral("open311"),
         QJsonObject{{QStringLiteral("posts_per_minute"), m_open311.postsPerMinute},
                     {QStringLiteral("gets_per_minute"), m_open311.getsPerMinute},
                     {QStringLiteral("duplicate_window"), calendarDuration(m_open311.duplicateWindowSeconds)},
                     {QStringLiteral("media_max_kb"), m_open311.mediaMaxKb}}},
        {QStringLiteral("steps"), stepsObject}};
}

std::optional<SlaDuration> SlaPolicy::duration(ClockStep step, bool urgent) const
{
    const Step s = m_steps.value(step);
    return urgent ? s.urgent : s.normal;
}

QDateTime SlaPolicy::effectiveStart(ClockStep step, bool urgent, const QDateTime &at) const
{
    if (urgent || !isIntakeClock(step)) {
        return at;
    }
    const QTime local = vntime::localTime(at);
    if (local >= m_nightStart && local < m_nightEnd) {
        return vntime::fromLocal(vntime::localDate(at), m_nightEnd);
    }
    return at;
}

QDateTime SlaPolicy::dueAt(ClockStep step, bool urgent, const QDateTime &start, const WorkingCalendar &calendar) const
{
    const auto d = duration(step, urgent);
    if (!d) {
        return {};
    }
    const qint64 seconds = d->seconds(calendar.workingDayMinutes());
    return d->isWorkingTime() ? calendar.addWorkingSeconds(start, seconds) : start.addSecs(seconds);
}

ClockReading readClock(const QDateTime &start, const QDateTime &due, const QDateTime &now, bool workingTime,
                       const WorkingCalendar &calendar)
{
    ClockReading reading;
    reading.workingTime = workingTime;
    const auto span = [&](const QDateTime &a, const QDateTime &b) {
        return workingTime ? calendar.workingSecondsBetween(a, b) : std::max<qint64>(0, a.secsTo(b));
    };
    reading.totalSeconds = span(start, due);
    reading.overdue = now > due;
    if (reading.overdue) {
        reading.overrunSeconds = span(due, now);
    } else {
        reading.remainingSeconds = span(std::max(now, start), due);
    }
    return reading;
}

} // namespace ioc::core
