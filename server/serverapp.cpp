#include "serverapp.h"

#include "apiserver.h"
#include "auditcheckpoint.h"
#include "auditkey.h"
#include "basemap.h"
#include "demoseed.h"
#include "dispatcher.h"
#include "livechannel.h"
#include "mediafetcher.h"
#include "passwords.h"
#include "scheduler.h"
#include "servertls.h"
#include "simulator.h"
#include "storage/mbtiles.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace ioc::server {

namespace {

// Raises the soft limit on open files to the hard one (1024 is a common soft limit); returns
// the limit now in force.
int raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return 1024;
    }
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max == RLIM_INFINITY ? rlim_t(1) << 20 : limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0) {
            limit = raised;
        }
    }
    return int(std::min<rlim_t>(limit.rlim_cur, 1 << 20));
#else
    return 1 << 20; // Windows: sockets are not counted against a descriptor table
#endif
}

} // namespace

struct ServerApp::Parts
{
    std::unique_ptr<ServerDatabase> database;
    std::unique_ptr<AuditKey> auditKey;
    std::unique_ptr<UserStore> users;
    std::unique_ptr<ReferenceStore> reference;
    std::unique_ptr<ChangeFeed> feed;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<TotpStore> totp;
    std::unique_ptr<CheckpointSigner> checkpoints;
    std::unique_ptr<IdempotencyStore> idempotency;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<MediaStore> media;
    std::unique_ptr<ReportService> reports;
    std::unique_ptr<LiveChannel> live;
    std::unique_ptr<ApiKeyStore> apiKeys;
    std::unique_ptr<RateLimiter> rateLimits;
    std::unique_ptr<MediaFetcher> mediaFetcher;
    std::unique_ptr<Notifications> notifications;
    std::unique_ptr<ZaloTokens> zaloTokens;
    std::unique_ptr<NotificationDispatcher> dispatcher;
    std::unique_ptr<Services> services;
    std::unique_ptr<ApiServer> api;
    std::unique_ptr<HttpServer> http;
    std::unique_ptr<Scheduler> scheduler;
    std::unique_ptr<Simulator> simulator;
    std::unique_ptr<storage::MbTiles> tiles;
    std::unique_ptr<basemap::Renderer> basemap;
};

ServerApp::ServerApp(ServerConfig config, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_parts(std::make_unique<Parts>())
{}

void ServerApp::handle(const HttpRequest &request, Responder responder)
{
    m_parts->api->handle(request, std::move(responder));
}

ServerApp::~ServerApp()
{
    // Only a database that was opened whole has an epoch to record: a start refused half-way
    // (an audit key refused) must not write an empty one, which the next start would take for
    // another timeline.
    if (m_parts->services) {
        writeEpochFile();
    }
    m_parts->simulator.reset();
    m_parts->scheduler.reset();
    m_parts->http.reset();
    m_parts->api.reset();
    m_parts->live.reset();
}

bool ServerApp::reloadCertificate()
{
    if (m_config.insecureLoopback || !m_parts->http) {
        return false;
    }
    QString error;
    const auto tls = loadServerTls(m_config.certificateFile, m_config.privateKeyFile, m_clock.now(), &error);
    if (!tls) {
        qWarning("ioc-server: the certificate was not reloaded, the current one stays: %s", qPrintable(error));
        return false;
    }
    m_parts->http->setTlsConfiguration(tls->configuration);
    m_metrics.setCertificateExpiry(tls->leaf.expiryDate());
    qInfo("ioc-server: certificate reloaded for new connections: %s, serial %s, valid until %s",
          qPrintable(tls->leaf.subjectDisplayName()), tls->leaf.serialNumber().constData(),
          qPrintable(tls->leaf.expiryDate().toUTC().toString(Qt::ISODate)));
    return true;
}

quint16 ServerApp::port() const
{
    return m_port;
}

QString ServerApp::url() const
{
    const QString host = m_config.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_config.address.toString())
                             : m_config.address.toString();
    return QStringLiteral("%1://%2:%3")
        .arg(m_config.insecureLoopback ? QStringLiteral("http") : QStringLiteral("https"), host)
        .arg(m_port);
}

bool ServerApp::openDatabase(QString *error)
{
    if (!QDir().mkpath(m_config.dataDirectory)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_config.dataDirectory);
        return false;
    }
    Parts &p = *m_parts;
    if (!m_config.postgresOwnerUrl.isEmpty() &&
        !ServerDatabase::preparePostgres(m_config.postgresOwnerUrl, m_config.postgresOwnerPasswordFile,
                                         QUrl(m_config.postgresUrl).userName(), error)) {
        return false;
    }
    p.database = m_config.postgresUrl.isEmpty()
                     ? ServerDatabase::openEmbedded(m_config.dataDirectory, m_config.databaseKeyFile, error)
                     : ServerDatabase::openPostgres(m_config.postgresUrl, m_config.postgresPasswordFile, error);
    if (!p.database) {
        return false;
    }
    auto auditKey = loadOrCreateAuditKey(
        m_config.auditKeyFile.isEmpty() ? defaultAuditKeyPath() : m_config.auditKeyFile, m_config.dataDirectory,
        p.database->meta(QStringLiteral("audit_seq")).toLongLong() + 1, error);
    if (!auditKey) {
        return false;
    }
    p.auditKey = std::make_unique<AuditKey>(std::move(*auditKey));
    p.users = std::make_unique<UserStore>(*p.database, m_clock);
    p.reference = std::make_unique<ReferenceStore>(*p.database);
    p.feed = std::make_unique<ChangeFeed>(*p.database);
    p.audit = std::make_unique<AuditLog>(*p.database, p.auditKey.get());
    p.totp = std::make_unique<TotpStore>(*p.database, p.auditKey.get());
    p.checkpoints = std::make_unique<CheckpointSigner>(*p.auditKey);
    p.idempotency = std::make_unique<IdempotencyStore>(*p.database);
    p.accounts = std::make_unique<AccountStore>(*p.database);
    p.media = std::make_unique<MediaStore>(*p.database);
    p.reports = std::make_unique<ReportService>(*p.database, *p.reference, *p.feed, *p.audit, *p.idempotency,
                                                *p.accounts, *p.media, m_clock);
    p.live = std::make_unique<LiveChannel>();
    if (!p.reference->load(error)) {
        return false;
    }

    // The epoch names this database's timeline. A database restored from a backup is behind the
    // head recorded beside it: it gets a new epoch, and clients resynchronise. An embedded
    // database from another timeline is treated the same way; a shared PostgreSQL database whose
    // epoch differs was moved on by another instance (or `ioc-admin server new-epoch`): adopt it.
    QString epoch = p.database->meta(QStringLiteral("epoch"));
    QFile epochFile(QDir(m_config.dataDirectory).filePath(QStringLiteral("epoch.json")));
    if (!epoch.isEmpty() && epochFile.open(QIODevice::ReadOnly)) {
        const QJsonObject recorded = QJsonDocument::fromJson(epochFile.readAll()).object();
        const bool sameTimeline = recorded.value(QStringLiteral("epoch")).toString() == epoch;
        if ((sameTimeline && recorded.value(QStringLiteral("head")).toInteger() > p.feed->head()) ||
            (!sameTimeline && p.database->dialect() == ServerDatabase::Dialect::Sqlite)) {
            qWarning("ioc-server: the database is behind its last recorded state (restored?): new epoch");
            epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
            p.database->setMeta(QStringLiteral("epoch"), epoch);
            // Cursors handed out before belong to the lost timeline.
            p.database->setMeta(QStringLiteral("oldest_cursor"), QString::number(p.feed->head() + 1));
        }
    }
    if (epoch.isEmpty()) {
        epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.database->setMeta(QStringLiteral("epoch"), epoch);
    }
    const int iterations = m_config.passwordIterations > 0 ? m_config.passwordIterations : passwords::defaultIterations;
    p.services = std::make_unique<Services>(Services{*p.database,
                                                     m_clock,
                                                     *p.users,
                                                     *p.reference,
                                                     *p.feed,
                                                     *p.audit,
                                                     *p.idempotency,
                                                     *p.accounts,
                                                     *p.media,
                                                     *p.reports,
                                                     *p.live,
                                                     *p.totp,
                                                     epoch,
                                                     iterations,
                                                     false,
                                                     nullptr,
                                                     nullptr,
                                                     m_config.trustedProxies,
                                                     m_config.demo,
                                                     p.checkpoints.get(),
                                                     m_config.checkpointIntervalSeconds,
                                                     &m_metrics,
                                                     m_config.metricsReaders});
    p.apiKeys = std::make_unique<ApiKeyStore>(*p.database, m_clock);
    p.rateLimits = std::make_unique<RateLimiter>(*p.database, m_clock);
    p.services->apiKeys = p.apiKeys.get();
    p.services->rateLimits = p.rateLimits.get();
    MediaFetcher::Options fetching;
    fetching.privateAddresses = m_config.open311MediaFromPrivateAddresses;
    if (!m_config.open311MediaCaFile.isEmpty()) {
        fetching.extraCas = QSslCertificate::fromPath(m_config.open311MediaCaFile);
        if (fetching.extraCas.isEmpty()) {
            *error = QStringLiteral("--open311-media-ca %1: no PEM certificate in it").arg(m_config.open311MediaCaFile);
            return false;
        }
    }
    p.mediaFetcher = std::make_unique<MediaFetcher>(fetching);
    p.services->mediaFetcher = p.mediaFetcher.get();
    p.reports->setChangeListener([services = p.services.get()](qint64) { services->announceChanges(); });
    p.notifications = std::make_unique<Notifications>(*p.database, *p.reference, m_clock);
    p.reports->setNotifications(p.notifications.get());
    p.services->notifications = p.notifications.get();
    if (!m_config.channelsFile.isEmpty()) {
        auto channels = ChannelsConfig::fromFile(m_config.channelsFile, error);
        if (!channels) {
            return false;
        }
        p.notifications->setDeliverable(channels->channels());
        p.zaloTokens = std::make_unique<ZaloTokens>(*p.database, p.auditKey.get(), m_clock);
        p.dispatcher = std::make_unique<NotificationDispatcher>(*p.notifications, std::move(*channels), m_clock,
                                                                p.zaloTokens.get());
    }
    connect(p.database.get(), &ServerDatabase::remoteChange, p.live.get(), &LiveChannel::changed);
    // Another instance committed: its reference changes are loaded now, not at the next request
    // (which would refresh before judging anyway).
    connect(p.database.get(), &ServerDatabase::remoteChange, this, [reference = p.reference.get()] {
        QString problem;
        if (!reference->refresh(&problem)) {
            qWarning("ioc-server: cannot reload the reference data: %s", qPrintable(problem));
        }
    });
    writeEpochFile();
    return true;
}

void ServerApp::writeEpochFile()
{
    if (!m_parts->services || !m_parts->feed) {
        return;
    }
    QSaveFile file(QDir(m_config.dataDirectory).filePath(QStringLiteral("epoch.json")));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("epoch"), m_parts->services->epoch},
                                             {QStringLiteral("head"), m_parts->feed->head()}})
                       .toJson(QJsonDocument::Compact));
        file.commit();
    }
}

bool ServerApp::start(QString *error)
{
    if (!openDatabase(error)) {
        return false;
    }
    Parts &p = *m_parts;
    if (const QString refused = demoseed::refusal(*p.services, m_config.demo); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    if (!m_config.demo && p.users->otherActiveAdmins(QString()) == 0) {
        // A new installation: the one command that makes its first administrator.
        const QString where = p.database->dialect() == ServerDatabase::Dialect::Postgres
                                  ? QStringLiteral("--db-url URL")
                                  : QStringLiteral("--data %1").arg(m_config.dataDirectory);
        qWarning("ioc-server: no active administrator; create the first one with\n"
                 "  ioc-admin server user add %s --audit-key-file %s --username NAME --display-name \"FULL NAME\" "
                 "--role admin --password-file -",
                 qPrintable(where), qPrintable(m_config.auditKeyFile));
    }
    ListenOptions options;
    options.address = m_config.address;
    options.port = m_config.port;
    if (!m_config.insecureLoopback) {
        auto tls = loadServerTls(m_config.certificateFile, m_config.privateKeyFile, m_clock.now(), error);
        if (!tls) {
            return false;
        }
        options.tls = tls->configuration;
        m_metrics.setCertificateExpiry(tls->leaf.expiryDate());
    }
    options.headTimeoutMs = m_config.headTimeoutSeconds * 1000;
    options.bodyIdleTimeoutMs = m_config.bodyIdleTimeoutSeconds * 1000;
    options.keepAliveTimeoutMs = m_config.keepAliveTimeoutSeconds * 1000;
    options.maxConnectionsPerAddress = m_config.maxConnectionsPerAddress;
    options.trustedProxies = m_config.trustedProxies; // many clients behind one address
    // Every connection holds a file descriptor; the database, logs and media need some too.
    const int descriptors = raiseOpenFileLimit();
    options.maxConnections = std::min(m_config.maxConnections, std::max(16, descriptors - 128));
    if (options.maxConnections < m_config.maxConnections) {
        qWarning("ioc-server: %d connections at most, not %d: the process may open %d files", options.maxConnections,
                 m_config.maxConnections, descriptors);
    }
    p.api = std::make_unique<ApiServer>(*p.services);
    p.http = std::make_unique<HttpServer>([api = p.api.get()](const HttpRequest &request, Responder responder) {
        api->handle(request, std::move(responder));
    });
    m_port = p.http->listen(options, error);
    if (m_port == 0) {
        return false;
    }
    p.scheduler = std::make_unique<Scheduler>(*p.services, m_config.schedulerIntervalMs);
    if (p.dispatcher && !p.dispatcher->start(error)) {
        return false;
    }
    auto *epochTimer = new QTimer(this);
    connect(epochTimer, &QTimer::timeout, this, &ServerApp::writeEpochFile);
    epochTimer->start(5000);

    const bool seeding = m_config.demo && !demoseed::isSeeded(*p.services);
    if (seeding) {
        QTimer::singleShot(0, this, &ServerApp::seedDemoData); // then the tiles: they need the areas
    } else {
        p.services->ready = true;
    }
    if (m_config.simulatePerMinute > 0) {
        p.simulator = std::make_unique<Simulator>(*p.services, m_config.simulatePerMinute);
    }
    if (!seeding) {
        openTiles();
    }
    return true;
}

void ServerApp::openTiles()
{
    QString path = m_config.tilesFile;
    if (path.isEmpty() && m_config.demo) {
        // The demo's basemap: zooms 6–12 rendered into DATA/basemap.mbtiles in the background
        // (/v1/tiles draws them on demand until then), deeper zooms drawn on demand.
        m_parts->basemap = std::make_unique<basemap::Renderer>(m_parts->reference->directory().areas());
        m_parts->services->basemap = m_parts->basemap.get();
        path = QDir(m_config.dataDirectory).filePath(QStringLiteral("basemap.mbtiles"));
        if (!QFile::exists(path)) {
            const QList<core::Area> areas = m_parts->reference->directory().areas();
            auto *watcher = new QFutureWatcher<QString>(this);
            connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
                const QString problem = watcher->result();
                watcher->deleteLater();
                if (!problem.isEmpty()) {
                    qWarning("ioc-server: the demo basemap was not generated: %s", qPrintable(problem));
                    return;
                }
                openTilesFile(path);
            });
            watcher->setFuture(QtConcurrent::run([path, areas] {
                QString problem;
                return basemap::generate(path, areas, 6, 12, &problem) < 0 ? problem : QString();
            }));
            return;
        }
    }
    if (!path.isEmpty()) {
        openTilesFile(path);
    }
}

void ServerApp::openTilesFile(const QString &path)
{
    storage::StorageError error;
    m_parts->tiles = storage::MbTiles::open(path, &error);
    if (!m_parts->tiles) {
        qWarning("ioc-server: no tiles will be served: %s", qPrintable(error.message));
    }
    m_parts->services->tiles = m_parts->tiles.get();
}

void ServerApp::seedDemoData()
{
    QString error;
    if (!demoseed::seed(*m_parts->services, m_config.demoReports, &error)) {
        qCritical("ioc-server: cannot seed the demo data: %s", qPrintable(error));
        QCoreApplication::exit(1);
        return;
    }
    m_parts->services->ready = true;
    m_parts->services->announceChanges();
    openTiles();
}

} // namespace ioc::server
