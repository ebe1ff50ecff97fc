#include "requestguard.h"

#include <QList>

#include <optional>

namespace ioc::server {

RequestGuard::RequestGuard(qint64 maxBodyBytes, qint64 maxHeadBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHead(maxHeadBytes)
{}

RequestGuard::Verdict RequestGuard::feed(const char *data, qint64 size)
{
    qint64 i = 0;
    while (i < size && m_verdict == Verdict::Pass) {
        if (m_bodyLeft > 0) {
            const qint64 skip = std::min(m_bodyLeft, size - i);
            m_bodyLeft -= skip;
            i += skip;
            continue;
        }
        // Reading a head: up to and including the blank line.
        const qint64 before = m_head.size();
        m_head.append(data + i, size - i);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
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
        if (m_verdict == Verdict::Pass) {
            // Content-Length was validated by judgeHead.
            for (const QByteArray &line : head.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
                    m_bodyLeft = line.mid(colon + 1).trimmed().toLongLong();
                }
            }
        }
    }
    return m_verdict;
}

RequestGuard::Verdict RequestGuard::judgeHead(const QByteArray &head) const
{
    std::optional<qint64> length;
    bool chunked = false;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            if (!ok || parsed < 0 || (length && *length != parsed)) {
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
