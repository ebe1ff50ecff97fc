#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The vocabulary of the regulation as types. Every enum has a canonical name (used by the
// API, the CLI, configuration and the database) and an English label marked for translation
// (the console shows it through QCoreApplication::translate("ioc::core", label)).
namespace ioc::core {

enum class Role
{
    DutyOfficer,     // Thường trực Trung tâm
    Supervisor,      // lãnh đạo giám sát
    AgencyStaff,     // nhân sự xử lý
    AgencyLeader,    // lãnh đạo phê duyệt
    Admin,           // quản trị (ICT center)
    Citizen,         // the reporting person or organisation, through the app, portal or API
    System,          // the server itself: its scheduler, and reports filed on behalf of a connected system
    ConnectedSystem, // an account of a connected system (4.1.g, 17.3): files reports, reads its own
};

// Điều 4.1.
enum class Channel
{
    MobileApp, // Quang Tri-S
    WebPortal, // tuongtac.quangtri.gov.vn
    Zalo,
    Facebook,
    Email,
    Hotline,
    ConnectedSystem, // 4.1.g
};

enum class ReporterKind
{
    Person,
    Organisation,
};

// Where a report's position came from (7.6.1.c wants GPS).
enum class PositionSource
{
    DeviceGps,
    Exif,
    MapClick,
    Address,
};

// Reject reason codes: Điều 7.6.2 (a)–(i), 1.1.c / 5.2 and 5.5.
enum class RejectReason
{
    MediaNotRecent,     // 7.6.1.b: not taken within 24 hours before the report
    NoMedia,            // a
    EditedMedia,        // b
    SupplementExpired,  // c
    IdentityUnverified, // d
    Duplicate,          // e
    PendingPrevious,    // f
    UnclearOrTest,      // g
    AlreadyResolved,    // h
    CitizenCancelled,   // i
    OutOfScope,         // 1.1.c, 5.2
    Violation,          // 5.5 (counts toward sanctions)
};

// Điều 13.3: exactly three levels.
enum class Satisfaction
{
    Satisfied,    // Hài lòng
    Acceptable,   // Chấp nhận được
    NotSatisfied, // Không hài lòng
};

// Điều 16 B4: the designated coordinating agency's opinion on a result.
enum class Agreement
{
    NotRequired,
    Pending,
    Agreed,
    Disagreed,
};

// Canonical names and their inverse. fromName returns nothing for an unknown name.
QString roleName(Role value);
std::optional<Role> roleFromName(QStringView name);
QList<Role> allRoles();
const char *roleLabel(Role value);

QString channelName(Channel value);
std::optional<Channel> channelFromName(QStringView name);
QList<Channel> allChannels();
const char *channelLabel(Channel value);
// Channels whose reports a duty officer enters by hand (hotline, e-mail, Zalo, Facebook).
bool isOfficerIntakeChannel(Channel value);

QString reporterKindName(ReporterKind value);
std::optional<ReporterKind> reporterKindFromName(QStringView name);

QString positionSourceName(PositionSource value);
std::optional<PositionSource> positionSourceFromName(QStringView name);
const char *positionSourceLabel(PositionSource value);

QString rejectReasonName(RejectReason value);
std::optional<RejectReason> rejectReasonFromName(QStringView name);
QList<RejectReason> allRejectReasons();
const char *rejectReasonLabel(RejectReason value);

QString satisfactionName(Satisfaction value);
std::optional<Satisfaction> satisfactionFromName(QStringView name);
QList<Satisfaction> allSatisfactionLevels();
const char *satisfactionLabel(Satisfaction value);

QString agreementName(Agreement value);
std::optional<Agreement> agreementFromName(QStringView name);

} // namespace ioc::core
