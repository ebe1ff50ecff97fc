#include "reporting/evaluation.h"

#include <QMap>

#include <future>

namespace ioc::reporting {

namespace {

struct CriterionEntry
{
    Criterion criterion;
    const char *code;
    const char *label;
};
constexpr CriterionEntry criterionEntries[] = {
    {Criterion::Overrun, "14.2.a",
     QT_TRANSLATE_NOOP("ioc::reporting", "processing over the time limit or a commitment not kept")},
    {Criterion::Satisfaction, "14.2.b", QT_TRANSLATE_NOOP("ioc::reporting", "satisfaction under 70 %")},
    {Criterion::Reminders, "14.3.a", QT_TRANSLATE_NOOP("ioc::reporting", "more than 2 reminder letters")},
    {Criterion::SatisfiedOrAccepted, "14.3.b",
     QT_TRANSLATE_NOOP("ioc::reporting", "satisfied and acceptable under 50 %")},
    {Criterion::Unanswered, "14.3.c", QT_TRANSLATE_NOOP("ioc::reporting", "more than 30 % of interactions unanswered")},
    {Criterion::MissedCalls, "14.3.d", QT_TRANSLATE_NOOP("ioc::reporting", "more than 2 hotline calls not answered")},
    {Criterion::LateReturns, "14.3.e", QT_TRANSLATE_NOOP("ioc::reporting", "more than 20 % of returns late")},
    {Criterion::Repeats, "14.3.f", QT_TRANSLATE_NOOP("ioc::reporting", "more than 20 % of violations repeated")},
};

bool under(const Share &share, double limit)
{
    const auto percent = share.percent();
    return percent && *percent < limit;
}

bool over(const Share &share, double limit)
{
    const auto percent = share.percent();
    return percent && *percent > limit;
}

bool sameWindow(const Window &a, const Window &b)
{
    return a.from == b.from && a.to == b.to;
}

// The counts of every agency over one window (no flags).
QMap<QString, AgencyEvaluation> countAll(const Dataset &data, const Window &window, Ms now,
                                         const QStringList &agencyIds, const Options &options)
{
    QMap<QString, AgencyEvaluation> rows;
    const auto row = [&rows, &options](const QString &agencyId) -> AgencyEvaluation & {
        auto it = rows.find(agencyId);
        if (it == rows.end()) {
            it = rows.insert(agencyId, AgencyEvaluation{});
            it->agencyId = agencyId;
            for (Share *share :
                 {&it->satisfaction, &it->satisfiedOrAccepted, &it->unanswered, &it->lateReturns, &it->repeats}) {
                share->minimumSample = options.minimumSample;
            }
        }
        return *it;
    };
    for (const QString &id : agencyIds) {
        row(id);
    }
    QSet<QString> repeated;
    for (const ReportFacts &report : data.reports) {
        if (!report.repeatOf.isEmpty() && report.receivedAt >= options.goLive) {
            repeated.insert(report.repeatOf);
        }
    }
    for (const ReportFacts &report : data.reports) {
        if (report.receivedAt < options.goLive) {
            continue;
        }
        for (const ClockFact &clock : report.clocks) {
            if (clock.agencyId.isEmpty()) {
                continue;
            }
            const Settlement settlement = settlementOf(clock, now);
            switch (clock.step) {
            case core::ClockStep::Accept:
                if (window.contains(clock.startedAt)) {
                    row(clock.agencyId).distributed.add(report.id);
                }
                break;
            case core::ClockStep::Process:
                if (!settlement.settled || !window.contains(settlement.at)) {
                    break;
                }
                if (!settlement.late) {
                    row(clock.agencyId).processedOnTime.add(report.id);
                } else if (report.sanctionProcedure) {
                    // 11.2.b: the administrative-sanction procedure replaces the 6 working days.
                } else if (clock.status == core::ClockStatus::Done) {
                    row(clock.agencyId).processedLate.add(report.id);
                } else {
                    row(clock.agencyId).openOverdue.add(report.id);
                }
                break;
            case core::ClockStep::Commitment:
                if (settlement.settled && settlement.late && window.contains(settlement.at)) {
                    row(clock.agencyId).commitmentsMissed.add(report.id);
                }
                break;
            case core::ClockStep::Interaction:
                if (settlement.settled && window.contains(settlement.at)) {
                    row(clock.agencyId).unanswered.add(report.id, clock.status == core::ClockStatus::Running);
                }
                break;
            case core::ClockStep::Return:
                if (clock.status == core::ClockStatus::Done && window.contains(clock.stoppedAt)) {
                    row(clock.agencyId).lateReturns.add(report.id, settlement.late);
                }
                break;
            default:
                break;
            }
        }
        if (report.leadAgencyId.isEmpty()) {
            continue;
        }
        if (report.rating && window.contains(report.ratedAt)) {
            AgencyEvaluation &r = row(report.leadAgencyId);
            const core::Satisfaction level = *report.rating;
            (level == core::Satisfaction::Satisfied    ? r.satisfied
             : level == core::Satisfaction::Acceptable ? r.acceptable
                                                       : r.notSatisfied)
                .add(report.id);
            r.satisfaction.add(report.id, level == core::Satisfaction::Satisfied);
            r.satisfiedOrAccepted.add(report.id, level != core::Satisfaction::NotSatisfied);
        }
        if (report.publishedAt > 0 && window.contains(report.publishedAt)) {
            row(report.leadAgencyId).repeats.add(report.id, repeated.contains(report.id));
        }
    }
    for (const LetterFact &letter : data.letters) {
        if (window.contains(letter.issuedAt)) {
            AgencyEvaluation &r = row(letter.agencyId);
            ++r.reminderLetters;
            r.letterIds.append(letter.id);
        }
    }
    for (const CallFact &call : data.calls) {
        if (call.missed && window.contains(call.at) && !call.agencyId.isEmpty()) {
            AgencyEvaluation &r = row(call.agencyId);
            ++r.missedCalls;
            // Calls come in time order, not by report: a report called twice is listed once.
            if (!r.missedCallReports.ids.contains(call.reportId)) {
                r.missedCallReports.ids.append(call.reportId);
            }
        }
    }
    QHash<QString, Ms> recorded;
    for (const AssessmentFact &assessment : data.assessments) {
        // An assessment of a period that overlaps the window; the latest recorded one counts.
        if (assessment.from < window.to && assessment.to > window.from &&
            assessment.recordedAt >= recorded.value(assessment.agencyId, -1)) {
            recorded.insert(assessment.agencyId, assessment.recordedAt);
            AgencyEvaluation &r = row(assessment.agencyId);
            r.cooperationLevel = assessment.level;
            r.cooperationText = assessment.text;
        }
    }
    return rows;
}

constexpr std::pair<const char *, const char *> cooperationEntries[] = {
    {"good", QT_TRANSLATE_NOOP("ioc::reporting", "good cooperation")},
    {"fair", QT_TRANSLATE_NOOP("ioc::reporting", "fair cooperation")},
    {"poor", QT_TRANSLATE_NOOP("ioc::reporting", "poor cooperation")},
};

} // namespace

QStringList cooperationLevels()
{
    QStringList levels;
    for (const auto &[name, label] : cooperationEntries) {
        levels.append(QString::fromLatin1(name));
    }
    return levels;
}

const char *cooperationLevelLabel(const QString &level)
{
    for (const auto &[name, label] : cooperationEntries) {
        if (level == QLatin1String(name)) {
            return label;
        }
    }
    return nullptr;
}

QList<Criterion> allCriteria()
{
    QList<Criterion> criteria;
    for (const CriterionEntry &entry : criterionEntries) {
        criteria.append(entry.criterion);
    }
    return criteria;
}

QString criterionCode(Criterion criterion)
{
    return QString::fromLatin1(criterionEntries[int(criterion)].code);
}

const char *criterionLabel(Criterion criterion)
{
    return criterionEntries[int(criterion)].label;
}

bool barsExcellence(Criterion criterion)
{
    return criterion != Criterion::Overrun && criterion != Criterion::Satisfaction;
}

bool AgencyEvaluation::excellentEligible() const
{
    return std::none_of(flags.begin(), flags.end(), barsExcellence);
}

QString AgencyEvaluation::flagCodes() const
{
    QStringList codes;
    for (const Criterion criterion : flags) {
        codes.append(criterionCode(criterion));
    }
    return codes.join(u' ');
}

Evaluation evaluate(const Dataset &data, const Window &window, Ms now, const QStringList &agencyIds,
                    const Options &options)
{
    Evaluation evaluation;
    evaluation.window = window;
    evaluation.rankingYear = rankingYearOf(window.to - 1);
    const bool wholeYear = sameWindow(window, evaluation.rankingYear);
    QMap<QString, AgencyEvaluation> rows = countAll(data, window, now, agencyIds, options);
    QMap<QString, AgencyEvaluation> year =
        wholeYear ? rows : countAll(data, evaluation.rankingYear, now, agencyIds + rows.keys(), options);
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        AgencyEvaluation &r = *it;
        const AgencyEvaluation &y = year[it.key()];
        r.flagsFinal = wholeYear;
        if (r.processedLate.value() + r.openOverdue.value() + r.commitmentsMissed.value() > 0) {
            r.flags.append(Criterion::Overrun);
        }
        if (under(r.satisfaction, 70)) {
            r.flags.append(Criterion::Satisfaction);
        }
        if (y.reminderLetters > 2) {
            r.flags.append(Criterion::Reminders);
        }
        if (under(y.satisfiedOrAccepted, 50)) {
            r.flags.append(Criterion::SatisfiedOrAccepted);
        }
        if (over(y.unanswered, 30)) {
            r.flags.append(Criterion::Unanswered);
        }
        if (y.missedCalls > 2) {
            r.flags.append(Criterion::MissedCalls);
        }
        if (over(y.lateReturns, 20)) {
            r.flags.append(Criterion::LateReturns);
        }
        if (over(y.repeats, 20)) {
            r.flags.append(Criterion::Repeats);
        }
        evaluation.agencies.append(r);
    }
    return evaluation;
}

DashboardFigures dashboardFigures(const Dataset &data, Ms now, const core::WorkingCalendar &calendar,
                                  const Window &window, const Filter &filter, const QStringList &agencyIds,
                                  const Options &options)
{
    DashboardFigures figures;
    auto current =
        std::async(std::launch::async, [&] { return nowFigures(data, now, calendar, filter, options, false); });
    figures.trend = trendFigures(data, window, now, filter, options);
    figures.evaluation = evaluate(data, window, now, agencyIds, options);
    figures.now = current.get();
    return figures;
}

QByteArray evaluationCsv(const Evaluation &evaluation, const QHash<QString, QString> &names, bool byteOrderMark)
{
    const auto field = [](const QString &text) -> QString {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')) {
            return text;
        }
        return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    };
    QString csv = QStringLiteral(
        "agency_id,agency_name,distributed,processed_on_time,processed_late,open_overdue,commitments_missed,"
        "satisfied,acceptable,not_satisfied,interactions_legitimate,interactions_unanswered,reminder_letters,"
        "missed_calls,returns,returns_late,repeats,flags,excellent_eligible\r\n");
    for (const AgencyEvaluation &r : evaluation.agencies) {
        const QList<int> numbers = {r.distributed.value(),     r.processedOnTime.value(),   r.processedLate.value(),
                                    r.openOverdue.value(),     r.commitmentsMissed.value(), r.satisfied.value(),
                                    r.acceptable.value(),      r.notSatisfied.value(),      r.unanswered.denominator,
                                    r.unanswered.numerator,    r.reminderLetters,           r.missedCalls,
                                    r.lateReturns.denominator, r.lateReturns.numerator,     r.repeats.numerator};
        QStringList fields{field(r.agencyId), field(names.value(r.agencyId, r.agencyId))};
        for (const int number : numbers) {
            fields.append(QString::number(number));
        }
        fields.append(field(r.flagCodes()));
        fields.append(r.excellentEligible() ? QStringLiteral("true") : QStringLiteral("false"));
        csv += fields.join(u',') + QStringLiteral("\r\n");
    }
    QByteArray bytes = byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + csv.toUtf8();
}

} // namespace ioc::reporting
