#include "simulator.h"

#include "core/vntime.h"
#include "demodata.h"
#include "demophotos.h"
#include "media/examine.h"
#include "services.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ioc::server {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Simulator::Simulator(Services &services, double actionsPerMinute, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_perMinute(actionsPerMinute)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_services.ready) {
            const QString done = step();
            if (!done.isEmpty()) {
                qInfo("ioc-server: simulator: %s", qPrintable(done));
            }
        }
        schedule();
    });
    schedule();
}

void Simulator::schedule()
{
    // Exponential gaps: a Poisson process of the requested rate.
    const double mean = 60000.0 / m_perMinute;
    const double gap = -mean * std::log(1.0 - m_random.generateDouble() * 0.999);
    m_timer.start(int(std::clamp(gap, 50.0, 10 * mean)));
}

QString Simulator::step()
{
    const int dice = m_random.bounded(100);
    QString done;
    if (dice < 30) {
        done = citizenReports();
    } else if (dice < 45) {
        done = citizenFollowsUp();
    } else if (dice < 85) {
        done = agencyWorks();
    } else {
        done = leaderDecides();
    }
    return done;
}

bool Simulator::act(const QString &userId, const QString &reportId, int version, const QString &action,
                    const QJsonObject &payload)
{
    const auto user = m_services.users.user(userId);
    if (!user) {
        return false;
    }
    const core::Actor actor{user->id, user->role, user->agencyId};
    const QJsonObject body{{QStringLiteral("action"), action}, {QStringLiteral("payload"), payload}};
    const ApiResult result =
        m_services.reports.act(actor, reportId, compact(body), '"' + QByteArray::number(version) + '"', newKey());
    return result.status == 200;
}

QString Simulator::citizenReports()
{
    const QList<demo::Person> citizens = demo::citizens();
    const demo::Person &citizen = citizens.at(m_random.bounded(int(citizens.size())));
    const QList<core::Category> categories = demo::categories();
    const core::Category &category = categories.at(m_random.bounded(int(categories.size())));
    const demo::Place &place = demo::places().at(m_random.bounded(int(demo::places().size())));
    const double lat = place.latitude + (m_random.generateDouble() - 0.5) * 0.01;
    const double lon = place.longitude + (m_random.generateDouble() - 0.5) * 0.01;
    const demo::Text text = demo::reportText(category.id, place, m_random.generate());
    const QDateTime now = m_services.clock.now();

    demo::PhotoSpec spec;
    spec.categoryId = category.id;
    spec.seed = m_random.generate();
    spec.latitude = lat;
    spec.longitude = lon;
    spec.takenAt = now.addSecs(-60 * (1 + m_random.bounded(30)));
    const QByteArray photo = demo::makePhoto(spec);
    const media::Examination examination = media::examine(photo, media::MediaClass::Image);
    QString error;
    const QString sha =
        m_services.media.storeWhole(photo, QStringLiteral("image/jpeg"), examination.facts, citizen.id, now, &error);
    if (sha.isEmpty()) {
        return {};
    }
    const demo::Reporter reporter = demo::reporter(m_random.generate(), true);
    const QJsonObject body{
        {QStringLiteral("title"), text.title},
        {QStringLiteral("content"), text.content},
        {QStringLiteral("category_id"), category.id},
        {QStringLiteral("channel"), QStringLiteral("mobile_app")},
        {QStringLiteral("position"), QJsonObject{{QStringLiteral("latitude"), lat},
                                                 {QStringLiteral("longitude"), lon},
                                                 {QStringLiteral("area_id"), place.areaId},
                                                 {QStringLiteral("source"), QStringLiteral("device_gps")}}},
        {QStringLiteral("reporter"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                                                 {QStringLiteral("full_name"), citizen.name},
                                                 {QStringLiteral("phone"), reporter.phone},
                                                 {QStringLiteral("citizen_id"), reporter.citizenId},
                                                 {QStringLiteral("address"), reporter.address}}},
        {QStringLiteral("consents"), QJsonObject{{QStringLiteral("share_with_agency"), m_random.bounded(2) == 0}}},
        {QStringLiteral("media"), QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha},
                                                         {QStringLiteral("file_name"), QStringLiteral("IMG.jpg")}}}}};
    const ApiResult result = m_services.reports.create({citizen.id, core::Role::Citizen, {}}, compact(body), newKey());
    return result.status == 201 ? QStringLiteral("%1 reported \"%2\"").arg(citizen.id, text.title) : QString();
}

QString Simulator::citizenFollowsUp()
{
    // A supplement to a report waiting for one.
    for (const core::Report &report : m_services.reports.sampleInState(core::ReportState::AwaitingSupplement, 3)) {
        if (!report.reporter.accountId.isEmpty() &&
            act(report.reporter.accountId, report.id, report.version, QStringLiteral("supplement"),
                {{QStringLiteral("content"),
                  QString(report.content + QStringLiteral(" Bổ sung: sự việc vẫn đang tiếp diễn."))}})) {
            return QStringLiteral("%1 supplemented %2").arg(report.reporter.accountId, report.code);
        }
    }
    // A rating, sometimes unhappy, for a published report.
    for (const core::Report &report : m_services.reports.sampleInState(core::ReportState::Published, 5)) {
        if (report.reporter.accountId.isEmpty()) {
            continue;
        }
        if (report.rating == core::Satisfaction::NotSatisfied && report.interactions.isEmpty()) {
            // Unhappy, the citizen asks what will be done (13.2).
            if (act(report.reporter.accountId, report.id, report.version, QStringLiteral("interact"),
                    {{QStringLiteral("text"), QStringLiteral("Sự việc vẫn chưa được khắc phục triệt để.")}})) {
                return QStringLiteral("%1 asked about %2").arg(report.reporter.accountId, report.code);
            }
        }
        if (report.rating) {
            continue;
        }
        static const char *levels[] = {"satisfied", "satisfied", "acceptable", "not_satisfied"};
        const QString level = QString::fromLatin1(levels[m_random.bounded(4)]);
        if (act(report.reporter.accountId, report.id, report.version, QStringLiteral("rate"),
                {{QStringLiteral("level"), level}})) {
            return QStringLiteral("%1 rated %2 %3").arg(report.reporter.accountId, report.code, level);
        }
    }
    return {};
}

QString Simulator::agencyWorks()
{
    using S = core::ReportState;
    const int dice = m_random.bounded(100);
    if (dice < 40) {
        for (const core::Report &report : m_services.reports.sampleInState(S::Distributed, 3)) {
            const QString staff = demo::staffOf(report.leadAgencyId);
            if (m_random.bounded(10) == 0) {
                if (act(staff, report.id, report.version, QStringLiteral("return_not_competent"),
                        {{QStringLiteral("reason"), QStringLiteral("Không thuộc thẩm quyền của đơn vị")}})) {
                    return QStringLiteral("%1 returned %2").arg(staff, report.code);
                }
            } else if (act(staff, report.id, report.version, QStringLiteral("agency_accept"), {})) {
                return QStringLiteral("%1 accepted %2").arg(staff, report.code);
            }
        }
        return {};
    }
    if (dice < 85) {
        for (const core::Report &report : m_services.reports.sampleInState(S::InProgress, 3)) {
            const QString staff = demo::staffOf(report.leadAgencyId);
            if (report.urgent && !report.dispatched) {
                if (act(staff, report.id, report.version, QStringLiteral("dispatch"),
                        {{QStringLiteral("note"), QStringLiteral("Đã điều lực lượng đến hiện trường")}})) {
                    return QStringLiteral("%1 dispatched %2").arg(staff, report.code);
                }
                continue;
            }
            // An extension (11.2.b): the staff propose it on one of its grounds, the leader decides.
            const QString leader = demo::leaderOf(report.leadAgencyId);
            if (report.extensionProposal.isValid()) {
                if (act(leader, report.id, report.version, QStringLiteral("extend"),
                        {{QStringLiteral("approve"), true}})) {
                    return QStringLiteral("%1 approved the extension of %2").arg(leader, report.code);
                }
                continue;
            }
            if (m_random.bounded(10) == 0 && report.latestClock(core::ClockStep::Commitment) == nullptr) {
                const QDateTime due = m_services.clock.now().addDays(10);
                if (act(staff, report.id, report.version, QStringLiteral("propose_extension"),
                        {{QStringLiteral("ground"), QStringLiteral("complex")},
                         {QStringLiteral("reason"), QStringLiteral("Cần thêm thời gian khảo sát, lập dự toán")},
                         {QStringLiteral("new_due"), core::vntime::toIso8601(due)}})) {
                    return QStringLiteral("%1 proposed to extend %2").arg(staff, report.code);
                }
                continue;
            }
            if (act(staff, report.id, report.version, QStringLiteral("submit_result"),
                    {{QStringLiteral("result"), QStringLiteral("Đơn vị đã kiểm tra, xử lý xong tại hiện trường.")}})) {
                return QStringLiteral("%1 submitted the result of %2").arg(staff, report.code);
            }
        }
        return {};
    }
    for (const core::Report &report : m_services.reports.sampleInState(S::Published, 5)) {
        if (report.hasOpenInteraction() &&
            act(demo::staffOf(report.leadAgencyId), report.id, report.version, QStringLiteral("answer_interaction"),
                {{QStringLiteral("text"), QStringLiteral("Đơn vị đã tiếp thu và sẽ kiểm tra lại.")}})) {
            return QStringLiteral("answered on %1").arg(report.code);
        }
    }
    return {};
}

QString Simulator::leaderDecides()
{
    using S = core::ReportState;
    for (const core::Report &report : m_services.reports.sampleInState(S::AwaitingApproval, 3)) {
        const QString leader = demo::leaderOf(report.leadAgencyId);
        if (m_random.bounded(5) == 0) {
            if (act(leader, report.id, report.version, QStringLiteral("leader_return"),
                    {{QStringLiteral("comment"), QStringLiteral("Bổ sung hình ảnh kết quả trước khi trình.")}})) {
                return QStringLiteral("%1 sent %2 back").arg(leader, report.code);
            }
        } else if (act(leader, report.id, report.version, QStringLiteral("leader_approve"), {})) {
            return QStringLiteral("%1 approved %2").arg(leader, report.code);
        }
    }
    for (const S state : {S::TemplateFix, S::ResultFix}) {
        for (const core::Report &report : m_services.reports.sampleInState(state, 2)) {
            const QString staff = demo::staffOf(report.leadAgencyId);
            if (act(staff, report.id, report.version, QStringLiteral("resubmit"),
                    {{QStringLiteral("result"),
                      QString(report.resultText + QStringLiteral(" (đã chỉnh theo mẫu)"))}})) {
                return QStringLiteral("%1 resubmitted %2").arg(staff, report.code);
            }
        }
    }
    return {};
}

} // namespace ioc::server
