// Verification figures: duplicate candidates for one report among 100k (place, time, folded
// text, photo hashes, sender); the whole checklist of one report (identity, evidence,
// duplicates among 100k, the sender's reports, language with hunspell spelling, scope); and the
// console's whole evaluation of one report in an encrypted replica of 100k reports (reads, the
// sender look-up and its record, the nearby query, spelling, the checklist).
#include "benchdata.h"
#include "benchutil.h"
#include "core/checklist.h"
#include "core/duplicates.h"
#include "core/evidencecheck.h"
#include "core/identitycheck.h"
#include "core/languagecheck.h"
#include "core/publication.h"
#include "core/reportjson.h"
#include "language/speller.h"
#include "session/verifier.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/reportrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ioc::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ioc::bench::reportMachine();
    const QDateTime now(QDate(2026, 11, 24), QTime(2, 0), QTimeZone::utc());
    const QStringList subjects{u"Ổ gà lớn giữa đường"_s,    u"Rác thải tồn đọng bốc mùi"_s, u"Đèn đường không sáng"_s,
                               u"Cây xanh gãy đổ"_s,        u"Ngập nước sau mưa"_s,         u"Lấn chiếm vỉa hè"_s,
                               u"Cháy cỏ gần khu dân cư"_s, u"Tai nạn giao thông"_s};
    const QStringList places{u"đường Lê Duẩn"_s, u"phường 1"_s, u"Quốc lộ 9"_s, u"chợ Đông Hà"_s, u"cầu Hiền Lương"_s};
    QRandomGenerator random(2573);
    std::vector<duplicates::Entry> entries;
    entries.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        duplicates::Entry e;
        e.id = u"r%1"_s.arg(i);
        // Two thirds in the towns, the rest over the province.
        if (i % 3 != 0) {
            e.latitude = 16.80 + random.generateDouble() * 0.06;
            e.longitude = 107.07 + random.generateDouble() * 0.06;
        } else {
            e.latitude = 16.3 + random.generateDouble() * 0.9;
            e.longitude = 106.5 + random.generateDouble() * 0.9;
        }
        e.receivedAt = now.addSecs(-qint64(random.bounded(365 * 24 * 3600)));
        e.text = subjects[random.bounded(subjects.size())] + u" tại "_s + places[random.bounded(places.size())] +
                 u", người dân phản ánh nhiều lần nhưng chưa được xử lý"_s;
        e.hashes = {random.generate64(), random.generate64()};
        e.sender = u"s%1"_s.arg(random.bounded(20000));
        entries.push_back(std::move(e));
    }
    const duplicates::Index index(entries);
    int probe = 0;
    std::size_t found = 0;
    ioc::bench::report("verify.duplicates_100k_ms", ioc::bench::medianMs(301, [&] {
                           found += index.candidates(entries[std::size_t((probe++ * 331) % 100000)]).size();
                       }));
    ioc::bench::report("verify.duplicates_100k_candidates_per_report", double(found) / 301.0);

    Reporter reporter;
    reporter.fullName = u"Nguyễn Văn An"_s;
    reporter.address = u"12 Lê Duẩn, Phường 1, Đông Hà"_s;
    reporter.phone = u"+84 912 345 678"_s;
    reporter.citizenId = u"045085001234"_s;
    reporter.email = u"an.nguyen@example.vn"_s;
    Report report;
    report.receivedAt = now;
    report.position.latitude = 16.8163;
    report.position.longitude = 107.1003;
    MediaItem photo;
    photo.mimeType = u"image/jpeg"_s;
    photo.facts.known = true;
    photo.facts.hasExif = true;
    photo.facts.exifCapturedAt = now.addSecs(-7200);
    photo.facts.exifLatitude = 16.8170;
    photo.facts.exifLongitude = 107.1010;
    report.media = {photo, photo};
    QJsonArray ring;
    for (int i = 0; i <= 200; ++i) { // a province outline of 200 vertices
        const double angle = 2 * M_PI * i / 200;
        ring.append(QJsonArray{106.95 + 0.45 * std::cos(angle), 16.75 + 0.45 * std::sin(angle)});
    }
    const evidence::Context context{
        QJsonObject{{u"type"_s, u"Polygon"_s}, {u"coordinates"_s, QJsonArray{QJsonValue(ring)}}}, 500};
    const QString text = u"Ổ gà to ko ai sửa, đi xe máy ko dc, ntn thì nguy hiểm. Mong UBND phường xử lý sớm."_s;
    QString error;
    const std::unique_ptr<ioc::language::Speller> speller = ioc::language::Speller::openVietnamese(&error);
    if (!speller) {
        qFatal("no Vietnamese dictionary: %s", qPrintable(error));
    }
    report.title = u"Ổ gà lớn trên đường Lê Duẩn"_s;
    report.content = text;
    report.reporter = reporter;
    ioc::bench::report("verify.checklist_ms", ioc::bench::medianMs(301, [&] {
                           verification::Input input;
                           input.report = report;
                           input.today = QDate(2026, 11, 24);
                           input.now = now;
                           input.evidence = context;
                           const duplicates::Entry &probeEntry = entries[std::size_t((probe++ * 331) % 100000)];
                           input.duplicates = index.candidates(probeEntry);
                           input.sameSender = {{u"PA-2026-000001"_s, ReportState::InProgress, 16.8164, 107.1004,
                                                u"Ổ gà trên đường Lê Duẩn"_s}};
                           QList<verification::Misspelling> misspelt;
                           for (const auto &m : speller->check(report.title + u'\n' + report.content)) {
                               misspelt.append({m.word, m.suggestions});
                           }
                           input.spelling = misspelt;
                           found += std::size_t(verification::evaluate(input).rows.size());
                       }));

    // The console's whole evaluation on an encrypted replica of 100k reports.
    QTemporaryDir dir;
    ioc::storage::Database::Options options;
    options.path = dir.filePath(u"replica.db"_s);
    QByteArray raw(ioc::storage::DatabaseKey::keySize, 'v');
    options.key = ioc::storage::DatabaseKey::fromRawKey(SecretBytes::take(raw));
    options.migrations = u":/ioc/migrations/replica"_s;
    options.create = true;
    ioc::storage::StorageError storageError;
    auto db = ioc::storage::Database::open(std::move(options), &storageError);
    if (!db) {
        qFatal("cannot open the replica: %s", qPrintable(storageError.message));
    }
    const QList<Report> reports = ioc::bench::generateReports(100000, now);
    {
        ioc::storage::ReportRepository repository(*db);
        const bool ok = db->transaction(
            [&] {
                if (!repository.beginBulkLoad(&storageError)) {
                    return false;
                }
                for (const Report &r : reports) {
                    if (!repository.store(r, &storageError)) {
                        return false;
                    }
                }
                return repository.endBulkLoad(&storageError);
            },
            &storageError);
        if (!ok) {
            qFatal("cannot fill the replica: %s", qPrintable(storageError.message));
        }
    }
    int nth = 0;
    ioc::bench::report("verify.evaluation_replica_100k_ms", ioc::bench::medianMs(101, [&] {
                           const Report &r = reports.at((nth++ * 977) % reports.size());
                           const auto v = ioc::session::Verifier::evaluateOn(*db, speller.get(), r.id, now);
                           found += std::size_t(v.checklist.rows.size() + v.candidates.size());
                       }));

    // The publication gate as the dialog runs it on every keystroke: a long reply (about 3000
    // characters, with numbers that are and are not phone numbers) checked and masked.
    Directory gateDirectory;
    Agency agency;
    agency.id = u"ubnd-dong-ha"_s;
    agency.name = u"UBND thành phố Đông Hà"_s;
    gateDirectory.addAgency(agency);
    Report approved = report;
    approved.leadAgencyId = agency.id;
    approved.resultAttachments = {u"aa"_s};
    QString body;
    while (body.size() < 3000) {
        body += u"Ngày 20/11/2026 tổ công tác đã kiểm tra, chi 15.000.000 đồng, gọi số 0912 345 678 của người dân. "_s;
    }
    const QString reply = ioc::core::publication::composeResult(approved, agency.name, body);
    ioc::bench::report("verify.publication_gate_ms", ioc::bench::medianMs(301, [&] {
                           const auto gate = ioc::core::publication::check(approved, gateDirectory, reply);
                           found += std::size_t(gate.checks.size());
                       }));
    return found > 0 ? 0 : 1;
}
