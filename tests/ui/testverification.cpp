// Verification end to end: the real console (built by the real composition root) signed in to
// the real ioc-server over TLS with a SQLCipher profile; the demo's new reports verified with the
// dialog by keyboard — accept with a spelling correction, reject as a duplicate, request a
// supplement, reject for an old photo — and each result checked on the server and in what the
// citizen sees.
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "core/distribution.h"
#include "core/languagecheck.h"
#include "core/vntime.h"
#include "media/exif.h"
#include "models/queuemodel.h"
#include "storage/outboxrepository.h"
#include "support/consolearguments.h"
#include "support/consolegui.h"
#include "support/testserver.h"
#include "ui/dialogs/intakedialog.h"
#include "ui/dialogs/verificationdialog.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"
#include "ui/queue/queuepanel.h"
#include "ui/report/clockheader.h"
#include "ui/report/reportdetail.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

bool hasFinding(const session::Verification &v, const QString &code)
{
    for (const core::verification::Row &row : v.checklist.rows) {
        for (const core::identity::Finding &f : row.findings) {
            if (f.code == code) {
                return true;
            }
        }
    }
    return false;
}

QStringList names(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array) {
        list.append(v.toString());
    }
    return list;
}

} // namespace

class TestVerification final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"testverification"_s);
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_officerToken = m_http->login(u"giamsat1"_s);

        m_window = test::startConsole(m_console, m_dir.path(), m_server.url(), u"truc1"_s);
        QVERIFY(m_window);

        // Every new report's checklist, evaluated by the console's own verifier thread.
        session::ConsoleSession &session = m_console.controller()->session();
        QStringList received;
        for (const storage::QueueRow &row : session.reports().allRows()) {
            if (row.state == core::ReportState::Received) {
                received.append(row.id);
            }
        }
        QVERIFY2(received.size() >= 10, qPrintable(QString::number(received.size())));
        for (const QString &id : received) {
            session.verify(id, [this](const session::Verification &v) { m_evaluations.insert(v.reportId, v); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_evaluations.size(), received.size(), 60000);
    }

    // Each test starts from the main window.
    void cleanup()
    {
        for (QDialog *d : m_window->findChildren<QDialog *>()) {
            if (d->isVisible() && d->objectName() == u"distributionDialog"_s) {
                d->reject();
            }
        }
        if (ui::VerificationDialog *dialog = m_console.controller()->verification().dialog()) {
            dialog->close();
        }
        QTest::qWait(50);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_server.stop();
    }

    // The checklist on screen: one row per condition, the reporter's identity masked.
    void checklistShowsEveryConditionMasked()
    {
        const session::Verification &v = *find([](const session::Verification &) { return true; });
        QVERIFY(v.error.isEmpty());
        ui::VerificationDialog *dialog = nullptr;
        open(v.reportId, &dialog);
        if (QTest::currentTestFailed()) {
            return;
        }
        // The header counts down the clock the verification answers to, as the queue shows it,
        // and follows it live (issue 27 §2): a sync that moves the clock moves the header.
        models::QueueModel &model = m_console.controller()->model();
        const ui::ClockHeader *header = dialog->clockHeader();
        QVERIFY(header->isVisible());
        QCOMPARE(header->text(), u"Thời hạn: "_s + model.countdownOf(v.reportId).text);
        QVERIFY2(header->text().contains(u" · IOC · "_s), qPrintable(header->text()));
        const QList<storage::QueueRow> rows = m_console.controller()->session().reports().rows({v.reportId});
        QCOMPARE(rows.size(), 1);
        storage::QueueRow row = rows.first();
        const storage::QueueRow original = row;
        const QString before = header->text();
        row.nextDueAt = row.nextDueAt.addDays(30); // working time: a weekend may stop the clock
        model.apply({row});
        QVERIFY(model.countdownOf(v.reportId).text != before.mid(QStringView(u"Thời hạn: ").size()));
        QTRY_COMPARE(header->text(), u"Thời hạn: "_s + model.countdownOf(v.reportId).text);
        model.apply({original});
        QTRY_COMPARE(header->text(), u"Thời hạn: "_s + model.countdownOf(v.reportId).text);
        const QString text = dialog->checklistText();
        for (const char *condition :
             {"identity", "media", "position", "duplicates", "sender_history", "language", "scope"}) {
            QVERIFY2(text.contains(QString::fromLatin1(condition) + u": "_s), condition);
        }
        // The checklist was made without the identity on this workstation (PRODUCT.md §17): the
        // server's checks and its sender keys. The identity, as a reveal would give it, is not
        // on screen.
        const core::Reporter &reporter = v.report.reporter;
        QVERIFY(reporter.masked.present && !reporter.checks.isEmpty() && !reporter.senderKeys.isEmpty());
        QVERIFY(reporter.phone.isEmpty());
        QVERIFY(!m_console.controller()->session().identities().identityOf(v.reportId).has_value());
        const QJsonObject identity = m_http
                                         ->act(m_officerToken, v.reportId, u"reveal_identity"_s,
                                               {{u"reason"_s, u"Kiểm thử: đối chiếu màn hình"_s}})
                                         .json.value(u"identity"_s)
                                         .toObject();
        const QString phone = identity.value(u"phone"_s).toString();
        QVERIFY(!phone.isEmpty());
        QVERIFY2(!text.contains(phone), qPrintable(text));
        QVERIFY2(!text.contains(identity.value(u"full_name"_s).toString()), qPrintable(text));
        if (const QString id = identity.value(u"citizen_id"_s).toString(); !id.isEmpty()) {
            QVERIFY(!text.contains(id));
        }
    }

    // Abbreviations spelled out with one button, accepted with Ctrl+Enter: the server holds the
    // corrected text and keeps the original.
    void acceptWithSpellingCorrection()
    {
        const session::Verification *v = find([](const session::Verification &e) {
            return hasFinding(e, u"abbreviations"_s) && e.checklist.suggestedReasons.isEmpty();
        });
        if (v == nullptr) {
            v = find([](const session::Verification &e) { return hasFinding(e, u"abbreviations"_s); });
        }
        QVERIFY2(v != nullptr, "the demo has a new report with abbreviations");
        ui::VerificationDialog *dialog = nullptr;
        open(v->reportId, &dialog);
        if (QTest::currentTestFailed()) {
            return;
        }
        dialog->findChild<QCheckBox *>(u"verifyAdvance"_s)->setChecked(false);
        auto *spellOut = dialog->findChild<QPushButton *>(u"verifySpellOut"_s);
        QVERIFY(spellOut->isVisible());
        QTest::mouseClick(spellOut, Qt::LeftButton);
        const QString corrected = dialog->findChild<QPlainTextEdit *>(u"verifyContent"_s)->toPlainText();
        QVERIFY(corrected != v->report.content);
        QVERIFY(core::language::check(corrected).abbreviations.isEmpty()); // every one spelled out
        QVERIFY(!core::language::check(v->report.content).abbreviations.isEmpty());
        // The difference is on screen before deciding.
        QVERIFY(!dialog->findChild<QTextBrowser *>(u"verifyDiff"_s)->toHtml().isEmpty());
        QVERIFY(dialog->findChild<QTextBrowser *>(u"verifyDiff"_s)->toPlainText().contains(u"Content:"_s) ||
                dialog->findChild<QTextBrowser *>(u"verifyDiff"_s)->toPlainText().contains(u"Nội dung:"_s));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        const QJsonObject report = waitForState(v->reportId, u"verified"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"verified"_s);
        QCOMPARE(report.value(u"content"_s).toString(), corrected.trimmed());
        QCOMPARE(report.value(u"original_content"_s).toString(), v->report.content);
    }

    // A duplicate: Ctrl+R proposes "duplicate" with the best candidate as the primary; the
    // reply names it; the citizen sees the reply.
    void rejectAsDuplicate()
    {
        // (Not one without EXIF: that one is for the supplement.)
        const session::Verification *v = find([](const session::Verification &e) {
            return !e.checklist.duplicateOf.isEmpty() && !hasFinding(e, u"exif_missing"_s);
        });
        QVERIFY2(v != nullptr, "the demo has a new report repeating an earlier one");
        ui::VerificationDialog *dialog = nullptr;
        open(v->reportId, &dialog);
        if (QTest::currentTestFailed()) {
            return;
        }
        QString primaryCode;
        for (const core::verification::CandidateReport &c : v->candidates) {
            if (c.match.id == v->checklist.duplicateOf) {
                primaryCode = c.code;
            }
        }
        QVERIFY(!primaryCode.isEmpty());
        // The candidates are told in words: how alike, how far, which photos (issue 27 §6).
        auto *tabs = dialog->findChild<QTabWidget *>(u"verifyTabs"_s);
        QCOMPARE(tabs->tabText(1), u"Có thể trùng lặp (%1)"_s.arg(v->candidates.size()));
        auto *candidates = dialog->findChild<QListWidget *>(u"verifyCandidates"_s);
        QVERIFY(candidates->count() > 0);
        QVERIFY2(candidates->item(0)->text().contains(QRegularExpression(u"^PA-\\S+ — giống \\d+% · "_s)),
                 qPrintable(candidates->item(0)->text()));
        for (int i = 0; i < candidates->count(); ++i) {
            const QString text = candidates->item(i)->text();
            QVERIFY2(!text.contains(u"điểm"_s) && !text.contains(u"bit"_s) && !text.contains(u"score"_s),
                     qPrintable(text));
        }
        QString reply;
        QObject guard;
        test::onNextDialog(&guard, u"rejectDialog"_s, [&](QDialog *reject) {
            reply = reject->findChild<QPlainTextEdit *>(u"rejectReply"_s)->toPlainText();
            QTest::mouseClick(reject->findChild<QPushButton *>(u"rejectOk"_s), Qt::LeftButton);
        });
        QTest::keyClick(dialog, Qt::Key_R, Qt::ControlModifier); // a button's shortcut clicks it a moment later
        QTRY_VERIFY(!reply.isEmpty());
        QVERIFY2(reply.contains(primaryCode), qPrintable(reply));
        const QJsonObject report = waitForState(v->reportId, u"rejected"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"rejected"_s);
        QVERIFY(names(report.value(u"reject_reasons"_s).toArray()).contains(u"duplicate"_s));
        QCOMPARE(report.value(u"duplicate_of"_s).toString(), v->checklist.duplicateOf);
        QCOMPARE(citizenView(*v).value(u"reply_text"_s).toString(), reply.trimmed());
    }

    // Missing or stripped EXIF: a supplement is requested (Ctrl+B) with a composed message; the
    // report waits for the citizen with the 48-hour clock.
    void requestSupplement()
    {
        // A photo without EXIF (a report without any file is kept for the next test).
        const session::Verification *v = find([](const session::Verification &e) {
            return (hasFinding(e, u"exif_missing"_s) || hasFinding(e, u"exif_gps_far"_s)) && !e.report.media.isEmpty();
        });
        QVERIFY2(v != nullptr, "the demo has a new report with a photo without EXIF or taken far away");
        ui::VerificationDialog *dialog = nullptr;
        open(v->reportId, &dialog);
        if (QTest::currentTestFailed()) {
            return;
        }
        QString message;
        QObject guard;
        test::onNextDialog(&guard, u"supplementDialog"_s, [&](QDialog *supplement) {
            message = supplement->findChild<QPlainTextEdit *>(u"supplementMessage"_s)->toPlainText();
            QTest::mouseClick(supplement->findChild<QPushButton *>(u"supplementOk"_s), Qt::LeftButton);
        });
        QTest::keyClick(dialog, Qt::Key_B, Qt::ControlModifier);
        QTRY_VERIFY(!message.isEmpty());
        QVERIFY2(message.contains(u"48 giờ"_s), qPrintable(message));
        QVERIFY(message.contains(v->report.code));
        const QJsonObject report = waitForState(v->reportId, u"awaiting_supplement"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"awaiting_supplement"_s);
        bool clock = false;
        for (const QJsonValue &c : report.value(u"clocks"_s).toArray()) {
            clock = clock || (c.toObject().value(u"step"_s).toString() == u"supplement"_s &&
                              c.toObject().value(u"status"_s).toString() == u"running"_s);
        }
        QVERIFY(clock);
        QCOMPARE(citizenView(*v).value(u"supplement_request"_s).toString(), message.trimmed());
    }

    // A photo taken days before the report: "not taken within 24 hours" is proposed and the
    // reply says so and how to resubmit.
    void rejectForOldPhoto()
    {
        const session::Verification *v = find([this](const session::Verification &e) {
            return hasFinding(e, u"exif_old"_s) && !m_used.contains(e.reportId);
        });
        QVERIFY2(v != nullptr, "the demo has a new report with an old photo");
        QVERIFY(v->checklist.suggestedReasons.contains(core::RejectReason::MediaNotRecent));
        ui::VerificationDialog *dialog = nullptr;
        open(v->reportId, &dialog);
        if (QTest::currentTestFailed()) {
            return;
        }
        QString reply;
        QStringList ticked;
        QObject guard;
        test::onNextDialog(&guard, u"rejectDialog"_s, [&](QDialog *reject) {
            auto *reasons = reject->findChild<QListWidget *>(u"rejectReasons"_s);
            // Only the old photo: untick anything else the checklist proposed.
            for (int i = 0; i < reasons->count(); ++i) {
                const bool old = reasons->item(i)->data(Qt::UserRole).toString() == u"media_not_recent"_s;
                if (reasons->item(i)->checkState() == Qt::Checked) {
                    ticked.append(reasons->item(i)->data(Qt::UserRole).toString());
                }
                reasons->item(i)->setCheckState(old ? Qt::Checked : Qt::Unchecked);
            }
            reply = reject->findChild<QPlainTextEdit *>(u"rejectReply"_s)->toPlainText();
            QTest::mouseClick(reject->findChild<QPushButton *>(u"rejectOk"_s), Qt::LeftButton);
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"verifyReject"_s), Qt::LeftButton);
        QVERIFY(ticked.contains(u"media_not_recent"_s));
        QVERIFY2(reply.contains(u"24 giờ"_s), qPrintable(reply));
        const QJsonObject report = waitForState(v->reportId, u"rejected"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"rejected"_s);
        QCOMPARE(names(report.value(u"reject_reasons"_s).toArray()), QStringList{u"media_not_recent"_s});
        QCOMPARE(citizenView(*v).value(u"reply_text"_s).toString(), reply.trimmed());
    }

    // Without a photo (only an urgent hotline report may be accepted so, Art. 7.6.2.a) accepting
    // needs a reason, which the server keeps with the decision.
    void acceptWithoutMediaNeedsAReason()
    {
        const session::Verification *v = find([](const session::Verification &e) { return e.report.media.isEmpty(); });
        QVERIFY2(v != nullptr, "the demo has a new report without media");
        ui::VerificationDialog *dialog = nullptr;
        open(v->reportId, &dialog);
        if (QTest::currentTestFailed()) {
            return;
        }
        dialog->findChild<QCheckBox *>(u"verifyAdvance"_s)->setChecked(false);
        const int queuedBefore = int(m_console.controller()->session().outbox().entries().size());
        QSignalSpy decided(dialog, &ui::VerificationDialog::decided);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"verifyAccept"_s), Qt::LeftButton);
        QCOMPARE(decided.count(), 0);
        QVERIFY(dialog->findChild<QLabel *>(u"verifyStatus"_s)->text().contains(u"7.6.2.a"_s));
        QCOMPARE(int(m_console.controller()->session().outbox().entries().size()), queuedBefore);
        dialog->findChild<QLineEdit *>(u"verifyFlagReason"_s)->insert(u"Gọi lại xác nhận, cháy đang lan"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"verifyAccept"_s), Qt::LeftButton);
        QCOMPARE(decided.count(), 1);
        const QJsonObject report = waitForState(v->reportId, u"verified"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"verified"_s);
        bool noted = false;
        for (const QJsonValue &e : report.value(u"events"_s).toArray()) {
            const QJsonObject event = e.toObject();
            noted = noted || (event.value(u"action"_s).toString() == u"accept"_s &&
                              event.value(u"payload"_s)
                                  .toObject()
                                  .value(u"note"_s)
                                  .toString()
                                  .contains(u"Gọi lại xác nhận, cháy đang lan"_s));
        }
        QVERIFY(noted);
    }

    // A hotline call entered with the intake form (Ctrl+N): queued with an id made here and its
    // photo kept first; the server holds it with the photo, and it comes back for verification.
    void enterReportForACitizen()
    {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor(120, 90, 60));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "JPEG"));
        media::ExifValues exif;
        exif.capturedAt = m_console.controller()->session().serverNow().addSecs(-1800);
        exif.latitude = 16.8163;
        exif.longitude = 107.1003;
        QString error;
        const auto photo = media::writeExif(jpeg, exif, &error);
        QVERIFY2(photo, qPrintable(error));
        const QString path = m_dir.filePath(u"hien-truong.jpg"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*photo);
        file.close();

        QSignalSpy queued(&m_console.controller()->verification(), &VerificationController::reportQueued);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        ui::IntakeDialog *intake = nullptr;
        QTRY_VERIFY((intake = m_console.controller()->verification().intakeDialog()) != nullptr && intake->isVisible());
        auto *ok = intake->findChild<QPushButton *>(u"intakeOk"_s);
        QVERIFY(!ok->isEnabled() && !intake->problems().isEmpty()); // nothing typed yet
        auto *channel = intake->findChild<QComboBox *>(u"intakeChannel"_s);
        channel->setCurrentIndex(channel->findData(u"hotline"_s));
        auto fill = [intake](const char *name, const QString &text) {
            intake->findChild<QLineEdit *>(QString::fromLatin1(name))->insert(text); // keyClicks is Latin-1 only
        };
        fill("intakeName", u"Lê Thị Hoa"_s);
        fill("intakeAddress", u"25 Lê Duẩn, Phường 1, Đông Hà"_s);
        fill("intakePhone", u"0935 123 456"_s);
        fill("intakeCitizenId", u"045185001234"_s);
        fill("intakeTitle", u"Cây đổ chắn ngang đường Lê Duẩn"_s);
        intake->findChild<QPlainTextEdit *>(u"intakeContent"_s)
            ->setPlainText(u"Cây xà cừ lớn bị đổ sau mưa, chắn hết một làn xe trước số 25 Lê Duẩn."_s);
        auto *category = intake->findChild<QComboBox *>(u"intakeCategory"_s);
        category->setCurrentIndex(1);
        // A call starts with no position: not the workstation's, not one a placeholder suggests.
        for (const char *name : {"intakeLatitude", "intakeLongitude"}) {
            auto *edit = intake->findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY(edit->text().isEmpty());
            QVERIFY2(!edit->placeholderText().contains(QRegularExpression(u"\\d"_s)),
                     qPrintable(edit->placeholderText()));
            QVERIFY(!edit->accessibleName().isEmpty());
        }
        QVERIFY(intake->problems().join(u'\n').contains(u"bấm vào chỗ đó trên bản đồ"_s));
        QVERIFY(intake->findChild<QComboBox *>(u"intakeSource"_s)->currentData().toString() != u"device_gps"_s);
        // The form is not modal: a click on the map places the report and names its area.
        ui::MapView *map = m_window->mapView();
        m_window->findChild<QAction *>(u"actionMapHome"_s)->trigger();
        const QPoint where(map->width() / 2, map->height() / 2);
        QTest::mouseClick(map, Qt::LeftButton, {}, where);
        auto *source = intake->findChild<QComboBox *>(u"intakeSource"_s);
        QCOMPARE(source->currentData().toString(), u"map_click"_s);
        const double latitude = intake->findChild<QLineEdit *>(u"intakeLatitude"_s)->text().toDouble();
        const double longitude = intake->findChild<QLineEdit *>(u"intakeLongitude"_s)->text().toDouble();
        QVERIFY2(latitude > 16 && latitude < 17.5 && longitude > 106 && longitude < 107.5,
                 qPrintable(u"%1 %2"_s.arg(latitude).arg(longitude)));
        intake->addFile(path);
        QVERIFY2(intake->problems().isEmpty(), qPrintable(intake->problems().join(u'\n')));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(queued.count(), 1);
        const QString id = queued.first().first().toString();
        QJsonObject report;
        QTRY_VERIFY_WITH_TIMEOUT(
            (report = m_http->get(u"/v1/reports/"_s + id, m_officerToken).json.value(u"report"_s).toObject(),
             report.value(u"state"_s).toString() == u"received"_s),
            30000);
        QCOMPARE(report.value(u"title"_s).toString(), u"Cây đổ chắn ngang đường Lê Duẩn"_s);
        QCOMPARE(report.value(u"channel"_s).toString(), u"hotline"_s);
        // Entered here, kept whole on the server, read back masked; whole on a reveal.
        QCOMPARE(report.value(u"reporter"_s).toObject().value(u"masked"_s).toObject().value(u"citizen_id"_s).toString(),
                 u"••••••••••••"_s);
        QCOMPARE(m_http->act(m_officerToken, id, u"reveal_identity"_s, {{u"reason"_s, u"Kiểm thử"_s}})
                     .json.value(u"identity"_s)
                     .toObject()
                     .value(u"citizen_id"_s)
                     .toString(),
                 u"045185001234"_s);
        QCOMPARE(report.value(u"position"_s).toObject().value(u"source"_s).toString(), u"map_click"_s);
        QVERIFY(qAbs(report.value(u"position"_s).toObject().value(u"latitude"_s).toDouble() - latitude) < 1e-5);
        const QJsonArray media = report.value(u"media"_s).toArray();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().toObject().value(u"sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(*photo, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(media.first().toObject().value(u"file_name"_s).toString(), u"hien-truong.jpg"_s);
        // The server examined it: the capture time the checklist will judge.
        QVERIFY(media.first().toObject().value(u"facts"_s).toObject().value(u"has_exif"_s).toBool());
        // It comes back through sync, ready to verify.
        QTRY_VERIFY_WITH_TIMEOUT(m_console.controller()->model().rowOf(id) >= 0, 30000);
    }

    // A connected system is a channel of the form of its own, by its name: a report it could not
    // send (its link down) is entered for it, and the report says which system it came from.
    void aConnectedSystemIsAChannelOfTheForm()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        ui::IntakeDialog *intake = nullptr;
        QTRY_VERIFY((intake = m_console.controller()->verification().intakeDialog()) != nullptr && intake->isVisible());
        auto *channel = intake->findChild<QComboBox *>(u"intakeChannel"_s);
        int system = -1;
        for (int i = 0; i < channel->count(); ++i) {
            if (channel->itemText(i).contains(u"Tổng đài 1022"_s)) {
                system = i;
            }
        }
        QVERIFY2(system >= 0, "the demo's connected system is a channel of the form");
        QCOMPARE(channel->itemData(system).toString(), u"connected_system"_s);
        QVERIFY(channel->itemText(system).startsWith(u"Hệ thống kết nối — "_s));
        channel->setCurrentIndex(system);
        QCOMPARE(intake->payload().value(u"source_system_id"_s).toString(), u"u-ketnoi1022"_s);
        channel->setCurrentIndex(channel->findData(u"hotline"_s));
        QVERIFY(!intake->payload().contains(u"source_system_id"_s));
        intake->reject();
    }

    // The report accepted above is distributed with the dialog (Ctrl+D): area and lead agency
    // proposed with reasons, the clocks it starts shown; on the server it is with that agency,
    // whose staff now sees it.
    void distributeWithTheDialog()
    {
        QString id;
        for (const QString &used : std::as_const(m_used)) {
            const auto report = m_console.controller()->session().reports().report(used);
            if (report && report->state == core::ReportState::Verified) {
                id = used;
            }
        }
        QVERIFY2(!id.isEmpty(), "a report accepted by an earlier test is in the replica as verified");
        ui::QueuePanel *queue = m_window->queue();
        queue->setSavedView(models::SavedView::All);
        queue->table()->selectRow(m_console.controller()->model().rowOf(id));
        QCOMPARE(queue->currentReportId(), id);
        QString lead;
        QString clocks;
        QString reason;
        QString contacts;
        QString header;
        bool handled = false;
        QKeySequence okShortcut;
        QObject guard;
        test::onNextDialog(&guard, u"distributionDialog"_s, [&](QDialog *d) {
            handled = true;
            lead = d->findChild<QComboBox *>(u"distributeLead"_s)->currentData().toString();
            clocks = d->findChild<QLabel *>(u"distributeClocks"_s)->text();
            reason = d->findChild<QLabel *>(u"distributeLeadReason"_s)->text();
            contacts = d->findChild<QLabel *>(u"distributeContacts"_s)->text();
            header = d->findChild<QLabel *>(u"clockHeader"_s)->text();
            if (lead.isEmpty() || !d->findChild<QPushButton *>(u"distributeOk"_s)->isEnabled()) {
                lead.clear();
                d->reject(); // nothing to distribute to: the checks below say why
                return;
            }
            auto *ok = d->findChild<QPushButton *>(u"distributeOk"_s);
            okShortcut = ok->shortcut();
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QSignalSpy queued(&m_console.controller()->distribution(), &DistributionController::distributionQueued);
        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(handled);
        QVERIFY2(!lead.isEmpty(), qPrintable(reason + u" / "_s + clocks));
        QTRY_COMPARE(queued.count(), 1);
        QCOMPARE(okShortcut, QKeySequence(u"Ctrl+Return"_s));
        QVERIFY(!reason.isEmpty());
        QVERIFY(!contacts.isEmpty());
        QVERIFY2(header.startsWith(u"Thời hạn: Phân phối · IOC · "_s), qPrintable(header)); // issue 27 §2
        QVERIFY2(clocks.count(u'\n') >= 2, qPrintable(clocks)); // accept, return, process at least
        const QJsonObject report = waitForState(id, u"distributed"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"distributed"_s);
        QCOMPARE(report.value(u"lead_agency_id"_s).toString(), lead);
        const QString staff = lead == u"ubnd-dong-ha"_s ? u"xuly1"_s : u"xl."_s + lead;
        QCOMPARE(m_http->get(u"/v1/reports/"_s + id, m_http->login(staff)).status, 200);
    }

    // An urgent verified report goes at once to the proposed agency (F9).
    void distributeUrgentAtOnce()
    {
        // A verified report of the demo whose proposal is certain (inside an area, a competent
        // agency), made urgent by another duty officer on the server.
        session::ConsoleSession &session = m_console.controller()->session();
        const core::Directory directory = session.directory();
        QString id;
        int version = 0;
        for (const storage::QueueRow &row : session.reports().allRows()) {
            if (row.state != core::ReportState::Verified || m_used.contains(row.id)) {
                continue;
            }
            const auto area = core::distribution::proposeArea(directory, row.latitude, row.longitude,
                                                              core::vntime::localDate(session.serverNow()));
            if (!area.outside &&
                !core::distribution::proposeLead(directory, area.areaId, row.categoryId).agencyId.isEmpty()) {
                id = row.id;
                version = row.version;
            }
        }
        QVERIFY2(!id.isEmpty(), "the demo has verified reports");
        m_used.insert(id);
        if (!m_console.controller()->session().reports().report(id)->urgent) {
            const test::HttpResponse urgent =
                m_http->act(m_http->login(u"truc2"_s), id, u"set_urgent"_s,
                            {{u"urgent"_s, true}, {u"reason"_s, u"Cháy lan sang nhà bên cạnh"_s}}, version);
            QVERIFY2(urgent.status == 200, urgent.body.constData());
            QTRY_VERIFY_WITH_TIMEOUT(m_console.controller()->session().reports().report(id)->urgent, 20000);
        }
        ui::QueuePanel *queue = m_window->queue();
        queue->setSavedView(models::SavedView::All);
        queue->table()->selectRow(m_console.controller()->model().rowOf(id));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QSignalSpy queued(&m_console.controller()->distribution(), &DistributionController::distributionQueued);
        QTest::keyClick(m_window, Qt::Key_F9);
        QTRY_COMPARE(queued.count(), 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(session.reports().report(id)->code));
        const QJsonObject report = waitForState(id, u"distributed"_s);
        QCOMPARE(report.value(u"state"_s).toString(), u"distributed"_s);
        bool dispatchClock = false;
        for (const QJsonValue &c : report.value(u"clocks"_s).toArray()) {
            dispatchClock = dispatchClock || (c.toObject().value(u"step"_s).toString() == u"dispatch"_s &&
                                              c.toObject().value(u"status"_s).toString() == u"running"_s);
        }
        QVERIFY(dispatchClock); // urgent: the dispatch clock of Art. 15 runs

        // The agency's contact person stays in the detail while the report is open, with a
        // button that copies it (issue 27 §4), instead of a status bar message that goes.
        const core::Directory agencies = m_console.controller()->session().directory();
        const core::Agency *lead = agencies.agency(report.value(u"lead_agency_id"_s).toString());
        QVERIFY(lead != nullptr && !lead->contact.phone.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(session.reports().report(id)->state == core::ReportState::Distributed, 20000);
        QTRY_VERIFY(m_window->reportDetail()->plainText().contains(lead->contact.phone));
        auto *copy = m_window->reportDetail()->findChild<QPushButton *>(u"copyAgencyContact"_s);
        QVERIFY(copy != nullptr && copy->isVisible());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString contact = lead->contact.name + u" — "_s + lead->contact.phone;
        QCOMPARE(QGuiApplication::clipboard()->text(), contact);
    }

    // A decision moves on to the next report to verify; Ctrl+N skips without deciding.
    void movesToTheNextReport()
    {
        const session::Verification *v =
            find([this](const session::Verification &e) { return !m_used.contains(e.reportId); });
        QVERIFY(v != nullptr);
        ui::VerificationDialog *dialog = nullptr;
        open(v->reportId, &dialog);
        if (QTest::currentTestFailed()) {
            return;
        }
        dialog->findChild<QCheckBox *>(u"verifyAdvance"_s)->setChecked(true);
        QSignalSpy evaluated(&m_console.controller()->verification(), &VerificationController::evaluated);
        QTest::keyClick(dialog, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(evaluated.wait(20000));
        QVERIFY(dialog->reportId() != v->reportId);
        QCOMPARE(m_window->queue()->currentReportId(), dialog->reportId());
    }

    // Issue 27 §3: after a decision, the next report is the most pressing one to verify (open
    // urgent first, then due first), never one of a search typed earlier; the search is left,
    // and a note says so.
    void theNextReportIsTheMostPressingNotTheSearchs()
    {
        models::QueueModel &model = m_console.controller()->model();
        const QStringList order = model.pressingOrder(models::filterOf(models::SavedView::ToVerify));
        const session::Verification *v = find([&order](const session::Verification &e) {
            return e.checklist.suggestedReasons.isEmpty() && !e.report.media.isEmpty() && order.indexOf(e.reportId) > 0;
        });
        QVERIFY2(v != nullptr, "the demo has a report to accept that is not the most pressing");
        ui::QueuePanel *queue = m_window->queue();
        queue->searchField()->setText(v->report.code); // a search typed earlier: this report alone
        QTRY_COMPARE(model.rowCount(), 1);
        ui::VerificationDialog *dialog = nullptr;
        open(v->reportId, &dialog);
        if (QTest::currentTestFailed()) {
            return;
        }
        dialog->findChild<QCheckBox *>(u"verifyAdvance"_s)->setChecked(true);
        // What it must be: the most pressing other than this, passing decisions still queued.
        QSet<QString> queued = m_console.controller()->session().outbox().reportsPending(
            {u"accept"_s, u"reject"_s, u"request_supplement"_s, u"request_identity_check"_s, u"cancel"_s});
        queued.insert(v->reportId);
        QString expected;
        for (const QString &id : model.pressingOrder(models::filterOf(models::SavedView::ToVerify))) {
            if (!queued.contains(id)) {
                expected = id;
                break;
            }
        }
        QVERIFY(!expected.isEmpty());
        m_used.insert(expected);
        QSignalSpy evaluated(&m_console.controller()->verification(), &VerificationController::evaluated);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(evaluated.wait(20000));
        dialog = m_console.controller()->verification().dialog();
        QCOMPARE(dialog->reportId(), expected);
        QCOMPARE(queue->currentReportId(), expected);
        QVERIFY(queue->searchField()->text().isEmpty());
        auto *note = queue->findChild<QLabel *>(u"queueSearchNote"_s);
        QVERIFY2(note->isVisible() && note->text().contains(u"danh sách đã bỏ ô tìm kiếm"_s), qPrintable(note->text()));
        QCOMPARE(waitForState(v->reportId, u"verified"_s).value(u"state"_s).toString(), u"verified"_s);
    }

private:
    // An unused report that matches; one with files first, so that the few new reports without
    // any (the demo draws them at random) stay for the test that needs one.
    const session::Verification *find(const std::function<bool(const session::Verification &)> &match) const
    {
        for (const bool withFiles : {true, false}) {
            for (const session::Verification &v : m_evaluations) {
                if (!m_used.contains(v.reportId) && v.report.media.isEmpty() != withFiles && match(v)) {
                    return &v;
                }
            }
        }
        return nullptr;
    }

    // Selects the report in the queue and opens the dialog with the window's shortcut (V).
    void open(const QString &reportId, ui::VerificationDialog **dialog)
    {
        m_used.insert(reportId);
        ui::QueuePanel *queue = m_window->queue();
        queue->setSavedView(models::SavedView::All);
        const int row = m_console.controller()->model().rowOf(reportId);
        QVERIFY(row >= 0);
        queue->table()->selectRow(row);
        QCOMPARE(queue->currentReportId(), reportId);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QSignalSpy evaluated(&m_console.controller()->verification(), &VerificationController::evaluated);
        QTest::keyClick(m_window, Qt::Key_V);
        QVERIFY(evaluated.wait(20000));
        *dialog = m_console.controller()->verification().dialog();
        QVERIFY(*dialog != nullptr && (*dialog)->reportId() == reportId);
        (*dialog)->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(*dialog));
    }

    QJsonObject waitForState(const QString &reportId, const QString &state)
    {
        QJsonObject report;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            report = m_http->get(u"/v1/reports/"_s + reportId, m_officerToken).json.value(u"report"_s).toObject();
            if (report.value(u"state"_s).toString() == state) {
                break;
            }
            QTest::qWait(100);
        }
        return report;
    }

    // What the citizen sees of the report (the officer's view when it came by hotline).
    QJsonObject citizenView(const session::Verification &v)
    {
        const QString account = v.report.reporter.accountId;
        if (account.startsWith(u"u-congdan"_s)) {
            return m_http->get(u"/v1/citizen/reports/"_s + v.reportId, m_http->login(account.mid(2)))
                .json.value(u"report"_s)
                .toObject();
        }
        return m_http->get(u"/v1/reports/"_s + v.reportId, m_officerToken).json.value(u"report"_s).toObject();
    }

    QTemporaryDir m_dir;
    test::TestServer m_server{{.demo = true,
                               .dataDirectory = {},
                               .extraArguments = {u"--demo-reports"_s, u"160"_s},
                               .postgresUrl = {},
                               .environment = {}}};
    std::unique_ptr<test::HttpClient> m_http;
    QByteArray m_officerToken;
    ConsoleApplication m_console;
    ui::MainWindow *m_window = nullptr;
    QHash<QString, session::Verification> m_evaluations;
    QSet<QString> m_used;
};

QTEST_MAIN(TestVerification)
#include "testverification.moc"
