#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace ioc::storage {
class MediaCache;
}

namespace ioc::sync {

class ApiClient;

// Photos and videos on demand: from the encrypted media cache if there, else downloaded in
// parts with Range (a dropped connection resumes where it stopped), verified by SHA-256 and
// stored in the cache. Prefetching fills the cache for the reports at the top of the queue,
// behind what an officer asked for.
class MediaFetcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 defaultPartSize = 2 * 1024 * 1024;

    MediaFetcher(ApiClient &client, storage::MediaCache &cache, qint64 partSize = defaultPartSize,
                 QObject *parent = nullptr);

    using Done = std::function<void(const QByteArray &data, const QString &error)>;
    // `data` is empty and `error` says why when it could not be had.
    void fetch(const QString &sha256, const QString &mimeType, Done done);
    void prefetch(const QStringList &sha256s);
    int queued() const { return int(m_queue.size()); }

signals:
    void fetched(const QString &sha256);

private:
    struct Job
    {
        QString sha256;
        QString mimeType;
        QList<Done> waiting;
        QByteArray received;
        int failures = 0;
    };
    void startNext();
    void requestPart(const QString &sha256);
    void finish(const QString &sha256, const QString &error);

    ApiClient &m_client;
    storage::MediaCache &m_cache;
    QHash<QString, Job> m_jobs; // by sha256
    QStringList m_queue;        // waiting to start, urgent ones first
    QSet<QString> m_active;
    int m_maxActive = 2;
    qint64 m_partSize;
};

} // namespace ioc::sync
