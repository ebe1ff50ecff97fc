#include "core/visibility.h"

#include <QTest>

using namespace ioc::core;
using namespace Qt::StringLiterals;

class TestVisibility final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_directory = Directory();
        // province department ← city people's committee ← ward
        m_directory.addAgency(agency(u"so-gtvt"_s, {}));
        m_directory.addAgency(agency(u"ubnd-dongha"_s, u"so-gtvt"_s));
        m_directory.addAgency(agency(u"ubnd-phuong1"_s, u"ubnd-dongha"_s));
        m_directory.addAgency(agency(u"dien-luc"_s, {}));
        m_directory.addAgency(agency(u"cong-an"_s, {}));
        m_report = Report();
        m_report.leadAgencyId = u"ubnd-phuong1"_s;
        m_report.coordinatingAgencyIds = {u"dien-luc"_s};
        m_report.reporter.accountId = u"citizen-1"_s;
        m_report.state = ReportState::InProgress;
    }

    void ioc()
    {
        for (const Role role : {Role::DutyOfficer, Role::Supervisor, Role::System}) {
            m_report.hidden = true;
            const ReportAccess access = reportAccess({u"u"_s, role, {}}, m_report, m_directory);
            QVERIFY(access.report && access.identity);
        }
        QVERIFY(!reportAccess({u"admin"_s, Role::Admin, {}}, m_report, m_directory).report);
        // A connected system reads only what it filed, which the server decides (not this rule).
        QVERIFY(!reportAccess({u"ketnoi"_s, Role::ConnectedSystem, {}}, m_report, m_directory).report);
    }

    void agencies()
    {
        const auto sees = [this](const QString &agency) {
            return reportAccess({u"u"_s, Role::AgencyStaff, agency}, m_report, m_directory);
        };
        QVERIFY(sees(u"ubnd-phuong1"_s).report); // lead
        QVERIFY(sees(u"dien-luc"_s).report);     // coordinating (10.5)
        QVERIFY(sees(u"ubnd-dongha"_s).report);  // upper level (10.3)
        QVERIFY(sees(u"so-gtvt"_s).report);      // upper level, two steps up
        QVERIFY(!sees(u"cong-an"_s).report);
        QVERIFY(!sees(QString()).report);
        // Identity only with the reporter's consent (5.6).
        QVERIFY(!sees(u"ubnd-phuong1"_s).identity);
        m_report.consents.shareWithAgency = true;
        QVERIFY(sees(u"ubnd-phuong1"_s).identity);
        QVERIFY(!sees(u"cong-an"_s).identity);
        // Hidden reports stay visible to the agencies that must process them (14.1.c).
        m_report.hidden = true;
        QVERIFY(sees(u"ubnd-phuong1"_s).report);
        // After a move to another agency, the old one no longer sees it.
        m_report.leadAgencyId = u"cong-an"_s;
        m_report.coordinatingAgencyIds.clear();
        QVERIFY(!sees(u"ubnd-phuong1"_s).report);
        QVERIFY(!sees(u"so-gtvt"_s).report);
        QCOMPARE(agenciesSeeing(m_report, m_directory), QStringList{u"cong-an"_s});
    }

    void citizens()
    {
        const auto access = [this](const QString &id) {
            return reportAccess({id, Role::Citizen, {}}, m_report, m_directory);
        };
        QVERIFY(access(u"citizen-1"_s).report && access(u"citizen-1"_s).identity);
        QVERIFY(!access(u"citizen-2"_s).report);
        m_report.state = ReportState::Published;
        QVERIFY(access(u"citizen-2"_s).report);
        QVERIFY(!access(u"citizen-2"_s).identity);
        m_report.consents.publishIdentity = true;
        QVERIFY(access(u"citizen-2"_s).identity);
        for (auto change : {+[](Report &r) { r.hidden = true; }, +[](Report &r) { r.isPublic = false; },
                            +[](Report &r) {
                                r.confidentialPublication = true;
                            }}) {
            Report copy = m_report;
            change(copy);
            QVERIFY(!reportAccess({u"citizen-2"_s, Role::Citizen, {}}, copy, m_directory).report);
            QVERIFY(reportAccess({u"citizen-1"_s, Role::Citizen, {}}, copy, m_directory).report);
        }
    }

    void cyclesInTheAgencyTreeAreCut()
    {
        m_directory.addAgency(agency(u"so-gtvt"_s, u"ubnd-phuong1"_s));
        QCOMPARE(m_directory.upperLevelAgencies(u"ubnd-phuong1"_s), (QStringList{u"ubnd-dongha"_s, u"so-gtvt"_s}));
    }

private:
    static Agency agency(const QString &id, const QString &parent)
    {
        Agency a;
        a.id = id;
        a.parentId = parent;
        return a;
    }

    Directory m_directory;
    Report m_report;
};

QTEST_GUILESS_MAIN(TestVisibility)
#include "testvisibility.moc"
