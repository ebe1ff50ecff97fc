#pragma once

#include "core/domain.h"
#include "core/slapolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc::core {

// The 16 states of PRODUCT.md §15.
enum class ReportState
{
    Received,
    IdentityCheck,
    AwaitingSupplement,
    Verified,
    Coordinating,
    Rejected,
    Cancelled,
    Distributed,
    Returned,
    InProgress,
    Declined,
    AwaitingApproval,
    Approved,
    TemplateFix,
    ResultFix,
    Published,
};

QString reportStateName(ReportState state);
std::optional<ReportState> reportStateFromName(QStringView name);
QList<ReportState> allReportStates();
const char *reportStateLabel(ReportState state);
// No further processing: rejected, cancelled, declined.
bool isTerminalState(ReportState state);

struct Position
{
    double latitude = 0;
    double longitude = 0;
    QString address;
    QString areaId;
    PositionSource source = PositionSource::DeviceGps;
    bool isValid() const { return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180; }
};

// One identity check as the server ran it: a stable code ("phone_mobile"…), its verdict
// ("pass", "look", "fail") and the values its evidence quotes, masked where they are identity
// (identity::describe() words it in the reader's language).
struct IdentityCheckResult
{
    QString code;
    QString verdict;
    QStringList args;
    bool operator==(const IdentityCheckResult &) const = default;
};

// A reporter's identity as shown before it is revealed: "N. V. A.", "091****567", …
struct MaskedIdentity
{
    bool present = false; // the server sent a masked identity (the raw one stays on the server)
    QString fullName;
    QString address;
    QString phone;
    QString citizenId;
    QString email;
    QString representative;
};

// Điều 5.3: a person gives full name, contact address, own phone number, citizen ID (CCCD) and
// optionally e-mail; an organisation gives its name, address, phone and representative.
struct Reporter
{
    ReporterKind kind = ReporterKind::Person;
    QString accountId; // citizen account, if the report came through one
    QString fullName;  // person, or the organisation's name
    QString address;
    QString phone;
    QString citizenId; // persons only
    QString email;
    QString representative; // organisations only

    // What the server adds (PRODUCT.md §17), kept with the report and sent to every reader who
    // may know of the reporter, so that nobody needs the raw identity to verify a report:
    // - opaque keys of the account, the national phone number and the citizen ID (HMACs under a
    //   secret of the server): two reports share a key exactly when they share one of the three;
    QStringList senderKeys;
    // - the identity checks of Điều 5.3 (core/identitycheck.h), their quoted values masked.
    QList<IdentityCheckResult> checks;
    // - for a reader who did not reveal the identity: the identity masked (core/masking.h), the
    //   raw fields above then being empty.
    MaskedIdentity masked;
    // The reporter's user id on the province's Zalo Official Account (a report that came by Zalo,
    // from the channel's connector): where replies go (docs/channels.md). Never shown.
    QString zaloUserId;

    bool hasIdentity() const;
};

// §17: what the reporter agreed to.
struct Consents
{
    bool shareWithAgency = false;    // identity may be used by the processing agency (5.6)
    bool publishIdentity = false;    // identity may be published
    bool confidentialResult = false; // the result goes to the reporter only (12.3)
};

// What the server read from a stored file itself (never what a client claimed): the facts the
// verification checklist judges (Điều 7.6.1.b: taken within 24 h; 7.6.2.b: signs of editing).
struct MediaFacts
{
    bool known = false;   // the server has examined the file
    bool hasExif = false; // the file carries EXIF metadata
    QDateTime exifCapturedAt;
    bool exifTimeHasOffset = false; // false: EXIF gave no zone, Vietnam time (UTC+7) assumed
    QDateTime exifModifiedAt;       // EXIF DateTime: when the file was last written
    std::optional<double> exifLatitude;
    std::optional<double> exifLongitude;
    QString software; // EXIF Software (editors write their name here)
    QString camera;   // make and model
    int width = 0;
    int height = 0;
    QString perceptualHash; // 64-bit difference hash of the picture, 16 hex digits
};

struct MediaItem
{
    QString sha256;
    QString mimeType;
    qint64 size = 0;
    QString fileName;
    QDateTime capturedAt; // as the sender's device stated it
    MediaFacts facts;
};

enum class ClockStatus
{
    Running,
    Done,   // stopped by its own step; `onTime` says whether in time
    Closed, // closed without being judged: silently, the report left the agency, or it ended
    Paused, // not counting while the report waits on someone else; resumes with the time it had left
};

struct ReportClock
{
    ClockStep step = ClockStep::Distribute;
    QDateTime startedAt;
    // When the clock was started, if the night rule (Điều 4.2) deferred its count to startedAt:
    // made urgent, it counts from here after all (Điều 15 B1).
    QDateTime requestedAt;
    QDateTime dueAt;
    QDateTime stoppedAt;
    QDateTime pausedAt; // while paused: since when
    ClockStatus status = ClockStatus::Running;
    std::optional<bool> onTime;
    QString agencyId; // for agency clocks: the agency it runs against
    bool urgent = false;
};

QString clockStatusName(ClockStatus status);
std::optional<ClockStatus> clockStatusFromName(QStringView name);

struct Interaction
{
    QDateTime askedAt;
    QString text;
    QDateTime answeredAt;
    QString answer;
    // The IOC judged it not a legitimate request for clarification (13.2): its clock stopped
    // unjudged and it does not count toward 14.3.c.
    QString notLegitimateReason;

    bool isOpen() const { return !answeredAt.isValid() && notLegitimateReason.isEmpty(); }
};

// One rating of a published result (13.1). After a step back and a new publication the
// citizen may rate again; every rating is kept and the last one counts.
struct Rating
{
    QDateTime ratedAt;
    Satisfaction level = Satisfaction::Satisfied;
    QString comment;
};

// The grounds on which 11.2.b allows an extension.
enum class ExtensionGround
{
    Complex,         // phức tạp, tồn đọng, kéo dài
    ManyPeople,      // có sự tham gia của nhiều người
    Sensitive,       // chính sách dân tộc, tôn giáo, an ninh chính trị, trật tự an toàn xã hội
    SeveralAgencies, // liên quan đến nhiều cơ quan, đơn vị
};
QString extensionGroundName(ExtensionGround ground);
std::optional<ExtensionGround> extensionGroundFromName(QStringView name);
QList<ExtensionGround> allExtensionGrounds();
const char *extensionGroundLabel(ExtensionGround ground); // translate in context "ioc::core"

// An extension the agency's staff proposed and its leader has not yet decided (11.2.b).
struct ExtensionProposal
{
    ExtensionGround ground = ExtensionGround::Complex;
    QString reason;
    QDateTime newDue;
    QString commitment; // the commitment result for the citizen (Phụ lục 1), if any
    QString proposedBy;
    QDateTime proposedAt;

    bool isValid() const { return newDue.isValid(); }
};

// A field report and everything the workflow needs to know about it.
struct Report
{
    QString id;   // stable id (UUID), also the one used in /v1/reports/{id}
    QString code; // human reference, e.g. "PA-2026-000123"
    int version = 0;
    ReportState state = ReportState::Received;

    QString title;
    QString content;
    QString originalTitle;   // before the IOC's spelling/form correction (9.1); empty if never edited
    QString originalContent; // idem
    QString categoryId;
    Position position;
    QDateTime capturedAt;
    QDateTime receivedAt;
    Channel channel = Channel::MobileApp;
    // Channel connected_system (4.1.g): the connected system's account that filed it (Open311),
    // or that the IOC received it from by another way; its name stands beside the channel.
    QString sourceSystemId;
    bool urgent = false;
    bool isPublic = true; // Điều 9.2: sensitive matters are received non-public
    bool hidden = false;  // 14.1.c
    bool escalated = false;
    Reporter reporter;
    Consents consents;
    QList<MediaItem> media;

    QString leadAgencyId;
    QStringList coordinatingAgencyIds; // 10.5
    QString coordinatorAgencyId;       // Điều 16: the designated coordinating agency
    QString suggestedAgencyId;         // from a not-competent return or a coordination answer
    Agreement agreement = Agreement::NotRequired;

    QString claimedBy; // user id of the officer handling it ("đang xử lý bởi …")
    QDateTime claimedAt;

    QList<RejectReason> rejectReasons;
    QString replyText; // to the citizen: rejection, decline, or the published result addressed by name
    QString duplicateOf;
    // 14.3.f: the IOC linked it as a repeat of an earlier report handled at the same place.
    QString repeatOf;
    QString supplementRequest;

    QString resultText;
    QStringList resultAttachments;
    QString commitmentText;              // a commitment result published with an extension
    ExtensionProposal extensionProposal; // pending the leader's decision
    // The report follows the administrative-sanction procedure (11.2.b, 15 B4): its legal basis.
    // The 6-working-day clock is replaced by that procedure; status notices continue.
    QString sanctionProcedure;
    QDateTime publishedAt; // the latest publication
    QString publicText;
    bool confidentialPublication = false;
    bool dispatched = false;
    bool resultObtained = false;
    std::optional<Satisfaction> rating; // the last of `ratings`
    QList<Rating> ratings;
    QList<Interaction> interactions;

    QList<ReportClock> clocks;

    // The running clock of a step, if any.
    const ReportClock *runningClock(ClockStep step) const;
    // The latest clock of a step, whatever its status.
    const ReportClock *latestClock(ClockStep step) const;
    // The running countdown clock due first (what the queue shows).
    const ReportClock *nextDueClock() const;
    // The same among the clocks that run against this agency (its own deadlines); any clock when
    // `agencyId` is empty.
    const ReportClock *nextDueClockFor(const QString &agencyId) const;
    bool hasOpenInteraction() const;
};

// One accepted action: the timeline entry and the audit record's payload.
struct ReportEvent
{
    QString action; // canonical action name
    QString actorId;
    Role actorRole = Role::System;
    QString actorAgencyId;
    QDateTime actedAt;    // when the officer acted (may be earlier than receipt when offline)
    QDateTime receivedAt; // when the server received it
    ReportState fromState = ReportState::Received;
    ReportState toState = ReportState::Received;
    int version = 0; // the report's version after the action
    QJsonObject payload;
    // The Idempotency-Key of the request that took the action: a console tells by it which of
    // its queued actions the server has already applied.
    QString requestKey;
};

} // namespace ioc::core
