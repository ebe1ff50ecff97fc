#include "core/report.h"

#include <algorithm>
#include <array>

namespace ioc::core {

namespace {

struct StateInfo
{
    ReportState state;
    const char *name;
    const char *label;
};

constexpr std::array<StateInfo, 16> states{{
    {ReportState::Received, "received", QT_TRANSLATE_NOOP("ioc::core", "Received")},
    {ReportState::IdentityCheck, "identity_check", QT_TRANSLATE_NOOP("ioc::core", "Verifying identity")},
    {ReportState::AwaitingSupplement, "awaiting_supplement", QT_TRANSLATE_NOOP("ioc::core", "Awaiting supplement")},
    {ReportState::Verified, "verified", QT_TRANSLATE_NOOP("ioc::core", "Verified")},
    {ReportState::Coordinating, "coordinating", QT_TRANSLATE_NOOP("ioc::core", "Coordinating")},
    {ReportState::Rejected, "rejected", QT_TRANSLATE_NOOP("ioc::core", "Not eligible")},
    {ReportState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ioc::core", "Cancelled")},
    {ReportState::Distributed, "distributed", QT_TRANSLATE_NOOP("ioc::core", "Distributed")},
    {ReportState::Returned, "returned", QT_TRANSLATE_NOOP("ioc::core", "Returned: not competent")},
    {ReportState::InProgress, "in_progress", QT_TRANSLATE_NOOP("ioc::core", "Processing")},
    {ReportState::Declined, "declined", QT_TRANSLATE_NOOP("ioc::core", "Declined: insufficient")},
    {ReportState::AwaitingApproval, "awaiting_approval", QT_TRANSLATE_NOOP("ioc::core", "Awaiting approval")},
    {ReportState::Approved, "approved", QT_TRANSLATE_NOOP("ioc::core", "Approved")},
    {ReportState::TemplateFix, "template_fix", QT_TRANSLATE_NOOP("ioc::core", "Template fix requested")},
    {ReportState::ResultFix, "result_fix", QT_TRANSLATE_NOOP("ioc::core", "Result returned for fixing")},
    {ReportState::Published, "published", QT_TRANSLATE_NOOP("ioc::core", "Published")},
}};

static_assert(
    [] {
        for (std::size_t i = 0; i < states.size(); ++i) {
            if (std::size_t(states[i].state) != i) {
                return false;
            }
        }
        return true;
    }(),
    "the state table is in enum order");

} // namespace

QString reportStateName(ReportState state)
{
    return QString::fromLatin1(states[std::size_t(state)].name);
}

std::optional<ReportState> reportStateFromName(QStringView name)
{
    for (const StateInfo &info : states) {
        if (name == QLatin1StringView(info.name)) {
            return info.state;
        }
    }
    return std::nullopt;
}

QList<ReportState> allReportStates()
{
    QList<ReportState> all;
    for (const StateInfo &info : states) {
        all.append(info.state);
    }
    return all;
}

const char *reportStateLabel(ReportState state)
{
    return states[std::size_t(state)].label;
}

bool isTerminalState(ReportState state)
{
    return state == ReportState::Rejected || state == ReportState::Cancelled || state == ReportState::Declined;
}

bool Reporter::hasIdentity() const
{
    return !fullName.isEmpty() || !address.isEmpty() || !phone.isEmpty() || !citizenId.isEmpty() || !email.isEmpty() ||
           !representative.isEmpty() || !zaloUserId.isEmpty();
}

QString clockStatusName(ClockStatus status)
{
    switch (status) {
    case ClockStatus::Running:
        return QStringLiteral("running");
    case ClockStatus::Done:
        return QStringLiteral("done");
    case ClockStatus::Closed:
        return QStringLiteral("closed");
    case ClockStatus::Paused:
        return QStringLiteral("paused");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ClockStatus> clockStatusFromName(QStringView name)
{
    for (const ClockStatus status :
         {ClockStatus::Running, ClockStatus::Done, ClockStatus::Closed, ClockStatus::Paused}) {
        if (name == clockStatusName(status)) {
            return status;
        }
    }
    return std::nullopt;
}

const ReportClock *Report::runningClock(ClockStep step) const
{
    for (const ReportClock &clock : clocks) {
        if (clock.step == step && clock.status == ClockStatus::Running) {
            return &clock;
        }
    }
    return nullptr;
}

const ReportClock *Report::latestClock(ClockStep step) const
{
    for (auto it = clocks.crbegin(); it != clocks.crend(); ++it) {
        if (it->step == step) {
            return &*it;
        }
    }
    return nullptr;
}

const ReportClock *Report::nextDueClock() const
{
    return nextDueClockFor({});
}

const ReportClock *Report::nextDueClockFor(const QString &agencyId) const
{
    const ReportClock *first = nullptr;
    for (const ReportClock &clock : clocks) {
        if (clock.status == ClockStatus::Running && clockKind(clock.step) == ClockKind::Countdown &&
            (agencyId.isEmpty() || clock.agencyId == agencyId) && (first == nullptr || clock.dueAt < first->dueAt)) {
            first = &clock;
        }
    }
    return first;
}

bool Report::hasOpenInteraction() const
{
    return std::any_of(interactions.cbegin(), interactions.cend(), [](const Interaction &i) { return i.isOpen(); });
}

namespace {

struct GroundInfo
{
    ExtensionGround ground;
    const char *name;
    const char *label;
};

constexpr GroundInfo groundInfos[] = {
    {ExtensionGround::Complex, "complex", QT_TRANSLATE_NOOP("ioc::core", "Complex, long-standing or protracted case")},
    {ExtensionGround::ManyPeople, "many_people", QT_TRANSLATE_NOOP("ioc::core", "Many people take part")},
    {ExtensionGround::Sensitive, "sensitive",
     QT_TRANSLATE_NOOP("ioc::core", "Ethnic, religious, political-security or public-order matter")},
    {ExtensionGround::SeveralAgencies, "several_agencies",
     QT_TRANSLATE_NOOP("ioc::core", "Several agencies concerned")},
};

} // namespace

QString extensionGroundName(ExtensionGround ground)
{
    for (const GroundInfo &info : groundInfos) {
        if (info.ground == ground) {
            return QString::fromLatin1(info.name);
        }
    }
    return {};
}

std::optional<ExtensionGround> extensionGroundFromName(QStringView name)
{
    for (const GroundInfo &info : groundInfos) {
        if (name == QLatin1StringView(info.name)) {
            return info.ground;
        }
    }
    return std::nullopt;
}

QList<ExtensionGround> allExtensionGrounds()
{
    QList<ExtensionGround> all;
    for (const GroundInfo &info : groundInfos) {
        all.append(info.ground);
    }
    return all;
}

const char *extensionGroundLabel(ExtensionGround ground)
{
    for (const GroundInfo &info : groundInfos) {
        if (info.ground == ground) {
            return info.label;
        }
    }
    return "";
}

} // namespace ioc::core
