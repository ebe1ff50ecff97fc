#include "support/testserver.h"

#include "storage/database.h"
#include "storage/sqlcipherdriver.h"
#include "support/hostprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>
#include <QtTest/QTest>

namespace ioc::test {

namespace {

void runOpenssl(const QStringList &arguments, const QString &directory)
{
    const HostProcess::Result result = HostProcess::run(QStringLiteral("openssl"), arguments, directory);
    if (!result.finished || result.exitCode != 0) {
        qFatal("openssl %s failed: %s", qPrintable(arguments.join(u' ')), result.errors.constData());
    }
}

// The key of each test certificate. Under Wine, a TLS server in the test program (FaultProxy) gets
// its key through Wine's PFXImportCertStore, which imports RSA keys only ("key algorithm 4 not
// supported" for ECDSA): RSA keys in the Windows build, the smaller and faster ECDSA ones elsewhere.
QStringList newKey()
{
    if (TestCertificates::keyAlgorithm() == QSsl::Rsa) {
        return {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
    }
    return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1")};
}

} // namespace

QList<QJsonObject> jsonLines(QProcess &process, QByteArray *buffer)
{
    *buffer += process.readAllStandardOutput();
    QList<QJsonObject> list;
    for (const QByteArray &line : buffer->split('\n')) {
        if (line.startsWith('{')) {
            list.append(QJsonDocument::fromJson(line).object());
        }
    }
    return list;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

TestCertificates::TestCertificates()
{
    runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey() +
                   QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca-key.pem"),
                               QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
                               QStringLiteral("3"), QStringLiteral("-subj"), QStringLiteral("/CN=IOC test CA")},
               m_dir.path());
    issue(QStringLiteral("server"), QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), true);
    // The same names again under a new key: the certificate a renewal installs.
    issue(QStringLiteral("renewed"), QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), true);
    issue(QStringLiteral("wronghost"), QStringLiteral("wrong.example"), QStringLiteral("DNS:wrong.example"), true);
    issue(QStringLiteral("untrusted"), QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"),
          false);
}

void TestCertificates::issue(const QString &name, const QString &commonName, const QString &altNames, bool byTestCa)
{
    const QString dir = m_dir.path();
    QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
    ext.open(QIODevice::WriteOnly);
    ext.write("subjectAltName=" + altNames.toLatin1() +
              "\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n");
    ext.close();
    runOpenssl(QStringList{QStringLiteral("req")} + newKey() +
                   QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral("-key.pem"),
                               QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                               QStringLiteral("/CN=") + commonName},
               dir);
    QStringList sign{QStringLiteral("x509"),        QStringLiteral("-req"), QStringLiteral("-in"),
                     name + QStringLiteral(".csr"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                     QStringLiteral("-days"),       QStringLiteral("2"),    QStringLiteral("-extfile"),
                     name + QStringLiteral(".ext")};
    if (byTestCa) {
        sign += {QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                 QStringLiteral("ca-key.pem"), QStringLiteral("-CAcreateserial")};
    } else {
        sign += {QStringLiteral("-signkey"), name + QStringLiteral("-key.pem")}; // self-signed
    }
    runOpenssl(sign, dir);
}

const TestCertificates &TestCertificates::instance()
{
    static const TestCertificates certificates;
    return certificates;
}

QList<QSslCertificate> TestCertificates::ca() const
{
    return QSslCertificate::fromPath(caFile());
}

void connectRaw(QSslSocket &socket, const QUrl &url)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(TestCertificates::instance().ca());
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("localhost"), quint16(url.port()));
}

bool PostgresCluster::inUse()
{
    return qEnvironmentVariableIsSet("IOC_TEST_PG_URL_FILE");
}

QString PostgresCluster::withDatabase(const QString &url, const QString &database)
{
    QUrl parsed(url);
    parsed.setPath(QLatin1Char('/') + database);
    return parsed.toString();
}

QString PostgresCluster::createDatabase()
{
    QFile file(qEnvironmentVariable("IOC_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("the PostgreSQL cluster of the tests is not running (%s): run the test through ctest",
               qPrintable(file.fileName()));
    }
    const QString clusterUrl = QString::fromUtf8(file.readAll()).trimmed();
    const QString name = QStringLiteral("ioc_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    psql(clusterUrl, QStringLiteral("CREATE DATABASE %1").arg(name));
    return withDatabase(clusterUrl, name);
}

QByteArray PostgresCluster::psql(const QString &url, const QString &sql)
{
    const HostProcess::Result result =
        HostProcess::run(QStringLiteral("psql"),
                         {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                          QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), url, QStringLiteral("-c"), sql});
    if (!result.finished || result.exitCode != 0) {
        qFatal("psql %s failed: %s", qPrintable(sql), result.errors.constData());
    }
    return result.output.trimmed();
}

std::unique_ptr<storage::Database> TestServer::openEmbedded(const QString &dataDirectory, QString *error)
{
    QFile keyFile(QDir(dataDirectory).filePath(QStringLiteral("server.key")));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        if (error != nullptr) {
            *error = QStringLiteral("cannot read the server's key file");
        }
        return nullptr;
    }
    QByteArray raw = QByteArray::fromHex(keyFile.readLine().trimmed());
    storage::SqlCipherDriver::registerDriver();
    storage::Database::Options options;
    options.path = QDir(dataDirectory).filePath(QStringLiteral("server.db"));
    options.key = storage::DatabaseKey::fromRawKey(core::SecretBytes::take(raw));
    storage::StorageError opened;
    auto db = storage::Database::open(std::move(options), &opened);
    if (!db && error != nullptr) {
        *error = opened.message;
    }
    return db;
}

void TestServer::execSql(const QString &sqliteSql, const QString &postgresSql) const
{
    if (!m_postgresUrl.isEmpty()) {
        PostgresCluster::psql(m_postgresUrl, postgresSql.isEmpty() ? sqliteSql : postgresSql);
        return;
    }
    QString error;
    const auto db = openEmbedded(m_dataDirectory, &error);
    if (!db) {
        qFatal("cannot open the server's database: %s", qPrintable(error));
    }
    QSqlQuery query(db->connection());
    if (!query.exec(sqliteSql)) {
        qFatal("%s: %s", qPrintable(sqliteSql), qPrintable(query.lastError().text()));
    }
}

QString TestServer::querySql(const QString &sql) const
{
    if (!m_postgresUrl.isEmpty()) {
        return QString::fromUtf8(PostgresCluster::psql(m_postgresUrl, sql)).section(u'\n', 0, 0).trimmed();
    }
    QString error;
    const auto db = openEmbedded(m_dataDirectory, &error);
    if (!db) {
        qFatal("cannot open the server's database: %s", qPrintable(error));
    }
    QSqlQuery query(db->connection());
    if (!query.exec(sql)) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    return query.next() ? query.value(0).toString() : QString();
}

TestServer::TestServer(Options options)
    : m_options(std::move(options))
{
    m_dataDirectory =
        m_options.dataDirectory.isEmpty() ? m_tempDir.filePath(QStringLiteral("data")) : m_options.dataDirectory;
    if (PostgresCluster::inUse()) {
        m_postgresUrl = m_options.postgresUrl.isEmpty() ? PostgresCluster::createDatabase() : m_options.postgresUrl;
    }
}

TestServer::TestServer()
    : TestServer(Options{})
{}

TestServer::~TestServer()
{
    stop();
}

QString TestServer::binary()
{
    return qEnvironmentVariable("IOC_SERVER");
}

void TestServer::start()
{
    if (!tryStart()) {
        qFatal("ioc-server exited with %d: %s", exitCode(), m_process->readStandardError().constData());
    }
}

QByteArray TestServer::errorOutput()
{
    return m_process ? m_process->readStandardError() : QByteArray();
}

qint64 TestServer::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool TestServer::isRunning() const
{
    return m_process && m_process->isRunning();
}

int TestServer::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

bool TestServer::tryStart()
{
    const TestCertificates &certs = TestCertificates::instance();
    QStringList arguments{QStringLiteral("--tls-cert"),       certs.certificateFile(),
                          QStringLiteral("--tls-key"),        certs.keyFile(),
                          QStringLiteral("--data"),           m_dataDirectory,
                          QStringLiteral("--audit-key-file"), certs.auditKeyFile()};
    if (!m_options.extraArguments.contains(QStringLiteral("--listen"))) {
        arguments += {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}; // a free port
    }
    // Tests sign in hundreds of times: a cheap password KDF (accepted by test builds only). The
    // benchmarks run the optimised build with the production cost (IOC_TEST_KDF_ITERATIONS=0).
    const QByteArray iterations =
        qEnvironmentVariableIsSet("IOC_TEST_KDF_ITERATIONS") ? qgetenv("IOC_TEST_KDF_ITERATIONS") : QByteArray("1000");
    if (iterations != "0") {
        arguments += {QStringLiteral("--kdf-iterations"), QString::fromLatin1(iterations)};
    }
    if (m_options.demo) {
        arguments.append(QStringLiteral("--demo"));
        // A small demo province keeps every server test fast; testdemo checks the full one.
        if (!m_options.extraArguments.contains(QStringLiteral("--demo-reports"))) {
            arguments += {QStringLiteral("--demo-reports"), QStringLiteral("40")};
        }
    }
    if (!m_postgresUrl.isEmpty()) {
        arguments += {QStringLiteral("--db"), QStringLiteral("postgres"), QStringLiteral("--db-url"), m_postgresUrl};
    }
    arguments += m_options.extraArguments;
    if (binary().isEmpty()) {
        qFatal("IOC_SERVER is not set: run the test through ctest, which names the ioc-server to start");
    }
    m_process = std::make_unique<HostProcess>();
    m_process->setExtraEnvironment(m_options.environment);
    if (!m_process->start(binary(), arguments)) {
        qFatal("cannot start %s", qPrintable(binary()));
    }
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 30000) {
        m_process->waitForOutput(200);
        line += m_process->readStandardOutput();
        if (!line.contains('\n') && !m_process->isRunning()) {
            return false;
        }
    }
    const QByteArray first = line.left(line.indexOf('\n'));
    if (!first.startsWith("listening on https://")) {
        qFatal("unexpected first line from ioc-server: %s", first.constData());
    }
    m_url = QUrl(QString::fromLatin1(first.mid(int(qstrlen("listening on ")))));
    HttpClient client(m_url);
    while (timer.elapsed() < 60000) {
        if (client.get(QStringLiteral("/v1/health")).status == 200) {
            return true;
        }
        if (!m_process->isRunning()) {
            return false;
        }
        QTest::qWait(100);
    }
    qFatal("ioc-server did not become ready: %s", m_process->readStandardError().constData());
}

void TestServer::stop()
{
    if (m_process && m_process->isRunning()) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(30000);
        }
    }
    m_process.reset();
}

HttpClient::HttpClient(const QUrl &base, bool trustTestCa)
    : m_base(base)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    if (trustTestCa) {
        m_tls.addCaCertificates(TestCertificates::instance().ca());
    }
}

QNetworkRequest HttpClient::request(const QString &path, const QByteArray &token,
                                    const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(question), QUrl::TolerantMode);
    if (question >= 0) {
        url.setQuery(path.mid(question + 1));
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(60000);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    return request;
}

QNetworkReply *HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_manager.sendCustomRequest(request(path, token, headers), method, body);
}

HttpResponse HttpClient::wait(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        response.headers.insert(name.toLower(), value);
    }
    response.error = reply->error();
    response.errorString = reply->errorString();
    reply->deleteLater();
    return response;
}

HttpResponse HttpClient::get(const QString &path, const QByteArray &token,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return wait(send("GET", path, {}, token, headers));
}

HttpResponse HttpClient::post(const QString &path, const QByteArray &body, const QByteArray &token,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return wait(send("POST", path, body, token, headers));
}

HttpResponse HttpClient::put(const QString &path, const QByteArray &body, const QByteArray &token)
{
    return wait(send("PUT", path, body, token));
}

QByteArray HttpClient::login(const QString &username, const QString &password)
{
    const HttpResponse response =
        post(QStringLiteral("/v1/auth/token"),
             toJson({{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}));
    if (response.status != 200) {
        qFatal("login %s failed: %d %s", qPrintable(username), response.status, response.body.constData());
    }
    return response.json.value(QStringLiteral("access_token")).toString().toLatin1();
}

HttpResponse HttpClient::act(const QByteArray &token, const QString &reportId, const QString &action,
                             const QJsonObject &payload, std::optional<int> version, const QString &base)
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}};
    if (version) {
        headers.append({"If-Match", '"' + QByteArray::number(*version) + '"'});
    }
    return post(base + u'/' + reportId + QStringLiteral("/actions"),
                toJson({{QStringLiteral("action"), action}, {QStringLiteral("payload"), payload}}), token, headers);
}

} // namespace ioc::test
