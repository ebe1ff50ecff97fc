#include "tileloader.h"

#include "buildinfo.h"
#include "storage/mbtiles.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ioc {

namespace {
constexpr int maxActive = 6;
constexpr int maxTileSide = 1024; // anything larger is not a tile
} // namespace

TileLoader::TileLoader(QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    qRegisterMetaType<ioc::core::tiles::TileId>();
    auto *cache = new QNetworkDiskCache(m_network.get());
    cache->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/tiles"_s);
    cache->setMaximumCacheSize(diskCacheBytes());
    m_network->setCache(cache);
}

TileLoader::~TileLoader() = default;

bool TileLoader::setUrlTemplate(const QString &urlTemplate, const QList<QSslCertificate> &extraCas, QString *error)
{
    const QUrl url(QString(urlTemplate).replace(u"{z}"_s, u"0"_s).replace(u"{x}"_s, u"0"_s).replace(u"{y}"_s, u"0"_s));
    const bool loopback = url.host() == u"localhost"_s || QHostAddress(url.host()).isLoopback();
    if (!url.isValid() || !(url.scheme() == u"https"_s || (url.scheme() == u"http"_s && loopback)) ||
        !urlTemplate.contains(u"{z}"_s) || !urlTemplate.contains(u"{x}"_s) || !urlTemplate.contains(u"{y}"_s)) {
        *error = tr("The tile address must be an https:// address with {z}, {x} and {y}: %1").arg(urlTemplate);
        return false;
    }
    m_template = urlTemplate;
    m_extraCas = extraCas;
    m_mbtiles.reset();
    return true;
}

bool TileLoader::setMbTilesFile(const QString &path, QString *error)
{
    storage::StorageError storageError;
    m_mbtiles = storage::MbTiles::open(path, &storageError);
    if (!m_mbtiles) {
        *error = storageError.message;
        return false;
    }
    m_template.clear();
    return true;
}

void TileLoader::request(const core::tiles::TileId &tile)
{
    if (m_mbtiles) {
        // A local file: one indexed read, then decoding off the UI thread.
        const auto data = m_mbtiles->tile(tile.z, tile.x, tile.y);
        if (!data) {
            emit tileMissing(tile);
            return;
        }
        decode(tile, *data);
        return;
    }
    if (m_template.isEmpty()) {
        return; // no source yet: the map asks again once there is one (MapView::resetTiles)
    }
    m_queue.append(tile);
    startNext();
}

void TileLoader::startNext()
{
    while (m_active < maxActive && !m_queue.isEmpty()) {
        // The newest requests first: what is on screen now.
        const core::tiles::TileId tile = m_queue.takeLast();
        QString url = m_template;
        url.replace(u"{z}"_s, QString::number(tile.z))
            .replace(u"{x}"_s, QString::number(tile.x))
            .replace(u"{y}"_s, QString::number(tile.y));
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          u"ioc-console/%1 (IOC operator console)"_s.arg(QString::fromLatin1(buildinfo::version)));
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
        request.setTransferTimeout(20000);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_extraCas.isEmpty()) {
            tls.addCaCertificates(m_extraCas);
        }
        request.setSslConfiguration(tls);
        QNetworkReply *reply = m_network->get(request);
        ++m_active;
        connect(reply, &QNetworkReply::finished, this, [this, reply, tile] { finished(reply, tile); });
    }
    // Requests for tiles long scrolled away are dropped rather than piling up.
    while (m_queue.size() > 200) {
        emit tileMissing(m_queue.takeFirst());
    }
}

void TileLoader::finished(QNetworkReply *reply, const core::tiles::TileId &tile)
{
    reply->deleteLater();
    --m_active;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        decode(tile, reply->readAll());
    } else {
        emit tileMissing(tile);
        if (status != 404) {
            report(tr("The tile server did not answer properly (%1).")
                       .arg(status > 0 ? QString::number(status) : reply->errorString()));
        }
    }
    startNext();
}

void TileLoader::decode(const core::tiles::TileId &tile, const QByteArray &data)
{
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, tile] {
        const QImage image = watcher->result();
        watcher->deleteLater();
        if (image.isNull()) {
            emit tileMissing(tile);
            report(tr("The tile source sent something that is not a picture."));
            return;
        }
        emit tileReady(tile, image);
    });
    watcher->setFuture(QtConcurrent::run([data] {
        QImage image = QImage::fromData(data);
        if (image.width() > maxTileSide || image.height() > maxTileSide) {
            return QImage();
        }
        return image;
    }));
}

void TileLoader::report(const QString &message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime last = m_lastProblem.value(message);
    if (last.isValid() && last.secsTo(now) < 60) {
        return;
    }
    m_lastProblem.insert(message, now);
    emit problem(message);
}

} // namespace ioc
