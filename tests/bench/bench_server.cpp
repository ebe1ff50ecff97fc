// Server benchmarks: the real ioc-server (this build) over TLS on loopback, its embedded
// SQLCipher database seeded with 100k reports. Actions/s and latency for 1, 4 and 16 concurrent
// clients (each changing the version of its own report: the full write path — report, event,
// change feed, audit, idempotency record), and downloading the change feed of 100k reports.
#include "benchutil.h"
#include "support/serverdata.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace ioc;

namespace {

struct Tls
{
    QTemporaryDir dir;
    QString cert;
    QString key;
    Tls()
    {
        cert = dir.filePath(QStringLiteral("cert.pem"));
        key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        openssl.waitForFinished(60000);
    }
};

class Client
{
public:
    Client(const QUrl &base, const QString &certFile)
        : m_base(base)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.addCaCertificates(QSslCertificate::fromPath(certFile));
    }

    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QUrl url = m_base;
        const qsizetype q = path.indexOf(u'?');
        url.setPath(path.left(q));
        if (q >= 0) {
            url.setQuery(path.mid(q + 1));
        }
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + token);
        }
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        return m_manager.sendCustomRequest(request, method, body);
    }

    static QJsonObject wait(QNetworkReply *reply, int *status = nullptr)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (status != nullptr) {
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        }
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

    QByteArray token;

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
    QSslConfiguration m_tls;
};

struct Round
{
    double actionsPerSecond = 0;
    double p50 = 0;
    double p99 = 0;
};

// `concurrency` clients, each toggling set_public on its own report, `perClient` times.
Round runActions(const QUrl &url, const QString &cert, const QByteArray &token, int concurrency, int perClient)
{
    struct Worker
    {
        std::unique_ptr<Client> client;
        QString report;
        int version = 0;
        int done = 0;
        bool publicFlag = true;
        QElapsedTimer started;
    };
    std::vector<Worker> workers(static_cast<std::size_t>(concurrency));
    QList<double> latencies;
    int finished = 0;
    QEventLoop loop;
    std::function<void(Worker &)> next = [&](Worker &w) {
        w.publicFlag = !w.publicFlag;
        w.started.restart();
        QNetworkReply *reply = w.client->send(
            "POST", QStringLiteral("/v1/reports/%1/actions").arg(w.report),
            QJsonDocument(QJsonObject{{QStringLiteral("action"), QStringLiteral("set_public")},
                                      {QStringLiteral("payload"),
                                       QJsonObject{{QStringLiteral("public"), w.publicFlag},
                                                   {QStringLiteral("reason"), QStringLiteral("đo hiệu năng")}}}})
                .toJson(QJsonDocument::Compact),
            {{"If-Match", '"' + QByteArray::number(w.version) + '"'},
             {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            latencies.append(double(w.started.nsecsElapsed()) / 1e6);
            int status = 0;
            const QJsonObject json = Client::wait(reply, &status);
            if (status != 200) {
                qFatal("action failed: %d", status);
            }
            w.version = json.value(QStringLiteral("version")).toInt();
            if (++w.done < perClient) {
                next(w);
            } else if (++finished == concurrency) {
                loop.quit();
            }
        });
    };
    for (int i = 0; i < concurrency; ++i) {
        Worker &w = workers[std::size_t(i)];
        w.client = std::make_unique<Client>(url, cert);
        w.client->token = token;
        w.report = QStringLiteral("bulk-%1").arg(i, 6, 10, QLatin1Char('0'));
        int status = 0;
        const QJsonObject report =
            Client::wait(w.client->send("GET", QStringLiteral("/v1/reports/") + w.report, {}), &status);
        w.version = report.value(QStringLiteral("report")).toObject().value(QStringLiteral("version")).toInt();
        w.publicFlag = report.value(QStringLiteral("report")).toObject().value(QStringLiteral("public")).toBool();
    }
    QElapsedTimer timer;
    timer.start();
    for (Worker &w : workers) {
        next(w);
    }
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    Round round;
    round.actionsPerSecond = double(latencies.size()) / seconds;
    round.p50 = latencies.at(latencies.size() / 2);
    round.p99 = latencies.at(std::min<qsizetype>(latencies.size() - 1, qsizetype(double(latencies.size()) * 0.99)));
    return round;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int reports = 100000;
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    test::prepareServerData(data, reports);
    Tls tls;
    QProcess server;
    server.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/ioc-server"),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), tls.cert,
                  QStringLiteral("--tls-key"), tls.key, QStringLiteral("--data"), data, QStringLiteral("--demo")});
    if (!server.waitForReadyRead(60000)) {
        qFatal("ioc-server did not start: %s", server.readAllStandardError().constData());
    }
    const QUrl url(QString::fromLatin1(server.readLine().trimmed().mid(int(qstrlen("listening on ")))));
    Client client(url, tls.cert);
    for (int i = 0; i < 600; ++i) {
        int status = 0;
        Client::wait(client.send("GET", QStringLiteral("/v1/health"), {}), &status);
        if (status == 200) {
            break;
        }
        QThread::msleep(100);
    }
    const QJsonObject login = Client::wait(
        client.send("POST", QStringLiteral("/v1/auth/token"), R"({"username":"truc1","password":"demo"})"));
    const QByteArray token = login.value(QStringLiteral("access_token")).toString().toLatin1();
    if (token.isEmpty()) {
        qFatal("cannot sign in");
    }
    client.token = token;

    for (const int concurrency : {1, 4, 16}) {
        const Round round = runActions(url, tls.cert, token, concurrency, concurrency == 1 ? 300 : 1200 / concurrency);
        const QByteArray suffix = "_c" + QByteArray::number(concurrency);
        bench::report(QByteArray("server.sqlite.actions_per_s" + suffix).constData(), round.actionsPerSecond);
        bench::report(QByteArray("server.sqlite.action_p50_ms" + suffix).constData(), round.p50);
        bench::report(QByteArray("server.sqlite.action_p99_ms" + suffix).constData(), round.p99);
    }

    QElapsedTimer timer;
    timer.start();
    QString cursor = QStringLiteral("0");
    int received = 0;
    for (;;) {
        const QJsonObject page =
            Client::wait(client.send("GET", QStringLiteral("/v1/changes?limit=1000&cursor=") + cursor, {}));
        for (const QJsonValue &change : page.value(QStringLiteral("changes")).toArray()) {
            received += change.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("report") ? 1 : 0;
        }
        cursor = page.value(QStringLiteral("next_cursor")).toString();
        if (!page.value(QStringLiteral("has_more")).toBool()) {
            break;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (received < reports) {
        qFatal("the feed delivered %d reports", received);
    }
    bench::report("server.sqlite.changes_100k_reports_per_s", double(received) / seconds);
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
