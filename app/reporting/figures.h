#pragma once

#include "core/workingcalendar.h"
#include "reporting/dataset.h"
#include "reporting/period.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc::reporting {

// What the figures count and how (PRODUCT.md §11).
struct Options
{
    int minimumSample = 5; // a share over fewer reports reads "quá ít" (too few)
    Ms goLive = 0;         // nothing received before it is counted (0: everything)
    // The 14.3 flags are judged over the ranking year; on shorter periods they are shown, marked
    // as running (Điều 19).
};

// Which reports the figures cover; empty sets mean any. A report counts when it passes all.
struct Filter
{
    QSet<QString> categoryIds;
    QSet<QString> areaIds;
    QSet<QString> agencyIds; // lead agency
    QSet<core::Channel> channels;
    bool urgentOnly = false;

    bool accepts(const ReportFacts &report) const;
};

// The reports behind a figure are kept in a list, each once, in the order the figure met them:
// a figure meets its reports one after another, so a report added twice is added twice in a row,
// and a list costs a fraction of a hash set over a province's reports. A set is made only when a
// figure is opened.
QSet<QString> toSet(const QStringList &ids);

// A count and the reports behind it: a drill-down opens exactly `ids`, and the figure is
// `ids.size()`.
struct Count
{
    QStringList ids;
    int value() const { return int(ids.size()); }
    // Within one report's turn the id is the report's own string: a report added again is
    // recognised by its buffer, without comparing text.
    void add(const QString &id)
    {
        if (id.constData() != m_last) {
            m_last = id.constData();
            ids.append(id);
        }
    }

private:
    const QChar *m_last = nullptr;
};

// A share: numerator over denominator, both with the reports behind them (a report may stand
// several times in a denominator, once per clock: `numerator`/`denominator` are those counts).
struct Share
{
    int numerator = 0;
    int denominator = 0;
    QStringList numeratorIds;
    QStringList denominatorIds;
    int minimumSample = 5;

    // Below the minimum sample there is no percentage (the UI reads "quá ít").
    bool tooFew() const { return denominator < minimumSample || denominator == 0; }
    // Percentage, unless too few.
    std::optional<double> percent() const;
    void add(const QString &id, bool inNumerator);

private:
    const QChar *m_lastDenominator = nullptr;
    const QChar *m_lastNumerator = nullptr;
};

// The steps whose timeliness is reported (the "on-time share per step").
enum class Stage
{
    Verification, // IOC: the identity check and the reply to an invalid report (9.1, 9.2)
    Distribution, // IOC: within 1 working hour of receipt (9.3)
    Acceptance,   // agency: within 30 working minutes (11.1)
    Processing,   // agency: 6 working days, or the extension (11.2, 14.2.a)
    Approval,     // agency leader (11.3)
    Publication,  // IOC (12.1)
};
QList<Stage> allStages();
QString stageName(Stage stage);
const char *stageLabel(Stage stage); // translate in context "ioc::reporting"
std::optional<Stage> stageOf(core::ClockStep step);

// A clock settles once: a stopped clock when it stopped, a running clock when its due time
// passed (open and overdue: late). Closed and paused clocks are not judged.
struct Settlement
{
    bool settled = false;
    bool late = false;
    Ms at = 0;
};
Settlement settlementOf(const ClockFact &clock, Ms now);

// The open states: work remains (not rejected, cancelled, declined or published).
bool isOpen(core::ReportState state);

struct OverdueClock
{
    QString reportId;
    core::ClockStep step = core::ClockStep::Distribute;
    QString agencyId; // empty: the IOC
    Ms dueAt = 0;
};

// The dashboard's "now" (as of `now`).
struct NowFigures
{
    Ms now = 0;
    Count open;
    QHash<core::ReportState, Count> openByState;
    Count overdue; // reports with a countdown clock past due
    QHash<core::ClockStep, Count> overdueByStep;
    QHash<QString, Count> overdueByAgency; // "" = the IOC
    QList<OverdueClock> overdueClocks;     // in no order: sortOverdueClocks() where listed; may be off
    Count dueWithinHour;                   // a countdown clock due in (now, now + 1 h]
    Count dueWithinWorkingDay;             // … in (now, now + 1 working day]
    Count urgentOpen;
    Count hiddenOpen;                 // 14.1.c: hidden, still supervised
    QStringList oldestOpen;           // the 10 received longest ago
    QHash<QString, Count> openByArea; // the map's colouring
    QHash<QString, Count> overdueByArea;
};
// Oldest due first (a province's backlog is long: sorted only where it is listed).
void sortOverdueClocks(QList<OverdueClock> &clocks);

// The list of overdue clocks is for the periodic report; the dashboard shows counts and passes
// `listOverdueClocks` false (a province's backlog can hold a million clocks).
NowFigures nowFigures(const Dataset &data, Ms now, const core::WorkingCalendar &calendar, const Filter &filter,
                      const Options &options, bool listOverdueClocks = true);

struct Durations
{
    int count = 0;
    Ms median = 0; // milliseconds from start to stop
    Ms p90 = 0;
};

// The dashboard's trend and the periodic report's figures over a window.
struct TrendFigures
{
    Window window;
    Count received;
    QHash<core::Channel, Count> receivedByChannel;
    QHash<QString, Count> receivedByCategory;
    QHash<QString, Count> receivedByArea;
    QHash<Stage, Share> onTime;                    // settled in the window; open-and-overdue counts as late
    QHash<Stage, Durations> duration;              // stopped clocks in the window
    QHash<core::Satisfaction, Count> satisfaction; // last ratings given in the window
    Count published;                               // published in the window (the latest publication)
    Count rejected;                                // received in the window and rejected
    QHash<QString, Count> rejectedByReason;
    Count declined;
    Count cancelled;
    // 18.2.f "tồn đọng, vướng mắc": reports received before the window's end and open now
    // (outstanding); those of them with a countdown clock overdue now (stuck).
    Count outstanding;
    Count stuck;
};
TrendFigures trendFigures(const Dataset &data, const Window &window, Ms now, const Filter &filter,
                          const Options &options);

} // namespace ioc::reporting
