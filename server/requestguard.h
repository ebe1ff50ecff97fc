#pragma once

#include <QByteArray>

namespace ioc::server {

// Follows the HTTP/1.1 request stream of one connection and judges each request head before the
// HTTP server reads it (QtHttpServer buffers whole bodies before a handler runs, so a huge
// Content-Length must be refused here, at the socket). Requests without a body need no
// Content-Length; bodies must declare one (no chunked uploads).
class RequestGuard final
{
public:
    enum class Verdict
    {
        Pass,
        TooLarge,       // 413: Content-Length over the limit
        LengthRequired, // 411: a body without Content-Length (e.g. chunked)
        HeadTooLarge,   // 431: request head over the limit
        Malformed,      // 400: unreadable Content-Length
    };

    RequestGuard(qint64 maxBodyBytes, qint64 maxHeadBytes);

    // Feeds bytes as they arrive; returns the first verdict that is not Pass (and keeps returning
    // it: the connection is finished).
    Verdict feed(const char *data, qint64 size);
    Verdict verdict() const { return m_verdict; }
    qint64 maxBodyBytes() const { return m_maxBody; }

private:
    Verdict judgeHead(const QByteArray &head) const;

    qint64 m_maxBody;
    qint64 m_maxHead;
    QByteArray m_head;     // the head being read
    qint64 m_bodyLeft = 0; // bytes of the current body still to pass
    Verdict m_verdict = Verdict::Pass;
};

} // namespace ioc::server
