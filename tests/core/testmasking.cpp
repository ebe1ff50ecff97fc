#include "core/masking.h"
#include "core/textdiff.h"

#include <QTest>

using namespace ioc::core;
using namespace Qt::StringLiterals;

// What the queue and the report detail show of a reporter before anyone reveals the identity.
class TestMasking final : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        QCOMPARE(masking::name(u"Nguyễn Văn An"_s), u"N. V. A."_s);
        QCOMPARE(masking::name(u"  đặng   thị  "_s), u"Đ. T."_s);
        QCOMPARE(masking::name(QString()), QString());
    }

    void phones()
    {
        QCOMPARE(masking::phone(u"0912345567"_s), u"091****567"_s);
        QCOMPARE(masking::phone(u"+84 912 345 567"_s), u"+8491****567"_s);
        QCOMPARE(masking::phone(u"0233.3852.123"_s), u"023****123"_s);
        QCOMPARE(masking::phone(u"113"_s), u"****"_s);
        // No digit of the middle survives.
        QVERIFY(!masking::phone(u"0912345567"_s).contains(u"2345"_s));
    }

    void citizenIdsAndOthers()
    {
        QCOMPARE(masking::citizenId(u"045201001234"_s), u"••••••••••••"_s);
        QCOMPARE(masking::citizenId(u"045"_s), u"••••••••••••"_s); // the length is not shown
        QCOMPARE(masking::citizenId(QString()), QString());
        QCOMPARE(masking::email(u"an.nguyen@example.vn"_s), u"a•••@example.vn"_s);
        QCOMPARE(masking::address(u"12 Lê Duẩn, Phường 1"_s), u"…, Phường 1"_s);
        QCOMPARE(masking::address(u"12 Lê Duẩn"_s), u"•••"_s);
    }

    // The report detail shows the IOC's edit of a text word by word.
    void wordDiffMarksTheEdit()
    {
        const QList<DiffSegment> diff = wordDiff(u"o ga to ko ai sua"_s, u"ổ gà to không ai sửa"_s);
        QString removed;
        QString added;
        QString same;
        for (const DiffSegment &segment : diff) {
            (segment.kind == DiffSegment::Removed ? removed
             : segment.kind == DiffSegment::Added ? added
                                                  : same) += segment.text + u'|';
        }
        QCOMPARE(same, u"to|ai|"_s);
        QCOMPARE(removed, u"o ga|ko|sua|"_s);
        QCOMPARE(added, u"ổ gà|không|sửa|"_s);
        QCOMPARE(wordDiff(u"a b"_s, u"a b"_s).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "testmasking.moc"
