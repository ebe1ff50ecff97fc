#include "reporting/figures.h"

#include "reporting/bykey.h"

#include <QtMath>

#include <algorithm>

namespace ioc::reporting {

namespace {

constexpr Ms hourMs = 3600 * 1000;

struct StageEntry
{
    Stage stage;
    const char *name;
    const char *label;
};
constexpr StageEntry stageEntries[] = {
    {Stage::Verification, "verification", QT_TRANSLATE_NOOP("ioc::reporting", "Verification")},
    {Stage::Distribution, "distribution", QT_TRANSLATE_NOOP("ioc::reporting", "Distribution")},
    {Stage::Acceptance, "acceptance", QT_TRANSLATE_NOOP("ioc::reporting", "Acceptance")},
    {Stage::Processing, "processing", QT_TRANSLATE_NOOP("ioc::reporting", "Processing")},
    {Stage::Approval, "approval", QT_TRANSLATE_NOOP("ioc::reporting", "Approval")},
    {Stage::Publication, "publication", QT_TRANSLATE_NOOP("ioc::reporting", "Publication")},
};

// Nearest-rank percentile of sorted values (q in (0, 1]).
Ms percentile(const std::vector<Ms> &sorted, double q)
{
    if (sorted.empty()) {
        return 0;
    }
    const auto rank = size_t(std::ceil(q * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

bool counted(const ReportFacts &report, const Filter &filter, const Options &options)
{
    return report.receivedAt >= options.goLive && filter.accepts(report);
}

} // namespace

bool Filter::accepts(const ReportFacts &report) const
{
    return (categoryIds.isEmpty() || categoryIds.contains(report.categoryId)) &&
           (areaIds.isEmpty() || areaIds.contains(report.areaId)) &&
           (agencyIds.isEmpty() || agencyIds.contains(report.leadAgencyId)) &&
           (channels.isEmpty() || channels.contains(report.channel)) && (!urgentOnly || report.urgent);
}

std::optional<double> Share::percent() const
{
    if (tooFew()) {
        return std::nullopt;
    }
    return 100.0 * numerator / denominator;
}

void Share::add(const QString &id, bool inNumerator)
{
    ++denominator;
    if (id.constData() != m_lastDenominator) {
        m_lastDenominator = id.constData();
        denominatorIds.append(id);
    }
    if (inNumerator) {
        ++numerator;
        if (id.constData() != m_lastNumerator) {
            m_lastNumerator = id.constData();
            numeratorIds.append(id);
        }
    }
}

QSet<QString> toSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

QList<Stage> allStages()
{
    QList<Stage> stages;
    for (const StageEntry &entry : stageEntries) {
        stages.append(entry.stage);
    }
    return stages;
}

QString stageName(Stage stage)
{
    return QString::fromLatin1(stageEntries[int(stage)].name);
}

const char *stageLabel(Stage stage)
{
    return stageEntries[int(stage)].label;
}

std::optional<Stage> stageOf(core::ClockStep step)
{
    using core::ClockStep;
    switch (step) {
    case ClockStep::VerifyIdentity:
    case ClockStep::ReplyInvalid:
        return Stage::Verification;
    case ClockStep::Distribute:
        return Stage::Distribution;
    case ClockStep::Accept:
        return Stage::Acceptance;
    case ClockStep::Process:
        return Stage::Processing;
    case ClockStep::Approve:
        return Stage::Approval;
    case ClockStep::Publish:
        return Stage::Publication;
    default:
        return std::nullopt;
    }
}

Settlement settlementOf(const ClockFact &clock, Ms now)
{
    if (clock.status == core::ClockStatus::Done) {
        return {true, clock.onTime.has_value() && !*clock.onTime, clock.stoppedAt};
    }
    if (clock.status == core::ClockStatus::Running && clock.dueAt > 0 && clock.dueAt < now) {
        return {true, true, clock.dueAt};
    }
    return {};
}

bool isOpen(core::ReportState state)
{
    using core::ReportState;
    return state != ReportState::Rejected && state != ReportState::Cancelled && state != ReportState::Declined &&
           state != ReportState::Published;
}

NowFigures nowFigures(const Dataset &data, Ms now, const core::WorkingCalendar &calendar, const Filter &filter,
                      const Options &options, bool listOverdueClocks)
{
    NowFigures figures;
    figures.now = now;
    const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc());
    const Ms workingDayEnd =
        calendar.addWorkingSeconds(nowTime, qint64(calendar.workingDayMinutes()) * 60).toMSecsSinceEpoch();
    std::vector<std::pair<Ms, const QString *>> open;
    ByKey<Count> openByArea;
    ByKey<Count> overdueByArea;
    ByKey<Count> overdueByAgency;
    for (const ReportFacts &report : data.reports) {
        if (!counted(report, filter, options)) {
            continue;
        }
        if (isOpen(report.state)) {
            figures.open.add(report.id);
            figures.openByState[report.state].add(report.id);
            openByArea[report.areaId].add(report.id);
            open.emplace_back(report.receivedAt, &report.id);
            if (report.urgent) {
                figures.urgentOpen.add(report.id);
            }
            if (report.hidden) {
                figures.hiddenOpen.add(report.id);
            }
        }
        // A running countdown is work due whatever the state (an interaction on a published
        // report, a status notice).
        for (const ClockFact &clock : report.clocks) {
            if (clock.status != core::ClockStatus::Running || clock.dueAt == 0 ||
                core::clockKind(clock.step) != core::ClockKind::Countdown) {
                continue;
            }
            if (clock.dueAt < now) {
                figures.overdue.add(report.id);
                figures.overdueByStep[clock.step].add(report.id);
                overdueByAgency[clock.agencyId].add(report.id);
                overdueByArea[report.areaId].add(report.id);
                if (listOverdueClocks) {
                    figures.overdueClocks.append(OverdueClock{report.id, clock.step, clock.agencyId, clock.dueAt});
                }
            } else {
                if (clock.dueAt <= now + hourMs) {
                    figures.dueWithinHour.add(report.id);
                }
                if (clock.dueAt <= workingDayEnd) {
                    figures.dueWithinWorkingDay.add(report.id);
                }
            }
        }
    }
    figures.openByArea = openByArea.take();
    figures.overdueByArea = overdueByArea.take();
    figures.overdueByAgency = overdueByAgency.take();
    const size_t oldest = std::min<size_t>(10, open.size());
    std::partial_sort(open.begin(), open.begin() + qsizetype(oldest), open.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : *a.second < *b.second;
    });
    for (size_t i = 0; i < oldest; ++i) {
        figures.oldestOpen.append(*open[i].second);
    }
    return figures;
}

TrendFigures trendFigures(const Dataset &data, const Window &window, Ms now, const Filter &filter,
                          const Options &options)
{
    TrendFigures figures;
    figures.window = window;
    for (const Stage stage : allStages()) {
        figures.onTime[stage].minimumSample = options.minimumSample;
    }
    QHash<Stage, std::vector<Ms>> durations;
    ByKey<Count> receivedByCategory;
    ByKey<Count> receivedByArea;
    for (const ReportFacts &report : data.reports) {
        if (!counted(report, filter, options)) {
            continue;
        }
        if (window.contains(report.receivedAt)) {
            figures.received.add(report.id);
            figures.receivedByChannel[report.channel].add(report.id);
            receivedByCategory[report.categoryId].add(report.id);
            receivedByArea[report.areaId].add(report.id);
            switch (report.state) {
            case core::ReportState::Rejected:
                figures.rejected.add(report.id);
                for (const QString &reason : report.rejectReasons) {
                    figures.rejectedByReason[reason].add(report.id);
                }
                break;
            case core::ReportState::Declined:
                figures.declined.add(report.id);
                break;
            case core::ReportState::Cancelled:
                figures.cancelled.add(report.id);
                break;
            default:
                break;
            }
        }
        if (report.publishedAt > 0 && window.contains(report.publishedAt)) {
            figures.published.add(report.id);
        }
        if (report.rating && window.contains(report.ratedAt)) {
            figures.satisfaction[*report.rating].add(report.id);
        }
        bool stuck = false;
        for (const ClockFact &clock : report.clocks) {
            if (clock.status == core::ClockStatus::Running && clock.dueAt > 0 && clock.dueAt < now &&
                core::clockKind(clock.step) == core::ClockKind::Countdown) {
                stuck = true;
            }
            const auto stage = stageOf(clock.step);
            // 11.2.b: the administrative-sanction procedure replaces the 6 working days.
            if (!stage || (*stage == Stage::Processing && report.sanctionProcedure)) {
                continue;
            }
            const Settlement settlement = settlementOf(clock, now);
            if (settlement.settled && window.contains(settlement.at)) {
                figures.onTime[*stage].add(report.id, !settlement.late);
            }
            if (clock.status == core::ClockStatus::Done && window.contains(clock.stoppedAt) &&
                clock.stoppedAt >= clock.startedAt) {
                durations[*stage].push_back(clock.stoppedAt - clock.startedAt);
            }
        }
        if (isOpen(report.state) && report.receivedAt < window.to) {
            figures.outstanding.add(report.id);
            if (stuck) {
                figures.stuck.add(report.id);
            }
        }
    }
    figures.receivedByCategory = receivedByCategory.take();
    figures.receivedByArea = receivedByArea.take();
    for (auto it = durations.begin(); it != durations.end(); ++it) {
        std::sort(it->begin(), it->end());
        figures.duration[it.key()] = Durations{int(it->size()), percentile(*it, 0.5), percentile(*it, 0.9)};
    }
    return figures;
}

void sortOverdueClocks(QList<OverdueClock> &clocks)
{
    std::sort(clocks.begin(), clocks.end(), [](const OverdueClock &a, const OverdueClock &b) {
        return a.dueAt != b.dueAt ? a.dueAt < b.dueAt : a.reportId < b.reportId;
    });
}

} // namespace ioc::reporting
