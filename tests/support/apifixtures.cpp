#include "support/apifixtures.h"

#include "support/photos.h"

#include <QJsonArray>
#include <QUuid>

namespace ioc::test {

namespace {

// A GPS point in Đông Hà, where the fixtures' reports are.
QJsonObject dongHaPosition()
{
    return {{QStringLiteral("latitude"), 16.8165},
            {QStringLiteral("longitude"), 107.1002},
            {QStringLiteral("area_id"), QStringLiteral("dong-ha")},
            {QStringLiteral("source"), QStringLiteral("device_gps")}};
}

} // namespace

ApiFixtures::ApiFixtures(HttpClient &client)
    : m_client(client)
{
    const QList<QPair<QString, QString>> users{{QStringLiteral("duty_officer"), QStringLiteral("truc1")},
                                               {QStringLiteral("supervisor"), QStringLiteral("giamsat1")},
                                               {QStringLiteral("agency_staff"), QStringLiteral("xuly1")},
                                               {QStringLiteral("agency_leader"), QStringLiteral("lanhdao1")},
                                               {QStringLiteral("admin"), QStringLiteral("quantri")},
                                               {QStringLiteral("citizen"), QStringLiteral("congdan1")}};
    for (const auto &[role, user] : users) {
        m_tokens.insert(role, client.login(user));
    }
    // A connected system's account (`system` itself is the server's actor: no account has it).
    const HttpResponse created =
        client.post(QStringLiteral("/v1/users"),
                    toJson({{QStringLiteral("username"), QStringLiteral("hethong1")},
                            {QStringLiteral("display_name"), QStringLiteral("Hệ thống kết nối")},
                            {QStringLiteral("role"), QStringLiteral("connected_system")},
                            {QStringLiteral("password"), QStringLiteral("mat-khau-he-thong")}}),
                    m_tokens.value(QStringLiteral("admin")));
    if (created.status != 201 && created.status != 409) {
        qFatal("cannot create the system user: %d %s", created.status, created.body.constData());
    }
    m_tokens.insert(QStringLiteral("connected_system"),
                    client.login(QStringLiteral("hethong1"), QStringLiteral("mat-khau-he-thong")));
}

int ApiFixtures::version(const QString &reportId)
{
    return report(reportId).value(QStringLiteral("version")).toInt();
}

QJsonObject ApiFixtures::report(const QString &reportId, const QString &role)
{
    return m_client.get(QStringLiteral("/v1/reports/") + reportId, token(role))
        .json.value(QStringLiteral("report"))
        .toObject();
}

QJsonObject ApiFixtures::must(const QString &role, const QString &reportId, const QString &action,
                              const QJsonObject &payload)
{
    const bool quiet =
        QStringList{QStringLiteral("add_note"), QStringLiteral("reveal_identity"), QStringLiteral("remind"),
                    QStringLiteral("log_call"), QStringLiteral("claim"),           QStringLiteral("release")}
            .contains(action);
    const QString base =
        role == QStringLiteral("citizen") ? QStringLiteral("/v1/citizen/reports") : QStringLiteral("/v1/reports");
    const HttpResponse response = m_client.act(token(role), reportId, action, payload,
                                               quiet ? std::nullopt : std::optional<int>(version(reportId)), base);
    if (response.status != 200) {
        qFatal("%s by %s on %s: %d %s", qPrintable(action), qPrintable(role), qPrintable(reportId), response.status,
               response.body.constData());
    }
    return response.json;
}

QString ApiFixtures::resultText(const QString &what)
{
    return QStringLiteral("Kính gửi: Bà Võ Thị Mai\nVấn đề quý ông/bà phản ánh, UBND thành phố Đông Hà đã tiến hành "
                          "kiểm tra, xử lý và xin thông báo kết quả xử lý như sau: %1\nChân thành cảm ơn phản ánh của "
                          "quý ông/bà và mong tiếp tục nhận được phản ánh trong thời gian tới.\nTrân trọng./.")
        .arg(what);
}

QString ApiFixtures::resultPhoto()
{
    if (!m_resultPhoto.isEmpty()) {
        return m_resultPhoto;
    }
    const QByteArray photo = jpegPhoto(QStringLiteral("fixture-result"), QColor(0x44, 0x66, 0x88));
    const QByteArray staff = token(QStringLiteral("agency_staff"));
    const QString sha = sha256Hex(photo);
    const HttpResponse started =
        m_client.post(QStringLiteral("/v1/media/uploads"),
                      toJson({{QStringLiteral("sha256"), sha}, {QStringLiteral("size"), photo.size()}}), staff);
    if (started.status == 409 || started.status == 200) {
        m_resultPhoto = sha; // already there
        return m_resultPhoto;
    }
    if (started.status != 201) {
        qFatal("cannot start the result photo's upload: %d %s", started.status, started.body.constData());
    }
    const QString id = started.json.value(QStringLiteral("upload_id")).toString();
    const HttpResponse sent = HttpClient::wait(
        m_client.send("PUT", QStringLiteral("/v1/media/uploads/") + id, photo, staff,
                      {{"Content-Range", QByteArrayLiteral("bytes 0-") + QByteArray::number(photo.size() - 1) + '/' +
                                             QByteArray::number(photo.size())},
                       {"Content-Type", "application/octet-stream"}}));
    if (sent.status != 201) {
        qFatal("cannot upload the result photo: %d %s", sent.status, sent.body.constData());
    }
    m_resultPhoto = sha;
    return m_resultPhoto;
}

QString ApiFixtures::reportIn(const QString &state, const Options &options)
{
    QJsonObject reporter{{QStringLiteral("kind"), QStringLiteral("person")},
                         {QStringLiteral("full_name"), QStringLiteral("Võ Thị Mai")},
                         {QStringLiteral("phone"), QStringLiteral("0912345678")},
                         {QStringLiteral("citizen_id"), QStringLiteral("045190001234")}};
    const bool zalo = !options.zaloUserId.isEmpty();
    if (zalo) {
        reporter.insert(QStringLiteral("zalo_user_id"), options.zaloUserId);
    }
    const QString channel =
        zalo ? QStringLiteral("zalo") : (options.channel.isEmpty() ? QStringLiteral("mobile_app") : options.channel);
    if (channel == QStringLiteral("email")) {
        reporter.insert(QStringLiteral("email"), QStringLiteral("vothimai@example.com")); // where replies go
    }
    const bool officerIntake = channel != QStringLiteral("mobile_app");
    const QJsonObject create{
        {QStringLiteral("title"), QStringLiteral("Ổ gà trên đường Hùng Vương")},
        {QStringLiteral("content"), QStringLiteral("Ổ gà sâu trước số nhà 10 đường Hùng Vương.")},
        {QStringLiteral("category_id"), options.urgent ? QStringLiteral("fire") : QStringLiteral("road")},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("position"), dongHaPosition()},
        {QStringLiteral("reporter"), reporter},
        {QStringLiteral("consents"), QJsonObject{{QStringLiteral("share_with_agency"), options.consentToShare},
                                                 {QStringLiteral("confidential_result"), options.confidential}}},
        {QStringLiteral("media"), options.media}};
    const HttpResponse created =
        m_client.post(officerIntake ? QStringLiteral("/v1/reports") : QStringLiteral("/v1/citizen/reports"),
                      toJson(create), token(officerIntake ? QStringLiteral("duty_officer") : QStringLiteral("citizen")),
                      {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
    if (created.status != 201) {
        qFatal("cannot create a fixture: %d %s", created.status, created.body.constData());
    }
    const QString id = created.json.value(QStringLiteral("report")).toObject().value(QStringLiteral("id")).toString();
    const QString officer = QStringLiteral("duty_officer");
    const QString staff = QStringLiteral("agency_staff");
    const QString leader = QStringLiteral("agency_leader");
    const QJsonObject lead{{QStringLiteral("lead_agency_id"), QString::fromLatin1(agency())}};

    if (state == QStringLiteral("received")) {
        return id;
    }
    if (state == QStringLiteral("identity_check")) {
        must(officer, id, QStringLiteral("request_identity_check"));
        return id;
    }
    if (state == QStringLiteral("awaiting_supplement")) {
        must(officer, id, QStringLiteral("request_supplement"),
             {{QStringLiteral("message"), QStringLiteral("Cần ảnh")}});
        return id;
    }
    if (state == QStringLiteral("rejected")) {
        must(officer, id, QStringLiteral("reject"),
             {{QStringLiteral("reasons"), QJsonArray{QStringLiteral("unclear_or_test")}},
              {QStringLiteral("reply"), QStringLiteral("Nội dung chưa rõ, vui lòng gửi lại.")}});
        return id;
    }
    if (state == QStringLiteral("cancelled")) {
        must(QStringLiteral("citizen"), id, QStringLiteral("cancel"));
        return id;
    }
    must(officer, id, QStringLiteral("accept"));
    if (options.coordinatedBy) {
        must(officer, id, QStringLiteral("start_coordination"),
             {{QStringLiteral("coordinator_agency_id"), QString::fromLatin1(agency())}});
        if (state == QStringLiteral("coordinating")) {
            return id;
        }
        must(staff, id, QStringLiteral("coordination_answer"),
             {{QStringLiteral("competent_agency_id"), QString::fromLatin1(agency())}});
    } else if (state == QStringLiteral("coordinating")) {
        must(officer, id, QStringLiteral("start_coordination"),
             {{QStringLiteral("coordinator_agency_id"), QString::fromLatin1(agency())}});
        return id;
    }
    if (state == QStringLiteral("verified")) {
        return id;
    }
    must(officer, id, QStringLiteral("distribute"), lead);
    if (state == QStringLiteral("distributed")) {
        return id;
    }
    if (state == QStringLiteral("returned")) {
        must(staff, id, QStringLiteral("return_not_competent"),
             {{QStringLiteral("reason"), QStringLiteral("Không thuộc thẩm quyền")},
              {QStringLiteral("suggested_agency_id"), QStringLiteral("dien-luc")}});
        return id;
    }
    must(staff, id, QStringLiteral("agency_accept"));
    if (state == QStringLiteral("in_progress")) {
        return id;
    }
    if (state == QStringLiteral("declined")) {
        must(staff, id, QStringLiteral("decline_insufficient"),
             {{QStringLiteral("reply"), QStringLiteral("Hình ảnh chưa đủ")},
              {QStringLiteral("guidance"), QStringLiteral("Gửi lại với ảnh rõ")}});
        return id;
    }
    must(staff, id, QStringLiteral("submit_result"),
         {{QStringLiteral("result"), resultText()}, {QStringLiteral("attachments"), QJsonArray{resultPhoto()}}});
    if (state == QStringLiteral("awaiting_approval")) {
        return id;
    }
    must(leader, id, QStringLiteral("leader_approve"));
    if (options.coordinatedBy && !options.requestAgreement && state == QStringLiteral("approved")) {
        return id;
    }
    if (options.coordinatedBy) {
        must(officer, id, QStringLiteral("request_agreement"));
        if (state == QStringLiteral("approved")) {
            return id; // agreement pending
        }
        must(staff, id, QStringLiteral("agreement_answer"), {{QStringLiteral("agree"), true}});
    }
    if (state == QStringLiteral("approved")) {
        return id;
    }
    if (state == QStringLiteral("template_fix")) {
        must(officer, id, QStringLiteral("request_template_fix"),
             {{QStringLiteral("note"), QStringLiteral("Thiếu lời cảm ơn")}});
        return id;
    }
    if (state == QStringLiteral("result_fix")) {
        must(officer, id, QStringLiteral("request_result_fix"),
             {{QStringLiteral("note"), QStringLiteral("Thiếu ảnh")}});
        return id;
    }
    must(officer, id, QStringLiteral("publish"));
    if (state == QStringLiteral("published")) {
        return id;
    }
    qFatal("no fixture path to state %s", qPrintable(state));
}

std::pair<QString, QByteArray> ApiFixtures::newCitizen()
{
    const QString name = QStringLiteral("congdan-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString password = QStringLiteral("mat-khau-dai");
    const HttpResponse made =
        m_client.post(QStringLiteral("/v1/citizen/accounts"),
                      toJson({{QStringLiteral("username"), name}, {QStringLiteral("password"), password}}));
    if (made.status != 201) {
        qFatal("cannot register a citizen: %d %s", made.status, made.body.constData());
    }
    return {made.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
            m_client.login(name, password)};
}

QJsonObject ApiFixtures::rubbishReport()
{
    return QJsonObject{
        {QStringLiteral("title"), QStringLiteral("Rác thải ven đường")},
        {QStringLiteral("content"), QStringLiteral("Rác thải đổ trộm ven đường Lê Duẩn.")},
        {QStringLiteral("category_id"), QStringLiteral("environment")},
        {QStringLiteral("channel"), QStringLiteral("mobile_app")},
        {QStringLiteral("position"), dongHaPosition()},
        {QStringLiteral("reporter"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                                                 {QStringLiteral("full_name"), QStringLiteral("Lê Văn Tám")},
                                                 {QStringLiteral("phone"), QStringLiteral("0987654321")}}}};
}

QString ApiFixtures::submitAs(const QByteArray &citizenToken)
{
    const HttpResponse made =
        m_client.post(QStringLiteral("/v1/citizen/reports"), toJson(rubbishReport()), citizenToken,
                      {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
    return made.status == 201
               ? made.json.value(QStringLiteral("report")).toObject().value(QStringLiteral("id")).toString()
               : QString();
}

} // namespace ioc::test
