// The IOC's publication gate end to end: the real console signed in as a duty officer (truc1) to
// the real ioc-server over TLS; approved results made by the agency's own sync stack (xuly1, with
// a result photo) and the leader; the gate checked and decided by keyboard — a result without
// photo or template returned to the agency (Ctrl+R), a good one published (Ctrl+Enter) — each
// checked on the server and in what the citizen reads.
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "core/publication.h"
#include "core/reportjson.h"
#include "models/queuemodel.h"
#include "support/apifixtures.h"
#include "support/consolearguments.h"
#include "support/consolegui.h"
#include "support/photos.h"
#include "support/syncclient.h"
#include "support/testserver.h"
#include "ui/dialogs/publicationdialog.h"
#include "ui/dialogs/sanctionsdialog.h"
#include "ui/mainwindow.h"
#include "ui/queue/queuepanel.h"
#include "ui/report/clockheader.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;
namespace pub = ioc::core::publication;

class TestPublishing final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"testpublishing"_s);
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);

        // An approved result on the template, with a photo sent by the agency's console stack.
        m_good = m_fixtures->reportIn(u"in_progress"_s);
        {
            test::SyncClient agency(m_server.url(), u"xuly1"_s);
            const QByteArray photo = test::jpegPhoto(u"publication"_s, QColor(0x33, 0x66, 0x99));
            m_photoSha = test::sha256Hex(photo);
            agency.engine().setMediaSource([photo](const QString &) { return std::optional(photo); });
            agency.syncOnce();
            const core::Report report = core::json::toReport(m_fixtures->report(m_good)).value();
            m_reply = pub::composeResult(report, u"UBND thành phố Đông Hà"_s,
                                         u"Đã vá ổ gà trước số nhà 10, thông xe lúc 15 giờ."_s);
            QVERIFY(agency.act(m_good, u"submit_result"_s, {{u"result"_s, m_reply}}, {m_photoSha}));
            agency.syncOnce();
            QCOMPARE(m_fixtures->report(m_good).value(u"state"_s).toString(), u"awaiting_approval"_s);
        }
        m_fixtures->must(u"agency_leader"_s, m_good, u"leader_approve"_s);
        // An approved result that is neither on the template nor proven by a photo.
        m_bad = m_fixtures->reportIn(u"in_progress"_s);
        m_fixtures->must(u"agency_staff"_s, m_bad, u"submit_result"_s, {{u"result"_s, u"Đã vá ổ gà."_s}});
        m_fixtures->must(u"agency_leader"_s, m_bad, u"leader_approve"_s);
        m_verified = m_fixtures->reportIn(u"verified"_s);
        // The reporter asked for confidentiality (12.3).
        test::ApiFixtures::Options confidential;
        confidential.confidential = true;
        m_confidential = m_fixtures->reportIn(u"approved"_s, confidential);

        // A citizen whose three submissions were rejected for offensive language (14.1.a).
        const QByteArray offender = m_fixtures->newCitizen().second;
        for (int i = 0; i < 3; ++i) {
            m_offending = m_fixtures->submitAs(offender);
            QVERIFY(!m_offending.isEmpty());
            m_fixtures->must(
                u"duty_officer"_s, m_offending, u"reject"_s,
                {{u"reasons"_s, QJsonArray{u"violation"_s}}, {u"reply"_s, u"Nội dung có câu từ không chuẩn mực."_s}});
        }

        m_window = test::startConsole(m_console, m_dir.path(), m_server.url(), u"truc1"_s);
        QVERIFY(m_window);
        m_window->queue()->setSavedView(models::SavedView::All);
    }

    void cleanup()
    {
        if (ui::PublicationDialog *dialog = m_console.controller()->processing().publicationDialog()) {
            dialog->reject();
        }
        QTest::qWait(50);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_server.stop();
    }

    // Template parts and the photo missing: publishing is refused, the result goes back with
    // the failing items as the note (60 minutes for the agency).
    void failingResultIsReturned()
    {
        ui::PublicationDialog *dialog = open(m_bad);
        QVERIFY(dialog);
        const pub::Gate &gate = dialog->gate();
        QCOMPARE(gate.check(pub::Item::Photos)->verdict, pub::Verdict::Fail);
        QCOMPARE(gate.check(pub::Item::Addressee)->verdict, pub::Verdict::Fail);
        QCOMPARE(gate.proposedFix, std::optional(core::Action::RequestResultFix));
        QVERIFY(!dialog->findChild<QPushButton *>(u"publicationPublish"_s)->isEnabled());
        // Every failing item is on screen, marked.
        const QString shownChecks = dialog->findChild<QTextBrowser *>(u"publicationChecks"_s)->toPlainText();
        int failing = 0;
        for (const pub::Check &c : gate.checks) {
            if (c.verdict == pub::Verdict::Fail) {
                ++failing;
                QVERIFY2(shownChecks.contains(c.detail), qPrintable(shownChecks));
            }
        }
        QVERIFY2(failing >= 3, qPrintable(QString::number(failing))); // addressee, agency, thanks, photos
        QCOMPARE(shownChecks.count(u"✘"_s), failing);
        const QString note = dialog->findChild<QLineEdit *>(u"publicationNote"_s)->text();
        QVERIFY(!note.isEmpty());
        press(dialog, Qt::Key_R);
        const QJsonObject report = test::waitForState(*m_fixtures, m_bad, u"result_fix"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"result_fix"_s);
        bool noted = false;
        for (const QJsonValue &event : report.value(u"events"_s).toArray()) {
            const QJsonObject e = event.toObject();
            noted = noted || (e.value(u"action"_s) == u"request_result_fix"_s &&
                              e.value(u"payload"_s).toObject().value(u"note"_s).toString() == note);
        }
        QVERIFY(noted);
    }

    // A good result: the gate passes, the public version hides the reporter, the timeline is the
    // citizen's; Ctrl+Enter publishes it.
    void goodResultIsPublished()
    {
        ui::PublicationDialog *dialog = open(m_good);
        QVERIFY(dialog);
        QVERIFY(dialog->gate().passes());
        // The header names the clock the dialog answers to, as the queue does (issue 27 §2).
        const ui::ClockHeader *header = dialog->clockHeader();
        QVERIFY(header->isVisible());
        QVERIFY2(header->text().startsWith(u"Thời hạn: Đăng tải · IOC · "_s), qPrintable(header->text()));
        QCOMPARE(header->text(), u"Thời hạn: "_s + m_console.controller()->model().countdownOf(m_good).text);
        QVERIFY2(header->toolTip().contains(u"Phụ lục 2, bước 5"_s), qPrintable(header->toolTip()));
        const QString shown = dialog->findChild<QTextBrowser *>(u"publicationPublic"_s)->toPlainText();
        QVERIFY2(!shown.contains(u"Võ Thị Mai"_s), qPrintable(shown));
        // The agency composed it without the identity it was never given (PRODUCT.md §17).
        QVERIFY2(shown.startsWith(u"Kính gửi: Ông/Bà đã phản ánh"_s), qPrintable(shown));
        QCOMPARE(shown, dialog->publicText());
        const QStringList timeline = dialog->timelineText().split(u'\n');
        QStringList expected;
        for (const char *action :
             {"create", "accept", "distribute", "agency_accept", "submit_result", "leader_approve", "publish"}) {
            expected.append(pub::timelineLabel(QString::fromLatin1(action)));
        }
        QCOMPARE(timeline.size(), expected.size() + 1); // the audience line first
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(timeline.at(i + 1).contains(expected.at(i)), qPrintable(timeline.join(u" | "_s)));
        }
        // The result photo arrives from the server and is shown.
        auto *photos = dialog->findChild<QListWidget *>(u"publicationPhotos"_s);
        QCOMPARE(photos->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!photos->item(0)->icon().isNull(), 20000);

        press(dialog, Qt::Key_Return);
        const QJsonObject report = test::waitForState(*m_fixtures, m_good, u"published"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(report.value(u"public_text"_s).toString(), shown);
        QVERIFY(!report.value(u"confidential_publication"_s).toBool());
        const QJsonObject mine = m_http->get(u"/v1/citizen/reports/"_s + m_good, m_fixtures->token(u"citizen"_s))
                                     .json.value(u"report"_s)
                                     .toObject();
        QCOMPARE(mine.value(u"reply_text"_s).toString(), m_reply); // by name, to the reporter only
    }

    // The reporter's wish for confidentiality is kept: the box is ticked and cannot be cleared.
    void confidentialityIsForced()
    {
        ui::PublicationDialog *dialog = open(m_confidential);
        QVERIFY(dialog);
        auto *box = dialog->findChild<QCheckBox *>(u"publicationConfidential"_s);
        QVERIFY(box->isChecked());
        QVERIFY(!box->isEnabled());
        QVERIFY(dialog->gate().confidential);
    }

    // The sender's account after three violating submissions: flagged; locked with a reason
    // (Ctrl+Shift+A), on the server at once.
    void lockTheSendersAccount()
    {
        QVERIFY(test::selectInQueue(m_console, m_offending));
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_console.controller()->sanctions().dialog() != nullptr);
        ui::SanctionsDialog *dialog = m_console.controller()->sanctions().dialog();
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->statusText().contains(u": 3 "_s), qPrintable(dialog->statusText()), 10000);
        auto *lock = dialog->findChild<QPushButton *>(u"sanctionsLockAccount"_s);
        QVERIFY(!lock->isEnabled()); // a reason first
        dialog->findChild<QLineEdit *>(u"sanctionsReason"_s)->insert(u"Gửi nội dung vi phạm 3 lần"_s);
        QVERIFY(lock->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(u"sanctionsUnlockAccount"_s)->isEnabled());
        QTest::mouseClick(lock, Qt::LeftButton);
        auto *unlock = dialog->findChild<QPushButton *>(u"sanctionsUnlockAccount"_s);
        QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 10000);
        QVERIFY(!lock->isEnabled());
        // The server holds the lock: the account cannot send any more.
        // (The account id travels with the masked identity: an id, not a name.)
        const QString accountId = m_console.controller()->session().reports().report(m_offending)->reporter.accountId;
        QVERIFY(!accountId.isEmpty());
        const QJsonObject status = m_http->get(u"/v1/accounts/"_s + accountId, m_fixtures->token(u"supervisor"_s))
                                       .json.value(u"account"_s)
                                       .toObject();
        QVERIFY(status.value(u"locked"_s).toBool());
        dialog->reject();
    }

    // No agency in the system is competent (Điều 10.4): the invitation of a new unit, with its
    // official letter, is recorded on the report, which stays to be distributed.
    void inviteANewUnit()
    {
        QVERIFY(test::selectInQueue(m_console, m_verified));
        QObject guard;
        bool invited = false;
        test::onNextDialog(&guard, u"distributionDialog"_s, [&](QDialog *d) {
            test::onNextDialog(&guard, u"inviteDialog"_s, [&](QDialog *ask) {
                ask->findChild<QLineEdit *>(u"inviteUnit"_s)->insert(u"Ban Quản lý dự án giao thông tỉnh"_s);
                ask->findChild<QLineEdit *>(u"inviteLetter"_s)->insert(u"123/TTGSĐH-VP"_s);
                invited = true;
                ask->accept();
            });
            QTest::mouseClick(d->findChild<QPushButton *>(u"distributeInvite"_s), Qt::LeftButton);
        });
        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(invited);
        QString note;
        QDeadlineTimer deadline(20000);
        while (note.isEmpty() && !deadline.hasExpired()) {
            for (const QJsonValue &event : m_fixtures->report(m_verified).value(u"events"_s).toArray()) {
                if (event.toObject().value(u"action"_s) == u"add_note"_s) {
                    note = event.toObject().value(u"payload"_s).toObject().value(u"text"_s).toString();
                }
            }
            QTest::qWait(100);
        }
        QVERIFY2(note.contains(u"Ban Quản lý dự án giao thông tỉnh"_s) && note.contains(u"123/TTGSĐH-VP"_s),
                 qPrintable(note));
        const QJsonObject report = m_fixtures->report(m_verified);
        QCOMPARE(report.value(u"state"_s).toString(), u"verified"_s);
    }

private:
    ui::PublicationDialog *open(const QString &id)
    {
        return test::openOn<ui::PublicationDialog>(m_console, id, Qt::Key_P, Qt::ControlModifier, [this] {
            return m_console.controller()->processing().publicationDialog();
        });
    }

    void press(ui::PublicationDialog *dialog, Qt::Key key)
    {
        QPointer<ui::PublicationDialog> guard(dialog);
        QVERIFY(test::activate(dialog));
        QTest::keyClick(dialog, key, Qt::ControlModifier);
        // A button's shortcut clicks with an animation: a moment later.
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    }

    QTemporaryDir m_dir;
    test::TestServer m_server{{.demo = true,
                               .dataDirectory = {},
                               .extraArguments = {u"--demo-reports"_s, u"160"_s},
                               .postgresUrl = {},
                               .environment = {}}};
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    ConsoleApplication m_console;
    ui::MainWindow *m_window = nullptr;
    QString m_good;
    QString m_bad;
    QString m_confidential;
    QString m_reply;
    QString m_photoSha;
    QString m_offending;
    QString m_verified;
};

QTEST_MAIN(TestPublishing)
#include "testpublishing.moc"
