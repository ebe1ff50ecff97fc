#pragma once

#include "core/report.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace ioc::server {

struct Services;

// The `system` actor: raises time-driven flags once each — a countdown clock ran out
// ("clock_overdue"), the 48-hour supplement window closed ("supplement_expired"), an agency's
// countdown is about to run out ("clock_due_soon": its contact person and leader are told,
// docs/channels.md), an interaction lock ended ("interaction_lock_ended", in the audit trail). It never takes
// a decision the regulation gives to people (Điều 7.7: the IOC cancels ineligible reports).
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    Scheduler(Services &services, int intervalMs, QObject *parent = nullptr);
    // One pass; returns how many flags it raised.
    int run();

    // How long before an agency's clock runs out its people are told: a quarter of the clock's
    // length (7.5 minutes of the 30 to accept, Điều 11.1.a), at most a day.
    static constexpr int WarningLeadCapHours = 24;
    static qint64 warningLeadMs(const core::ReportClock &clock);

private:
    // Feed entries for reports written without one (ReportService::fillFeedEntries): a pass
    // from the start of the feed after the server starts and then hourly, in small steps between
    // requests.
    void fillStep();

    Services &m_services;
    QDateTime m_lastCheckpoint;
    QTimer *m_fillTimer = nullptr;
    qint64 m_fillPosition = 0;
    QDateTime m_lastFillPass;
};

} // namespace ioc::server
