#pragma once

#include "core/domain.h"
#include "core/workingcalendar.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace ioc::core {

// The deadline steps of PRODUCT.md §9, by canonical name.
enum class ClockStep
{
    VerifyIdentity,
    ReplyInvalid,
    Supplement,
    Distribute,
    Accept,
    Dispatch,
    Return,
    Decline,
    Process,
    ResultUpdate,
    Approve,
    Publish,
    TemplateFix,
    ResultFix,
    Interaction,
    Coordination,
    StatusNotice, // 11.2.b: tell the reporter how processing stands once 6 working days pass
    Commitment,   // 11.2.b, 14.2.a: the extended time the agency committed to (due set by `extend`)
};

// Countdown clocks are shown to officers; judging clocks only judge whether their own action,
// if it happens, was on time, and close silently at the next step (§16).
enum class ClockKind
{
    Countdown,
    Judging,
};

QString clockStepName(ClockStep step);
std::optional<ClockStep> clockStepFromName(QStringView name);
QList<ClockStep> allClockSteps();
const char *clockStepLabel(ClockStep step);
ClockKind clockKind(ClockStep step);
// Clocks run by an agency; they close when the report leaves that agency.
bool isAgencyClock(ClockStep step);
// Clocks that start at intake; a non-urgent report received at night starts them at 07:00.
bool isIntakeClock(ClockStep step);

enum class TimeUnit
{
    WorkingMinutes,
    WorkingHours,
    WorkingDays,
    Minutes,
    Hours,
    Days,
};

// An amount of time with its unit: "30wm", "1wh", "6wd" (working time), "30min", "48h",
// "2d" (calendar time, 24/7).
struct SlaDuration
{
    qint64 amount = 0;
    TimeUnit unit = TimeUnit::WorkingMinutes;

    bool isWorkingTime() const;
    // Length in seconds; working days count `workingDayMinutes` each.
    qint64 seconds(int workingDayMinutes) const;
    QString toString() const;
    static std::optional<SlaDuration> parse(QStringView text);
    friend bool operator==(const SlaDuration &, const SlaDuration &) = default;
};

// How long each step may take, for normal and for urgent reports. The server distributes the
// authoritative policy; the console computes identically offline.
class SlaPolicy
{
public:
    struct Step
    {
        std::optional<SlaDuration> normal;
        std::optional<SlaDuration> urgent;
        QString source; // the article(s) of the regulation
        // status_notice: how often the notice falls due again while processing goes on (11.2.b)
        std::optional<SlaDuration> every;
        // The regulation's own words for the time (`words`), and where the product reads working
        // time into words that do not say "làm việc": the literal unit and why the product reads
        // otherwise (docs/workflow.md, "Reading choices"). For status_notice they concern `every`.
        QString words;
        std::optional<SlaDuration> literal;
        QString reading;
    };

    // The policy of PRODUCT.md §9 (resources/policy/sla-policy.json).
    static const SlaPolicy &defaults();
    static std::optional<SlaPolicy> fromJson(const QByteArray &json, QString *error);
    QJsonObject toJson() const;

    // Nothing if the step does not apply (e.g. `dispatch` for a normal report).
    std::optional<SlaDuration> duration(ClockStep step, bool urgent) const;
    Step step(ClockStep step) const { return m_steps.value(step); }
    QTime nightIntakeStart() const { return m_nightStart; }
    QTime nightIntakeEnd() const { return m_nightEnd; }
    // Actions taken offline (PRODUCT.md §16): an `acted_at` older than the window is refused;
    // one older than the grace is judged on its receipt time (calendar time, "offline_actions").
    qint64 offlineWindowSeconds() const { return m_offlineWindowSeconds; }
    qint64 offlineGraceSeconds() const { return m_offlineGraceSeconds; }
    // Uploads ("uploads"): the bytes a citizen may announce in 24 hours (0: no limit), and how
    // long a completed file that no report shows is kept.
    qint64 citizenUploadBytesPerDay() const { return m_citizenUploadBytesPerDay; }
    qint64 unattachedUploadSeconds() const { return m_unattachedUploadSeconds; }
    // Sign-in ("sign_in"): the roles that must use a one-time code (TOTP) besides the password
    // (default admin and supervisor); never enforced by a demo server.
    QStringList totpRequiredRoles() const { return m_totpRequiredRoles; }
    bool requiresTotp(Role role) const { return m_totpRequiredRoles.contains(roleName(role)); }
    // Supervision figures ("reporting", PRODUCT.md §11): the smallest sample a share is given
    // for (default 5), the go-live date before which nothing counts (none by default), and how
    // reporting periods are cut (Decree 09/2019 art. 12: from the 15th, due before the 20th).
    struct Reporting
    {
        int minimumSample = 5;
        QDate goLive;
        int periodFirstDay = 15;
        int reportDueDay = 20;
    };
    Reporting reporting() const { return m_reporting; }
    // The Open311 interface ("open311", docs/open311.md): requests per connected system's key (or,
    // without a key, per client address) in a minute, and how long an identical report from the
    // same key is answered with the first one's id, and the largest picture fetched from a media_url.
    struct Open311
    {
        int postsPerMinute = 60;
        int getsPerMinute = 600;
        qint64 duplicateWindowSeconds = 10 * 60;
        qint64 mediaMaxKb = 10 * 1024; // a picture fetched from a media_url
    };
    Open311 open311() const { return m_open311; }

    // When a clock that starts at `at` begins counting: intake clocks of a non-urgent report
    // begun at night (Điều 4.2: 00:00–07:00) begin at 07:00.
    QDateTime effectiveStart(ClockStep step, bool urgent, const QDateTime &at) const;
    // The due instant of a clock started at `start` (already effective); invalid if the step
    // does not apply or the calendar has no working time.
    QDateTime dueAt(ClockStep step, bool urgent, const QDateTime &start, const WorkingCalendar &calendar) const;

private:
    QHash<ClockStep, Step> m_steps;
    qint64 m_offlineWindowSeconds = 12 * 3600;
    qint64 m_offlineGraceSeconds = 10 * 60;
    qint64 m_citizenUploadBytesPerDay = 200LL * 1024 * 1024;
    qint64 m_unattachedUploadSeconds = 24 * 3600;
    QStringList m_totpRequiredRoles{QStringLiteral("admin"), QStringLiteral("supervisor")};
    Reporting m_reporting;
    Open311 m_open311;
    QTime m_nightStart{0, 0};
    QTime m_nightEnd{7, 0};
    QString m_description;
};

// A clock read at an instant: what remains, or by how much it is overrun, in working time for
// working-time steps and in calendar time otherwise.
struct ClockReading
{
    qint64 totalSeconds = 0;
    qint64 remainingSeconds = 0; // 0 once overdue
    qint64 overrunSeconds = 0;   // 0 while not overdue; may stay 0 for a while after the due
                                 // instant when no working time has passed since (a weekend)
    bool overdue = false;        // the due instant has passed
    bool workingTime = true;

    bool isOverdue() const { return overdue; }
    // Share of the time left, 0–1 (0 when overdue).
    double shareLeft() const { return totalSeconds > 0 ? double(remainingSeconds) / double(totalSeconds) : 0.0; }
};

ClockReading readClock(const QDateTime &start, const QDateTime &due, const QDateTime &now, bool workingTime,
                       const WorkingCalendar &calendar);

} // namespace ioc::core
