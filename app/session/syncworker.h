#pragma once

#include "core/directory.h"
#include "core/secretstore.h"
#include "storage/outboxrepository.h"
#include "sync/apiclient.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace ioc::storage {
class Database;
class Profile;
} // namespace ioc::storage

namespace ioc::storage {
class MediaCache;
}

namespace ioc::sync {
class AuthSession;
class MediaFetcher;
} // namespace ioc::sync

namespace ioc::session {

// A file for a report created at this workstation (hotline intake).
struct NewMedia
{
    QString fileName;
    QString mimeType; // judged from the content by the caller
    QByteArray data;
};

// The console's network side on its own thread: the network manager, the API client, the
// signed-in session and the sync engine, with the thread's own replica connection. The UI
// thread talks to it only through queued calls and signals, so a slow server or a large sync
// page never freezes the window.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(sync::ApiEndpoint endpoint, const storage::Profile &profile, core::SecretStore *keyring);
    ~SyncWorker() override;

    // On the worker thread: opens the replica connection and builds the client.
    void initialise();
    void signIn(const QString &username, const QByteArray &password, const QString &totp);
    void signOut();
    void syncNow();
    // Queued from the UI thread with a blocking call: durable when it returns.
    // `files` (result photos) are kept in the media cache first; the action names them in its
    // "attachments" by their hash.
    std::optional<storage::OutboxEntry> queueAction(const QString &reportId, const QString &action,
                                                    const QJsonObject &payload, QString *error,
                                                    const QList<NewMedia> &files = {});
    // A report created here, its files kept in the media cache first; durable when it returns.
    std::optional<storage::OutboxEntry> queueCreate(const QString &reportId, QJsonObject payload,
                                                    const QList<NewMedia> &files, QString *error);
    std::optional<storage::OutboxEntry> reconfirm(qint64 seq, QString *error);
    bool discard(qint64 seq, QString *error);
    // Stops the engine and closes the connection (before the thread ends).
    void shutdown();
    // A photo or video by its hash: from the encrypted media cache, else downloaded in parts;
    // answers with `mediaFetched`.
    void fetchMedia(int tag, const QString &sha256, const QString &mimeType);
    // A plain API request outside the outbox (handover notes, look-ups); answers with `answered`.
    void request(int tag, const QByteArray &method, const QString &path, const QByteArray &body);

signals:
    void initialised(bool ok, const QString &message);
    void signInFinished(bool ok, const QString &message, const ioc::core::User &user);
    void signInRequired();
    void statusChanged(const ioc::sync::SyncStatus &status);
    void reportsChanged(const QStringList &reportIds);
    void reportsReloaded(); // too many to name: read the replica again
    void referenceChanged();
    void outboxChanged();
    void resynchronised();
    void idle();
    void answered(int tag, int status, const QJsonObject &json, const QString &message);
    void mediaFetched(int tag, const QByteArray &data, const QString &error);

private:
    // Keeps new files pinned in the media cache; their hashes (and their media items) out.
    bool keepFiles(const QList<NewMedia> &files, QStringList *hashes, QJsonArray *media, QString *error);
    sync::ApiEndpoint m_endpoint;
    const storage::Profile &m_profile;
    core::SecretStore *m_keyring;
    std::unique_ptr<storage::Database> m_replica;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<sync::ApiClient> m_client;
    std::unique_ptr<sync::AuthSession> m_session;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<storage::Database> m_mediaDatabase;
    std::unique_ptr<storage::MediaCache> m_mediaCache;
    std::unique_ptr<sync::MediaFetcher> m_media;
};

} // namespace ioc::session
