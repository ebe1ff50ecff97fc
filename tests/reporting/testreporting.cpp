#include "core/vntime.h"
#include "core/workingcalendar.h"
#include "reporting/dataset.h"
#include "reporting/evaluation.h"
#include "reporting/figures.h"
#include "reporting/period.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ioc;

// The supervision figures over a fixed data set (tests/data/reporting/dataset.json) whose every
// expected value was computed by hand (expected.json, with the edges it probes: exactly 70 %,
// exactly 20 %, exactly 50 %, a sample under the minimum, an open report overdue, an extension
// after the due time, a late return after acceptance, a report before the go-live date).
class TestReporting : public QObject
{
    Q_OBJECT

private:
    static QJsonObject readJson(const QString &name)
    {
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/data/reporting/"_s + name);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(file.fileName()));
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    static reporting::Ms ms(const QString &iso) { return core::vntime::parseIso8601(iso)->toMSecsSinceEpoch(); }
    static QStringList sorted(QStringList ids)
    {
        ids.sort();
        return ids;
    }
    static bool once(const QStringList &ids) { return reporting::toSet(ids).size() == ids.size(); }
    static QStringList strings(const QJsonValue &value)
    {
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            list.append(item.toString());
        }
        return list;
    }

    reporting::Dataset m_data;
    QJsonObject m_expected;
    reporting::Options m_options;
    reporting::Window m_window;
    reporting::Ms m_now = 0;
    core::WorkingCalendar m_calendar;

private slots:
    void initTestCase()
    {
        QString error;
        const auto data = reporting::datasetFromJson(readJson(u"dataset.json"_s), &error);
        QVERIFY2(data, qPrintable(error));
        m_data = *data;
        m_expected = readJson(u"expected.json"_s);
        m_now = ms(m_expected.value("now"_L1).toString());
        m_options.goLive = ms(m_expected.value("go_live"_L1).toString());
        const auto period =
            reporting::periodOf(reporting::PeriodKind::Monthly, m_expected.value("period"_L1).toString(), {}, &error);
        QVERIFY2(period, qPrintable(error));
        m_window = period->window;
    }

    void periodsFollowDecree09()
    {
        QString error;
        const reporting::PeriodRules rules;
        const auto monthly = reporting::periodOf(reporting::PeriodKind::Monthly, u"2026-11"_s, rules, &error);
        QVERIFY(monthly);
        QCOMPARE(monthly->first, QDate(2026, 10, 15));
        QCOMPARE(monthly->last, QDate(2026, 11, 14));
        QCOMPARE(monthly->dueBefore, QDate(2026, 11, 20));
        QCOMPARE(monthly->window.label, u"15/10/2026 – 14/11/2026"_s);
        // The window is local time: 15/10 00:00 in Vietnam is 14/10 17:00 UTC.
        QCOMPARE(monthly->window.from, ms(u"2026-10-14T17:00:00Z"_s));
        QCOMPARE(monthly->window.to, ms(u"2026-11-14T17:00:00Z"_s));
        const auto january = reporting::periodOf(reporting::PeriodKind::Monthly, u"2026-01"_s, rules, &error);
        QCOMPARE(january->first, QDate(2025, 12, 15));
        const auto quarter = reporting::periodOf(reporting::PeriodKind::Quarterly, u"2026-Q4"_s, rules, &error);
        QCOMPARE(quarter->first, QDate(2026, 9, 15));
        QCOMPARE(quarter->last, QDate(2026, 12, 14));
        QCOMPARE(quarter->dueBefore, QDate(2026, 12, 20));
        const auto year = reporting::periodOf(reporting::PeriodKind::Yearly, u"2026"_s, rules, &error);
        QCOMPARE(year->first, QDate(2025, 12, 15));
        QCOMPARE(year->last, QDate(2026, 12, 14));
        QCOMPARE(year->dueBefore, QDate(2026, 12, 20));
        const auto ranking = reporting::periodOf(reporting::PeriodKind::Evaluation, u"2026"_s, rules, &error);
        QCOMPARE(ranking->first, QDate(2026, 1, 1));
        QCOMPARE(ranking->last, QDate(2026, 12, 31));
        QVERIFY(!ranking->dueBefore.isValid());
        // Calendar months when configured so: due on the 20th of the next month.
        const auto calendarMonth =
            reporting::periodOf(reporting::PeriodKind::Monthly, u"2026-11"_s, reporting::PeriodRules{1, 20}, &error);
        QCOMPARE(calendarMonth->first, QDate(2026, 11, 1));
        QCOMPARE(calendarMonth->last, QDate(2026, 11, 30));
        QCOMPARE(calendarMonth->dueBefore, QDate(2026, 12, 20));
        // Malformed names are refused with the expected form.
        QVERIFY(!reporting::periodOf(reporting::PeriodKind::Monthly, u"2026-13"_s, rules, &error));
        QVERIFY(error.contains(u"YYYY-MM"_s));
        QVERIFY(!reporting::periodOf(reporting::PeriodKind::Quarterly, u"2026-Q5"_s, rules, &error));
        QVERIFY(!reporting::periodOf(reporting::PeriodKind::AdHoc, {}, rules, &error, QDate(2026, 2, 1),
                                     QDate(2026, 1, 1)));
    }

    void nextDueReport()
    {
        const reporting::PeriodRules rules;
        QCOMPARE(reporting::nextDuePeriod(QDate(2026, 11, 19), rules).name, u"2026-11"_s);
        // On the 20th the November report is no longer "before the 20th": December's is next,
        // and with it the fourth quarter's and the year's; the year's covers them.
        const reporting::Period december = reporting::nextDuePeriod(QDate(2026, 11, 20), rules);
        QCOMPARE(december.kind, reporting::PeriodKind::Yearly);
        QCOMPARE(december.dueBefore, QDate(2026, 12, 20));
        const reporting::Period march = reporting::nextDuePeriod(QDate(2027, 2, 25), rules);
        QCOMPARE(march.kind, reporting::PeriodKind::Quarterly);
        QCOMPARE(march.name, u"2027-Q1"_s);
    }

    void nowFigures()
    {
        const reporting::NowFigures now = reporting::nowFigures(m_data, m_now, m_calendar, {}, m_options);
        const QJsonObject expected = m_expected.value("now_figures"_L1).toObject();
        QCOMPARE(now.open.value(), expected.value("open"_L1).toInt());
        const QJsonObject byState = expected.value("open_by_state"_L1).toObject();
        int sum = 0;
        for (auto it = now.openByState.cbegin(); it != now.openByState.cend(); ++it) {
            QCOMPARE(it->value(), byState.value(core::reportStateName(it.key())).toInt());
            sum += it->value();
        }
        QCOMPARE(sum, now.open.value());
        QCOMPARE(sorted(now.overdue.ids), strings(expected.value("overdue"_L1)));
        const QJsonObject bySteps = expected.value("overdue_by_step"_L1).toObject();
        QCOMPARE(now.overdueByStep.size(), bySteps.size());
        for (auto it = now.overdueByStep.cbegin(); it != now.overdueByStep.cend(); ++it) {
            QCOMPARE(sorted(it->ids), strings(bySteps.value(core::clockStepName(it.key()))));
        }
        const QJsonObject byAgency = expected.value("overdue_by_agency"_L1).toObject();
        QCOMPARE(now.overdueByAgency.size(), byAgency.size());
        for (auto it = now.overdueByAgency.cbegin(); it != now.overdueByAgency.cend(); ++it) {
            QCOMPARE(sorted(it->ids), strings(byAgency.value(it.key())));
        }
        QList<reporting::OverdueClock> clocks = now.overdueClocks;
        reporting::sortOverdueClocks(clocks);
        QCOMPARE(clocks.constFirst().reportId, expected.value("overdue_first"_L1).toString());
        QCOMPARE(sorted(now.dueWithinHour.ids), strings(expected.value("due_within_hour"_L1)));
        QCOMPARE(sorted(now.dueWithinWorkingDay.ids), strings(expected.value("due_within_working_day"_L1)));
        QCOMPARE(sorted(now.urgentOpen.ids), strings(expected.value("urgent_open"_L1)));
        QCOMPARE(sorted(now.hiddenOpen.ids), strings(expected.value("hidden_open"_L1)));
        QCOMPARE(now.oldestOpen, strings(expected.value("oldest_open"_L1)));
    }

    // Figures keep their reports in lists (a hash set per figure cost most of the dashboard's
    // time): each report stands once in each, however many of its clocks count.
    void everyFigureListsEachReportOnce()
    {
        const reporting::NowFigures now = reporting::nowFigures(m_data, m_now, m_calendar, {}, m_options);
        QList<const reporting::Count *> counts{
            &now.open, &now.overdue, &now.dueWithinHour, &now.dueWithinWorkingDay, &now.urgentOpen, &now.hiddenOpen};
        for (const auto *hash : {&now.overdueByAgency, &now.overdueByArea, &now.openByArea}) {
            for (const reporting::Count &count : *hash) {
                counts.append(&count);
            }
        }
        for (const reporting::Count &count : now.overdueByStep) {
            counts.append(&count);
        }
        const reporting::TrendFigures trend = reporting::trendFigures(m_data, m_window, m_now, {}, m_options);
        for (const reporting::Count &count : trend.receivedByChannel) {
            counts.append(&count);
        }
        QList<const reporting::Share *> shares;
        for (const reporting::Share &share : trend.onTime) {
            shares.append(&share);
        }
        const reporting::Evaluation evaluation = reporting::evaluate(m_data, m_window, m_now, {}, m_options);
        for (const reporting::AgencyEvaluation &row : evaluation.agencies) {
            counts += {&row.distributed, &row.processedOnTime, &row.openOverdue, &row.missedCallReports};
            shares += {&row.unanswered, &row.lateReturns, &row.repeats, &row.satisfaction};
        }
        for (const reporting::Count *count : counts) {
            QVERIFY2(once(count->ids), qPrintable(count->ids.join(u' ')));
        }
        for (const reporting::Share *share : shares) {
            QVERIFY(once(share->numeratorIds) && once(share->denominatorIds));
        }
        // A report with two overdue interactions (k01 has one; give it a second) still counts once.
        reporting::Dataset twice = m_data;
        for (reporting::ReportFacts &report : twice.reports) {
            if (report.id == u"k01"_s) {
                report.clocks.push_back(report.clocks.back());
            }
        }
        const reporting::NowFigures again = reporting::nowFigures(twice, m_now, m_calendar, {}, m_options);
        QCOMPARE(again.overdue.value(), now.overdue.value());
        QCOMPARE(again.overdueByAgency.value(u"cand"_s).value(), 2);
    }

    void goLiveDateExcludesEarlierReports()
    {
        // z01 was received before the go-live date: open, and overdue since January.
        const reporting::NowFigures all = reporting::nowFigures(m_data, m_now, m_calendar, {}, reporting::Options{});
        const reporting::NowFigures live = reporting::nowFigures(m_data, m_now, m_calendar, {}, m_options);
        QVERIFY(all.overdue.ids.contains(u"z01"_s));
        QVERIFY(!live.overdue.ids.contains(u"z01"_s));
        QCOMPARE(all.open.value(), live.open.value() + 1);
    }

    void filtersApplyToEveryFigure()
    {
        reporting::Filter filter;
        filter.agencyIds = {u"cand"_s};
        const reporting::NowFigures now = reporting::nowFigures(m_data, m_now, m_calendar, filter, m_options);
        QCOMPARE(sorted(now.overdue.ids), QStringList({u"k01"_s, u"k02"_s}));
        QCOMPARE(now.open.value(), 0); // k06-k10 were returned: no lead agency now
        const reporting::TrendFigures trend = reporting::trendFigures(m_data, m_window, m_now, filter, m_options);
        QCOMPARE(trend.received.value(), 5);
        QCOMPARE(trend.published.value(), 5);
        reporting::Filter urgent;
        urgent.urgentOnly = true;
        QCOMPARE(reporting::nowFigures(m_data, m_now, m_calendar, urgent, m_options).open.value(), 1);
    }

    void trendFigures()
    {
        const reporting::TrendFigures trend = reporting::trendFigures(m_data, m_window, m_now, {}, m_options);
        const QJsonObject expected = m_expected.value("trend"_L1).toObject();
        QCOMPARE(trend.window.label, u"15/10/2026 – 14/11/2026"_s);
        QCOMPARE(trend.received.value(), expected.value("received"_L1).toInt());
        const QJsonObject byChannel = expected.value("received_by_channel"_L1).toObject();
        QCOMPARE(trend.receivedByChannel.size(), byChannel.size());
        for (auto it = trend.receivedByChannel.cbegin(); it != trend.receivedByChannel.cend(); ++it) {
            QCOMPARE(it->value(), byChannel.value(core::channelName(it.key())).toInt());
        }
        QCOMPARE(trend.published.value(), expected.value("published"_L1).toInt());
        const QJsonObject satisfaction = expected.value("satisfaction"_L1).toObject();
        for (auto it = trend.satisfaction.cbegin(); it != trend.satisfaction.cend(); ++it) {
            QCOMPARE(it->value(), satisfaction.value(core::satisfactionName(it.key())).toInt());
        }
        const QJsonObject onTime = expected.value("on_time"_L1).toObject();
        for (auto it = onTime.begin(); it != onTime.end(); ++it) {
            const QList<reporting::Stage> stages = reporting::allStages();
            const auto stage = std::find_if(stages.cbegin(), stages.cend(),
                                            [&it](reporting::Stage s) { return reporting::stageName(s) == it.key(); });
            QVERIFY(stage != stages.cend());
            const reporting::Share share = trend.onTime.value(*stage);
            const QJsonObject want = it.value().toObject();
            QCOMPARE(share.numerator, want.value("numerator"_L1).toInt());
            QCOMPARE(share.denominator, want.value("denominator"_L1).toInt());
            QCOMPARE(share.tooFew(), want.value("too_few"_L1).toBool());
            QCOMPARE(share.percent().has_value(), !share.tooFew());
        }
        const QJsonObject duration = expected.value("processing_duration"_L1).toObject();
        const reporting::Durations processing = trend.duration.value(reporting::Stage::Processing);
        QCOMPARE(processing.count, duration.value("count"_L1).toInt());
        QCOMPARE(processing.median, duration.value("median_ms"_L1).toInteger());
        QCOMPARE(processing.p90, duration.value("p90_ms"_L1).toInteger());
        QCOMPARE(trend.outstanding.value(), expected.value("outstanding"_L1).toInt());
        QCOMPARE(trend.stuck.value(), expected.value("stuck"_L1).toInt());
    }

    void evaluationTable()
    {
        const QHash<QString, QString> names{{u"cand"_s, u"Công an tỉnh"_s},
                                            {u"sct"_s, u"Sở Công Thương"_s},
                                            {u"stnmt"_s, u"Sở Tài nguyên và Môi trường"_s},
                                            {u"sxd"_s, u"Sở Xây dựng"_s},
                                            {u"ubnd-dh"_s, u"UBND thành phố Đông Hà"_s}};
        const reporting::Evaluation evaluation = reporting::evaluate(m_data, m_window, m_now, names.keys(), m_options);
        const QByteArray csv = reporting::evaluationCsv(evaluation, names, false);
        const QStringList lines = QString::fromUtf8(csv).split(u"\r\n"_s, Qt::SkipEmptyParts);
        const QStringList expected = strings(m_expected.value("evaluation_csv"_L1));
        QCOMPARE(lines.size(), expected.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i), expected.at(i));
        }
        // A byte-order mark for Excel only when asked.
        QVERIFY(reporting::evaluationCsv(evaluation, names, true).startsWith("\xEF\xBB\xBF"));
        // The month is not the ranking year: the 14.3 verdicts are running, not final.
        for (const reporting::AgencyEvaluation &row : evaluation.agencies) {
            QVERIFY(!row.flagsFinal);
        }
        const auto byId = [&evaluation](const QString &id) {
            return *std::find_if(evaluation.agencies.cbegin(), evaluation.agencies.cend(),
                                 [&id](const reporting::AgencyEvaluation &row) { return row.agencyId == id; });
        };
        // Exactly 70 %: a percentage, not a flag; under the minimum sample: no percentage.
        QCOMPARE(*byId(u"sxd"_s).satisfaction.percent(), 70.0);
        QVERIFY(byId(u"stnmt"_s).satisfaction.tooFew());
        // Each cell opens the reports behind it, as many as it counts.
        const reporting::AgencyEvaluation cand = byId(u"cand"_s);
        QCOMPARE(sorted(cand.unanswered.numeratorIds), QStringList({u"k01"_s, u"k02"_s}));
        QCOMPARE(sorted(cand.lateReturns.numeratorIds), QStringList({u"k06"_s, u"k07"_s}));
        QCOMPARE(sorted(cand.repeats.numeratorIds), QStringList({u"k01"_s, u"k02"_s}));
        QCOMPARE(cand.cooperationLevel, u"poor"_s);
        QCOMPARE(sorted(byId(u"sxd"_s).openOverdue.ids), QStringList({u"s11"_s}));
    }

    void rankingYearIsFinal()
    {
        QString error;
        const auto year = reporting::periodOf(reporting::PeriodKind::Evaluation, u"2026"_s, {}, &error);
        const reporting::Evaluation evaluation = reporting::evaluate(m_data, year->window, m_now, {}, m_options);
        for (const reporting::AgencyEvaluation &row : evaluation.agencies) {
            QVERIFY(row.flagsFinal);
            if (row.agencyId == u"sxd"_s) {
                QCOMPARE(row.reminderLetters, 3);
                QCOMPARE(row.flagCodes(), u"14.2.a 14.3.a"_s);
                QCOMPARE(row.openOverdue.value(), 1); // z01, before the go-live date, is not counted
            }
            if (row.agencyId == u"ubnd-dh"_s) {
                QCOMPARE(row.missedCalls, 1); // September's call; 1 is not over 2
                QVERIFY(!row.flags.contains(reporting::Criterion::MissedCalls));
            }
        }
        const reporting::Evaluation withoutGoLive = reporting::evaluate(m_data, year->window, m_now, {}, {});
        for (const reporting::AgencyEvaluation &row : withoutGoLive.agencies) {
            if (row.agencyId == u"sxd"_s) {
                QCOMPARE(row.openOverdue.value(), 2);
            }
        }
    }

    // A sync batch applied to the live data set gives the figures a fresh load would: a report
    // changed, one removed (the last one's place taken), one new, and the calls of those reports
    // replaced.
    void liveDataSetAppliesABatch()
    {
        reporting::LiveDataset live(m_data);
        reporting::Dataset fresh = m_data;
        // s11 is published at last; s01 leaves the replica; n01 arrives; k01's calls are replaced.
        auto s11 = std::find_if(fresh.reports.begin(), fresh.reports.end(),
                                [](const reporting::ReportFacts &r) { return r.id == u"s11"_s; });
        s11->state = core::ReportState::Published;
        s11->clocks.back().status = core::ClockStatus::Done;
        s11->clocks.back().stoppedAt = ms(u"2026-11-19T09:00:00+07:00"_s);
        s11->clocks.back().onTime = false;
        const reporting::ReportFacts changed = *s11;
        std::erase_if(fresh.reports, [](const reporting::ReportFacts &r) { return r.id == u"s01"_s; });
        reporting::ReportFacts added;
        added.id = u"n01"_s;
        added.state = core::ReportState::Received;
        added.receivedAt = ms(u"2026-11-20T09:55:00+07:00"_s);
        added.urgent = true;
        fresh.reports.push_back(added);
        std::erase_if(fresh.calls, [](const reporting::CallFact &c) { return c.reportId == u"k01"_s; });
        const reporting::CallFact call{u"k01"_s, u"cand"_s, ms(u"2026-11-04T09:00:00+07:00"_s), true};
        fresh.calls.push_back(call);

        const reporting::ReportFacts k01 =
            *std::find_if(fresh.reports.begin(), fresh.reports.end(),
                          [](const reporting::ReportFacts &r) { return r.id == u"k01"_s; });
        live.apply({u"s11"_s, u"s01"_s, u"n01"_s, u"k01"_s}, {changed, added, k01}, {call});
        QCOMPARE(live.data().reports.size(), fresh.reports.size());
        const auto nowLive = reporting::nowFigures(live.data(), m_now, m_calendar, {}, m_options);
        const auto nowFresh = reporting::nowFigures(fresh, m_now, m_calendar, {}, m_options);
        QCOMPARE(sorted(nowLive.open.ids), sorted(nowFresh.open.ids));
        QCOMPARE(sorted(nowLive.overdue.ids), sorted(nowFresh.overdue.ids));
        QCOMPARE(sorted(nowLive.urgentOpen.ids), QStringList({u"g01"_s, u"n01"_s}));
        QVERIFY(!nowLive.overdue.ids.contains(u"s11"_s));
        const auto csv = [this](const reporting::Dataset &data) {
            return reporting::evaluationCsv(reporting::evaluate(data, m_window, m_now, {}, m_options), {}, false);
        };
        QCOMPARE(csv(live.data()), csv(fresh));
        // s11 stopped late on 19/11, after the month: no longer overdue in it, and its lateness
        // counts in the month it settled; cand's missed calls are now the one call k01 has.
        const auto evaluation = reporting::evaluate(live.data(), m_window, m_now, {}, m_options);
        for (const auto &row : evaluation.agencies) {
            if (row.agencyId == u"cand"_s) {
                QCOMPARE(row.missedCalls, 1);
            }
            if (row.agencyId == u"sxd"_s) {
                QCOMPARE(row.processedLate.value(), 0);
                QCOMPARE(row.openOverdue.value(), 0);
            }
        }
    }

    // Figures by area, agency or category tell keys apart by buffer before text (reporting/bykey.h):
    // keys of equal text in separate buffers, as a parser leaves them, meet the same figure as
    // the shared keys of a LiveDataset.
    void keysAreMetByTextWhateverTheirBuffers()
    {
        const auto deepCopy = [](QString &key) {
            key = QString(key.constData(), key.size());
        };
        reporting::Dataset separate = m_data;
        for (reporting::ReportFacts &report : separate.reports) {
            deepCopy(report.areaId);
            deepCopy(report.categoryId);
            deepCopy(report.leadAgencyId);
            for (reporting::ClockFact &clock : report.clocks) {
                deepCopy(clock.agencyId);
            }
        }
        QVERIFY(separate.reports[0].areaId.constData() != separate.reports[1].areaId.constData());
        reporting::LiveDataset live(m_data);
        // The live data set shares one buffer per key, a batch's reports included.
        QHash<QString, const QChar *> buffers;
        reporting::ReportFacts arriving = separate.reports.front();
        arriving.id = u"n02"_s;
        live.apply({arriving.id}, {arriving}, {});
        for (const reporting::ReportFacts &report : live.data().reports) {
            const QChar *buffer = buffers.value(report.areaId, report.areaId.constData());
            QCOMPARE(report.areaId.constData(), buffer);
            buffers.insert(report.areaId, buffer);
        }
        reporting::Dataset withArriving = separate;
        withArriving.reports.push_back(arriving);

        const auto byKey = [](const QHash<QString, reporting::Count> &counts) {
            QMap<QString, QStringList> ids;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                ids.insert(it.key(), sorted(it->ids));
            }
            return ids;
        };
        const auto nowSeparate = reporting::nowFigures(withArriving, m_now, m_calendar, {}, m_options);
        const auto nowShared = reporting::nowFigures(live.data(), m_now, m_calendar, {}, m_options, false);
        QVERIFY(!nowSeparate.openByArea.isEmpty());
        QCOMPARE(byKey(nowShared.openByArea), byKey(nowSeparate.openByArea));
        QCOMPARE(byKey(nowShared.overdueByArea), byKey(nowSeparate.overdueByArea));
        QCOMPARE(byKey(nowShared.overdueByAgency), byKey(nowSeparate.overdueByAgency));
        // The dashboard's figures leave out the list of overdue clocks, and only that.
        QVERIFY(nowShared.overdueClocks.isEmpty());
        QCOMPARE(nowSeparate.overdueClocks.size() > 0, nowSeparate.overdue.value() > 0);
        QCOMPARE(sorted(nowShared.overdue.ids), sorted(nowSeparate.overdue.ids));
        const auto trendSeparate = reporting::trendFigures(withArriving, m_window, m_now, {}, m_options);
        const auto trendShared = reporting::trendFigures(live.data(), m_window, m_now, {}, m_options);
        QVERIFY(!trendSeparate.receivedByCategory.isEmpty());
        QCOMPARE(byKey(trendShared.receivedByCategory), byKey(trendSeparate.receivedByCategory));
        QCOMPARE(byKey(trendShared.receivedByArea), byKey(trendSeparate.receivedByArea));
    }

    void malformedDataSetSaysWhere()
    {
        QString error;
        QJsonObject bad = readJson(u"dataset.json"_s);
        QJsonArray reports = bad.value("reports"_L1).toArray();
        QJsonObject first = reports.at(0).toObject();
        QJsonArray clocks = first.value("clocks"_L1).toArray();
        QJsonObject clock = clocks.at(1).toObject();
        clock.insert("step"_L1, u"procesing"_s);
        clocks.replace(1, clock);
        first.insert("clocks"_L1, clocks);
        reports.replace(0, first);
        bad.insert("reports"_L1, reports);
        QVERIFY(!reporting::datasetFromJson(bad, &error));
        QCOMPARE(error, u"reports[0].clocks[1]: step \"procesing\" is unknown"_s);
    }
};

QTEST_GUILESS_MAIN(TestReporting)
#include "testreporting.moc"
