#include "session/syncworker.h"

#include "storage/profile.h"
#include "sync/authsession.h"

#include <QNetworkAccessManager>

namespace ioc::session {

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
    connect(m_engine.get(), &sync::SyncEngine::statusChanged, this, &SyncWorker::statusChanged);
    connect(m_engine.get(), &sync::SyncEngine::reportsChanged, this, &SyncWorker::reportsChanged);
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
                                                            const QJsonObject &payload, QString *error)
{
    if (!m_engine) {
        *error = tr("Not connected to a replica.");
        return std::nullopt;
    }
    return m_engine->queueAction(reportId, action, payload, error);
}

std::optional<storage::OutboxEntry> SyncWorker::reconfirm(qint64 seq, QString *error)
{
    return m_engine ? m_engine->reconfirm(seq, error) : std::nullopt;
}

bool SyncWorker::discard(qint64 seq, QString *error)
{
    return m_engine && m_engine->discard(seq, error);
}

void SyncWorker::shutdown()
{
    if (m_engine) {
        m_engine->stop();
    }
    if (m_client) {
        m_client->abortAll();
    }
    m_engine.reset();
    m_session.reset();
    m_client.reset();
    m_manager.reset();
    m_replica.reset();
}

} // namespace ioc::session
