#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace ioc::storage {
class Database;
}

namespace ioc::test {

class HostProcess;

// A throwaway certificate authority and a server certificate it signed (for localhost and
// 127.0.0.1), made with the openssl tool at test time.
class TestCertificates final
{
public:
    static const TestCertificates &instance();
    // The kind of every test key (RSA in the Windows build, ECDSA elsewhere: testserver.cpp).
    static QSsl::KeyAlgorithm keyAlgorithm()
    {
#ifdef Q_OS_WIN
        return QSsl::Rsa;
#else
        return QSsl::Ec;
#endif
    }
    QString caFile() const
    {
        return m_dir.filePath(QStringLiteral("ca.pem"));
    }
    // "server": for localhost and 127.0.0.1, signed by the test CA; "renewed": the same, with
    // another key and serial number; "wronghost": signed by it
    // for another name; "untrusted": for localhost, self-signed.
    QString certificateFile(const QString &name = QStringLiteral("server")) const
    {
        return m_dir.filePath(name + QStringLiteral(".pem"));
    }
    QString keyFile(const QString &name = QStringLiteral("server")) const
    {
        return m_dir.filePath(name + QStringLiteral("-key.pem"));
    }
    QList<QSslCertificate> ca() const;
    // The audit key every server of this test program uses (made by the first one to start): apart
    // from the data directories, as in production.
    QString auditKeyFile() const
    {
        return m_dir.filePath(QStringLiteral("audit.key"));
    }

private:
    TestCertificates();
    void issue(const QString &name, const QString &commonName, const QString &altNames, bool byTestCa);
    QTemporaryDir m_dir;
};

// The server tests run twice: on the embedded database, and as `<name>.postgres` on a real
// PostgreSQL cluster that ctest starts for them (fixture `postgres`, tests/support/pgcluster.sh),
// which names it in IOC_TEST_PG_URL_FILE.
class PostgresCluster final
{
public:
    // True when this test program runs against PostgreSQL.
    static bool inUse();
    // Makes a new, empty database in the cluster and returns its URL.
    static QString createDatabase();
    // Runs SQL through psql; aborts the test program on failure. Returns psql's unaligned output.
    static QByteArray psql(const QString &url, const QString &sql);
    // The URL of another database in the same cluster.
    static QString withDatabase(const QString &url, const QString &database);
};

// Opens `socket` to the server at `url` over TLS, trusting the test CA (the caller waits for
// encrypted()): for requests written byte by byte.
void connectRaw(QSslSocket &socket, const QUrl &url);

// The real ioc-server binary on a loopback port, over real TLS, with its own data directory
// and, when PostgresCluster::inUse(), its own PostgreSQL database.
class TestServer final
{
public:
    struct Options
    {
        bool demo = true;
        QString dataDirectory; // empty: a fresh temporary one
        QStringList extraArguments;
        QString postgresUrl;     // with PostgresCluster::inUse(): share this database (empty: a new one)
        QStringList environment; // VAR=value added to the server's environment (e.g. IOC_CRASH_AT)
    };

    explicit TestServer(Options options);
    TestServer();
    ~TestServer();
    Q_DISABLE_COPY_MOVE(TestServer)

    // Starts and waits until /v1/health answers 200; aborts the test program on failure.
    void start();
    // As start(), but a server that exits on the way (a crash point) is no failure: false, and
    // exitCode() says how it ended.
    bool tryStart();
    void stop();
    // Whether the server process still runs, and how it ended if not (-1 while it runs).
    bool isRunning() const;
    int exitCode() const;
    // What the server wrote to standard error since the last call.
    QByteArray errorOutput();
    // The server's process id (0 when it does not run), e.g. to read its memory use.
    qint64 pid() const;
    void setEnvironment(const QStringList &environment) { m_options.environment = environment; }
    // For the next start; e.g. {"--listen", "127.0.0.1:PORT"} to come back where it was.
    void setExtraArguments(const QStringList &arguments) { m_options.extraArguments = arguments; }
    QUrl url() const { return m_url; }
    QString dataDirectory() const { return m_dataDirectory; }
    // The server's PostgreSQL database, or empty for the embedded one.
    QString postgresUrl() const { return m_postgresUrl; }
    // How ioc-admin names this server's database: --db-url URL, or --data DIR.
    QStringList adminDatabaseArguments() const
    {
        return m_postgresUrl.isEmpty() ? QStringList{QStringLiteral("--data"), m_dataDirectory}
                                       : QStringList{QStringLiteral("--db-url"), m_postgresUrl};
    }
    // Runs SQL on the server's database behind its back (a fault injected, a record aged), through
    // psql or a second connection to the embedded file; aborts the test program on failure.
    void execSql(const QString &sqliteSql, const QString &postgresSql = {}) const;
    // The first column of the first row a query answers, as text (empty if none): the same SQL
    // on either database.
    QString querySql(const QString &sql) const;
    // A second connection to an embedded server database (DIR/server.db with DIR/server.key),
    // as its holder would open it; null, with `error`, if it cannot be opened.
    static std::unique_ptr<storage::Database> openEmbedded(const QString &dataDirectory, QString *error = nullptr);
    static QString binary();

private:
    Options m_options;
    QTemporaryDir m_tempDir;
    QString m_dataDirectory;
    QString m_postgresUrl;
    std::unique_ptr<HostProcess> m_process;
    QUrl m_url;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

// A synchronous HTTPS client for tests, with its own connection pool and the test CA trusted.
class HttpClient final
{
public:
    HttpClient(const QUrl &base, bool trustTestCa = true);

    HttpResponse get(const QString &path, const QByteArray &token = {},
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResponse post(const QString &path, const QByteArray &body, const QByteArray &token = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResponse put(const QString &path, const QByteArray &body, const QByteArray &token = {});
    // Starts a request without waiting for it.
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &token,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static HttpResponse wait(QNetworkReply *reply);

    // Signs in and returns the access token; aborts the test program on failure.
    QByteArray login(const QString &username, const QString &password = QStringLiteral("demo"));
    // POST /v1/reports/{id}/actions with If-Match and a fresh Idempotency-Key.
    HttpResponse act(const QByteArray &token, const QString &reportId, const QString &action,
                     const QJsonObject &payload = {}, std::optional<int> version = std::nullopt,
                     const QString &base = QStringLiteral("/v1/reports"));
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkRequest request(const QString &path, const QByteArray &token,
                            const QList<QPair<QByteArray, QByteArray>> &headers) const;

    QUrl m_base;
    QNetworkAccessManager m_manager;
    QSslConfiguration m_tls;
};

QByteArray toJson(const QJsonObject &object);

// What a stand-in (tests/support/*standin.py) printed so far, one JSON object per line; `buffer`
// keeps what was read before.
QList<QJsonObject> jsonLines(QProcess &process, QByteArray *buffer);

} // namespace ioc::test
