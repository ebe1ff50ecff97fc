#include "core/sanctions.h"
#include "core/vntime.h"

#include <QTest>

using namespace ioc::core;
using namespace Qt::StringLiterals;

class TestSanctions final : public QObject
{
    Q_OBJECT

private slots:
    void accountLockNeedsMoreThanTwoViolations()
    {
        const Actor officer{u"truc1"_s, Role::DutyOfficer, {}};
        const QDateTime now = *vntime::parseIso8601(u"2026-12-01T09:00");
        const QJsonObject reason{{u"reason"_s, u"Vi phạm Điều 5.5"_s}};
        AccountStatus status;
        status.violations = 2;
        QCOMPARE(applyAccountAction(status, officer, AccountAction::LockAccount, reason, now).error().code(),
                 u"not_flagged"_s);
        status.violations = 3;
        QCOMPARE(applyAccountAction(status, officer, AccountAction::LockAccount, {}, now).error().code(),
                 u"reason_required"_s);
        const auto locked = applyAccountAction(status, officer, AccountAction::LockAccount, reason, now);
        QVERIFY(locked.value().locked);
        QCOMPARE(applyAccountAction(locked.value(), {u"gs"_s, Role::AgencyStaff, u"a"_s}, AccountAction::UnlockAccount,
                                    reason, now)
                     .error()
                     .code(),
                 u"role_not_allowed"_s);
        QVERIFY(!applyAccountAction(locked.value(), {u"gs"_s, Role::Supervisor, {}}, AccountAction::UnlockAccount,
                                    reason, now)
                     .value()
                     .locked);
    }

    void interactionLockLastsAMonth()
    {
        const Actor officer{u"truc1"_s, Role::DutyOfficer, {}};
        const QDateTime now = *vntime::parseIso8601(u"2026-12-01T09:00");
        const QJsonObject reason{{u"reason"_s, u"Tương tác vi phạm"_s}};
        AccountStatus status;
        // Three violations, but one is older than a month: not flagged.
        status.interactionViolations = {now.addDays(-40), now.addDays(-10), now.addDays(-1)};
        QVERIFY(!status.interactionsFlagged(now));
        status.interactionViolations.append(now.addDays(-2));
        QVERIFY(status.interactionsFlagged(now));
        const auto locked = applyAccountAction(status, officer, AccountAction::LockInteractions, reason, now);
        QCOMPARE(locked.value().interactionsLockedUntil, *vntime::parseIso8601(u"2027-01-01T09:00"));
        QVERIFY(locked.value().interactionsLocked(now.addDays(30)));
        QVERIFY(!locked.value().interactionsLocked(now.addDays(31)));
        QCOMPARE(
            applyAccountAction(locked.value(), officer, AccountAction::LockInteractions, reason, now).error().code(),
            u"already_locked"_s);
    }
};

QTEST_GUILESS_MAIN(TestSanctions)
#include "testsanctions.moc"
