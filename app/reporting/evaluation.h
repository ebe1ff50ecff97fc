#pragma once

#include "reporting/figures.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ioc::reporting {

// The criteria of Điều 14.2 (reported to the Provincial People's Committee) and 14.3 (an agency
// with one of them cannot be ranked "Hoàn thành xuất sắc nhiệm vụ").
enum class Criterion
{
    Overrun,             // 14.2.a: processing over 6 working days, or a commitment not kept
    Satisfaction,        // 14.2.b: satisfied under 70 %
    Reminders,           // 14.3.a: more than 2 reminder letters
    SatisfiedOrAccepted, // 14.3.b: satisfied + acceptable under 50 %
    Unanswered,          // 14.3.c: more than 30 % of legitimate interactions unanswered
    MissedCalls,         // 14.3.d: more than 2 hotline calls not answered
    LateReturns,         // 14.3.e: more than 20 % of not-competent returns late
    Repeats,             // 14.3.f: more than 20 % of handled reports repeated
};
QList<Criterion> allCriteria();
QString criterionCode(Criterion criterion);      // "14.2.b"
const char *criterionLabel(Criterion criterion); // translate in context "ioc::reporting"
// The 14.3 criteria: they bar the "excellent" ranking.
bool barsExcellence(Criterion criterion);

// The levels of a cooperation assessment (14.2.c): "good", "fair", "poor".
QStringList cooperationLevels();
const char *cooperationLevelLabel(const QString &level); // nullptr for an unknown level

// One agency's row of the evaluation table. Every share keeps the reports behind it.
struct AgencyEvaluation
{
    QString agencyId;
    Count distributed;       // distributed to it as lead in the window (acceptance clock started)
    Count processedOnTime;   // processing clock stopped in time in the window
    Count processedLate;     // … stopped late (sanction procedure excluded)
    Count openOverdue;       // processing clock running past due (due in the window)
    Count commitmentsMissed; // 14.2.a: commitment clock late or overdue
    Count satisfied;         // last ratings given in the window
    Count acceptable;
    Count notSatisfied;
    Share satisfaction;        // 14.2.b: satisfied / rated
    Share satisfiedOrAccepted; // 14.3.b: (satisfied + acceptable) / rated
    Share unanswered;          // 14.3.c: interactions unanswered past due / legitimate interactions
    int reminderLetters = 0;   // 14.3.a
    QStringList letterIds;
    int missedCalls = 0; // 14.3.d
    Count missedCallReports;
    Share lateReturns;        // 14.3.e: late returns / returns
    Share repeats;            // 14.3.f: handled reports repeated / reports handled
    QString cooperationLevel; // 14.2.c: the supervisor's assessment, if recorded
    QString cooperationText;
    QList<Criterion> flags;  // 14.2 over the window, 14.3 over the ranking year
    bool flagsFinal = false; // the window is the whole ranking year: 14.3 is a verdict

    bool excellentEligible() const;
    // "14.2.b 14.3.c"
    QString flagCodes() const;
};

struct Evaluation
{
    Window window;
    Window rankingYear;               // what the 14.3 flags are judged over
    QList<AgencyEvaluation> agencies; // by agency id
};

// Every agency that had a report, a call, a letter or an assessment in the window, plus
// `agencyIds` (the directory's, so that a spotless agency is listed too).
Evaluation evaluate(const Dataset &data, const Window &window, Ms now, const QStringList &agencyIds,
                    const Options &options);

// What the dashboard shows on each refresh: the figures now (without the list of overdue
// clocks), the trend and the evaluation over a window. The figures now are computed on a second thread meanwhile (a
// workstation has two cores at least); the data set is only read.
struct DashboardFigures
{
    NowFigures now;
    TrendFigures trend;
    Evaluation evaluation;
};
DashboardFigures dashboardFigures(const Dataset &data, Ms now, const core::WorkingCalendar &calendar,
                                  const Window &window, const Filter &filter, const QStringList &agencyIds,
                                  const Options &options);

// The evaluation as CSV (UTF-8, RFC 4180, CRLF); `names` maps agency ids to names.
QByteArray evaluationCsv(const Evaluation &evaluation, const QHash<QString, QString> &names, bool byteOrderMark);

} // namespace ioc::reporting
