#include "core/slapolicy.h"
#include "core/vntime.h"
#include "core/workingcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ioc::core;
using namespace Qt::StringLiterals;

class TestSlaPolicy final : public QObject
{
    Q_OBJECT

private slots:
    // The default policy is PRODUCT.md §9, step by step.
    void defaultsMatchTheRegulation_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("normal");
        QTest::addColumn<QString>("urgent");
        const QList<std::array<const char *, 3>> table{
            {"verify_identity", "4wh", "30min"}, {"reply_invalid", "1wd", "1wd"}, {"supplement", "48h", "48h"},
            {"distribute", "1wh", "30min"},      {"accept", "30wm", "30min"},     {"dispatch", "", "30min"},
            {"return", "60wm", "60wm"},          {"decline", "1wd", "1wd"},       {"process", "6wd", "6wd"},
            {"result_update", "", "1h"},         {"approve", "1wd", "1h"},        {"publish", "1wh", "1wh"},
            {"template_fix", "30wm", "30wm"},    {"result_fix", "60wm", "60wm"},  {"interaction", "1wd", "1wd"},
            {"coordination", "1wd", "1wd"},      {"status_notice", "1wd", "1wd"}, {"commitment", "", ""}};
        for (const auto &row : table) {
            QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1])
                                  << QString::fromLatin1(row[2]);
        }
    }

    void defaultsMatchTheRegulation()
    {
        QFETCH(QString, step);
        QFETCH(QString, normal);
        QFETCH(QString, urgent);
        const SlaPolicy &policy = SlaPolicy::defaults();
        const ClockStep s = *clockStepFromName(step);
        const auto n = policy.duration(s, false);
        const auto u = policy.duration(s, true);
        QCOMPARE(n ? n->toString() : QString(), normal);
        QCOMPARE(u ? u->toString() : QString(), urgent);
        QVERIFY(!policy.step(s).source.isEmpty());
    }

    void judgingClocks()
    {
        QCOMPARE(clockKind(ClockStep::ReplyInvalid), ClockKind::Judging);
        QCOMPARE(clockKind(ClockStep::Return), ClockKind::Judging);
        QCOMPARE(clockKind(ClockStep::Decline), ClockKind::Judging);
        int countdowns = 0;
        for (const ClockStep step : allClockSteps()) {
            countdowns += clockKind(step) == ClockKind::Countdown ? 1 : 0;
        }
        QCOMPARE(countdowns, 15); // status_notice and commitment count down too
    }

    void durations()
    {
        QCOMPARE(SlaDuration::parse(u"6wd")->seconds(480), 6 * 8 * 3600);
        QCOMPARE(SlaDuration::parse(u"48h")->seconds(480), 48 * 3600);
        QCOMPARE(SlaDuration::parse(u"2d")->seconds(480), 2 * 86400);
        QCOMPARE(SlaDuration::parse(u"1wd")->seconds(450), 450 * 60);
        QVERIFY(SlaDuration::parse(u"30wm")->isWorkingTime());
        QVERIFY(!SlaDuration::parse(u"30min")->isWorkingTime());
        for (const char *bad : {"", "wd", "0wd", "-1h", "1 h", "1w", "1.5h", "1H"}) {
            QVERIFY2(!SlaDuration::parse(QString::fromLatin1(bad)).has_value(), bad);
        }
    }

    void nightIntakeRule()
    {
        const SlaPolicy &policy = SlaPolicy::defaults();
        const auto vn = [](int h, int m) {
            return vntime::fromLocal(QDate(2026, 12, 1), QTime(h, m));
        };
        QCOMPARE(policy.effectiveStart(ClockStep::Distribute, false, vn(0, 0)), vn(7, 0));
        QCOMPARE(policy.effectiveStart(ClockStep::Distribute, false, vn(6, 59)), vn(7, 0));
        QCOMPARE(policy.effectiveStart(ClockStep::ReplyInvalid, false, vn(3, 0)), vn(7, 0));
        QCOMPARE(policy.effectiveStart(ClockStep::Distribute, false, vn(7, 0)), vn(7, 0));
        QCOMPARE(policy.effectiveStart(ClockStep::Distribute, false, vn(23, 59)), vn(23, 59));
        QCOMPARE(policy.effectiveStart(ClockStep::Distribute, true, vn(3, 0)), vn(3, 0));
        // Only intake clocks: a supplement deadline set at night runs from then.
        QCOMPARE(policy.effectiveStart(ClockStep::Supplement, false, vn(3, 0)), vn(3, 0));
    }

    void badPolicies_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QByteArray("[") << u"SLA policy: not valid JSON"_s;
        QTest::newRow("version") << QByteArray(R"({"version": 3, "steps": {}})")
                                 << u"SLA policy: \"version\" must be 1"_s;
        QTest::newRow("unknown step") << QByteArray(R"({"version": 1, "steps": {"lunch": {"normal": "1h"}}})")
                                      << u"SLA policy: unknown step \"lunch\""_s;
        QTest::newRow("bad duration") << QByteArray(R"({"version": 1, "steps": {"process": {"normal": "six days"}}})")
                                      << u"SLA policy: steps.process.normal: \"six days\" is not a duration"_s;
        QTest::newRow("missing step") << QByteArray(R"({"version": 1, "steps": {"process": {"normal": "6wd"}}})")
                                      << u"SLA policy: step \"verify_identity\" is missing"_s;
        QTest::newRow("upload quota") << QByteArray(
                                             R"({"version": 1, "uploads": {"citizen_daily_mb": -1}, "steps": {}})")
                                      << u"SLA policy: uploads.citizen_daily_mb must be a whole number"_s;
        QTest::newRow("upload expiry") << QByteArray(
                                              R"({"version": 1, "uploads": {"unattached_expiry": "1wd"}, "steps": {}})")
                                       << u"SLA policy: uploads.unattached_expiry must be calendar time"_s;
        QTest::newRow("upload key") << QByteArray(R"({"version": 1, "uploads": {"per_day": 1}, "steps": {}})")
                                    << u"SLA policy: unknown key \"uploads.per_day\""_s;
        QTest::newRow("totp role")
            << QByteArray(R"({"version": 1, "sign_in": {"totp_required_roles": ["admin", "system"]}, "steps": {}})")
            << u"SLA policy: sign_in.totp_required_roles: \"system\" is not a role"_s;
        QTest::newRow("totp list") << QByteArray(
                                          R"({"version": 1, "sign_in": {"totp_required_roles": "admin"}, "steps": {}})")
                                   << u"SLA policy: sign_in.totp_required_roles must be a list of roles"_s;
        QTest::newRow("reporting sample")
            << QByteArray(R"({"version": 1, "reporting": {"minimum_sample": 0}, "steps": {}})")
            << u"SLA policy: reporting.minimum_sample must be a whole number from 1 to 1000"_s;
        QTest::newRow("reporting go-live")
            << QByteArray(R"({"version": 1, "reporting": {"go_live": "1/2/2026"}, "steps": {}})")
            << u"SLA policy: reporting.go_live must be a date such as 2025-01-01"_s;
        QTest::newRow("reporting day") << QByteArray(
                                              R"({"version": 1, "reporting": {"period_first_day": 31}, "steps": {}})")
                                       << u"SLA policy: reporting.period_first_day must be a day from 1 to 28"_s;
        QTest::newRow("reporting key") << QByteArray(R"({"version": 1, "reporting": {"golive": "x"}, "steps": {}})")
                                       << u"SLA policy: unknown key \"reporting.golive\""_s;
    }

    // The supervision figures' settings (PRODUCT.md §11): defaults, and a round trip.
    void reportingSettings()
    {
        const SlaPolicy::Reporting defaults = SlaPolicy::defaults().reporting();
        QCOMPARE(defaults.minimumSample, 5);
        QVERIFY(!defaults.goLive.isValid());
        QCOMPARE(defaults.periodFirstDay, 15);
        QCOMPARE(defaults.reportDueDay, 20);
        QJsonObject json = SlaPolicy::defaults().toJson();
        json.insert(u"reporting"_s, QJsonObject{{u"minimum_sample"_s, 10}, {u"go_live"_s, u"2026-02-01"_s}});
        QString error;
        const auto changed = SlaPolicy::fromJson(QJsonDocument(json).toJson(), &error);
        QVERIFY2(changed, qPrintable(error));
        const auto reread = SlaPolicy::fromJson(QJsonDocument(changed->toJson()).toJson(), &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(reread->reporting().minimumSample, 10);
        QCOMPARE(reread->reporting().goLive, QDate(2026, 2, 1));
        QCOMPARE(reread->reporting().periodFirstDay, 15);
    }

    // Who must sign in with a one-time code: administrators and supervisors unless the policy
    // says otherwise; it survives a round trip.
    void totpRoles()
    {
        const SlaPolicy &policy = SlaPolicy::defaults();
        QVERIFY(policy.requiresTotp(Role::Admin));
        QVERIFY(policy.requiresTotp(Role::Supervisor));
        QVERIFY(!policy.requiresTotp(Role::DutyOfficer));
        QVERIFY(!policy.requiresTotp(Role::Citizen));
        QJsonObject json = policy.toJson();
        json.insert(u"sign_in"_s, QJsonObject{{u"totp_required_roles"_s, QJsonArray{u"duty_officer"_s}}});
        QString error;
        const auto changed = SlaPolicy::fromJson(QJsonDocument(json).toJson(), &error);
        QVERIFY2(changed, qPrintable(error));
        QVERIFY(changed->requiresTotp(Role::DutyOfficer));
        QVERIFY(!changed->requiresTotp(Role::Admin));
        const auto reread = SlaPolicy::fromJson(QJsonDocument(changed->toJson()).toJson(), &error);
        QCOMPARE(reread->totpRequiredRoles(), QStringList{u"duty_officer"_s});
    }

    void uploadLimits()
    {
        QCOMPARE(SlaPolicy::defaults().citizenUploadBytesPerDay(), 200LL * 1024 * 1024);
        QCOMPARE(SlaPolicy::defaults().unattachedUploadSeconds(), 24 * 3600);
        QString error;
        const auto reread = SlaPolicy::fromJson(QJsonDocument(SlaPolicy::defaults().toJson()).toJson(), &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(reread->citizenUploadBytesPerDay(), 200LL * 1024 * 1024);
        QCOMPARE(reread->unattachedUploadSeconds(), 24 * 3600);
    }

    void badPolicies()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!SlaPolicy::fromJson(json, &actual).has_value());
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
    }

    void jsonRoundTrip()
    {
        const QByteArray json = QJsonDocument(SlaPolicy::defaults().toJson()).toJson();
        QString error;
        const auto reread = SlaPolicy::fromJson(json, &error);
        QVERIFY2(reread.has_value(), qPrintable(error));
        for (const ClockStep step : allClockSteps()) {
            QCOMPARE(reread->duration(step, false), SlaPolicy::defaults().duration(step, false));
            QCOMPARE(reread->duration(step, true), SlaPolicy::defaults().duration(step, true));
        }
        QCOMPARE(reread->step(ClockStep::StatusNotice).every, SlaDuration::parse(u"6wd"));
        QCOMPARE(reread->step(ClockStep::Accept).literal, SlaDuration::parse(u"30min"));
        // A province may set "return" to Phụ lục 2's one day.
        const auto changed = withStep(u"return"_s, u"normal"_s, u"1wd"_s);
        QVERIFY(changed.has_value());
        QCOMPARE(changed->duration(ClockStep::Return, false)->toString(), u"1wd"_s);
    }

    // A policy file written before status_notice and commitment existed still loads.
    void olderPoliciesTakeTheNewStepsDefaults()
    {
        QJsonObject root = SlaPolicy::defaults().toJson();
        QJsonObject steps = root.value(u"steps"_s).toObject();
        steps.remove(u"status_notice"_s);
        steps.remove(u"commitment"_s);
        root.insert(u"steps"_s, steps);
        QString error;
        const auto policy = SlaPolicy::fromJson(QJsonDocument(root).toJson(), &error);
        QVERIFY2(policy.has_value(), qPrintable(error));
        QCOMPARE(policy->step(ClockStep::StatusNotice).every, SlaDuration::parse(u"6wd"));
        QCOMPARE(policy->duration(ClockStep::StatusNotice, false), SlaDuration::parse(u"1wd"));
        QVERIFY(!policy->duration(ClockStep::Commitment, false).has_value());
    }

    // The steps whose words do not say "làm việc" carry their literal unit; the product reads
    // working time, and a policy that sets the literal unit gets calendar time. Both run: from a
    // Friday at 16:45, each literal reading falls due the same evening or over the weekend, the
    // working reading on Monday.
    void readingChoicesRunBothWays()
    {
        const SlaPolicy &policy = SlaPolicy::defaults();
        const WorkingCalendar calendar;
        const QDateTime friday = vntime::fromLocal(QDate(2026, 12, 4), QTime(16, 45));
        QStringList literal;
        for (const ClockStep step : allClockSteps()) {
            const SlaPolicy::Step s = policy.step(step);
            if (clockStepName(step) != u"commitment"_s) {
                QVERIFY2(!s.words.isEmpty(), qPrintable(clockStepName(step)));
            }
            if (!s.literal) {
                continue;
            }
            literal.append(clockStepName(step));
            QVERIFY2(!s.reading.isEmpty(), qPrintable(clockStepName(step)));
            QVERIFY(!s.literal->isWorkingTime());
            const bool notice = step == ClockStep::StatusNotice;
            const SlaDuration product = notice ? *s.every : *s.normal;
            QVERIFY(product.isWorkingTime());
            QCOMPARE(product.amount, s.literal->amount);

            const auto literally =
                withStep(clockStepName(step), notice ? u"every"_s : u"normal"_s, s.literal->toString());
            QVERIFY(literally.has_value());
            const qint64 seconds = s.literal->seconds(calendar.workingDayMinutes());
            const QDateTime calendarDue = friday.addSecs(seconds);
            const QDateTime workingDue =
                calendar.addWorkingSeconds(friday, product.seconds(calendar.workingDayMinutes()));
            QVERIFY2(calendarDue != workingDue, qPrintable(clockStepName(step)));
            if (notice) {
                QCOMPARE(literally->step(step).every, s.literal);
            } else {
                QCOMPARE(literally->dueAt(step, false, friday, calendar), calendarDue);
                QCOMPARE(policy.dueAt(step, false, friday, calendar), workingDue);
                QVERIFY(workingDue > calendarDue); // the working reading waits for Monday
            }
        }
        QCOMPARE(literal, (QStringList{u"accept"_s, u"return"_s, u"decline"_s, u"publish"_s, u"template_fix"_s,
                                       u"result_fix"_s, u"interaction"_s, u"status_notice"_s}));
    }

private:
    // The default policy with one value of one step changed.
    static std::optional<SlaPolicy> withStep(const QString &step, const QString &key, const QString &value)
    {
        QJsonObject root = SlaPolicy::defaults().toJson();
        QJsonObject steps = root.value(u"steps"_s).toObject();
        QJsonObject entry = steps.value(step).toObject();
        entry.insert(key, value);
        steps.insert(step, entry);
        root.insert(u"steps"_s, steps);
        QString error;
        return SlaPolicy::fromJson(QJsonDocument(root).toJson(), &error);
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "testslapolicy.moc"
