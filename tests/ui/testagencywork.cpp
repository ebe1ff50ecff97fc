// An agency's workstation end to end: the real console signed in as an agency's processing
// officer (xuly1, UBND thành phố Đông Hà) to the real ioc-server over TLS, working through the
// processing dialog by keyboard — accept, the result on the Phụ lục 1 template with a photo,
// an extension with a commitment result, a return as not competent — each checked on the server.
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "core/reportjson.h"
#include "core/vntime.h"
#include "models/queuemodel.h"
#include "support/apifixtures.h"
#include "support/consolearguments.h"
#include "support/consolegui.h"
#include "support/photos.h"
#include "support/testserver.h"
#include "ui/dialogs/processingdialog.h"
#include "ui/dialogs/resulteditor.h"
#include "ui/mainwindow.h"
#include "ui/queue/queuepanel.h"
#include "ui/report/clockheader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ioc;
using namespace Qt::StringLiterals;

class TestAgencyWork final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"testagencywork"_s);
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
        // The agency's work waiting for it, made by the citizen and the IOC through the API.
        m_toAccept = m_fixtures->reportIn(u"distributed"_s);
        m_toSubmit = m_fixtures->reportIn(u"in_progress"_s);
        m_toExtend = m_fixtures->reportIn(u"in_progress"_s);
        m_toReturn = m_fixtures->reportIn(u"distributed"_s);

        m_window = test::startConsole(m_console, m_dir.path(), m_server.url(), u"xuly1"_s);
        QVERIFY(m_window);
        m_window->queue()->setSavedView(models::SavedView::All);
    }

    void cleanup()
    {
        if (ui::ProcessingDialog *dialog = m_console.controller()->processing().processingDialog()) {
            dialog->reject();
        }
        QTest::qWait(50);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_server.stop();
    }

    // The agency's own views instead of the IOC's: what waits for acceptance is there.
    void agencyViews()
    {
        ui::QueuePanel *queue = m_window->queue();
        auto *views = queue->findChild<QComboBox *>(u"savedViewCombo"_s);
        QVERIFY(views->findData(int(models::SavedView::ToAccept)) >= 0);
        QVERIFY(views->findData(int(models::SavedView::AgencyCoordinating)) >= 0);
        QVERIFY(views->findData(int(models::SavedView::AgencyUpperLevel)) >= 0);
        QCOMPARE(views->findData(int(models::SavedView::ToVerify)), -1); // the IOC's work
        QTRY_VERIFY_WITH_TIMEOUT(m_console.controller()->model().rowOf(m_toAccept) >= 0, 20000);
        queue->setSavedView(models::SavedView::ToAccept);
        const models::QueueModel &model = m_console.controller()->model();
        QVERIFY(model.rowOf(m_toAccept) >= 0);
        QCOMPARE(model.rowOf(m_toSubmit), -1); // already accepted
        queue->setSavedView(models::SavedView::AgencyLead);
        QVERIFY(model.rowOf(m_toSubmit) >= 0);
        queue->setSavedView(models::SavedView::All);
    }

    // P opens the dialog on the selected report with accepting first; Ctrl+Enter accepts.
    void acceptByKeyboard()
    {
        ui::ProcessingDialog *dialog = open(m_toAccept);
        QVERIFY(dialog);
        QCOMPARE(dialog->action(), core::Action::AgencyAccept);
        // The header: the acceptance clock, the agency's turn (Điều 11.1.a), live (issue 27 §2).
        const ui::ClockHeader *header = dialog->clockHeader();
        QVERIFY(header->isVisible());
        QVERIFY2(header->text().startsWith(u"Thời hạn: Tiếp nhận · UBND"_s), qPrintable(header->text()));
        QVERIFY2(header->toolTip().contains(u"Điều 11, điểm 1.a"_s), qPrintable(header->toolTip()));
        // Only what the agency may do now: no leader's or IOC's actions.
        const auto *actions = dialog->findChild<QListWidget *>(u"processingActions"_s);
        QStringList offered;
        for (int i = 0; i < actions->count(); ++i) {
            offered.append(actions->item(i)->text());
        }
        QCOMPARE(offered.size(), 3); // accept, return as not competent, decline
        QVERIFY(!dialog->selectAction(core::Action::LeaderApprove));
        QVERIFY(!dialog->selectAction(core::Action::SubmitResult)); // accept first
        QVERIFY(dialog->selectAction(core::Action::AgencyAccept));
        carryOut(dialog);
        QCOMPARE(test::waitForState(*m_fixtures, m_toAccept, u"in_progress"_s).value(u"state"_s).toString(),
                 u"in_progress"_s);
    }

    // The result editor starts from the template; the result and a photo are required; the
    // server gets the text and the photo.
    void submitResultWithPhoto()
    {
        ui::ProcessingDialog *dialog = open(m_toSubmit);
        QVERIFY(dialog);
        QVERIFY(dialog->selectAction(core::Action::SubmitResult));
        ui::ResultEditor *editor = dialog->resultEditor();
        QVERIFY(editor);
        auto *text = editor->findChild<QPlainTextEdit *>(u"resultText"_s);
        const QString initial = text->toPlainText();
        QVERIFY2(initial.startsWith(u"Kính gửi: "_s), qPrintable(initial));
        QVERIFY(initial.contains(u"UBND thành phố Đông Hà đã tiến hành kiểm tra, xử lý"_s));
        QVERIFY(initial.endsWith(u"Trân trọng./."_s));
        auto *carry = dialog->findChild<QPushButton *>(u"processingDo"_s);
        QVERIFY(!carry->isEnabled()); // the template alone is no result
        QVERIFY(editor->checksText().contains(u"✘"_s));

        // Typed where the cursor waits: after "như sau:".
        text->setFocus();
        text->insertPlainText(u"Đã vá ổ gà trước số nhà 10 bằng bê tông nhựa, thông xe lúc 15 giờ."_s);
        QVERIFY(text->toPlainText().contains(u"như sau: Đã vá ổ gà trước số nhà 10"_s));
        QVERIFY(carry->isEnabled());
        // Without a photo of the result: a question that says why the citizen would want one
        // (issue 27 §4); "Thêm ảnh" goes back to the dialog and sends nothing.
        QVERIFY(test::activate(dialog));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = dialog->findChild<QMessageBox *>(u"resultWithoutPhoto"_s)) != nullptr &&
                    question->isVisible());
        QVERIFY2(question->informativeText().contains(u"Điều 12.2"_s), qPrintable(question->informativeText()));
        QTest::mouseClick(question->findChild<QPushButton *>(u"resultWithoutPhotoAdd"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog->findChild<QMessageBox *>(u"resultWithoutPhoto"_s) == nullptr);
        QVERIFY(dialog->isVisible());
        QTest::qWait(500);
        QCOMPARE(m_console.controller()->session().status().pending, 0); // nothing queued
        QCOMPARE(m_http->get(u"/v1/reports/"_s + m_toSubmit, m_fixtures->token(u"duty_officer"_s))
                     .json.value(u"report"_s)
                     .toObject()
                     .value(u"state"_s)
                     .toString(),
                 u"in_progress"_s); // nor sent
        const QString photo = writePhoto(u"ket-qua.jpg"_s);
        editor->addFile(photo);
        QVERIFY2(!editor->checksText().contains(u"✘"_s), qPrintable(editor->checksText()));
        carryOut(dialog);

        const QJsonObject report = test::waitForState(*m_fixtures, m_toSubmit, u"awaiting_approval"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"awaiting_approval"_s);
        QVERIFY(report.value(u"result_text"_s).toString().contains(u"thông xe lúc 15 giờ"_s));
        QCOMPARE(report.value(u"result_attachments"_s).toArray(), QJsonArray{m_photoSha});
        QCOMPARE(m_http->get(u"/v1/media/"_s + m_photoSha, m_fixtures->token(u"duty_officer"_s)).status, 200);
    }

    // An extension proposed on one of 11.2.b's grounds, with a new due time and a commitment
    // result composed from the template; the leader decides (leaderApprovesTheExtension).
    void proposeAnExtensionWithCommitment()
    {
        ui::ProcessingDialog *dialog = open(m_toExtend);
        QVERIFY(dialog);
        QVERIFY(!dialog->selectAction(core::Action::Extend)); // the leader's decision
        QVERIFY(dialog->selectAction(core::Action::ProposeExtension));
        auto *carry = dialog->findChild<QPushButton *>(u"processingDo"_s);
        QVERIFY(!carry->isEnabled()); // a reason is required
        auto *ground = dialog->currentPage()->findChild<QComboBox *>(u"processingGround"_s);
        QCOMPARE(ground->count(), 4);
        ground->setCurrentIndex(ground->findData(u"several_agencies"_s));
        QVERIFY(ground->currentText().contains(u"cơ quan"_s) || ground->currentText().contains(u"agencies"_s));
        dialog->currentPage()
            ->findChild<QPlainTextEdit *>(u"processingReason"_s)
            ->setPlainText(u"Cần lập dự toán kinh phí sửa chữa mặt đường"_s);
        auto *due = dialog->currentPage()->findChild<QDateTimeEdit *>(u"processingNewDue"_s);
        const QDate date = due->dateTime().date().addDays(3);
        due->setDateTime(QDateTime(date, QTime(16, 0), QTimeZone::utc()));
        dialog->currentPage()->findChild<QCheckBox *>(u"processingCommit"_s)->setChecked(true);
        const QString commitment =
            dialog->currentPage()->findChild<QPlainTextEdit *>(u"processingCommitment"_s)->toPlainText();
        QVERIFY2(commitment.contains(u"cam kết hoàn thành xử lý trước ngày %1"_s.arg(date.toString(u"dd/MM/yyyy"_s))),
                 qPrintable(commitment));
        QVERIFY(carry->isEnabled());
        carryOut(dialog);

        QJsonObject report;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && !report.value(u"extension_proposal"_s).isObject()) {
            QTest::qWait(100);
            report = m_fixtures->report(m_toExtend);
        }
        const QJsonObject proposal = report.value(u"extension_proposal"_s).toObject();
        QCOMPARE(proposal.value(u"ground"_s).toString(), u"several_agencies"_s);
        QCOMPARE(proposal.value(u"commitment"_s).toString(), commitment);
        // 16:00 in Vietnam is 09:00 UTC.
        QCOMPARE(*core::vntime::parseIso8601(proposal.value(u"new_due"_s).toString()),
                 QDateTime(date, QTime(9, 0), QTimeZone::utc()));
        QVERIFY(report.value(u"commitment_text"_s).toString().isEmpty()); // nothing is published before approval
        m_proposedDue = QDateTime(date, QTime(9, 0), QTimeZone::utc());
        m_commitment = commitment;
    }

    // 11.2.b: once 6 working days have passed without a result, the processing dialog opens on
    // the status notice the reporter is owed; before, on the first step as usual.
    void theDialogAsksForTheStatusNoticeWhenItIsDue()
    {
        const QString id = m_fixtures->reportIn(u"in_progress"_s);
        const auto parsed = core::json::toReport(m_fixtures->report(id, u"agency_staff"_s));
        QVERIFY(parsed.ok());
        const core::Report report = parsed.value();
        const core::ReportClock *notice = report.runningClock(core::ClockStep::StatusNotice);
        QVERIFY(notice != nullptr);
        const core::Actor staff{u"u-xuly1"_s, core::Role::AgencyStaff, u"ubnd-dong-ha"_s};
        const core::Directory &directory = m_console.controller()->directory();
        const QList<core::Action> available = core::availableActions(report, staff, &directory);
        QVERIFY(available.contains(core::Action::NotifyStatus));
        {
            ui::ProcessingDialog early(report, directory, staff, available, notice->startedAt.addSecs(-3600));
            QVERIFY(early.action() != core::Action::NotifyStatus);
        }
        ui::ProcessingDialog due(report, directory, staff, available, notice->startedAt.addSecs(3600));
        QCOMPARE(due.action(), core::Action::NotifyStatus);
        auto *text = due.currentPage()->findChild<QPlainTextEdit *>(u"processingStatusText"_s);
        QVERIFY(!due.findChild<QPushButton *>(u"processingDo"_s)->isEnabled()); // the agency says how it stands
        const QString opening = text->toPlainText();
        text->setPlainText(opening + u"đang chờ vật tư."_s);
        QVERIFY(due.findChild<QPushButton *>(u"processingDo"_s)->isEnabled());
        QCOMPARE(due.payload().value(u"text"_s).toString(), QString(opening + u"đang chờ vật tư."_s).trimmed());
    }

    // Not competent: the competent agency is proposed from the responsibility rules.
    void returnAsNotCompetent()
    {
        ui::ProcessingDialog *dialog = open(m_toReturn);
        QVERIFY(dialog);
        QVERIFY(dialog->selectAction(core::Action::ReturnNotCompetent));
        auto *agency = dialog->currentPage()->findChild<QComboBox *>(u"processingSuggestedAgency"_s);
        const QString suggested = agency->currentData().toString();
        QVERIFY2(!suggested.isEmpty() && suggested != u"ubnd-dong-ha"_s, qPrintable(suggested));
        dialog->currentPage()
            ->findChild<QPlainTextEdit *>(u"processingReason"_s)
            ->setPlainText(u"Tuyến đường do Sở Giao thông vận tải quản lý"_s);
        carryOut(dialog);
        const QJsonObject report = test::waitForState(*m_fixtures, m_toReturn, u"returned"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"returned"_s);
        QCOMPARE(report.value(u"suggested_agency_id"_s).toString(), suggested);
        // Gone from this agency's queue once the server says so (the next pull or long poll). In
        // the sanitizer build, with every test running beside it on two cores, a pull that got
        // no answer backs off: one run needed more than a minute.
#ifdef IOC_SANITIZED
        constexpr int removalWaitMs = 180000;
#else
        constexpr int removalWaitMs = 60000;
#endif
        QTRY_VERIFY_WITH_TIMEOUT(m_console.controller()->model().rowOf(m_toReturn) < 0, removalWaitMs);
    }

    // The agency's leader on the same workstation after a sign-out: the submitted result is
    // there to approve, with the leader's three choices; Ctrl+Enter approves.
    void leaderApprovesTheResult()
    {
        m_console.controller()->signOut();
        session::SessionOptions options;
        options.server = m_server.url();
        options.username = u"lanhdao1"_s;
        options.caFile = test::TestCertificates::instance().caFile();
        options.profileDirectory = m_dir.filePath(u"profile-leader"_s);
        QByteArray passphrase("a throwaway profile passphrase");
        options.profilePassphrase = std::make_shared<core::SecretBytes>(core::SecretBytes::take(passphrase));
        QSignalSpy queueReady(m_console.controller(), &ConsoleController::queueReady);
        QString error;
        QVERIFY2(m_console.controller()->signInDirectly(options, "demo", &error), qPrintable(error));
        // The passphrase was consumed when the key was derived: wiped, kept nowhere.
        QVERIFY(options.profilePassphrase->isEmpty());
        QVERIFY(!m_console.controller()->session().options().profilePassphrase);
        QVERIFY(queueReady.wait(60000) || queueReady.count() > 0);
        QCOMPARE(m_console.controller()->session().user()->role, core::Role::AgencyLeader);
        m_window->queue()->setSavedView(models::SavedView::ToApprove);
        QTRY_VERIFY_WITH_TIMEOUT(m_console.controller()->model().rowOf(m_toSubmit) >= 0, 20000);

        ui::ProcessingDialog *dialog = open(m_toSubmit);
        QVERIFY(dialog);
        QCOMPARE(dialog->action(), core::Action::LeaderApprove);
        QVERIFY(!dialog->selectAction(core::Action::SubmitResult)); // the staff's step
        QVERIFY(dialog->selectAction(core::Action::LeaderReturn));
        QVERIFY(!dialog->findChild<QPushButton *>(u"processingDo"_s)->isEnabled()); // a comment first
        QVERIFY(dialog->selectAction(core::Action::LeaderEditApprove));
        QVERIFY(dialog->resultEditor()->text().contains(u"thông xe lúc 15 giờ"_s)); // the submitted result
        QVERIFY(dialog->selectAction(core::Action::LeaderApprove));
        carryOut(dialog);
        const QJsonObject report = test::waitForState(*m_fixtures, m_toSubmit, u"approved"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"approved"_s);
        bool byLeader = false;
        for (const QJsonValue &event : report.value(u"events"_s).toArray()) {
            const QJsonObject e = event.toObject();
            byLeader = byLeader || (e.value(u"action"_s) == u"leader_approve"_s &&
                                    e.value(u"actor_id"_s).toString() == u"u-lanhdao1"_s);
        }
        QVERIFY(byLeader);
    }

    // The leader approves the staff's proposal: the commitment result is published and the
    // extended time runs on its own clock.
    void leaderApprovesTheExtension()
    {
        QVERIFY(m_proposedDue.isValid());
        m_window->queue()->setSavedView(models::SavedView::All);
        QTRY_VERIFY_WITH_TIMEOUT(m_console.controller()->model().rowOf(m_toExtend) >= 0, 20000);
        ui::ProcessingDialog *dialog = open(m_toExtend);
        QVERIFY(dialog);
        QVERIFY(!dialog->selectAction(core::Action::ProposeExtension)); // one is waiting
        QVERIFY(dialog->selectAction(core::Action::Extend));
        QVERIFY(dialog->currentPage()->findChild<QRadioButton *>(u"processingApprove"_s)->isChecked());
        dialog->currentPage()->findChild<QRadioButton *>(u"processingRefuse"_s)->setChecked(true);
        QVERIFY(!dialog->findChild<QPushButton *>(u"processingDo"_s)->isEnabled()); // a refusal says why
        dialog->currentPage()->findChild<QRadioButton *>(u"processingApprove"_s)->setChecked(true);
        carryOut(dialog);

        QJsonObject report;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && report.value(u"commitment_text"_s).toString().isEmpty()) {
            QTest::qWait(100);
            report = m_fixtures->report(m_toExtend);
        }
        QCOMPARE(report.value(u"commitment_text"_s).toString(), m_commitment);
        QCOMPARE(report.value(u"state"_s).toString(), u"in_progress"_s);
        QVERIFY(report.value(u"extension_proposal"_s).isNull());
        QDateTime committedDue;
        for (const QJsonValue &clock : report.value(u"clocks"_s).toArray()) {
            const QJsonObject c = clock.toObject();
            if (c.value(u"step"_s) == u"commitment"_s && c.value(u"status"_s) == u"running"_s) {
                committedDue = *core::vntime::parseIso8601(c.value(u"due_at"_s).toString());
            }
        }
        QCOMPARE(committedDue, m_proposedDue);
    }

    // A "Không hài lòng" rating flags the agency (13.3): an alert on its leader's console, and no
    // clock starts; a satisfied rating raises nothing.
    void aDissatisfiedRatingFlagsTheAgency()
    {
        const QString pleased = m_fixtures->reportIn(u"published"_s);
        const QString unhappy = m_fixtures->reportIn(u"published"_s);
        QSignalSpy alerted(&m_console.controller()->alerts(), &AlertCenter::alerted);
        m_fixtures->must(u"citizen"_s, pleased, u"rate"_s, {{u"level"_s, u"satisfied"_s}});
        m_fixtures->must(u"citizen"_s, unhappy, u"rate"_s,
                         {{u"level"_s, u"not_satisfied"_s}, {u"comment"_s, u"Mặt đường vẫn gồ ghề"_s}});
        const auto flagged = [&alerted](const QString &id) {
            for (const QList<QVariant> &args : std::as_const(alerted)) {
                if (args.at(0).value<AlertCenter::Kind>() == AlertCenter::Kind::NotSatisfied &&
                    args.at(1).toString().startsWith(id + u'@')) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(flagged(unhappy), 60000);
        QVERIFY(!flagged(pleased));
        const QJsonObject report = m_fixtures->report(unhappy);
        for (const QJsonValue &clock : report.value(u"clocks"_s).toArray()) {
            QVERIFY(clock.toObject().value(u"step"_s).toString() != u"interaction"_s);
        }
    }

private:
    ui::ProcessingDialog *open(const QString &id)
    {
        return test::openOn<ui::ProcessingDialog>(m_console, id, Qt::Key_P, Qt::NoModifier, [this] {
            return m_console.controller()->processing().processingDialog();
        });
    }

    void carryOut(ui::ProcessingDialog *dialog)
    {
        QPointer<ui::ProcessingDialog> guard(dialog);
        QVERIFY(test::activate(dialog));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        // A button's shortcut clicks with an animation: a moment later.
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    }

    QString writePhoto(const QString &name)
    {
        const QByteArray jpeg = test::jpegPhoto(name);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        m_photoSha = test::sha256Hex(jpeg);
        return path;
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
    QString m_toAccept;
    QString m_toSubmit;
    QString m_toExtend;
    QDateTime m_proposedDue;
    QString m_commitment;
    QString m_toReturn;
    QString m_photoSha;
};

QTEST_MAIN(TestAgencyWork)
#include "testagencywork.moc"
