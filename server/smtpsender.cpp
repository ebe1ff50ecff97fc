#include "smtpsender.h"

#include <QLocale>
#include <QTimeZone>

#include <cstring>
#include <curl/curl.h>

namespace ioc::server::smtp {

namespace {

// RFC 2047 encoded words of at most 75 characters each (45 bytes of UTF-8 make 60 of base64),
// split between characters, folded onto lines of their own.
QByteArray encodedWords(const QString &text)
{
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 32 && c.unicode() < 127; });
    if (ascii) {
        return text.toLatin1();
    }
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > 45) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += character;
    }
    if (!chunk.isEmpty()) {
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    }
    return words.join("\r\n ");
}

QByteArray mailbox(const QString &name, const QString &address)
{
    const QByteArray angle = '<' + address.toLatin1() + '>';
    return name.isEmpty() ? angle : encodedWords(name) + ' ' + angle;
}

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

} // namespace

QByteArray compose(const SmtpChannel &channel, const QString &messageId, const QString &toAddress,
                   const QString &toName, const QString &subject, const QString &body, const QDateTime &date)
{
    QByteArray message;
    message += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
               " +0000\r\n";
    message += "From: " + mailbox(channel.fromName, channel.fromAddress) + "\r\n";
    message += "To: " + mailbox(toName, toAddress) + "\r\n";
    message += "Subject: " + encodedWords(subject) + "\r\n";
    message += "Message-ID: <" + messageId.toLatin1() + '@' + channel.fromAddress.section(u'@', 1).toLatin1() + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray encoded = body.toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        message += encoded.mid(i, 76) + "\r\n";
    }
    return message;
}

SmtpResult send(const SmtpChannel &channel, const QString &toAddress, const QByteArray &message)
{
    SmtpResult result;
    CURL *curl = curl_easy_init();
    if (curl == nullptr) {
        result.error = QStringLiteral("smtp: cannot start libcurl");
        return result;
    }
    const QByteArray url = channel.url.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray from = '<' + channel.fromAddress.toLatin1() + '>';
    const QByteArray to = '<' + toAddress.toLatin1() + '>';
    const QByteArray ca = channel.caFile.toLocal8Bit();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    Upload upload{&message, 0};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); // STARTTLS or nothing
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!ca.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    }
    if (!channel.username.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, channel.username.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, channel.password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(channel.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK) {
        result.sent = true;
        return result;
    }
    // A relay's 5xx refuses the message for good (no such mailbox, refused sender); anything
    // else (4xx, no connection, TLS, a timeout) may pass.
    result.retry = reply < 500 || reply > 599;
    result.error = reply > 0 ? QStringLiteral("smtp %1: %2").arg(reply).arg(QString::fromUtf8(curl_easy_strerror(code)))
                             : QStringLiteral("no_answer: %1").arg(QString::fromUtf8(curl_easy_strerror(code)));
    return result;
}

} // namespace ioc::server::smtp
