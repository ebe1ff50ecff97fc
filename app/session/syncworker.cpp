#include "session/syncworker.h"

#include "storage/mediacache.h"
#include "storage/profile.h"
#include "sync/authsession.h"
#include "sync/mediafetcher.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ioc::session {

namespace {
// The media cache's share of the disk: least recently used files go first beyond it.
constexpr qint64 mediaCacheBytes = 2LL << 30;
} // namespace

SyncWorker::SyncWorker(sync::ApiEndpoint endpoint, const storage::Profile &profile, core::SecretStore *keyring)
    : m_endpoint(std::move(endpoint))
    , m_profile(profile)
    , m_keyring(keyring)
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::initialise()
{
    storage::StorageError error;
    m_replica = m_profile.openReplicaConnection(&error);
    if (!m_replica) {
        emit initialised(false, error.message);
        return;
    }
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<sync::ApiClient>(m_manager.get(), m_endpoint);
    m_session = std::make_unique<sync::AuthSession>(*m_client, m_keyring);
    connect(m_session.get(), &sync::AuthSession::signInRequired, this, &SyncWorker::signInRequired);
    m_engine = std::make_unique<sync::SyncEngine>(*m_client, *m_replica);
    m_mediaDatabase = m_profile.openMediaConnection(&error);
    if (m_mediaDatabase) {
        m_mediaCache = std::make_unique<storage::MediaCache>(*m_mediaDatabase, mediaCacheBytes);
        m_media = std::make_unique<sync::MediaFetcher>(*m_client, *m_mediaCache);
        // Reports created here upload their files from the cache.
        m_engine->setMediaCache(m_mediaCache.get());
    } else {
        qWarning("ioc-console: the media cache cannot be opened: %s", qPrintable(error.message));
    }
    connect(m_engine.get(), &sync::SyncEngine::statusChanged, this, &SyncWorker::statusChanged);
    connect(m_engine.get(), &sync::SyncEngine::reportsChanged, this, &SyncWorker::reportsChanged);
    connect(m_engine.get(), &sync::SyncEngine::reportsReloaded, this, &SyncWorker::reportsReloaded);
    connect(m_engine.get(), &sync::SyncEngine::referenceChanged, this, &SyncWorker::referenceChanged);
    connect(m_engine.get(), &sync::SyncEngine::outboxChanged, this, &SyncWorker::outboxChanged);
    connect(m_engine.get(), &sync::SyncEngine::resynchronised, this, &SyncWorker::resynchronised);
    connect(m_engine.get(), &sync::SyncEngine::idle, this, &SyncWorker::idle);
    emit initialised(true, {});
}

void SyncWorker::signIn(const QString &username, const QByteArray &password, const QString &totp)
{
    if (!m_session) {
        emit signInFinished(false, tr("The local replica could not be opened."), {});
        return;
    }
    const auto done = [this](bool ok, const QString &message) {
        if (ok) {
            const core::User user = m_session->user().value_or(core::User());
            const bool agency = user.role == core::Role::AgencyStaff || user.role == core::Role::AgencyLeader;
            m_engine->setClockOwner(agency ? user.agencyId : QString());
            m_engine->start();
        }
        emit signInFinished(ok, message, m_session->user().value_or(core::User()));
    };
    if (password.isEmpty()) {
        m_session->resume(username, done);
    } else {
        m_session->signIn(username, password, totp, done);
    }
}

void SyncWorker::signOut()
{
    if (m_engine) {
        m_engine->stop();
    }
    if (m_session && m_session->isSignedIn()) {
        m_session->signOut([](bool, const QString &) {});
    }
}

void SyncWorker::syncNow()
{
    if (m_engine && m_session && m_session->isSignedIn()) {
        m_engine->syncNow();
    }
}

std::optional<storage::OutboxEntry> SyncWorker::queueAction(const QString &reportId, const QString &action,
                                                            const QJsonObject &payload, QString *error,
                                                            const QList<NewMedia> &files)
{
    if (!m_engine || (!files.isEmpty() && !m_mediaCache)) {
        *error = tr("Not connected to a replica.");
        return std::nullopt;
    }
    QStringList hashes;
    if (!keepFiles(files, &hashes, nullptr, error)) {
        return std::nullopt;
    }
    return m_engine->queueAction(reportId, action, payload, error, hashes);
}

bool SyncWorker::keepFiles(const QList<NewMedia> &files, QStringList *hashes, QJsonArray *media, QString *error)
{
    // Files first, pinned in the encrypted cache until the server has them: work queued offline
    // never loses its photos.
    for (const NewMedia &file : files) {
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(file.data, QCryptographicHash::Sha256).toHex());
        storage::StorageError storageError;
        if (!m_mediaCache->put(sha, file.data, file.mimeType, true, &storageError)) {
            *error = tr("The file %1 could not be kept: %2").arg(file.fileName, storageError.message);
            return false;
        }
        if (media != nullptr) {
            media->append(QJsonObject{{u"sha256"_s, sha},
                                      {u"mime_type"_s, file.mimeType},
                                      {u"size"_s, qint64(file.data.size())},
                                      {u"file_name"_s, file.fileName}});
        }
        hashes->append(sha);
    }
    return true;
}

std::optional<storage::OutboxEntry> SyncWorker::queueCreate(const QString &reportId, QJsonObject payload,
                                                            const QList<NewMedia> &files, QString *error)
{
    if (!m_engine || !m_mediaCache) {
        *error = tr("Not connected to a replica.");
        return std::nullopt;
    }
    QJsonArray media;
    QStringList hashes;
    if (!keepFiles(files, &hashes, &media, error)) {
        return std::nullopt;
    }
    payload.insert(u"media"_s, media);
    return m_engine->queueCreate(reportId, payload, hashes, error);
}

std::optional<storage::OutboxEntry> SyncWorker::reconfirm(qint64 seq, QString *error)
{
    return m_engine ? m_engine->reconfirm(seq, error) : std::nullopt;
}

bool SyncWorker::discard(qint64 seq, QString *error)
{
    return m_engine && m_engine->discard(seq, error);
}

void SyncWorker::fetchMedia(int tag, const QString &sha256, const QString &mimeType)
{
    if (!m_media) {
        emit mediaFetched(tag, {}, tr("The media cache is not available."));
        return;
    }
    m_media->fetch(sha256, mimeType,
                   [this, tag](const QByteArray &data, const QString &error) { emit mediaFetched(tag, data, error); });
}

void SyncWorker::request(int tag, const QByteArray &method, const QString &path, const QByteArray &body)
{
    if (!m_client || !m_session || !m_session->isSignedIn()) {
        emit answered(tag, 0, {}, tr("Not signed in."));
        return;
    }
    sync::ApiRequest request;
    request.method = method;
    // "/v1/x?a=b": the query apart, or setPath would escape the "?".
    request.path = path.section(u'?', 0, 0);
    if (path.contains(u'?')) {
        request.query = QUrlQuery(path.section(u'?', 1));
    }
    request.body = body;
    request.retries = method == "GET" ? 2 : 0;
    m_client->send(request, [this, tag](const sync::ApiResponse &response) {
        emit answered(tag, response.status, response.json, response.succeeded() ? QString() : response.message());
    });
}

void SyncWorker::shutdown()
{
    if (m_engine) {
        m_engine->stop();
    }
    if (m_client) {
        m_client->abortAll();
    }
    m_media.reset();
    m_mediaCache.reset();
    m_mediaDatabase.reset();
    m_engine.reset();
    m_session.reset();
    m_client.reset();
    m_manager.reset();
    m_replica.reset();
}

} // namespace ioc::session
