#include "core/domain.h"
#include "core/geo.h"
#include "core/report.h"
#include "core/vntime.h"
#include "media/perceptualhash.h"
#include "support/testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// The full demo province, as `./ioc demo` shows it: 320 reports once /v1/health answers on an
// empty directory (how long that takes is `./ioc bench server`'s server.demo_ready_ms, not a
// test: under the sanitizers it takes several times longer), every state and channel present,
// places inside their areas, every category covered by an agency everywhere, and photos whose
// EXIF makes each verification check fail somewhere on purpose.
class TestDemo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_server = std::make_unique<test::TestServer>(
            test::TestServer::Options{true, {}, {u"--demo-reports"_s, u"320"_s}, {}, {}});
        m_server->start(); // returns once /v1/health answers 200
        m_readyMs = timer.elapsed();
        m_client = std::make_unique<test::HttpClient>(m_server->url());
        m_token = m_client->login(u"truc1"_s);
        QString cursor = u"0"_s;
        for (;;) {
            const test::HttpResponse page = m_client->get(u"/v1/changes?cursor=%1&limit=1000"_s.arg(cursor), m_token);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &value : page.json.value(u"changes"_s).toArray()) {
                const QJsonObject change = value.toObject();
                m_byKind[change.value(u"kind"_s).toString()].append(change.value(u"data"_s).toObject());
            }
            cursor = page.json.value(u"next_cursor"_s).toString();
            if (!page.json.value(u"has_more"_s).toBool()) {
                break;
            }
        }
    }

    void everyReportSeededBeforeHealthAnswers()
    {
        qInfo("demo ready after %lld ms", m_readyMs);
        QCOMPARE(reports().size(), 320);
    }

    void everyStateAndChannel()
    {
        QSet<QString> states;
        QSet<QString> channels;
        bool urgent = false;
        for (const QJsonObject &r : reports()) {
            states.insert(r.value(u"state"_s).toString());
            channels.insert(r.value(u"channel"_s).toString());
            urgent = urgent || r.value(u"urgent"_s).toBool();
        }
        for (const core::ReportState state : core::allReportStates()) {
            QVERIFY2(states.contains(core::reportStateName(state)), qPrintable(core::reportStateName(state)));
        }
        for (const core::Channel channel : core::allChannels()) {
            QVERIFY2(channels.contains(core::channelName(channel)), qPrintable(core::channelName(channel)));
        }
        QVERIFY(urgent);
    }

    void placesLieInTheirAreas()
    {
        QHash<QString, QJsonObject> boundaries;
        for (const QJsonObject &area : m_byKind.value(u"area"_s)) {
            boundaries.insert(area.value(u"id"_s).toString(), area.value(u"boundary"_s).toObject());
            QVERIFY(area.value(u"name"_s).toString().contains(u"mẫu"_s)); // marked as demo data
        }
        QCOMPARE(boundaries.size(), 11);
        for (const QJsonObject &r : reports()) {
            const QJsonObject position = r.value(u"position"_s).toObject();
            const double lat = position.value(u"latitude"_s).toDouble();
            const double lon = position.value(u"longitude"_s).toDouble();
            const QString area = position.value(u"area_id"_s).toString();
            QVERIFY2(core::geo::contains(boundaries.value(area), lat, lon), qPrintable(r.value(u"code"_s).toString()));
            QVERIFY(core::geo::contains(boundaries.value(u"quang-tri-province"_s), lat, lon));
        }
    }

    void everyCategoryHasAnAgencyEverywhere()
    {
        const QList<QJsonObject> agencies = m_byKind.value(u"agency"_s);
        for (const QJsonObject &agency : agencies) {
            QVERIFY(!agency.value(u"leader"_s).toObject().value(u"name"_s).toString().isEmpty());
            QVERIFY(!agency.value(u"contact"_s).toObject().value(u"phone"_s).toString().isEmpty());
        }
        for (const QJsonObject &category : m_byKind.value(u"category"_s)) {
            for (const QJsonObject &area : m_byKind.value(u"area"_s)) {
                if (area.value(u"level"_s).toString() == u"province"_s) {
                    continue;
                }
                const QString c = category.value(u"id"_s).toString();
                const QString a = area.value(u"id"_s).toString();
                const bool covered = std::any_of(agencies.cbegin(), agencies.cend(), [&](const QJsonObject &agency) {
                    const QVariantList cats = agency.value(u"category_ids"_s).toArray().toVariantList();
                    const QVariantList areas = agency.value(u"area_ids"_s).toArray().toVariantList();
                    return cats.contains(c) && (areas.contains(a) || areas.contains(u"quang-tri-province"_s));
                });
                QVERIFY2(covered, qPrintable(c + u" in "_s + a));
            }
        }
        QVERIFY(m_client->login(u"congdan7"_s).size() > 10); // citizens have accounts
    }

    void checksFailSomewhereOnPurpose()
    {
        int noMedia = 0;
        int old = 0;
        int outside = 0;
        int edited = 0;
        int withoutExif = 0;
        int abbreviated = 0;
        int badIdentity = 0;
        QHash<QString, QSet<QString>> sendersOfFile;
        QList<std::pair<QString, QString>> hashes; // (report, perceptual hash)
        for (const QJsonObject &r : reports()) {
            const QJsonArray media = r.value(u"media"_s).toArray();
            noMedia += media.isEmpty() ? 1 : 0;
            const QDateTime received = *core::vntime::parseIso8601(r.value(u"received_at"_s).toString());
            for (const QJsonValue &value : media) {
                const QJsonObject item = value.toObject();
                const QJsonObject facts = item.value(u"facts"_s).toObject();
                QVERIFY(!facts.isEmpty()); // the server examined every file
                if (!facts.value(u"has_exif"_s).toBool()) {
                    ++withoutExif;
                    continue;
                }
                const QDateTime taken = *core::vntime::parseIso8601(facts.value(u"exif_captured_at"_s).toString());
                old += taken.secsTo(received) > 24 * 3600 ? 1 : 0;
                outside += facts.value(u"exif_latitude"_s).toDouble() > 20 ? 1 : 0;
                edited += facts.value(u"software"_s).toString().isEmpty() ? 0 : 1;
                // Senders told apart by the server's opaque key, as a console does (PRODUCT.md §17).
                sendersOfFile[item.value(u"sha256"_s).toString()].insert(
                    r.value(u"reporter"_s).toObject().value(u"sender_keys"_s).toArray().first().toString());
                hashes.append({r.value(u"id"_s).toString(), facts.value(u"perceptual_hash"_s).toString()});
            }
            const QString content = r.value(u"content"_s).toString();
            abbreviated += content.contains(u" ko "_s) || content.contains(u" dc "_s) ? 1 : 0;
            // The server's identity checks, which the officer's checklist shows.
            bool bad = false;
            for (const QJsonValue &check : r.value(u"reporter"_s).toObject().value(u"checks"_s).toArray()) {
                const QString code = check.toObject().value(u"code"_s).toString();
                bad = bad || (check.toObject().value(u"verdict"_s).toString() == u"fail"_s &&
                              (code.startsWith(u"phone"_s) || code.startsWith(u"citizen_id"_s)));
            }
            badIdentity += bad ? 1 : 0;
        }
        int sameFileOtherSender = 0;
        for (const QSet<QString> &senders : std::as_const(sendersOfFile)) {
            sameFileOtherSender += senders.size() > 1 ? 1 : 0;
        }
        int nearDuplicates = 0;
        for (qsizetype i = 0; i < hashes.size(); ++i) {
            for (qsizetype j = i + 1; j < hashes.size(); ++j) {
                if (hashes.at(i).first != hashes.at(j).first &&
                    media::hashDistance(hashes.at(i).second, hashes.at(j).second) <= 4) {
                    ++nearDuplicates;
                }
            }
        }
        qInfo("no media %d, old %d, outside %d, edited %d, no EXIF %d, abbreviated %d, bad identity %d, "
              "same file %d, near duplicates %d",
              noMedia, old, outside, edited, withoutExif, abbreviated, badIdentity, sameFileOtherSender,
              nearDuplicates);
        QVERIFY(noMedia >= 5);
        QVERIFY(old >= 3);
        QVERIFY(outside >= 3);
        QVERIFY(edited >= 3);
        QVERIFY(withoutExif >= 3);
        QVERIFY(abbreviated >= 2);
        QVERIFY(badIdentity >= 5);
        QVERIFY(sameFileOtherSender >= 1);
        QVERIFY(nearDuplicates >= sameFileOtherSender + 1);
    }

    void someClocksHaveRunOut()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int overdue = 0;
        for (const QJsonObject &r : reports()) {
            for (const QJsonValue &value : r.value(u"clocks"_s).toArray()) {
                const QJsonObject clock = value.toObject();
                if (clock.value(u"status"_s).toString() == u"running"_s && !clock.value(u"due_at"_s).isNull() &&
                    *core::vntime::parseIso8601(clock.value(u"due_at"_s).toString()) < now) {
                    ++overdue;
                }
            }
        }
        QVERIFY2(overdue >= 10, qPrintable(QString::number(overdue)));
    }

    void photosDownloadIntact()
    {
        const QJsonObject item = reports().first().value(u"media"_s).toArray().first().toObject();
        const test::HttpResponse photo = m_client->get(u"/v1/media/"_s + item.value(u"sha256"_s).toString(), m_token);
        QCOMPARE(photo.status, 200);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(photo.body, QCryptographicHash::Sha256).toHex()),
                 item.value(u"sha256"_s).toString());
        QVERIFY(!QImage::fromData(photo.body).isNull());
    }

private:
    QList<QJsonObject> reports() const { return m_byKind.value(u"report"_s); }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::HttpClient> m_client;
    QByteArray m_token;
    qint64 m_readyMs = 0;
    QHash<QString, QList<QJsonObject>> m_byKind;
};

QTEST_GUILESS_MAIN(TestDemo)
#include "testdemo.moc"
