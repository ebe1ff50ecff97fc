#include "support/serverdata.h"

#include "accountstore.h"
#include "auditlog.h"
#include "changefeed.h"
#include "core/reportjson.h"
#include "idempotencystore.h"
#include "mediastore.h"
#include "referencestore.h"
#include "reportservice.h"
#include "serverdatabase.h"

#include <QDir>

namespace ioc::test {

void prepareServerData(const QString &dataDirectory, int count, const QString &postgresUrl, bool withEvents)
{
    QDir().mkpath(dataDirectory);
    QString error;
    auto db = postgresUrl.isEmpty() ? server::ServerDatabase::openEmbedded(dataDirectory, {}, &error)
                                    : server::ServerDatabase::openPostgres(postgresUrl, &error);
    if (!db) {
        qFatal("cannot open %s: %s", qPrintable(dataDirectory), qPrintable(error));
    }
    server::ReferenceStore reference(*db);
    server::ChangeFeed feed(*db);
    server::AuditLog audit(*db);
    server::IdempotencyStore idempotency(*db);
    server::AccountStore accounts(*db);
    server::MediaStore media(*db);
    server::ReportService reports(*db, reference, feed, audit, idempotency, accounts, media, core::Clock::system());
    QList<server::ReportService::Imported> batch;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < count; ++n) {
        core::Report report;
        report.id = QStringLiteral("bulk-%1").arg(n, 6, 10, QLatin1Char('0'));
        report.code = QStringLiteral("T-%1").arg(n, 6, 10, QLatin1Char('0'));
        report.version = 1;
        report.title = QStringLiteral("Phản ánh số %1").arg(n);
        report.content = QStringLiteral("Nội dung phản ánh thử nghiệm số %1 tại Đông Hà.").arg(n);
        report.categoryId = QStringLiteral("road");
        report.position = {16.8 + (n % 100) / 10000.0, 107.1, QStringLiteral("Đông Hà"), QStringLiteral("dong-ha"),
                           core::PositionSource::DeviceGps};
        report.receivedAt = now.addSecs(-n);
        report.leadAgencyId = n % 2 == 0 ? QStringLiteral("ubnd-dong-ha") : QStringLiteral("so-gtvt");
        report.state = core::ReportState::Distributed;
        report.reporter.fullName = QStringLiteral("Người phản ánh %1").arg(n);
        QList<core::ReportEvent> events;
        if (withEvents) {
            core::ReportEvent created;
            created.action = QStringLiteral("create");
            created.actorId = QStringLiteral("system");
            created.actedAt = report.receivedAt;
            created.receivedAt = report.receivedAt;
            created.version = 1;
            core::ReportEvent distributed = created;
            distributed.action = QStringLiteral("distribute");
            distributed.actorRole = core::Role::DutyOfficer;
            distributed.actedAt = distributed.receivedAt = report.receivedAt.addSecs(60);
            distributed.fromState = core::ReportState::Verified;
            distributed.toState = core::ReportState::Distributed;
            distributed.payload = {{QStringLiteral("lead_agency_id"), report.leadAgencyId}};
            events = {created, distributed};
        }
        batch.append({report, events});
    }
    if (!reports.import(batch, &error)) {
        qFatal("cannot import: %s", qPrintable(error));
    }
    // Invented reports: `--demo` may seed its accounts and reference data beside them (it refuses
    // a database holding anything else it did not put there).
    db->setMeta(QStringLiteral("synthetic_data"), QStringLiteral("1"));
}

} // namespace ioc::test
