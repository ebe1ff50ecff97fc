// Verification figures: duplicate candidates for one report among 100k (place, time, folded
// text, photo hashes, sender), and the checks of the checklist built so far (identity of
// Điều 5.3, language of 5.1/5.5 and scope of 1.1.c, duplicates of 7.6.2.e) for one report.
#include "benchutil.h"
#include "core/duplicates.h"
#include "core/evidencecheck.h"
#include "core/identitycheck.h"
#include "core/languagecheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ioc::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    const evidence::Context context{QJsonObject{{u"type"_s, u"Polygon"_s}, {u"coordinates"_s, QJsonArray{ring}}}, 500};
    const QString text = u"Ổ gà to ko ai sửa, đi xe máy ko dc, ntn thì nguy hiểm. Mong UBND phường xử lý sớm."_s;
    ioc::bench::report("verify.checklist_ms", ioc::bench::medianMs(301, [&] {
                           const auto identity = identity::checkReporter(reporter, QDate(2026, 11, 24));
                           const auto words = language::check(text);
                           const auto evidence = evidence::check(report, context);
                           const auto candidates = index.candidates(entries[std::size_t((probe++ * 331) % 100000)]);
                           found += identity.size() + std::size_t(words.abbreviations.size()) + candidates.size() +
                                    std::size_t(evidence.size());
                       }));
    return found > 0 ? 0 : 1;
}
