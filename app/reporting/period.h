#pragma once

#include "reporting/dataset.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ioc::reporting {

// A half-open interval of time [from, to), with the words that name it on every figure.
struct Window
{
    Ms from = 0;
    Ms to = 0;
    QString label; // "15/10/2026 – 14/11/2026"

    bool contains(Ms instant) const { return instant >= from && instant < to; }
    bool isValid() const { return to > from; }
};

// Local (Vietnam) dates [first, last], both inclusive, as a window.
Window windowOfDates(QDate first, QDate last);

enum class PeriodKind
{
    Monthly,
    Quarterly,
    Yearly,
    Evaluation, // the ranking year (Điều 19): the calendar year
    AdHoc,
};

QString periodKindName(PeriodKind kind);
std::optional<PeriodKind> periodKindFromName(QStringView name);

// How reporting periods are cut (Decree 09/2019/NĐ-CP art. 12 by default: a monthly report
// covers the 15th of the previous month to the 14th; a quarter and a year are cut the same way).
struct PeriodRules
{
    int firstDay = 15; // 1: calendar months
    int dueDay = 20;   // the report is due before this day of its month
};

// A periodic report of Điều 18.2.f: its kind, name, window and due date.
struct Period
{
    PeriodKind kind = PeriodKind::Monthly;
    QString name; // "2026-11", "2026-Q4", "2026"
    QDate first;
    QDate last;
    QDate dueBefore; // invalid for evaluation and ad hoc
    Window window;
};

// "2026-11" (monthly), "2026-Q4" (quarterly), "2026" (yearly, evaluation); an ad hoc period
// takes `first` and `last`. Returns nullopt and a reason for a malformed name.
std::optional<Period> periodOf(PeriodKind kind, const QString &name, const PeriodRules &rules, QString *error,
                               QDate first = {}, QDate last = {});
// The periodic report due next on `today` (the first of monthly/quarterly/yearly whose due date
// is on or after today; a monthly one each month).
Period nextDuePeriod(QDate today, const PeriodRules &rules);
// The ranking year (Điều 19) that holds an instant: the calendar year, in local time.
Window rankingYearOf(Ms instant);

} // namespace ioc::reporting
