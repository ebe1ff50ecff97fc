#include "core/publication.h"

#include <QTest>

using namespace ioc;
using namespace ioc::core;
using namespace Qt::StringLiterals;
namespace pub = ioc::core::publication;

// The reply template of Phụ lục 1 and the IOC's publication gate (Điều 12): what passes, what
// fails and which fix it proposes, and that the public version never names the reporter.
class TestPublication final : public QObject
{
    Q_OBJECT

private:
    static Directory directory()
    {
        Directory d;
        Agency a;
        a.id = u"ubnd-dong-ha"_s;
        a.name = u"UBND thành phố Đông Hà"_s;
        d.addAgency(a);
        return d;
    }

    static Report report()
    {
        Report r;
        r.id = u"r1"_s;
        r.code = u"PA-2026-000001"_s;
        r.leadAgencyId = u"ubnd-dong-ha"_s;
        r.reporter.fullName = u"Võ Thị Mai"_s;
        r.reporter.phone = u"0912345678"_s;
        r.reporter.citizenId = u"045190001234"_s;
        r.reporter.email = u"mai.vo@example.vn"_s;
        r.resultAttachments = {u"aa"_s};
        return r;
    }

private slots:
    void composedReplyPassesTheGate()
    {
        const Report r = report();
        const QString text =
            pub::composeResult(r, u"UBND thành phố Đông Hà"_s, u"Đã vá ổ gà, thông xe lúc 15 giờ ngày 20/11."_s);
        QVERIFY(text.startsWith(u"Kính gửi: Võ Thị Mai\n"_s));
        QVERIFY(text.contains(u"quý ông/bà phản ánh, UBND thành phố Đông Hà đã tiến hành"_s));
        QVERIFY(text.contains(u"như sau: Đã vá ổ gà"_s));
        QVERIFY(text.endsWith(u"Trân trọng./."_s));
        const pub::Gate gate = pub::check(r, directory(), text);
        QVERIFY2(gate.passes(), qPrintable(gate.checks.first().detail));
        QVERIFY(!gate.proposedFix);
        QVERIFY(!gate.confidential);
        // The public version masks the addressee; the reporter's full reply keeps it.
        QVERIFY(!gate.publicText.contains(u"Võ Thị Mai"_s));
        QVERIFY(gate.publicText.startsWith(u"Kính gửi: V. T. M.\n"_s));
        QCOMPARE(gate.check(pub::Item::NoIdentity)->verdict, pub::Verdict::Info);
    }

    void organisationsAndUnknownReportersAreAddressedProperly()
    {
        Report r = report();
        r.reporter.kind = ReporterKind::Organisation;
        r.reporter.fullName.clear(); // the agency may not see the identity (5.6)
        const QString text = pub::composeResult(r, u"UBND thành phố Đông Hà"_s, u"Đã xử lý."_s);
        QVERIFY(text.startsWith(u"Kính gửi: Tổ chức đã phản ánh\n"_s));
        QVERIFY(text.contains(u"quý tổ chức"_s));
    }

    void commitmentNamesTheDate()
    {
        const QString text =
            pub::composeResult(report(), u"UBND thành phố Đông Hà"_s, u"Đang lập dự toán."_s, QDate(2026, 12, 20));
        QVERIFY(text.contains(u"UBND thành phố Đông Hà cam kết hoàn thành xử lý trước ngày 20/12/2026."_s));
    }

    void templateFaultsAskForATemplateFix()
    {
        const Report r = report();
        // No addressee, agency not named, no thanks.
        const pub::Gate gate = pub::check(r, directory(), u"Đã vá ổ gà trước số nhà 10, thông xe."_s);
        QVERIFY(!gate.passes());
        QCOMPARE(gate.check(pub::Item::Addressee)->verdict, pub::Verdict::Fail);
        QCOMPARE(gate.check(pub::Item::Agency)->verdict, pub::Verdict::Fail);
        QCOMPARE(gate.check(pub::Item::Thanks)->verdict, pub::Verdict::Fail);
        QCOMPARE(gate.check(pub::Item::Result)->verdict, pub::Verdict::Pass);
        QCOMPARE(gate.proposedFix, std::optional(Action::RequestTemplateFix));

        // A placeholder of the template left in.
        const QString leftover = pub::composeResult(r, u"UBND thành phố Đông Hà"_s, u"............"_s);
        const pub::Gate left = pub::check(r, directory(), leftover);
        QCOMPARE(left.check(pub::Item::Result)->verdict, pub::Verdict::Fail);
        QCOMPARE(left.proposedFix, std::optional(Action::RequestTemplateFix));
    }

    void missingResultOrPhotosReturnTheResult()
    {
        Report r = report();
        r.resultAttachments.clear();
        const QString text = pub::composeResult(r, u"UBND thành phố Đông Hà"_s, u"Đã vá ổ gà, thông xe."_s);
        pub::Gate gate = pub::check(r, directory(), text);
        QCOMPARE(gate.check(pub::Item::Photos)->verdict, pub::Verdict::Fail);
        QCOMPARE(gate.proposedFix, std::optional(Action::RequestResultFix));

        r = report();
        gate = pub::check(r, directory(), pub::composeResult(r, u"UBND thành phố Đông Hà"_s, {}));
        QCOMPARE(gate.check(pub::Item::Result)->verdict, pub::Verdict::Fail);
        QCOMPARE(gate.proposedFix, std::optional(Action::RequestResultFix));
    }

    void publicVersionHidesEveryTraceOfIdentity()
    {
        const Report r = report();
        const QString text = u"Kính gửi: Võ Thị Mai. Chị VÕ THỊ MAI (0912 345 678, CCCD 045190001234, "
                             u"mai.vo@example.vn) đã được liên hệ; cán bộ trực 0233.3852.111, khác@mail.vn."_s;
        const QString out = pub::publicVersion(text, r);
        for (const QString &trace : {u"Võ Thị Mai"_s, u"VÕ THỊ MAI"_s, u"345 678"_s, u"045190001234"_s,
                                     u"mai.vo@example.vn"_s, u"3852.111"_s, u"khác@mail.vn"_s}) {
            QVERIFY2(!out.contains(trace), qPrintable(trace + u" in "_s + out));
        }
        QVERIFY(out.contains(u"V. T. M."_s));
        // A one-word name is a common word too: only the addressee line is masked.
        Report shortName = report();
        shortName.reporter.fullName = u"An"_s;
        QCOMPARE(pub::publicVersion(u"Kính gửi: An\nĐã bảo đảm an toàn giao thông."_s, shortName),
                 u"Kính gửi: A.\nĐã bảo đảm an toàn giao thông."_s);
        QCOMPARE(pub::publicVersion(u"Kính gửi: Ông An, khu phố 3"_s, shortName), u"Kính gửi: Ông A., khu phố 3"_s);
        // The addressee alone, spelled without its marks, is the name all the same.
        QCOMPARE(pub::publicVersion(u"Kính gửi: VO THI MAI.\nĐã xử lý."_s, r), u"Kính gửi: V. T. M.\nĐã xử lý."_s);
        // A name inside another word is not the name.
        Report other = report();
        other.reporter.fullName = u"Văn Tâm"_s;
        QCOMPARE(pub::publicVersion(u"Ông Văn Tâm, nhà Văn Tâmm."_s, other), u"Ông V. T., nhà Văn Tâmm."_s);
        // Numbers that are no phone stay: a date, an amount.
        QCOMPARE(pub::publicVersion(u"Ngày 20/11/2026 đã chi 15.000.000 đồng."_s, r),
                 u"Ngày 20/11/2026 đã chi 15.000.000 đồng."_s);
    }

    void consentsDecideWhoSeesTheResult()
    {
        Report r = report();
        const QString text = pub::composeResult(r, u"UBND thành phố Đông Hà"_s, u"Đã vá ổ gà, thông xe."_s);
        r.consents.confidentialResult = true;
        pub::Gate gate = pub::check(r, directory(), text);
        QVERIFY(gate.passes());
        QVERIFY(gate.confidential);

        r = report();
        r.consents.publishIdentity = true;
        gate = pub::check(r, directory(), text);
        QCOMPARE(gate.publicText, text); // the reporter agreed to be named

        r = report();
        gate = pub::check(r, directory(), text + u"\nTài liệu thuộc danh mục bí mật nhà nước."_s);
        QVERIFY(!gate.passes());
        QCOMPARE(gate.check(pub::Item::StateSecret)->verdict, pub::Verdict::Fail);
        QVERIFY(gate.confidential);
    }

    void citizenTimelineLeavesOutInternalSteps()
    {
        for (const char *shown : {"create", "accept", "distribute", "agency_accept", "submit_result", "leader_approve",
                                  "publish", "rate", "answer_interaction"}) {
            QVERIFY2(pub::isOnCitizenTimeline(QString::fromLatin1(shown)), shown);
        }
        for (const char *hidden : {"add_note", "reveal_identity", "remind", "log_call", "claim", "leader_return",
                                   "request_template_fix", "step_back", "hide", "return_not_competent"}) {
            QVERIFY2(!pub::isOnCitizenTimeline(QString::fromLatin1(hidden)), hidden);
        }
        QCOMPARE(pub::timelineLabel(u"publish"_s), u"Result published"_s);
    }
};

QTEST_GUILESS_MAIN(TestPublication)
#include "testpublication.moc"
