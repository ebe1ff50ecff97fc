#include "support/syncclient.h"

#include "support/testserver.h"

#include <QEventLoop>
#include <QTimer>

namespace ioc::test {

SyncClient::SyncClient(const QUrl &server, const QString &username, sync::SyncEngine::Options options, int timeoutMs,
                       qint64 maxResponseBytes)
    : m_reports(m_profile->replica())
    , m_outbox(m_profile->replica())
{
    sync::ApiEndpoint endpoint;
    endpoint.baseUrl = server;
    endpoint.tls.extraCas = TestCertificates::instance().ca();
    endpoint.timeoutMs = timeoutMs;
    if (maxResponseBytes > 0) {
        endpoint.maxResponseBytes = maxResponseBytes;
    }
    m_client = std::make_unique<sync::ApiClient>(&m_manager, endpoint);
    m_session = std::make_unique<sync::AuthSession>(*m_client, nullptr);
    QEventLoop loop;
    bool signedIn = false;
    QString message;
    m_session->signIn(username, "demo", {}, [&](bool ok, const QString &text) {
        signedIn = ok;
        message = text;
        loop.quit();
    });
    loop.exec();
    if (!signedIn) {
        qFatal("cannot sign in as %s: %s", qPrintable(username), qPrintable(message));
    }
    m_engine = std::make_unique<sync::SyncEngine>(*m_client, m_profile->replica(), options);
}

sync::SyncStatus SyncClient::syncOnce(int timeoutMs)
{
    QEventLoop loop;
    const auto connection = QObject::connect(m_engine.get(), &sync::SyncEngine::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_engine->syncNow();
    loop.exec();
    QObject::disconnect(connection);
    return m_engine->status();
}

std::optional<storage::OutboxEntry> SyncClient::act(const QString &reportId, const QString &action,
                                                    const QJsonObject &payload, const QStringList &media)
{
    QString error;
    auto entry = m_engine->queueAction(reportId, action, payload, &error, media);
    if (!entry) {
        qWarning("cannot queue %s: %s", qPrintable(action), qPrintable(error));
    }
    return entry;
}

} // namespace ioc::test
