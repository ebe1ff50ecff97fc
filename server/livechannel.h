#pragma once

#include "httpserver.h"

#include <QObject>

#include <list>

namespace ioc::server {

// Long polls: a client asks whether changes wait after its cursor and, if none do, the server
// keeps the request open until one commits or the timeout passes (the console then pulls).
class LiveChannel final : public QObject
{
    Q_OBJECT

public:
    explicit LiveChannel(QObject *parent = nullptr);
    ~LiveChannel() override;

    void wait(qint64 cursor, int timeoutMs, Responder responder);
    // A change with this sequence committed: wake every waiter behind it.
    void changed(qint64 head);
    int waiting() const { return int(m_waiters.size()); }

private:
    struct Waiter
    {
        qint64 cursor;
        qint64 deadline;
        Responder responder;
    };
    void expire();

    std::list<Waiter> m_waiters;
};

} // namespace ioc::server
