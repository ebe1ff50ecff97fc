#pragma once

#include "core/tilemath.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ioc::storage {
class MbTiles;
}

namespace ioc {

// Basemap tiles for the map: from an HTTPS URL template ("https://host/v1/tiles/{z}/{x}/{y}",
// the center's own tile server or OpenStreetMap's, with a proper User-Agent) through a size-limited
// disk cache, or from an MBTiles file for air-gapped centers (read through the project's SQLite
// driver). Requests never block the UI thread: network replies are asynchronous and images are
// decoded on the thread pool; at most six downloads run at once and nothing is prefetched in bulk.
// A 404 marks a tile missing (the map draws a lower zoom); other failures also report a problem.
class TileLoader final : public QObject
{
    Q_OBJECT

public:
    explicit TileLoader(QObject *parent = nullptr);
    ~TileLoader() override;

    // An https:// template (plain http only to a loopback address: a local tile server or a
    // test). False with `error` otherwise: TLS is never bypassed.
    bool setUrlTemplate(const QString &urlTemplate, const QList<QSslCertificate> &extraCas, QString *error);
    // Reads tiles from an MBTiles file instead; false with `error` if it cannot be opened.
    bool setMbTilesFile(const QString &path, QString *error);
    void request(const core::tiles::TileId &tile);
    static qint64 diskCacheBytes() { return 256LL << 20; }

signals:
    void tileReady(const ioc::core::tiles::TileId &tile, const QImage &image);
    void tileMissing(const ioc::core::tiles::TileId &tile);
    // Something is wrong with the tile source (reported at most once a minute).
    void problem(const QString &message);

private:
    void startNext();
    void finished(QNetworkReply *reply, const core::tiles::TileId &tile);
    void decode(const core::tiles::TileId &tile, const QByteArray &data);
    void report(const QString &message);

    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_template;
    QList<QSslCertificate> m_extraCas;
    std::unique_ptr<storage::MbTiles> m_mbtiles;
    QList<core::tiles::TileId> m_queue;
    int m_active = 0;
    QHash<QString, QDateTime> m_lastProblem; // by message
};

} // namespace ioc
