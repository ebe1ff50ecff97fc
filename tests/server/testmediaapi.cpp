#include "media/exif.h"
#include "support/apifixtures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;

// Files through the real server: chunked uploads that resume, SHA-256 checked before a file
// counts, type from content, hostile pictures refused, downloads with Range, and access like
// the report that shows the file.
class TestMediaApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.start();
        m_client = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_client);
        m_citizen = m_fixtures->token(u"citizen"_s);
    }

    void chunkedUploadResumesAfterADroppedPart()
    {
        const QByteArray file = photo(1, u"Samsung"_s, {});
        QVERIFY(file.size() > 3 * chunk);
        const QString id = start(file, m_citizen);
        // The first part arrives.
        QCOMPARE(put(id, file, 0, chunk, m_citizen).status, 200);
        // The second is cut off on its way (the client gives up mid-request).
        QNetworkReply *lost = m_client->send("PUT", u"/v1/media/uploads/"_s + id, file.mid(chunk, chunk), m_citizen,
                                             {{"Content-Range", range(chunk, chunk, file.size())}});
        lost->abort();
        test::HttpClient::wait(lost);
        // The client asks where to go on and continues from there.
        const test::HttpResponse status = m_client->get(u"/v1/media/uploads/"_s + id, m_citizen);
        QCOMPARE(status.status, 200);
        qint64 received = status.json.value(u"received"_s).toInteger();
        QVERIFY(received == chunk || received == 2 * chunk);
        // A part sent twice is refused with the position to continue from.
        const test::HttpResponse again = put(id, file, 0, chunk, m_citizen);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"upload_offset_mismatch"_s);
        QCOMPARE(again.json.value(u"received"_s).toInteger(), received);
        test::HttpResponse last;
        while (received < file.size()) {
            const qint64 length = std::min<qint64>(chunk, file.size() - received);
            last = put(id, file, received, length, m_citizen);
            QVERIFY2(last.status == 200 || last.status == 201, last.body.constData());
            received += length;
        }
        QCOMPARE(last.status, 201);
        const QJsonObject media = last.json.value(u"media"_s).toObject();
        QCOMPARE(media.value(u"sha256"_s).toString(), sha(file));
        QCOMPARE(media.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
        const QJsonObject facts = media.value(u"facts"_s).toObject();
        QVERIFY(facts.value(u"has_exif"_s).toBool());
        QCOMPARE(facts.value(u"camera"_s).toString(), u"Samsung"_s);
        QCOMPARE(facts.value(u"width"_s).toInt(), 1200);
        QCOMPARE(facts.value(u"perceptual_hash"_s).toString().size(), 16);
        // The bytes come back exactly.
        const test::HttpResponse whole = m_client->get(u"/v1/media/"_s + sha(file), m_citizen);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, file);
        QCOMPARE(whole.headers.value("content-type"), QByteArray("image/jpeg"));
        // Sent again by the same user: nothing to send.
        const test::HttpResponse repeat = startResponse(file, m_citizen);
        QCOMPARE(repeat.status, 200);
        QVERIFY(repeat.json.value(u"complete"_s).toBool());
    }

    // The file name is optional: an upload without one starts and completes.
    void fileNameIsOptional()
    {
        const QByteArray file = photo(7, u"Nokia"_s, {});
        const test::HttpResponse started = m_client->post(
            u"/v1/media/uploads"_s, test::toJson({{u"sha256"_s, sha(file)}, {u"size"_s, file.size()}}), m_citizen);
        QCOMPARE(started.status, 201);
        const QString id = started.json.value(u"upload_id"_s).toString();
        test::HttpResponse last;
        for (qint64 at = 0; at < file.size(); at += chunk) {
            last = put(id, file, at, std::min<qint64>(chunk, file.size() - at), m_citizen);
        }
        QVERIFY2(last.status == 201, last.body.constData());
    }

    void wrongBytesDoNotCount()
    {
        const QByteArray file = photo(2, {}, {});
        QByteArray other = file;
        other[other.size() / 2] = char(other.at(other.size() / 2) ^ 0x55);
        const QString id = start(file, m_citizen);
        const test::HttpResponse done = put(id, other, 0, other.size(), m_citizen);
        QCOMPARE(done.status, 422);
        QCOMPARE(done.errorCode(), u"hash_mismatch"_s);
        // Nothing of it is kept: the upload starts again at 0, and the file does not exist.
        QCOMPARE(m_client->get(u"/v1/media/uploads/"_s + id, m_citizen).json.value(u"received"_s).toInteger(), 0);
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(file), m_citizen).status, 404);
        QCOMPARE(put(id, file, 0, file.size(), m_citizen).status, 201);
    }

    void rangesAndCaching()
    {
        const QByteArray file = photo(3, {}, {});
        upload(file, m_citizen);
        const QString path = u"/v1/media/"_s + sha(file);
        const test::HttpResponse part = m_client->get(path, m_citizen, {{"Range", "bytes=100-199"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, file.mid(100, 100));
        QCOMPARE(part.headers.value("content-range"), "bytes 100-199/" + QByteArray::number(file.size()));
        const test::HttpResponse tail = m_client->get(path, m_citizen, {{"Range", "bytes=-50"}});
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body, file.right(50));
        const test::HttpResponse open = m_client->get(path, m_citizen, {{"Range", "bytes=1000-"}});
        QCOMPARE(open.body, file.mid(1000));
        const test::HttpResponse outside =
            m_client->get(path, m_citizen, {{"Range", "bytes=" + QByteArray::number(file.size()) + '-'}});
        QCOMPARE(outside.status, 416);
        QCOMPARE(outside.headers.value("content-range"), "bytes */" + QByteArray::number(file.size()));
        const test::HttpResponse cached =
            m_client->get(path, m_citizen, {{"If-None-Match", '"' + sha(file).toLatin1() + '"'}});
        QCOMPARE(cached.status, 304);
    }

    void typeComesFromTheContent()
    {
        // A web page named like a photo.
        const QByteArray page = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
        const QString id = start(page, m_citizen, u"anh.jpg"_s);
        const test::HttpResponse refused = put(id, page, 0, page.size(), m_citizen);
        QCOMPARE(refused.status, 415);
        QCOMPARE(refused.errorCode(), u"unsupported_media_type"_s);
        QCOMPARE(m_client->get(u"/v1/media/uploads/"_s + id, m_citizen).status, 404);
    }

    void hostilePicturesAreRefused()
    {
        // Looks like a JPEG, is not one.
        const QByteArray broken = QByteArray::fromHex("ffd8ffe000104a464946") + QByteArray(5000, '\x33');
        const QString id = start(broken, m_citizen);
        const test::HttpResponse malformed = put(id, broken, 0, broken.size(), m_citizen);
        QCOMPARE(malformed.status, 422);
        QCOMPARE(malformed.errorCode(), u"malformed_image"_s);
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(broken), m_citizen).status, 404);
        // A small file claiming 65000 × 65000 pixels.
        QByteArray bomb = photo(4, {}, {});
        const qsizetype sof = bomb.indexOf(QByteArray::fromHex("ffc0"));
        QVERIFY(sof > 0);
        bomb.replace(sof + 5, 4, QByteArray::fromHex("fde8fde8"));
        const QString bombId = start(bomb, m_citizen);
        QCOMPARE(put(bombId, bomb, 0, bomb.size(), m_citizen).errorCode(), u"image_too_large"_s);
    }

    void oversizedClaimsAreRefusedBeforeAnyWork()
    {
        const test::HttpResponse huge = m_client->post(
            u"/v1/media/uploads"_s,
            test::toJson({{u"sha256"_s, u"ab"_s.repeated(32)}, {u"size"_s, qint64(2) * 1024 * 1024 * 1024}}),
            m_citizen);
        QCOMPARE(huge.status, 413);
        QCOMPARE(huge.errorCode(), u"media_too_large"_s);
        // A part claiming 2 GB is answered from its head, without waiting for the body.
        const QByteArray file = photo(5, {}, {});
        const QString id = start(file, m_citizen);
        QSslSocket socket;
        test::connectRaw(socket, m_server.url());
        QVERIFY(socket.waitForEncrypted(10000));
        QElapsedTimer timer;
        timer.start();
        socket.write("PUT /v1/media/uploads/" + id.toLatin1() +
                     " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + m_citizen +
                     "\r\nContent-Range: bytes 0-2147483647/2147483648\r\nContent-Length: 2147483648\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(5000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 413 "));
        QVERIFY(timer.elapsed() < 3000);
        // A part over 4 MiB (but under the request limit) is refused too.
        const test::HttpResponse big =
            put(id, QByteArray(5 * 1024 * 1024, 'x'), 0, 5 * 1024 * 1024, m_citizen, 5 * 1024 * 1024);
        QCOMPARE(big.status, 400); // the size does not match the upload's
    }

    void filesAreSeenLikeTheirReport()
    {
        const QByteArray file = photo(6, {}, u"Adobe Photoshop 25.0"_s);
        upload(file, m_citizen);
        // Another citizen knows the hash but never sent the file: neither download nor attach.
        QCOMPARE(m_client
                     ->post(u"/v1/citizen/accounts"_s, test::toJson({{u"username"_s, u"congdan-khac"_s},
                                                                     {u"display_name"_s, u"Người dân khác"_s},
                                                                     {u"password"_s, u"mat-khau-dai"_s}}))
                     .status,
                 201);
        const QByteArray other = m_client->login(u"congdan-khac"_s, u"mat-khau-dai"_s);
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(file), other).status, 404);
        // The officer cannot see it before a report shows it.
        const QByteArray officer = m_fixtures->token(u"duty_officer"_s);
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(file), officer).status, 404);

        test::ApiFixtures::Options options;
        // The client's claims about the file are replaced by what the server knows.
        options.media = QJsonArray{QJsonObject{{u"sha256"_s, sha(file)},
                                               {u"mime_type"_s, u"image/png"_s},
                                               {u"size"_s, 1},
                                               {u"file_name"_s, u"o-ga.jpg"_s}}};
        const QString id = m_fixtures->reportIn(u"distributed"_s, options);
        const QJsonObject item = m_fixtures->report(id).value(u"media"_s).toArray().first().toObject();
        QCOMPARE(item.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(item.value(u"size"_s).toInteger(), file.size());
        QCOMPARE(item.value(u"facts"_s).toObject().value(u"software"_s).toString(), u"Adobe Photoshop 25.0"_s);
        // Now the officer and the lead agency may download it (the agency, its copy without
        // metadata: publishedPicturesLoseTheirMetadata); another agency may not.
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(file), officer).status, 200);
        const QString copy = m_fixtures->report(id, u"agency_staff"_s)[u"media"_s][0][u"sha256"_s].toString();
        QVERIFY(copy != sha(file));
        QCOMPARE(m_client->get(u"/v1/media/"_s + copy, m_fixtures->token(u"agency_staff"_s)).status, 200);
        QCOMPARE(m_client
                     ->post(u"/v1/users"_s,
                            test::toJson({{u"username"_s, u"xuly-dien"_s},
                                          {u"display_name"_s, u"Nhân sự Điện lực"_s},
                                          {u"role"_s, u"agency_staff"_s},
                                          {u"agency_id"_s, u"dien-luc"_s},
                                          {u"password"_s, u"mat-khau-dai"_s}}),
                            m_fixtures->token(u"admin"_s))
                     .status,
                 201);
        const QByteArray otherAgency = m_client->login(u"xuly-dien"_s, u"mat-khau-dai"_s);
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(file), otherAgency).status, 404);
        QCOMPARE(m_client->get(u"/v1/media/"_s + copy, otherAgency).status, 404);

        // Attaching a file one did not send, or one that never arrived, is refused.
        for (const QByteArray &token : {other, m_citizen}) {
            const QString hash = token == other ? sha(file) : u"cd"_s.repeated(32);
            const test::HttpResponse refused = m_client->post(
                u"/v1/citizen/reports"_s,
                test::toJson(
                    {{u"title"_s, u"Rác"_s},
                     {u"content"_s, u"Rác thải ven đường."_s},
                     {u"category_id"_s, u"road"_s},
                     {u"channel"_s, u"mobile_app"_s},
                     {u"position"_s,
                      QJsonObject{{u"latitude"_s, 16.8}, {u"longitude"_s, 107.1}, {u"source"_s, u"device_gps"_s}}},
                     {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s},
                                                 {u"full_name"_s, u"Lê Văn C"_s},
                                                 {u"phone"_s, u"0987654321"_s}}},
                     {u"media"_s, QJsonArray{QJsonObject{{u"sha256"_s, hash}}}}}),
                token);
            QVERIFY2(refused.status == 422, refused.body.constData());
            QCOMPARE(refused.errorCode(), u"media_unknown"_s);
        }
    }

    // A citizen may announce at most the policy's bytes in 24 hours (uploads.citizen_daily_mb,
    // 200 by default): an account cannot fill the server's disk. Staff are not limited.
    void citizensHaveADailyUploadQuota()
    {
        constexpr qint64 mib = 1024 * 1024;
        const QByteArray token = m_fixtures->newCitizen().second;
        const auto begin = [this](qint64 size, const QByteArray &who) {
            return m_client->post(
                u"/v1/media/uploads"_s,
                test::toJson({{u"sha256"_s, sha(QUuid::createUuid().toByteArray())}, {u"size"_s, size}}), who);
        };
        QCOMPARE(begin(90 * mib, token).status, 201);
        QCOMPARE(begin(90 * mib, token).status, 201);
        const test::HttpResponse refused = begin(30 * mib, token);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), u"upload_quota_exceeded"_s);
        const qint64 wait = refused.headers.value("retry-after").toLongLong();
        QVERIFY2(wait > 23 * 3600 && wait <= 24 * 3600, refused.headers.value("retry-after").constData());
        QCOMPARE(begin(20 * mib, token).status, 201); // exactly the quota
        QCOMPARE(begin(1, token).status, 429);
        // Another citizen has a quota of their own; a duty officer has none.
        QCOMPARE(begin(90 * mib, m_fixtures->newCitizen().second).status, 201);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(begin(90 * mib, m_fixtures->token(u"duty_officer"_s)).status, 201);
        }
    }

    // A file uploaded and never attached to a report is dropped a day later
    // (uploads.unattached_expiry); one a report shows, and a recent one, stay.
    void unattachedFilesExpire()
    {
        const QByteArray shown = photo(41, u"Samsung"_s, {});
        const QByteArray left = photo(42, u"Samsung"_s, {});
        const QByteArray recent = photo(43, u"Samsung"_s, {});
        for (const QByteArray &file : {shown, left, recent}) {
            upload(file, m_citizen);
        }
        test::ApiFixtures::Options options;
        options.media = QJsonArray{QJsonObject{{u"sha256"_s, sha(shown)}, {u"file_name"_s, u"anh.jpg"_s}}};
        m_fixtures->reportIn(u"received"_s, options);
        const qint64 day = 25LL * 3600 * 1000;
        m_server.execSql(u"UPDATE media SET created_at = created_at - %1 WHERE sha256 IN ('%2', '%3')"_s.arg(day).arg(
            sha(shown), sha(left)));
        // The scheduler's next pass (every 300 ms here) drops the one nobody attached.
        QTRY_VERIFY_WITH_TIMEOUT(!startResponse(left, m_citizen).json.value(u"complete"_s).toBool(), 10000);
        QCOMPARE(startResponse(shown, m_citizen).json.value(u"complete"_s).toBool(), true);
        QCOMPARE(startResponse(recent, m_citizen).json.value(u"complete"_s).toBool(), true);
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(shown), m_fixtures->token(u"duty_officer"_s)).status, 200);
    }

    // The review downloaded the original JPEG of another citizen's published report, with its GPS
    // and camera, and read exif_latitude and file_name in the JSON. Readers other than the IOC
    // get a copy without metadata, under its own SHA-256; the IOC keeps the original.
    void publishedPicturesLoseTheirMetadata()
    {
        const QByteArray original = photo(51, u"Samsung"_s, u"Camera 1.0"_s);
        QString problem;
        QVERIFY(media::readExif(original, &problem)->exifLatitude.has_value());
        upload(original, m_citizen);
        test::ApiFixtures::Options options;
        options.media = QJsonArray{QJsonObject{{u"sha256"_s, sha(original)}, {u"file_name"_s, u"nha-toi.jpg"_s}}};
        const QString id = m_fixtures->reportIn(u"published"_s, options);

        const auto shownTo = [&](const QByteArray &token, const QString &path) {
            const test::HttpResponse read = m_client->get(path + id, token);
            if (read.status != 200) {
                qFatal("%s: %d", qPrintable(path), read.status);
            }
            return read;
        };
        const QByteArray other = m_fixtures->newCitizen().second;
        for (const auto &[token, path] : {std::pair{m_fixtures->token(u"agency_staff"_s), u"/v1/reports/"_s},
                                          std::pair{other, u"/v1/citizen/reports/"_s}}) {
            const test::HttpResponse read = shownTo(token, path);
            QVERIFY2(!read.body.contains(sha(original).toLatin1()), read.body.left(300).constData());
            QVERIFY(!read.body.contains("nha-toi.jpg"));
            const QJsonObject facts = read.json.value(u"report"_s)[u"media"_s][0][u"facts"_s].toObject();
            QVERIFY(facts.value(u"exif_latitude"_s).isNull() && facts.value(u"camera"_s).isNull());
            QCOMPARE(facts.value(u"has_exif"_s).toBool(true), false);
            const QJsonObject item = read.json.value(u"report"_s)[u"media"_s][0].toObject();
            const QString copySha = item.value(u"sha256"_s).toString();
            QCOMPARE(copySha.size(), 64);
            // The copy downloads, matches its hash and carries no metadata.
            const test::HttpResponse copy = m_client->get(u"/v1/media/"_s + copySha, token);
            QCOMPARE(copy.status, 200);
            QCOMPARE(sha(copy.body), copySha);
            QCOMPARE(item.value(u"size"_s).toInteger(), copy.body.size());
            QCOMPARE(media::readExif(copy.body, &problem)->hasExif, false);
            QVERIFY(!QImage::fromData(copy.body).isNull());
            // The original does not.
            QCOMPARE(m_client->get(u"/v1/media/"_s + sha(original), token).status, 404);
        }
        // The IOC sees the picture as it was sent (the checklist reads its EXIF).
        const test::HttpResponse ioc = shownTo(m_fixtures->token(u"duty_officer"_s), u"/v1/reports/"_s);
        const QJsonObject item = ioc.json.value(u"report"_s)[u"media"_s][0].toObject();
        QCOMPARE(item.value(u"sha256"_s).toString(), sha(original));
        QCOMPARE(item.value(u"file_name"_s).toString(), u"nha-toi.jpg"_s);
        const test::HttpResponse full =
            m_client->get(u"/v1/media/"_s + sha(original), m_fixtures->token(u"duty_officer"_s));
        QCOMPARE(full.status, 200);
        QCOMPARE(full.body, original);
        // Its sender too.
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(original), m_citizen).status, 200);
    }

    // A phone's video carries where it was taken (an MP4's location atom); nothing strips it yet,
    // so another citizen neither sees it listed on a published report nor downloads it. The agency
    // processing the report, and its sender, get it.
    void videosAreNotPublishedWithTheirMetadata()
    {
        QByteArray video = QByteArray::fromHex("0000001c667479706d703432000000006d7034316d70343269736f6d");
        video += QByteArray("\0\0\0\x1e\xa9xyz\0\x12\0\0+16.8165+107.1002/", 30) + QByteArray(4000, '\x11');
        upload(video, m_citizen);
        const QByteArray picture = photo(52, u"Oppo"_s, u"Camera"_s);
        upload(picture, m_citizen);
        test::ApiFixtures::Options options;
        options.media = QJsonArray{QJsonObject{{u"sha256"_s, sha(video)}, {u"file_name"_s, u"clip.mp4"_s}},
                                   QJsonObject{{u"sha256"_s, sha(picture)}, {u"file_name"_s, u"anh.jpg"_s}}};
        const QString id = m_fixtures->reportIn(u"published"_s, options);

        const QByteArray other = m_fixtures->newCitizen().second;
        const test::HttpResponse seen = m_client->get(u"/v1/citizen/reports/"_s + id, other);
        QCOMPARE(seen.status, 200);
        const QJsonArray media = seen.json.value(u"report"_s)[u"media"_s].toArray();
        QCOMPARE(media.size(), 1); // the picture's copy only
        QVERIFY(media.first().toObject().value(u"mime_type"_s).toString().startsWith(u"image/"_s));
        QVERIFY(!seen.body.contains(sha(video).toLatin1()));
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(video), other).status, 404);

        const QByteArray agency = m_fixtures->token(u"agency_staff"_s);
        QVERIFY(m_client->get(u"/v1/reports/"_s + id, agency).body.contains(sha(video).toLatin1()));
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(video), agency).status, 200);
        QCOMPARE(m_client->get(u"/v1/media/"_s + sha(video), m_citizen).status, 200);
    }

private:
    static constexpr qint64 chunk = 64 * 1024;

    // A JPEG of 1200 × 900 with some structure, and EXIF.
    static QByteArray photo(int seed, const QString &make, const QString &software)
    {
        QImage image(1200, 900, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(seed * 50 % 360, 120, 200));
        QPainter painter(&image);
        for (int i = 0; i < 40; ++i) {
            painter.setPen(QPen(QColor::fromHsv((seed * 31 + i * 17) % 360, 255, 150), 9));
            painter.drawLine((i * 97 + seed * 13) % 1200, (i * 61) % 900, (i * 41 + seed) % 1200, (i * 83) % 900);
        }
        painter.end();
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 95);
        media::ExifValues exif;
        exif.capturedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        exif.latitude = 16.8165;
        exif.longitude = 107.1002;
        exif.make = make;
        exif.software = software;
        QString error;
        return *media::writeExif(data, exif, &error);
    }

    static QString sha(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    static QByteArray range(qint64 first, qint64 length, qint64 total)
    {
        return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(first + length - 1) + '/' +
               QByteArray::number(total);
    }

    test::HttpResponse startResponse(const QByteArray &file, const QByteArray &token,
                                     const QString &name = u"anh.jpg"_s)
    {
        return m_client->post(
            u"/v1/media/uploads"_s,
            test::toJson({{u"sha256"_s, sha(file)}, {u"size"_s, file.size()}, {u"file_name"_s, name}}), token);
    }

    QString start(const QByteArray &file, const QByteArray &token, const QString &name = u"anh.jpg"_s)
    {
        const test::HttpResponse started = startResponse(file, token, name);
        if (started.status != 201) {
            qFatal("upload not started: %d %s", started.status, started.body.constData());
        }
        return started.json.value(u"upload_id"_s).toString();
    }

    test::HttpResponse put(const QString &id, const QByteArray &file, qint64 first, qint64 length,
                           const QByteArray &token, qint64 total = -1)
    {
        return test::HttpClient::wait(
            m_client->send("PUT", u"/v1/media/uploads/"_s + id, file.mid(first, length), token,
                           {{"Content-Range", range(first, length, total < 0 ? file.size() : total)},
                            {"Content-Type", "application/octet-stream"}}));
    }

    void upload(const QByteArray &file, const QByteArray &token)
    {
        const QString id = start(file, token);
        qint64 sent = 0;
        while (sent < file.size()) {
            const qint64 length = std::min<qint64>(chunk * 8, file.size() - sent);
            const test::HttpResponse response = put(id, file, sent, length, token);
            if (response.status != 200 && response.status != 201) {
                qFatal("upload: %d %s", response.status, response.body.constData());
            }
            sent += length;
        }
    }

    // The scheduler passes often: unattachedFilesExpire waits for one.
    test::TestServer m_server{test::TestServer::Options{true, {}, {u"--scheduler-interval-ms"_s, u"300"_s}, {}, {}}};
    std::unique_ptr<test::HttpClient> m_client;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    QByteArray m_citizen;
};

QTEST_GUILESS_MAIN(TestMediaApi)
#include "testmediaapi.moc"
