#pragma once

// The server benchmarks' pieces (bench_server, bench_open311): a throwaway TLS certificate, an
// HTTPS client on the event loop, the real ioc-server of this build as a process.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace ioc::bench {

// A self-signed certificate for localhost and 127.0.0.1.
struct Tls
{
    QTemporaryDir dir;
    QString cert;
    QString key;
    Tls();
};

class Client
{
public:
    Client(const QUrl &base, const QString &certFile);
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // The answer as a JSON object once it has come (the reply is deleted).
    static QJsonObject wait(QNetworkReply *reply, int *status = nullptr);

    QByteArray token;

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
    QSslConfiguration m_tls;
};

// One ioc-server process (--demo beside the data given); stops it when it goes out of scope.
// Unless `renderBasemap`, the data directory gets the cached basemap (benchcache.h).
class ServerProcess
{
public:
    ServerProcess(const QString &data, const Tls &tls, const QStringList &extra, bool renderBasemap = false);
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)
    QUrl url;

private:
    QProcess m_process;
};

// Signs in as `username` (password "demo") and returns the access token.
QByteArray signIn(const QUrl &url, const Tls &tls, const QString &username = QStringLiteral("truc1"));

} // namespace ioc::bench
