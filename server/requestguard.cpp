#include "requestguard.h"

#include <QList>

#include <algorithm>
#include <optional>

namespace ioc::server {

namespace {

// RFC 9110 §5.6.2: a field name is a token.
bool isToken(const QByteArray &name)
{
    if (name.isEmpty()) {
        return false;
    }
    for (const char c : name) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c)) {
            return false;
        }
    }
    return true;
}

} // namespace

RequestGuard::RequestGuard(qint64 maxBodyBytes, qint64 maxHeadBytes, qint64 maxConnectionBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHead(maxHeadBytes)
    , m_maxConnection(maxConnectionBytes)
{}

RequestGuard::Phase RequestGuard::phase() const
{
    return m_bodyLeft > 0 ? Phase::Body : m_head.isEmpty() ? Phase::Idle : Phase::Head;
}

RequestGuard::Verdict RequestGuard::feed(const char *data, qint64 size)
{
    qint64 i = 0;
    while (i < size && m_verdict == Verdict::Pass) {
        if (m_bodyLeft > 0) {
            const qint64 skip = std::min(m_bodyLeft, size - i);
            m_bodyLeft -= skip;
            m_current += skip;
            i += skip;
            if (m_bodyLeft == 0) {
                ++m_requests;
                m_finished += m_current;
                m_current = 0;
            }
            continue;
        }
        if (m_head.isEmpty() && m_finished > m_maxConnection) {
            m_verdict = Verdict::ConnectionSpent; // a new request on a connection that carried enough
            return m_verdict;
        }
        // Reading a head: up to and including the blank line.
        const qint64 before = m_head.size();
        m_head.append(data + i, size - i);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        // Every line ends in CRLF: a bare LF is refused as soon as it arrives — within the head's
        // allowed size, so that the verdict does not depend on how TCP cut the stream (past it
        // the head is too large, whatever it holds).
        const qsizetype scanned = std::min<qsizetype>(end < 0 ? m_head.size() : end + 4, m_maxHead);
        for (qsizetype at = m_head.indexOf('\n', before); at >= 0 && at < scanned; at = m_head.indexOf('\n', at + 1)) {
            if (at == 0 || m_head.at(at - 1) != '\r') {
                m_verdict = Verdict::Malformed;
                return m_verdict;
            }
        }
        if (end < 0) {
            if (m_head.size() > m_maxHead) {
                m_verdict = Verdict::HeadTooLarge;
            }
            return m_verdict;
        }
        const qsizetype headSize = end + 4;
        i += headSize - before; // the bytes of this chunk that belonged to the head
        const QByteArray head = m_head.left(headSize);
        m_head.clear();
        if (head.size() > m_maxHead) {
            m_verdict = Verdict::HeadTooLarge;
            return m_verdict;
        }
        m_verdict = judgeHead(head);
        if (m_verdict != Verdict::Pass) {
            return m_verdict;
        }
        m_current = headSize;
        // Content-Length was validated by judgeHead.
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).toLower() == "content-length") {
                m_bodyLeft = line.mid(colon + 1).trimmed().toLongLong();
            }
        }
        if (m_bodyLeft > 0 && m_admit && !m_admit(m_bodyLeft)) {
            m_verdict = Verdict::Busy;
            return m_verdict;
        }
        if (m_bodyLeft == 0) {
            ++m_requests;
            m_finished += m_current;
            m_current = 0;
        }
    }
    return m_verdict;
}

RequestGuard::Verdict RequestGuard::judgeHead(const QByteArray &head) const
{
    std::optional<qint64> length;
    bool chunked = false;
    // The head ends in CRLF CRLF: the last two pieces are empty.
    const QList<QByteArray> lines = head.chopped(4).split('\n');
    if (lines.first().trimmed().isEmpty()) {
        return Verdict::Malformed; // no request line
    }
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray line = lines.at(n).chopped(lines.at(n).endsWith('\r') ? 1 : 0);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            return Verdict::Malformed; // obs-fold: a value continued on the next line
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            return Verdict::Malformed; // no name, or white space before the colon
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            if (!ok || parsed < 0 ||
                !std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }) ||
                (length && *length != parsed)) {
                return Verdict::Malformed;
            }
            length = parsed;
        } else if (name == "transfer-encoding") {
            chunked = true;
        }
    }
    if (chunked) {
        return Verdict::LengthRequired;
    }
    if (length && *length > m_maxBody) {
        return Verdict::TooLarge;
    }
    return Verdict::Pass;
}

} // namespace ioc::server
