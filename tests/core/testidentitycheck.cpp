#include "core/identitycheck.h"
#include "core/languagecheck.h"
#include "core/translations.h"

#include <QTest>

using namespace ioc::core;
using namespace ioc::core::identity;
using namespace Qt::StringLiterals;

// The identity conditions of Điều 5.3 on tables of real-shaped numbers.
class TestIdentityCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_translations.setLanguage(Language::Vietnamese)); }

    void phones_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("national");
        const int mobile = int(PhoneKind::Mobile);
        const int landline = int(PhoneKind::Landline);
        const int invalid = int(PhoneKind::Invalid);
        const int service = int(PhoneKind::Service);
        QTest::newRow("viettel") << u"0971234567"_s << mobile << u"phone_mobile"_s << u"0971234567"_s;
        QTest::newRow("spaced") << u"091 234 5678"_s << mobile << u"phone_mobile"_s << u"0912345678"_s;
        QTest::newRow("+84") << u"+84 912 345 678"_s << mobile << u"phone_mobile"_s << u"0912345678"_s;
        QTest::newRow("84 no plus") << u"84912345678"_s << mobile << u"phone_mobile"_s << u"0912345678"_s;
        QTest::newRow("03x") << u"0338123456"_s << mobile << u"phone_mobile"_s << u"0338123456"_s;
        QTest::newRow("Quảng Trị landline")
            << u"0233.3852.123"_s << landline << u"phone_landline"_s << u"02333852123"_s;
        QTest::newRow("Hà Nội landline") << u"(024) 3825 1234"_s << landline << u"phone_landline"_s << u"02438251234"_s;
        QTest::newRow("old 11-digit mobile") << u"01681234567"_s << invalid << u"phone_length"_s << u"01681234567"_s;
        QTest::newRow("no such prefix") << u"0111234567"_s << invalid << u"phone_prefix"_s << u"0111234567"_s;
        QTest::newRow("no such area") << u"02003852123"_s << invalid << u"phone_area_code"_s << u"02003852123"_s;
        QTest::newRow("too short") << u"091234567"_s << invalid << u"phone_length"_s << u"091234567"_s;
        QTest::newRow("letters") << u"09123x5678"_s << invalid << u"phone_invalid"_s << QString();
        QTest::newRow("foreign") << u"+1 202 555 0100"_s << invalid << u"phone_foreign"_s << QString();
        QTest::newRow("hotline 1022") << u"1022"_s << service << u"phone_service"_s << QString();
        QTest::newRow("1900") << u"1900 1234"_s << service << u"phone_service"_s << QString();
    }

    void phones()
    {
        QFETCH(QString, phone);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, national);
        const PhoneCheck check = checkPhone(phone);
        QCOMPARE(int(check.kind), kind);
        QCOMPARE(check.finding.code, code);
        QCOMPARE(check.finding.verdict,
                 kind == int(PhoneKind::Mobile) || kind == int(PhoneKind::Landline) ? Verdict::Pass : Verdict::Fail);
        if (!national.isEmpty()) {
            QCOMPARE(check.national, national);
        }
        QVERIFY(!check.finding.evidence.isEmpty());
    }

    void citizenIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("birthYear");
        const int pass = int(Verdict::Pass);
        const int fail = int(Verdict::Fail);
        QTest::newRow("Quảng Trị, man, 1985") << u"045085001234"_s << pass << u"citizen_id"_s << 1985;
        QTest::newRow("Hà Nội, woman, 1999") << u"001199012345"_s << pass << u"citizen_id"_s << 1999;
        QTest::newRow("HCM, man, 2004") << u"079204000001"_s << pass << u"citizen_id"_s << 2004;
        QTest::newRow("woman 2001 spaced") << u"046 301 123456"_s << pass << u"citizen_id"_s << 2001;
        QTest::newRow("11 digits") << u"04508500123"_s << fail << u"citizen_id_format"_s << 0;
        QTest::newRow("letter") << u"04508500123A"_s << fail << u"citizen_id_format"_s << 0;
        QTest::newRow("no province 003") << u"003085001234"_s << fail << u"citizen_id_province"_s << 0;
        QTest::newRow("no province 099") << u"099085001234"_s << fail << u"citizen_id_province"_s << 0;
        QTest::newRow("born 2150") << u"045450001234"_s << fail << u"citizen_id_century"_s << 0;
        QTest::newRow("born 2030") << u"045230001234"_s << fail << u"citizen_id_future"_s << 0;
        QTest::newRow("born 2020: under 14")
            << u"045220001234"_s << int(Verdict::NeedsLook) << u"citizen_id_young"_s << 2020;
    }

    void citizenIds()
    {
        QFETCH(QString, id);
        QFETCH(int, verdict);
        QFETCH(QString, code);
        QFETCH(int, birthYear);
        const CitizenIdCheck check = checkCitizenId(id, QDate(2026, 11, 28));
        QCOMPARE(int(check.finding.verdict), verdict);
        QCOMPARE(check.finding.code, code);
        if (birthYear > 0) {
            QCOMPARE(check.birthYear, birthYear);
        }
    }

    void citizenIdEvidenceInVietnamese()
    {
        const CitizenIdCheck check = checkCitizenId(u"045185001234"_s, QDate(2026, 11, 28));
        QVERIFY(check.female);
        QCOMPARE(check.province, u"Quảng Trị"_s);
        QVERIFY2(check.finding.evidence.contains(u"Quảng Trị"_s) && check.finding.evidence.contains(u"nữ"_s),
                 qPrintable(check.finding.evidence));
    }

    void reporters()
    {
        const QDate today(2026, 11, 28);
        Reporter person;
        person.fullName = u"Nguyễn Văn An"_s;
        person.address = u"12 Lê Duẩn, Phường 1, Đông Hà"_s;
        person.phone = u"0912345678"_s;
        person.citizenId = u"045085001234"_s;
        for (const Finding &finding : checkReporter(person, today)) {
            QVERIFY2(finding.verdict == Verdict::Pass, qPrintable(finding.code));
        }
        Reporter sparse = person;
        sparse.fullName = u"An"_s;
        sparse.address.clear();
        sparse.citizenId.clear();
        sparse.email = u"an@"_s;
        QStringList codes;
        for (const Finding &finding : checkReporter(sparse, today)) {
            if (finding.verdict != Verdict::Pass) {
                codes.append(finding.code);
            }
        }
        QCOMPARE(codes, (QStringList{u"name_single_word"_s, u"address_missing"_s, u"citizen_id_missing"_s,
                                     u"email_invalid"_s}));
        // Organisations give a representative, not a citizen ID.
        Reporter company;
        company.kind = ReporterKind::Organisation;
        company.fullName = u"Công ty TNHH Xây dựng Hiền Lương"_s;
        company.address = u"Quốc lộ 9, Cam Lộ"_s;
        company.phone = u"0233 3852 123"_s;
        QStringList companyCodes;
        for (const Finding &finding : checkReporter(company, today)) {
            if (finding.verdict != Verdict::Pass) {
                companyCodes.append(finding.code);
            }
        }
        QCOMPARE(companyCodes, QStringList{u"representative_missing"_s});
    }

    // Điều 5.1 / 5.5 / 1.1.c: abbreviations spelled out, offensive words found as written (an
    // unaccented word never stands for an accented one), out-of-scope requests flagged.
    void languageOfTheText()
    {
        const auto report =
            language::check(u"Ổ gà to ko ai sửa, đi xe máy ko dc, ntn thì chết. UBND phường biết mà k làm"_s);
        QStringList found;
        for (const language::Hit &hit : report.abbreviations) {
            found.append(hit.word + u'=' + hit.suggestion);
        }
        QCOMPARE(found, (QStringList{u"ko=không"_s, u"ko=không"_s, u"dc=được"_s, u"ntn=như thế nào"_s, u"k=không"_s}));
        QCOMPARE(report.expanded, u"Ổ gà to không ai sửa, đi xe máy không được, như thế nào thì chết. UBND phường "
                                  u"biết mà không làm"_s);
        QVERIFY(report.offensive.isEmpty());
        QVERIFY(report.outOfScope.isEmpty());

        // "lớn", "các", "đeo" are not the offensive words their folded forms resemble.
        QVERIFY(language::check(u"Cây lớn đổ chắn các ngả đường, người đeo khẩu trang"_s).offensive.isEmpty());
        const auto rude = language::check(u"Đường hỏng mấy tháng, Đéo ai sửa, đồ ngu"_s);
        QCOMPARE(rude.offensive.size(), 2);
        QCOMPARE(rude.offensive.at(0).word, u"Đéo"_s);
        QCOMPARE(rude.offensive.at(1).word, u"đồ ngu"_s);

        QCOMPARE(language::check(u"Tôi làm đơn khiếu nại quyết định thu hồi đất"_s).outOfScope,
                 QStringList{u"complaint"_s});
        QCOMPARE(language::check(u"Toi muon to cao can bo xa nhan hoi lo"_s).outOfScope,
                 QStringList{u"denunciation"_s});
        QCOMPARE(language::check(u"Xin tư vấn pháp luật về thừa kế"_s).outOfScope, QStringList{u"legal_advice"_s});
        QVERIFY(!language::outOfScopeLabel(u"complaint"_s).isEmpty());
    }

private:
    Translations m_translations;
};

QTEST_GUILESS_MAIN(TestIdentityCheck)
#include "testidentitycheck.moc"
