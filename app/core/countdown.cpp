#include "countdown.h"

#include "core/vntime.h"

#include <QCoreApplication>

#include <array>

namespace ioc::core {

namespace {

// "2 ngày 3 giờ", "1 giờ 10 phút", "45 phút": the two largest units present.
QString span(qint64 seconds, qint64 dayMinutes)
{
    const qint64 minutes = seconds / 60;
    const qint64 days = minutes / dayMinutes;
    const qint64 hours = (minutes % dayMinutes) / 60;
    const qint64 rest = minutes % 60;
    QStringList parts;
    if (days > 0) {
        parts.append(QCoreApplication::translate("ioc::core::Countdown", "%1 d").arg(days));
        if (hours > 0) {
            parts.append(QCoreApplication::translate("ioc::core::Countdown", "%1 h").arg(hours));
        }
    } else if (hours > 0) {
        parts.append(QCoreApplication::translate("ioc::core::Countdown", "%1 h").arg(hours));
        if (rest > 0) {
            parts.append(QCoreApplication::translate("ioc::core::Countdown", "%1 min").arg(rest));
        }
    } else {
        parts.append(QCoreApplication::translate("ioc::core::Countdown", "%1 min").arg(rest));
    }
    return parts.join(QLatin1Char(' '));
}

// Per step, in enum order: its short name and the articles it comes from (the policy's "source",
// resources/policy/sla-policy.json, in the regulation's own numbering).
struct ClockWords
{
    const char *shortName;
    const char *citation;
};

constexpr std::array<ClockWords, 18> clockWords{{
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Verification"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 7, 6.2.d; Art. 15, step 1")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Reply"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 9, clause 1; Art. 11, 1.c")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Supplement"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 7, 6.2.c")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Distribution"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 10, clause 1; Annex 2, step 1; Art. 15, steps 1-2")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Acceptance"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 11, 1.a")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Dispatch"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 15, step 3")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Return"), QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 11, 2.a")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Decline"), QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 11, 1.c")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Processing"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 11, 2.b")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Result update"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 15, step 4")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Approval"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 11, 4.d; Art. 15, step 4")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Publication"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Annex 2, step 5")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Template fix"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 12, clause 1")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Result fix"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 12, clause 2")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Interaction"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 13, clauses 1 and 2")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Coordination"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 16, steps 2 and 4")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Status notice"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 11, 2.b")},
    {QT_TRANSLATE_NOOP("ioc::core::Countdown", "Extended time"),
     QT_TRANSLATE_NOOP("ioc::core::Countdown", "Art. 11, 2.b; Art. 14, 2.a")},
}};
static_assert(clockWords.size() == std::size_t(ClockStep::Commitment) + 1, "one entry per clock step, in enum order");

QString words(const char *source)
{
    return QCoreApplication::translate("ioc::core::Countdown", source);
}

} // namespace

Pressure pressureOf(const ClockReading &reading)
{
    if (reading.overdue) {
        return Pressure::Overdue;
    }
    const double left = reading.shareLeft();
    return left > 0.5 ? Pressure::Calm : left > 0.2 ? Pressure::Watch : Pressure::Hurry;
}

QString formatCountdown(const ClockReading &reading, int workingDayMinutes)
{
    const qint64 dayMinutes = reading.workingTime ? std::max(60, workingDayMinutes) : 24 * 60;
    if (reading.overdue) {
        if (reading.overrunSeconds < 60) {
            return QCoreApplication::translate("ioc::core::Countdown", "due now");
        }
        return QCoreApplication::translate("ioc::core::Countdown", "%1 overdue")
            .arg(span(reading.overrunSeconds, dayMinutes));
    }
    if (reading.remainingSeconds < 60) {
        return QCoreApplication::translate("ioc::core::Countdown", "less than a minute left");
    }
    return QCoreApplication::translate("ioc::core::Countdown", "%1 left")
        .arg(span(reading.remainingSeconds, dayMinutes));
}

ClockActor clockActor(ClockStep step)
{
    if (isAgencyClock(step)) {
        return ClockActor::Agency;
    }
    return step == ClockStep::Supplement ? ClockActor::Reporter : ClockActor::Ioc;
}

QString clockShortName(ClockStep step)
{
    return words(clockWords.at(std::size_t(step)).shortName);
}

QString clockCitation(ClockStep step)
{
    return words(clockWords.at(std::size_t(step)).citation);
}

QString clockActorName(ClockStep step, const QString &agencyName)
{
    switch (clockActor(step)) {
    case ClockActor::Ioc:
        return words(QT_TRANSLATE_NOOP("ioc::core::Countdown", "IOC"));
    case ClockActor::Reporter:
        return words(QT_TRANSLATE_NOOP("ioc::core::Countdown", "the reporter"));
    case ClockActor::Agency:
        if (!agencyName.isEmpty()) {
            return agencyName;
        }
        return step == ClockStep::Coordination
                   ? words(QT_TRANSLATE_NOOP("ioc::core::Countdown", "the coordinating agency"))
                   : words(QT_TRANSLATE_NOOP("ioc::core::Countdown", "the processing agency"));
    }
    return {};
}

QString formatClockLine(ClockStep step, const QString &agencyName, const ClockReading &reading, int workingDayMinutes)
{
    return words(QT_TRANSLATE_NOOP("ioc::core::Countdown", "%1 · %2 · %3"))
        .arg(clockShortName(step), clockActorName(step, agencyName), formatCountdown(reading, workingDayMinutes));
}

QString describeClock(const ReportClock &clock, const QString &agencyName)
{
    QStringList lines;
    lines.append(
        words(QT_TRANSLATE_NOOP("ioc::core::Countdown", "%1: %2 must act (%3)"))
            .arg(clockShortName(clock.step), clockActorName(clock.step, agencyName), clockCitation(clock.step)));
    if (clock.startedAt.isValid()) {
        lines.append(words(QT_TRANSLATE_NOOP("ioc::core::Countdown", "Started: %1"))
                         .arg(vntime::formatLocal(clock.startedAt, u"dd/MM/yyyy HH:mm")));
    }
    lines.append(words(QT_TRANSLATE_NOOP("ioc::core::Countdown", "Due: %1"))
                     .arg(vntime::formatLocal(clock.dueAt, u"dd/MM/yyyy HH:mm")));
    return lines.join(u'\n');
}

const ReportClock *firstRunningCountdown(const QList<ReportClock> &clocks, int *count)
{
    const ReportClock *first = nullptr;
    int running = 0;
    for (const ReportClock &clock : clocks) {
        if (clock.status != ClockStatus::Running || clockKind(clock.step) != ClockKind::Countdown) {
            continue;
        }
        ++running;
        if (first == nullptr || clock.dueAt < first->dueAt) {
            first = &clock;
        }
    }
    if (count != nullptr) {
        *count = running;
    }
    return first;
}

} // namespace ioc::core
