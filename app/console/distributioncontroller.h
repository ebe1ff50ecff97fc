#pragma once

#include "core/slapolicy.h"
#include "core/workingcalendar.h"

#include <QObject>

#include <functional>

namespace ioc::session {
class ConsoleSession;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

// Distribution of verified reports (Điều 10): the distribution dialog with its proposals and the
// preview of the clocks it starts (the workflow applied locally with the centre's SLA policy and
// calendar), and the one-key instant distribution of an urgent report to the proposed agency.
// Each decision is one action through the outbox.
class DistributionController final : public QObject
{
    Q_OBJECT

public:
    struct Rules
    {
        core::SlaPolicy policy;
        core::WorkingCalendar calendar;
    };
    using RulesFunction = std::function<Rules()>;

    DistributionController(ui::MainWindow *window, session::ConsoleSession &session, RulesFunction rules,
                           QObject *parent = nullptr);

    // The dialog on this report.
    void distribute(const QString &reportId);
    // An urgent report goes at once to the proposed agency when the proposal is certain (a
    // competent agency, the point inside an area); otherwise the dialog opens.
    void distributeNow(const QString &reportId);

signals:
    // The distribution (or the coordination) of this report is in the outbox.
    void distributionQueued(const QString &reportId);

private:
    bool queue(const QString &reportId, const QString &action, const QJsonObject &payload);

    ui::MainWindow *m_window;
    session::ConsoleSession &m_session;
    RulesFunction m_rules;
};

} // namespace ioc
