#include "mediafetcher.h"

#include "storage/mediacache.h"
#include "sync/apiclient.h"

#include <QRegularExpression>

namespace ioc::sync {

MediaFetcher::MediaFetcher(ApiClient &client, storage::MediaCache &cache, qint64 partSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_partSize(partSize)
{}

void MediaFetcher::fetch(const QString &sha256, const QString &mimeType, Done done)
{
    if (const auto cached = m_cache.get(sha256)) {
        done(*cached, {});
        return;
    }
    Job &job = m_jobs[sha256];
    job.sha256 = sha256;
    job.mimeType = mimeType;
    job.waiting.append(std::move(done));
    // Asked for now: ahead of any prefetch.
    m_queue.removeAll(sha256);
    if (!m_active.contains(sha256)) {
        m_queue.prepend(sha256);
    }
    startNext();
}

void MediaFetcher::prefetch(const QStringList &sha256s)
{
    for (const QString &sha256 : sha256s) {
        if (m_jobs.contains(sha256) || m_cache.contains(sha256)) {
            continue;
        }
        m_jobs[sha256].sha256 = sha256;
        m_queue.append(sha256);
    }
    startNext();
}

void MediaFetcher::startNext()
{
    while (m_active.size() < m_maxActive && !m_queue.isEmpty()) {
        const QString sha256 = m_queue.takeFirst();
        m_active.insert(sha256);
        requestPart(sha256);
    }
}

void MediaFetcher::requestPart(const QString &sha256)
{
    const qint64 offset = m_jobs.value(sha256).received.size();
    ApiRequest request;
    request.path = QStringLiteral("/v1/media/%1").arg(sha256);
    request.expectJson = false;
    request.retries = 2;
    request.maxBytes = m_partSize + 1024;
    request.headers.append(
        {"Range", "bytes=" + QByteArray::number(offset) + '-' + QByteArray::number(offset + m_partSize - 1)});
    m_client.send(request, [this, sha256, offset](const ApiResponse &response) {
        if (!m_jobs.contains(sha256)) {
            return;
        }
        Job &job = m_jobs[sha256];
        if (response.status == 206 || response.status == 200) {
            job.failures = 0;
            if (response.status == 200) {
                job.received = response.body; // the server sent it whole
            } else {
                job.received.append(response.body);
            }
            // "bytes a-b/size": done when b is the last byte.
            static const QRegularExpression range(QStringLiteral(R"(^bytes (\d+)-(\d+)/(\d+)$)"));
            const QRegularExpressionMatch match =
                range.match(QString::fromLatin1(response.headers.value("content-range")));
            const bool complete = response.status == 200 || (match.hasMatch() && match.captured(2).toLongLong() + 1 >=
                                                                                     match.captured(3).toLongLong());
            if (!complete) {
                if (job.received.size() <= offset) {
                    finish(sha256, tr("The server sent an empty part"));
                    return;
                }
                requestPart(sha256);
                return;
            }
            storage::StorageError error;
            // put() refuses bytes that do not hash to the name.
            if (!m_cache.put(sha256, job.received, job.mimeType, false, &error)) {
                finish(sha256, tr("The file received does not match its SHA-256: %1").arg(error.message));
                return;
            }
            finish(sha256, {});
            return;
        }
        if (response.isTransient() && ++job.failures < 5) {
            requestPart(sha256); // resume from what arrived
            return;
        }
        finish(sha256, response.message());
    });
}

void MediaFetcher::finish(const QString &sha256, const QString &error)
{
    Job job = m_jobs.take(sha256);
    m_active.remove(sha256);
    const QByteArray data = error.isEmpty() ? job.received : QByteArray();
    for (const Done &done : job.waiting) {
        done(data, error);
    }
    if (error.isEmpty()) {
        emit fetched(sha256);
    }
    startNext();
}

} // namespace ioc::sync
