#pragma once

#include "storage/outboxrepository.h"
#include "storage/reportrepository.h"
#include "support/profiles.h"
#include "sync/apiclient.h"
#include "sync/authsession.h"
#include "sync/syncengine.h"

#include <QNetworkAccessManager>

#include <memory>

namespace ioc::test {

// A console's sync stack without the window, for tests and benchmarks: a throwaway profile, a
// network manager, the API client (trusting the test CA), a signed-in session and the engine.
class SyncClient final
{
public:
    // `maxResponseBytes`: the client's cap on an answer (0: the default, 32 MiB).
    SyncClient(const QUrl &server, const QString &username, sync::SyncEngine::Options options = {},
               int timeoutMs = 30000, qint64 maxResponseBytes = 0);

    // Pull and push until the engine is idle; returns its status then.
    sync::SyncStatus syncOnce(int timeoutMs = 60000);
    // `media`: hashes of files the engine's media source holds, uploaded before the action.
    std::optional<storage::OutboxEntry> act(const QString &reportId, const QString &action,
                                            const QJsonObject &payload = {}, const QStringList &media = {});

    storage::Profile &profile() { return *m_profile; }
    storage::ReportRepository &reports() { return m_reports; }
    storage::OutboxRepository &outbox() { return m_outbox; }
    sync::SyncEngine &engine() { return *m_engine; }
    sync::ApiClient &client() { return *m_client; }
    sync::AuthSession &session() { return *m_session; }
    void setRetryPolicy(sync::RetryPolicy policy) { m_client->setRetryPolicy(policy); }

private:
    TempProfile m_profile;
    QNetworkAccessManager m_manager;
    std::unique_ptr<sync::ApiClient> m_client;
    std::unique_ptr<sync::AuthSession> m_session;
    std::unique_ptr<sync::SyncEngine> m_engine;
    storage::ReportRepository m_reports;
    storage::OutboxRepository m_outbox;
};

} // namespace ioc::test
