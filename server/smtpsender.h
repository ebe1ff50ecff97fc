#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ioc::server {

// The e-mail channel (docs/channels.md): an SMTP relay reached with STARTTLS required (smtp://,
// usually port 587) or TLS from the start (smtps://, 465), by libcurl; never in the clear.
struct SmtpChannel
{
    QUrl url;
    QString fromAddress;
    QString fromName;
    QByteArray username;
    QByteArray password; // from a file, never from the JSON
    QString caFile;      // replaces the system's bundle (a relay with a private CA; the tests)
    int timeoutSeconds = 30;
};

struct SmtpResult
{
    bool sent = false;
    bool retry = true; // false: the relay refused the message for good (5xx)
    QString error;
};

namespace smtp {

// The message as RFC 5322 and MIME make it: UTF-8 text in base64, the display names and the
// subject as RFC 2047 encoded words, and the message's id as Message-ID (the same on a resend,
// so a receiving system can tell).
QByteArray compose(const SmtpChannel &channel, const QString &messageId, const QString &toAddress,
                   const QString &toName, const QString &subject, const QString &body, const QDateTime &date);

// Sends it (blocking: call off the event loop's thread).
SmtpResult send(const SmtpChannel &channel, const QString &toAddress, const QByteArray &message);

} // namespace smtp

} // namespace ioc::server
