#include "core/sms.h"

#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// How many SMS parts a text takes (core/sms.h): the GSM 7-bit alphabet's limits (160 in one
// part, 153 per part beyond, the extension table's characters counted twice) and UCS-2's for
// everything else, Vietnamese included (70, then 67 per part).
class TestSms final : public QObject
{
    Q_OBJECT

private slots:
    void parts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ucs2");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("parts");
        QTest::newRow("empty") << QString() << false << 0 << 0;
        QTest::newRow("160 Latin") << QString(160, u'a') << false << 160 << 1;
        QTest::newRow("161 Latin") << QString(161, u'a') << false << 161 << 2;
        QTest::newRow("306 Latin") << QString(306, u'a') << false << 306 << 2;
        QTest::newRow("307 Latin") << QString(307, u'a') << false << 307 << 3;
        QTest::newRow("extension table") << u"Gia 5€ [a]"_s << false << 13 << 1;
        QTest::newRow("80 extension") << QString(80, u'{') << false << 160 << 1;
        QTest::newRow("81 extension") << QString(81, u'{') << false << 162 << 2;
        QTest::newRow("GSM accents") << u"été à Ñ"_s << false << 7 << 1;
        QTest::newRow("70 Vietnamese") << QString(70, u'ệ') << true << 70 << 1;
        QTest::newRow("71 Vietnamese") << QString(71, u'ệ') << true << 71 << 2;
        QTest::newRow("134 Vietnamese") << QString(134, u'ệ') << true << 134 << 2;
        QTest::newRow("135 Vietnamese") << QString(135, u'ệ') << true << 135 << 3;
        QTest::newRow("one Vietnamese letter") << u"Tiep nhan trong 30 phút"_s << true << 23 << 1;
    }

    void parts()
    {
        QFETCH(QString, text);
        QFETCH(bool, ucs2);
        QFETCH(int, units);
        QFETCH(int, parts);
        const core::sms::Encoding encoding = core::sms::encode(text);
        QCOMPARE(encoding.ucs2, ucs2);
        QCOMPARE(encoding.units, units);
        QCOMPARE(encoding.parts, parts);
    }
};

QTEST_GUILESS_MAIN(TestSms)
#include "testsms.moc"
