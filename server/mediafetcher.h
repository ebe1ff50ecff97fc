#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace ioc::server {

// Fetches a picture a connected system names by its address (Open311's media_url,
// docs/open311.md): over HTTPS only, never from a private, loopback, link-local or otherwise
// reserved address (the host is resolved first and the connection made to the address that was
// checked, so a name cannot be pointed elsewhere between the check and the fetch), no redirect,
// at most the bytes asked for, within `timeoutMs`. What comes is judged by its content, not its label.
class MediaFetcher final
{
public:
    struct Options
    {
        int timeoutMs = 15000;
        bool privateAddresses = false;   // tests only (--open311-media-from-private-addresses)
        QList<QSslCertificate> extraCas; // --open311-media-ca: besides the system's CAs
    };
    struct Result
    {
        QByteArray data;     // the file, when fetched
        QString mimeType;    // from the content
        QString error;       // a stable code: "media_url_invalid", "media_url_private", …
        QString description; // Vietnamese / English, for the Open311 error list
        bool ok() const { return error.isEmpty(); }
    };

    explicit MediaFetcher(Options options);
    // `done` is called once, on this thread.
    void fetch(const QUrl &url, qint64 maxBytes, std::function<void(const Result &)> done);
    Options options() const { return m_options; }

    // Whether an address is one a server on the public Internet may have.
    static bool isPublic(const QHostAddress &address);

private:
    void get(const QUrl &url, const QHostAddress &address, qint64 maxBytes, std::function<void(const Result &)> done);

    Options m_options;
    QNetworkAccessManager m_network;
};

} // namespace ioc::server
