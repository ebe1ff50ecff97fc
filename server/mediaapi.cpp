// /v1/media…: chunked, resumable uploads verified by SHA-256, and downloads with Range.
#include "apiserver.h"
#include "core/reportjson.h"
#include "core/visibility.h"
#include "livechannel.h"
#include "media/examine.h"
#include "media/exif.h"
#include "media/mediatype.h"
#include "mediastore.h"
#include "referencestore.h"
#include "reportservice.h"
#include "services.h"

#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace ioc::server {

namespace {

constexpr qint64 maxDeclaredSize = 100LL * 1024 * 1024; // the largest class (video)
constexpr qint64 typeHeadBytes = 4096;

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QJsonObject mediaJson(const StoredMedia &media)
{
    return {{QStringLiteral("sha256"), media.sha256},
            {QStringLiteral("size"), media.size},
            {QStringLiteral("mime_type"), media.mimeType},
            {QStringLiteral("facts"), core::json::fromMediaFacts(media.facts)}};
}

QJsonObject uploadJson(const MediaUpload &upload)
{
    return {{QStringLiteral("upload_id"), upload.id},
            {QStringLiteral("sha256"), upload.sha256},
            {QStringLiteral("size"), upload.size},
            {QStringLiteral("received"), upload.received},
            {QStringLiteral("chunk_limit"), MediaStore::chunkLimit},
            {QStringLiteral("complete"), false}};
}

// The caller's own upload, or a 404 sent.
std::optional<MediaUpload> ownUpload(Call &call)
{
    auto upload = call.services.media.upload(call.params.value(QStringLiteral("id")));
    if (!upload || upload->userId != call.actor().userId) {
        call.respond(error(404, QStringLiteral("upload_not_found")));
        return std::nullopt;
    }
    return upload;
}

void startUpload(Call &call)
{
    const auto body = call.jsonBody();
    if (!body) {
        return;
    }
    const QString sha256 = body->value(QStringLiteral("sha256")).toString();
    if (!isSha256(sha256)) {
        call.respond(error(400, QStringLiteral("invalid_value"), QStringLiteral("sha256")));
        return;
    }
    const qint64 size = body->value(QStringLiteral("size")).toInteger(-1);
    if (size <= 0) {
        call.respond(error(400, QStringLiteral("invalid_value"), QStringLiteral("size")));
        return;
    }
    if (size > maxDeclaredSize) {
        call.respond(error(413, QStringLiteral("media_too_large"), QStringLiteral("size")));
        return;
    }
    const QString fileName = body->value(QStringLiteral("file_name")).toString().left(255);
    MediaStore &store = call.services.media;
    // A citizen's daily quota (policy "uploads"): every upload begun counts its announced size.
    const qint64 quota = call.services.reference.policy().citizenUploadBytesPerDay();
    if (call.actor().role == core::Role::Citizen && quota > 0) {
        const QDateTime now = call.services.clock.now();
        QDateTime oldest;
        const qint64 used = store.bytesAnnouncedSince(call.actor().userId, now.addDays(-1), &oldest);
        if (used + size > quota) {
            ApiResult refused = error(429, QStringLiteral("upload_quota_exceeded"), QStringLiteral("size"));
            const qint64 wait = oldest.isValid() ? std::max<qint64>(60, now.secsTo(oldest.addDays(1))) : 3600;
            refused.headers.append({"Retry-After", QByteArray::number(wait)});
            call.respond(refused);
            return;
        }
    }
    // Sent by this user before: nothing to send again. Anyone else proves they hold the bytes by
    // sending them (knowing a hash must not open a file to them).
    if (const auto stored = store.find(sha256); stored && store.isUploader(sha256, call.actor().userId)) {
        QJsonObject done{{QStringLiteral("complete"), true}, {QStringLiteral("media"), mediaJson(*stored)}};
        call.respond(ok(done));
        return;
    }
    const QString id = store.createUpload(call.actor().userId, sha256, size, fileName, call.services.clock.now());
    if (id.isEmpty()) {
        call.respond(error(500, QStringLiteral("internal_error")));
        return;
    }
    call.respond(ok(uploadJson(*store.upload(id)), 201));
}

void uploadStatus(Call &call)
{
    if (const auto upload = ownUpload(call)) {
        call.respond(ok(uploadJson(*upload)));
    }
}

// "bytes 0-4194303/10485760"
bool parseContentRange(const QByteArray &header, qint64 *first, qint64 *last, qint64 *total)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^bytes (\d{1,15})-(\d{1,15})/(\d{1,15})$)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch()) {
        return false;
    }
    *first = match.captured(1).toLongLong();
    *last = match.captured(2).toLongLong();
    *total = match.captured(3).toLongLong();
    return *first <= *last && *last < *total;
}

void finishUpload(Call &call, const MediaUpload &upload)
{
    Services &services = call.services;
    MediaStore &store = services.media;
    if (store.hashBlob(upload.id) != upload.sha256) {
        // The bytes are not the file announced: forget them, the client sends it again.
        store.resetUpload(upload.id);
        call.respond(error(422, QStringLiteral("hash_mismatch"), QStringLiteral("sha256")));
        return;
    }
    const media::MediaType type = media::detectType(store.read(upload.id, 0, typeHeadBytes));
    // Whole pictures are examined; videos and documents are not decoded here.
    const bool decode = type.mediaClass == media::MediaClass::Image || type.mediaClass == media::MediaClass::Photo;
    const QByteArray data = decode ? store.read(upload.id, 0, upload.size) : QByteArray();
    auto responder = std::make_shared<Responder>(std::move(call.responder));
    Services *s = &services;
    struct Examined
    {
        media::Examination examination;
        std::optional<QByteArray> publicCopy; // the picture without its metadata
        QString copyProblem;
    };
    QtConcurrent::run([data, mediaClass = type.mediaClass] {
        Examined done{media::examine(data, mediaClass), std::nullopt, QString()};
        if (!data.isEmpty() && done.examination.error.isEmpty()) {
            done.publicCopy = media::stripMetadata(data, &done.copyProblem);
        }
        return done;
    }).then(&services.live, [s, responder, upload](const Examined &examined) {
        const media::Examination &examination = examined.examination;
        static const HttpRequest none;
        Call done{none, {}, std::nullopt, *s, std::move(*responder)};
        if (!examination.error.isEmpty()) {
            s->media.deleteUpload(upload.id);
            ApiResult refused =
                error(examination.error == QStringLiteral("image_too_large") ? 413 : 422, examination.error);
            refused.body[QStringLiteral("error")] = [&] {
                QJsonObject detail = refused.body.value(QStringLiteral("error")).toObject();
                detail.insert(QStringLiteral("detail"), examination.detail);
                return detail;
            }();
            done.respond(refused);
            return;
        }
        QString storeError;
        if (!s->media.complete(upload, examination.facts, s->clock.now(), &storeError)) {
            qWarning("ioc-server: cannot store media %s: %s", qPrintable(upload.sha256), qPrintable(storeError));
            done.respond(error(500, QStringLiteral("internal_error")));
            return;
        }
        QString copyProblem = examined.copyProblem;
        if (!examined.publicCopy || !s->media.storePublicCopy(upload.sha256, *examined.publicCopy, &copyProblem)) {
            if (!copyProblem.isEmpty()) {
                qWarning("ioc-server: no metadata-free copy of %s: %s", qPrintable(upload.sha256),
                         qPrintable(copyProblem));
            }
        }
        const auto stored = s->media.find(upload.sha256);
        done.respond(ok({{QStringLiteral("complete"), true}, {QStringLiteral("media"), mediaJson(*stored)}}, 201));
    });
}

void putChunk(Call &call)
{
    auto upload = ownUpload(call);
    if (!upload) {
        return;
    }
    qint64 first = 0;
    qint64 last = 0;
    qint64 total = 0;
    if (!parseContentRange(call.request.header("content-range"), &first, &last, &total)) {
        call.respond(error(400, QStringLiteral("invalid_content_range")));
        return;
    }
    const QByteArray &data = call.request.body;
    if (total != upload->size || data.size() != last - first + 1) {
        call.respond(error(400, QStringLiteral("invalid_content_range")));
        return;
    }
    if (data.size() > MediaStore::chunkLimit) {
        call.respond(error(413, QStringLiteral("chunk_too_large")));
        return;
    }
    if (first != upload->received) {
        // A chunk sent twice, or one lost before it: the client continues from `received`.
        ApiResult mismatch = error(409, QStringLiteral("upload_offset_mismatch"));
        mismatch.body.insert(QStringLiteral("received"), upload->received);
        call.respond(mismatch);
        return;
    }
    MediaStore &store = call.services.media;
    if (first == 0) {
        // The type from the content; a file of a refused type is not kept at all.
        const media::MediaType type = media::detectType(data.left(typeHeadBytes));
        if (type.mediaClass == media::MediaClass::Unsupported) {
            store.deleteUpload(upload->id);
            call.respond(error(415, QStringLiteral("unsupported_media_type")));
            return;
        }
        if (upload->size > media::maxFileSize(type.mediaClass)) {
            store.deleteUpload(upload->id);
            call.respond(error(413, QStringLiteral("media_too_large"), QStringLiteral("size")));
            return;
        }
        store.setUploadType(upload->id, type.mimeType);
        upload->mimeType = type.mimeType;
    }
    QString storeError;
    if (!store.appendChunk(*upload, data, call.services.clock.now(), &storeError)) {
        const auto now = store.upload(upload->id);
        ApiResult mismatch = error(409, QStringLiteral("upload_offset_mismatch"));
        mismatch.body.insert(QStringLiteral("received"), now ? now->received : 0);
        call.respond(mismatch);
        return;
    }
    upload->received += data.size();
    if (upload->received < upload->size) {
        call.respond(ok(uploadJson(*upload)));
        return;
    }
    finishUpload(call, *upload);
}

// Whether the caller may read a report that shows the file `sha256` (an original).
bool readsAReportShowing(Call &call, const QString &sha256)
{
    Services &s = call.services;
    const core::Actor actor = call.actor();
    for (const QString &reportId : s.media.reportsShowing(sha256)) {
        const auto report = s.reports.load(reportId);
        if (report && core::reportAccess(actor, *report, s.reference.directory()).report) {
            return true;
        }
    }
    return false;
}

// The IOC's roles get pictures as they were sent; everyone else the copy without metadata.
bool getsOriginals(const core::Actor &actor)
{
    return actor.role == core::Role::DutyOfficer || actor.role == core::Role::Supervisor;
}

// What the caller may download under this hash: an original (its sender; the IOC, for a report
// it reads; anyone who reads a report showing it, when it has no metadata-free copy: a video, a
// PDF), or a metadata-free copy (whoever may read a report showing one of its originals).
struct Servable
{
    QString mimeType;
    qint64 size = 0;
    QString blobId;
};

std::optional<Servable> servable(Call &call, const QString &sha256)
{
    MediaStore &store = call.services.media;
    const core::Actor actor = call.actor();
    if (const auto original = store.find(sha256)) {
        const bool hasCopy = store.publicCopy(sha256).has_value();
        // A file without a metadata-free copy (a video, a document) goes to staff who may read a
        // report showing it, never to another citizen.
        if (store.isUploader(sha256, actor.userId) ||
            ((getsOriginals(actor) || (!hasCopy && actor.role != core::Role::Citizen)) &&
             readsAReportShowing(call, sha256))) {
            return Servable{original->mimeType, original->size, original->blobId};
        }
    }
    for (const QString &original : store.originalsOf(sha256)) {
        const auto stored = store.find(original);
        const auto copy = store.publicCopy(original);
        if (stored && copy && (store.isUploader(original, actor.userId) || readsAReportShowing(call, original))) {
            return Servable{stored->mimeType, copy->size, copy->blobId};
        }
    }
    return std::nullopt;
}

// "bytes=a-b", "bytes=a-", "bytes=-n" (one range) against a file of `size` bytes.
enum class RangeResult
{
    None,
    Satisfiable,
    Unsatisfiable,
};

RangeResult parseRange(const QByteArray &header, qint64 size, qint64 *first, qint64 *last)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^bytes=(\d{0,15})-(\d{0,15})$)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (header.isEmpty() || !match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty())) {
        return RangeResult::None; // absent, several ranges or malformed: the whole file
    }
    if (match.captured(1).isEmpty()) {
        const qint64 suffix = match.captured(2).toLongLong();
        if (suffix == 0) {
            return RangeResult::Unsatisfiable;
        }
        *first = std::max<qint64>(0, size - suffix);
        *last = size - 1;
        return RangeResult::Satisfiable;
    }
    *first = match.captured(1).toLongLong();
    *last = match.captured(2).isEmpty() ? size - 1 : std::min(match.captured(2).toLongLong(), size - 1);
    if (*first >= size || *first > *last) {
        return RangeResult::Unsatisfiable;
    }
    return RangeResult::Satisfiable;
}

void download(Call &call)
{
    const QString sha256 = call.params.value(QStringLiteral("sha256"));
    const auto media = isSha256(sha256) ? servable(call, sha256) : std::nullopt;
    // Unknown and forbidden look the same: a hash tells nobody whether a file exists.
    if (!media) {
        call.respond(error(404, QStringLiteral("media_not_found")));
        return;
    }
    const QByteArray etag = '"' + sha256.toLatin1() + '"';
    HttpHeaders headers{{"Content-Type", media->mimeType.toLatin1()},
                        {"ETag", etag},
                        {"Accept-Ranges", "bytes"},
                        {"Cache-Control", "private, max-age=31536000, immutable"},
                        {"X-Content-Type-Options", "nosniff"},
                        {"Content-Disposition", "attachment"}};
    if (call.request.header("if-none-match") == etag) {
        call.responder.send(304, {}, headers);
        return;
    }
    qint64 first = 0;
    qint64 last = media->size - 1;
    switch (parseRange(call.request.header("range"), media->size, &first, &last)) {
    case RangeResult::Unsatisfiable: {
        ApiResult refused = error(416, QStringLiteral("range_not_satisfiable"));
        refused.headers.append({"Content-Range", "bytes */" + QByteArray::number(media->size)});
        call.respond(refused);
        return;
    }
    case RangeResult::Satisfiable:
        headers.append({"Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' +
                                             QByteArray::number(media->size)});
        call.responder.send(206, call.services.media.read(media->blobId, first, last - first + 1), headers);
        return;
    case RangeResult::None:
        break;
    }
    call.responder.send(200, call.services.media.read(media->blobId, 0, media->size), headers);
}

} // namespace

void addMediaRoutes(QList<Route> &routes)
{
    routes.append({"POST", QStringLiteral("/v1/media/uploads"), true, {}, startUpload});
    routes.append({"GET", QStringLiteral("/v1/media/uploads/{id}"), true, {}, uploadStatus});
    routes.append({"PUT", QStringLiteral("/v1/media/uploads/{id}"), true, {}, putChunk});
    routes.append({"GET", QStringLiteral("/v1/media/{sha256}"), true, {}, download});
}

} // namespace ioc::server
