#include "livechannel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace ioc::server {

namespace {

QByteArray answer(bool waiting, qint64 head)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("changes_waiting"), waiting}, {QStringLiteral("head"), head}})
        .toJson(QJsonDocument::Compact);
}

const HttpHeaders jsonHeaders{{"Content-Type", "application/json; charset=utf-8"}, {"Cache-Control", "no-store"}};

} // namespace

LiveChannel::LiveChannel(QObject *parent)
    : QObject(parent)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &LiveChannel::expire);
    timer->start(500);
}

LiveChannel::~LiveChannel()
{
    for (Waiter &waiter : m_waiters) {
        waiter.responder.send(200, answer(false, waiter.cursor), jsonHeaders);
    }
}

void LiveChannel::wait(qint64 cursor, int timeoutMs, Responder responder)
{
    m_waiters.push_back({cursor, QDateTime::currentMSecsSinceEpoch() + timeoutMs, std::move(responder)});
}

void LiveChannel::changed(qint64 head)
{
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->cursor < head) {
            it->responder.send(200, answer(true, head), jsonHeaders);
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
}

void LiveChannel::expire()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->deadline <= now || !it->responder.isConnected()) {
            it->responder.send(200, answer(false, it->cursor), jsonHeaders);
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace ioc::server
