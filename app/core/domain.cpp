#include "core/domain.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ioc::core {

namespace {

// One row per enum value: the value, its canonical name and its English label.
template<typename E>
struct Entry
{
    E value;
    const char *name;
    const char *label;
};

template<typename E, std::size_t N>
QString nameOf(const std::array<Entry<E>, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.name);
        }
    }
    Q_UNREACHABLE();
    return {};
}

template<typename E, std::size_t N>
const char *labelOf(const std::array<Entry<E>, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value) {
            return entry.label;
        }
    }
    Q_UNREACHABLE();
    return "";
}

template<typename E, std::size_t N>
std::optional<E> fromName(const std::array<Entry<E>, N> &table, QStringView name)
{
    for (const auto &entry : table) {
        if (name == QLatin1StringView(entry.name)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const std::array<Entry<E>, N> &table)
{
    QList<E> values;
    for (const auto &entry : table) {
        values.append(entry.value);
    }
    return values;
}

constexpr std::array<Entry<Role>, 8> roles{{
    {Role::DutyOfficer, "duty_officer", QT_TRANSLATE_NOOP("ioc::core", "Duty officer")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("ioc::core", "Supervisor")},
    {Role::AgencyStaff, "agency_staff", QT_TRANSLATE_NOOP("ioc::core", "Processing officer")},
    {Role::AgencyLeader, "agency_leader", QT_TRANSLATE_NOOP("ioc::core", "Approving leader")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("ioc::core", "Administrator")},
    {Role::Citizen, "citizen", QT_TRANSLATE_NOOP("ioc::core", "Citizen")},
    {Role::System, "system", QT_TRANSLATE_NOOP("ioc::core", "System")},
    {Role::ConnectedSystem, "connected_system", QT_TRANSLATE_NOOP("ioc::core", "Connected system")},
}};

constexpr std::array<Entry<Channel>, 7> channels{{
    {Channel::MobileApp, "mobile_app", QT_TRANSLATE_NOOP("ioc::core", "Quang Tri-S app")},
    {Channel::WebPortal, "web_portal", QT_TRANSLATE_NOOP("ioc::core", "Web portal")},
    {Channel::Zalo, "zalo", QT_TRANSLATE_NOOP("ioc::core", "Zalo")},
    {Channel::Facebook, "facebook", QT_TRANSLATE_NOOP("ioc::core", "Facebook")},
    {Channel::Email, "email", QT_TRANSLATE_NOOP("ioc::core", "E-mail")},
    {Channel::Hotline, "hotline", QT_TRANSLATE_NOOP("ioc::core", "Hotline")},
    {Channel::ConnectedSystem, "connected_system", QT_TRANSLATE_NOOP("ioc::core", "Connected system")},
}};

constexpr std::array<Entry<ReporterKind>, 2> reporterKinds{{
    {ReporterKind::Person, "person", QT_TRANSLATE_NOOP("ioc::core", "Person")},
    {ReporterKind::Organisation, "organisation", QT_TRANSLATE_NOOP("ioc::core", "Organisation")},
}};

constexpr std::array<Entry<PositionSource>, 4> positionSources{{
    {PositionSource::DeviceGps, "device_gps", QT_TRANSLATE_NOOP("ioc::core", "Device GPS")},
    {PositionSource::Exif, "exif", QT_TRANSLATE_NOOP("ioc::core", "Photo EXIF")},
    {PositionSource::MapClick, "map_click", QT_TRANSLATE_NOOP("ioc::core", "Picked on the map")},
    {PositionSource::Address, "address", QT_TRANSLATE_NOOP("ioc::core", "From the address")},
}};

constexpr std::array<Entry<RejectReason>, 12> rejectReasons{{
    {RejectReason::MediaNotRecent, "media_not_recent",
     QT_TRANSLATE_NOOP("ioc::core", "Photo or video not taken within 24 hours before the report")},
    {RejectReason::NoMedia, "no_media", QT_TRANSLATE_NOOP("ioc::core", "No clear, related photo or video")},
    {RejectReason::EditedMedia, "edited_media",
     QT_TRANSLATE_NOOP("ioc::core", "Photo or video shows signs of editing")},
    {RejectReason::SupplementExpired, "supplement_expired",
     QT_TRANSLATE_NOOP("ioc::core", "Requested supplement not made within 48 hours")},
    {RejectReason::IdentityUnverified, "identity_unverified",
     QT_TRANSLATE_NOOP("ioc::core", "Reporter information inaccurate or not verified")},
    {RejectReason::Duplicate, "duplicate", QT_TRANSLATE_NOOP("ioc::core", "Duplicate of another report")},
    {RejectReason::PendingPrevious, "pending_previous",
     QT_TRANSLATE_NOOP("ioc::core", "An earlier report on it is still being processed")},
    {RejectReason::UnclearOrTest, "unclear_or_test",
     QT_TRANSLATE_NOOP("ioc::core", "Unclear, sent by mistake or a test")},
    {RejectReason::AlreadyResolved, "already_resolved",
     QT_TRANSLATE_NOOP("ioc::core", "Already resolved and answered, nothing new")},
    {RejectReason::CitizenCancelled, "citizen_cancelled",
     QT_TRANSLATE_NOOP("ioc::core", "The sender asked to cancel it")},
    {RejectReason::OutOfScope, "out_of_scope",
     QT_TRANSLATE_NOOP("ioc::core", "Complaint, denunciation, legal advice or state secret")},
    {RejectReason::Violation, "violation",
     QT_TRANSLATE_NOOP("ioc::core", "Offensive, defamatory or inciting language")},
}};

constexpr std::array<Entry<Satisfaction>, 3> satisfactionLevels{{
    {Satisfaction::Satisfied, "satisfied", QT_TRANSLATE_NOOP("ioc::core", "Satisfied")},
    {Satisfaction::Acceptable, "acceptable", QT_TRANSLATE_NOOP("ioc::core", "Acceptable")},
    {Satisfaction::NotSatisfied, "not_satisfied", QT_TRANSLATE_NOOP("ioc::core", "Not satisfied")},
}};

constexpr std::array<Entry<Agreement>, 4> agreements{{
    {Agreement::NotRequired, "not_required", ""},
    {Agreement::Pending, "pending", ""},
    {Agreement::Agreed, "agreed", ""},
    {Agreement::Disagreed, "disagreed", ""},
}};

} // namespace

QString roleName(Role value)
{
    return nameOf(roles, value);
}
std::optional<Role> roleFromName(QStringView name)
{
    return fromName(roles, name);
}
QList<Role> allRoles()
{
    return valuesOf(roles);
}
const char *roleLabel(Role value)
{
    return labelOf(roles, value);
}

QString channelName(Channel value)
{
    return nameOf(channels, value);
}
std::optional<Channel> channelFromName(QStringView name)
{
    return fromName(channels, name);
}
QList<Channel> allChannels()
{
    return valuesOf(channels);
}
const char *channelLabel(Channel value)
{
    return labelOf(channels, value);
}
bool isOfficerIntakeChannel(Channel value)
{
    return value == Channel::Hotline || value == Channel::Email || value == Channel::Zalo || value == Channel::Facebook;
}

QString reporterKindName(ReporterKind value)
{
    return nameOf(reporterKinds, value);
}
std::optional<ReporterKind> reporterKindFromName(QStringView name)
{
    return fromName(reporterKinds, name);
}

QString positionSourceName(PositionSource value)
{
    return nameOf(positionSources, value);
}
std::optional<PositionSource> positionSourceFromName(QStringView name)
{
    return fromName(positionSources, name);
}
const char *positionSourceLabel(PositionSource value)
{
    return labelOf(positionSources, value);
}

QString rejectReasonName(RejectReason value)
{
    return nameOf(rejectReasons, value);
}
std::optional<RejectReason> rejectReasonFromName(QStringView name)
{
    return fromName(rejectReasons, name);
}
QList<RejectReason> allRejectReasons()
{
    return valuesOf(rejectReasons);
}
const char *rejectReasonLabel(RejectReason value)
{
    return labelOf(rejectReasons, value);
}

QString satisfactionName(Satisfaction value)
{
    return nameOf(satisfactionLevels, value);
}
std::optional<Satisfaction> satisfactionFromName(QStringView name)
{
    return fromName(satisfactionLevels, name);
}
QList<Satisfaction> allSatisfactionLevels()
{
    return valuesOf(satisfactionLevels);
}
const char *satisfactionLabel(Satisfaction value)
{
    return labelOf(satisfactionLevels, value);
}

QString agreementName(Agreement value)
{
    return nameOf(agreements, value);
}
std::optional<Agreement> agreementFromName(QStringView name)
{
    return fromName(agreements, name);
}

} // namespace ioc::core
