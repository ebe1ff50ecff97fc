#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace ioc::server {

struct Services;

// Brings the demo province to life (`ioc-server --demo --simulate N`): about N times a minute one
// of its people acts through the same path as the API — citizens send reports (some urgent,
// with photos) and supplements, rate and ask; agencies accept, return, dispatch, report
// results, extend; leaders approve or send back. The IOC's own steps are left to the people at
// the consoles, and much is left undone on purpose, so clocks really run out.
class Simulator final : public QObject
{
    Q_OBJECT

public:
    Simulator(Services &services, double actionsPerMinute, QObject *parent = nullptr);

    // One action now; returns a short description of what was done, or an empty string.
    QString step();

private:
    void schedule();
    QString citizenReports();
    QString citizenFollowsUp();
    QString agencyWorks();
    QString leaderDecides();
    bool act(const QString &userId, const QString &reportId, int version, const QString &action,
             const QJsonObject &payload);

    Services &m_services;
    double m_perMinute;
    QTimer m_timer;
    QRandomGenerator m_random;
};

} // namespace ioc::server
