// Distribution proposals (Điều 10) on the demo province: the area from a GPS point and the lead
// agency from the directory's responsibility rules. The demo's own table of who handles what
// (demo::leadAgencyFor, written independently for seeding) is the known answer.
#include "core/distribution.h"
#include "demodata.h"

#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

core::Directory demoDirectory()
{
    core::Directory directory;
    for (const core::Area &a : server::demo::areas()) {
        directory.addArea(a);
    }
    for (const core::Agency &a : server::demo::agencies()) {
        directory.addAgency(a);
    }
    for (const core::Category &c : server::demo::categories()) {
        directory.addCategory(c);
    }
    return directory;
}

const QDate today(2026, 11, 28);

} // namespace

class TestDistribution final : public QObject
{
    Q_OBJECT

private slots:
    void leadAgencyMatchesTheDemoRules()
    {
        const core::Directory directory = demoDirectory();
        int checked = 0;
        for (const server::demo::Place &place : server::demo::places()) {
            for (const core::Category &category : server::demo::categories()) {
                const auto proposal = core::distribution::proposeLead(directory, place.areaId, category.id);
                QCOMPARE(proposal.agencyId, server::demo::leadAgencyFor(category.id, place.areaId));
                QVERIFY(!proposal.reason.isEmpty());
                ++checked;
            }
        }
        QVERIFY(checked > 50);
        // A provincial department competent for the same category is offered as an alternative.
        const auto road = core::distribution::proposeLead(directory, u"dong-ha"_s, u"road"_s);
        QCOMPARE(road.agencyId, u"ubnd-dong-ha"_s);
        QVERIFY(road.alternatives.contains(u"so-gtvt"_s));
        QVERIFY(road.reason.contains(u"Đông Hà"_s));
    }

    void noCompetentAgencyLeadsToCoordination()
    {
        core::Directory directory = demoDirectory();
        directory.addCategory({u"drones"_s, u"X1"_s, u"Flycam trái phép"_s, false, true, {}, {}, {}});
        const auto proposal = core::distribution::proposeLead(directory, u"dong-ha"_s, u"drones"_s);
        QVERIFY(proposal.agencyId.isEmpty());
        QVERIFY(proposal.reason.contains(u"16"_s));
    }

    void areaFromTheGpsPoint()
    {
        const core::Directory directory = demoDirectory();
        for (const server::demo::Place &place : server::demo::places()) {
            const auto proposal = core::distribution::proposeArea(directory, place.latitude, place.longitude, today);
            QCOMPARE(proposal.areaId, place.areaId);
            QVERIFY(!proposal.outside);
        }
        // Out at sea, east of the coast: the nearest area, with a warning and the distance.
        const auto sea = core::distribution::proposeArea(directory, 16.95, 107.60, today);
        QVERIFY(sea.outside);
        QVERIFY(!sea.areaId.isEmpty());
        QVERIFY(sea.distanceMetres > 1000);
        QVERIFY(sea.reason.contains(QString::number(qRound(sea.distanceMetres))));
    }

    void upperLevelAgencies()
    {
        const core::Directory directory = demoDirectory();
        QCOMPARE(core::distribution::upperLevels(directory, u"pccc"_s), QStringList{u"cong-an"_s});
        QCOMPARE(core::distribution::upperLevels(directory, u"ubnd-dong-ha"_s), QStringList{u"ubnd-tinh"_s});
        QVERIFY(core::distribution::upperLevels(directory, u"so-gtvt"_s).isEmpty());
        // A loop in bad reference data ends.
        core::Directory looped;
        looped.addAgency({u"a"_s, {}, u"A"_s, u"b"_s, {}, {}, {}, {}, false, true});
        looped.addAgency({u"b"_s, {}, u"B"_s, u"a"_s, {}, {}, {}, {}, false, true});
        QCOMPARE(core::distribution::upperLevels(looped, u"a"_s), QStringList{u"b"_s});
    }
};

QTEST_GUILESS_MAIN(TestDistribution)
#include "testdistribution.moc"
