#pragma once

#include <QByteArray>

#include <functional>

namespace ioc::server {

// Follows the HTTP/1.1 request stream of one connection and judges each request head before the
// HTTP server reads it (QtHttpServer buffers whole bodies before a handler runs, so a huge
// Content-Length must be refused here, at the socket). Requests without a body need no
// Content-Length; bodies must declare one (no chunked uploads). Heads are read strictly: lines
// end in CRLF, no folded (obs-fold) lines, every field is `name: value` with no space before the
// colon (RFC 9112 §2.2, §5.1, §5.2), so that no parser behind it can read a different length.
class RequestGuard final
{
public:
    enum class Verdict
    {
        Pass,
        TooLarge,        // 413: Content-Length over the limit
        LengthRequired,  // 411: a body without Content-Length (e.g. chunked)
        HeadTooLarge,    // 431: request head over the limit
        Malformed,       // 400: unreadable Content-Length, bare LF, folded or broken field line
        ConnectionSpent, // 503: the connection carried its share of bytes; the client reconnects
        Busy,            // 503: the server holds enough bodies in flight; the client retries
    };
    enum class Phase
    {
        Idle, // between requests
        Head, // part of a head read
        Body, // a body still to come
    };

    static constexpr qint64 defaultMaxConnectionBytes = qint64(1) << 30;

    RequestGuard(qint64 maxBodyBytes, qint64 maxHeadBytes, qint64 maxConnectionBytes = defaultMaxConnectionBytes);

    // Feeds bytes as they arrive; returns the first verdict that is not Pass (and keeps returning
    // it: the connection is finished).
    Verdict feed(const char *data, qint64 size);
    // Asked before a body of that length is let through; false refuses the request (Busy).
    void setAdmission(std::function<bool(qint64 bodyBytes)> admit) { m_admit = std::move(admit); }
    Verdict verdict() const { return m_verdict; }
    qint64 maxBodyBytes() const { return m_maxBody; }
    Phase phase() const;
    // Requests read whole (head and body) so far.
    qint64 requestsRead() const { return m_requests; }

private:
    Verdict judgeHead(const QByteArray &head) const;

    qint64 m_maxBody;
    qint64 m_maxHead;
    qint64 m_maxConnection;
    QByteArray m_head;     // the head being read
    qint64 m_bodyLeft = 0; // bytes of the current body still to pass
    qint64 m_finished = 0; // bytes of the requests read whole
    qint64 m_current = 0;  // bytes of the request being read
    qint64 m_requests = 0;
    std::function<bool(qint64)> m_admit;
    Verdict m_verdict = Verdict::Pass;
};

} // namespace ioc::server
