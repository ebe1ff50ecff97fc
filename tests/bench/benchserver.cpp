#include "benchserver.h"

#include "benchcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QThread>

namespace ioc::bench {

Tls::Tls()
{
    cert = dir.filePath(QStringLiteral("cert.pem"));
    key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    openssl.waitForFinished(60000);
}

Client::Client(const QUrl &base, const QString &certFile)
    : m_base(base)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.addCaCertificates(QSslCertificate::fromPath(certFile));
}

QNetworkReply *Client::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
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

QJsonObject Client::wait(QNetworkReply *reply, int *status)
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

ServerProcess::ServerProcess(const QString &data, const Tls &tls, const QStringList &extra, bool renderBasemap)
{
    if (!renderBasemap) {
        provideBasemap(data);
    }
    m_process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/ioc-server"),
                    QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                                tls.cert, QStringLiteral("--tls-key"), tls.key, QStringLiteral("--data"), data,
                                QStringLiteral("--demo")} +
                        extra);
    if (!m_process.waitForReadyRead(120000)) {
        qFatal("ioc-server did not start: %s", m_process.readAllStandardError().constData());
    }
    url = QUrl(QString::fromLatin1(m_process.readLine().trimmed().mid(int(qstrlen("listening on ")))));
    Client client(url, tls.cert);
    for (int i = 0; i < 1200; ++i) {
        int status = 0;
        Client::wait(client.send("GET", QStringLiteral("/v1/health"), {}), &status);
        if (status == 200) {
            return;
        }
        QThread::msleep(100);
    }
    qFatal("ioc-server did not become ready");
}

ServerProcess::~ServerProcess()
{
    m_process.terminate();
    m_process.waitForFinished(10000);
}

QByteArray signIn(const QUrl &url, const Tls &tls, const QString &username)
{
    Client client(url, tls.cert);
    const QJsonObject login =
        Client::wait(client.send("POST", QStringLiteral("/v1/auth/token"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                           {QStringLiteral("password"), QStringLiteral("demo")}})
                                     .toJson(QJsonDocument::Compact)));
    const QByteArray token = login.value(QStringLiteral("access_token")).toString().toLatin1();
    if (token.isEmpty()) {
        qFatal("cannot sign in as %s", qPrintable(username));
    }
    return token;
}

} // namespace ioc::bench
