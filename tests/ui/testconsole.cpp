// The console end to end: the real window (built by the real composition root) signed in to the
// real ioc-server over real TLS, with a real SQLCipher profile, driven by objectName offscreen.
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "core/countdown.h"
#include "core/geo.h"
#include "core/tilemath.h"
#include "core/vietnamesetext.h"
#include "core/vntime.h"
#include "models/queuemodel.h"
#include "support/apifixtures.h"
#include "support/consolearguments.h"
#include "support/consolegui.h"
#include "support/syncclient.h"
#include "support/testserver.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"
#include "ui/queue/queuepanel.h"
#include "ui/report/reportdetail.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QWindow>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

// Answers the next modal dialog (an action's reason or note, a handover note) once it appears.
void answerNextDialog(const QString &text, const QString &dialogName = u"actionDialog"_s,
                      const QString &fieldName = u"actionText"_s, const QString &okName = u"actionOk"_s)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr || dialog->objectName() != dialogName) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (auto *field = dialog->findChild<QPlainTextEdit *>(fieldName)) {
            field->setPlainText(text);
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(okName), Qt::LeftButton);
    });
    timer->start();
}

QJsonArray serverEvents(test::HttpClient &http, const QByteArray &token, const QString &reportId)
{
    return http.get(u"/v1/reports/"_s + reportId, token)
        .json.value(u"report"_s)
        .toObject()
        .value(u"events"_s)
        .toArray();
}

bool hasEvent(const QJsonArray &events, const QString &action)
{
    for (const QJsonValue &event : events) {
        if (event.toObject().value(u"action"_s).toString() == action) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"testconsole"_s);
        m_server.start();

        // The previous shift left a note.
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        const test::HttpResponse note =
            m_http->post(u"/v1/handovers"_s, R"({"text": "Đã hẹn gọi lại ông Tư lúc 8 giờ về vụ ngập ở phường 5."})",
                         m_http->login(u"truc2"_s));
        QCOMPARE(note.status, 201);
        m_handoverId = note.json.value(u"handover"_s).toObject().value(u"id"_s).toString();

        QVERIFY(m_console.parseArguments(test::consoleArguments(m_dir.path(), m_server.url(), u"truc1"_s)));
        m_console.start();
        QSignalSpy queueReady(m_console.controller(), &ConsoleController::queueReady);
        QVERIFY(queueReady.wait(60000) || queueReady.count() > 0);
        m_window = m_console.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_supervisorToken = m_http->login(u"giamsat1"_s);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_server.stop();
    }

    // At sign-in the previous shift's note is shown until acknowledged; the acknowledgement
    // reaches the server. A note written here reaches it too.
    void handoverNotes()
    {
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"handoverDialog"_s)) != nullptr && dialog->isVisible());
        auto *notes = dialog->findChild<QWidget *>(u"handoverNotes"_s);
        QVERIFY(notes != nullptr);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"handoverAcknowledge"_s), Qt::LeftButton);
        const QString me = m_console.controller()->session().user()->id;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue &item :
                     m_http->get(u"/v1/handovers"_s, m_supervisorToken).json.value(u"items"_s).toArray()) {
                    if (item.toObject().value(u"id"_s).toString() == m_handoverId) {
                        return item.toObject().value(u"acknowledged_by"_s).toString() == me;
                    }
                }
                return false;
            }(),
            20000);

        answerNextDialog(u"PA-2026-000007 chờ UBND phường xác nhận."_s, u"handoverWriteDialog"_s, u"handoverText"_s,
                         u"handoverSave"_s);
        m_window->findChild<QAction *>(u"actionWriteHandover"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray items =
                    m_http->get(u"/v1/handovers/pending"_s, m_http->login(u"truc2"_s)).json.value(u"items"_s).toArray();
                return !items.isEmpty() && items.first().toObject().value(u"author_id"_s).toString() == me &&
                       items.first().toObject().value(u"text"_s).toString().startsWith(u"PA-2026-000007"_s);
            }(),
            20000);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void signsInAndShowsTheDemoQueue()
    {
        models::QueueModel &model = m_console.controller()->model();
        QCOMPARE(model.totalCount(), 40); // the server's demo reports (TestServer seeds 40)
        QCOMPARE(model.rowCount(), 40);
        auto *table = m_window->findChild<QTableView *>(u"queueTable"_s);
        QVERIFY(table != nullptr && table->isVisible());
        QVERIFY(m_window->findChild<QLabel *>(u"userStatus"_s)->text().contains(u"Cán bộ trực"_s));
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"connectionStatus"_s)->text() == u"Trực tuyến"_s);
        // Open urgent reports first (a published or closed one sorts like any other), then by the
        // clock due first.
        storage::ReportRepository &reports = m_console.controller()->session().reports();
        bool seenOther = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto report = reports.report(model.idAt(row));
            QVERIFY(report.has_value());
            const bool pinned = report->urgent && report->state != core::ReportState::Published &&
                                !core::isTerminalState(report->state);
            QVERIFY2(!(pinned && seenOther), "an open urgent report below another report");
            seenOther = seenOther || !pinned;
        }
    }

    void countdownsNameTheClockAndWhoseTurnItIs()
    {
        // Issue 27 §2: the queue's countdown says which clock and who must act, and its tooltip
        // when the clock started and when it is due, read from the replica.
        auto *table = m_window->findChild<QTableView *>(u"queueTable"_s);
        QAbstractItemModel *shown = table->model();
        storage::ReportRepository &reports = m_console.controller()->session().reports();
        const core::Directory &directory = m_console.controller()->session().directory();
        int checked = 0;
        QSet<core::ClockActor> actors;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex cell = shown->index(row, models::QueueModel::CountdownColumn);
            const auto report = reports.report(shown->index(row, 0).data(models::QueueModel::IdRole).toString());
            QVERIFY(report.has_value());
            const core::ReportClock *clock = core::firstRunningCountdown(report->clocks);
            if (clock == nullptr) {
                QVERIFY(cell.data().toString().isEmpty());
                continue;
            }
            const QString text = cell.data().toString();
            const QStringList parts = text.split(u" · "_s);
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts.at(0), core::clockShortName(clock->step));
            switch (core::clockActor(clock->step)) {
            case core::ClockActor::Ioc:
                QCOMPARE(parts.at(1), u"IOC"_s);
                break;
            case core::ClockActor::Reporter:
                QCOMPARE(parts.at(1), u"người phản ánh"_s);
                break;
            case core::ClockActor::Agency:
                if (clock->step != core::ClockStep::Coordination) {
                    QCOMPARE(parts.at(1), directory.agency(report->leadAgencyId)->name);
                }
                break;
            }
            actors.insert(core::clockActor(clock->step));
            QVERIFY2(parts.at(2).startsWith(u"còn "_s) || parts.at(2).startsWith(u"quá hạn "_s) ||
                         parts.at(2) == u"đến hạn"_s,
                     qPrintable(text));
            const QString tip = cell.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(core::clockCitation(clock->step)), qPrintable(tip));
            QVERIFY2(tip.contains(u"Bắt đầu: "_s + core::vntime::formatLocal(clock->startedAt, u"dd/MM/yyyy HH:mm")),
                     qPrintable(tip));
            QVERIFY2(tip.contains(u"Hạn: "_s + core::vntime::formatLocal(clock->dueAt, u"dd/MM/yyyy HH:mm")),
                     qPrintable(tip));
            ++checked;
        }
        QVERIFY(checked >= 10);
        QVERIFY2(actors.contains(core::ClockActor::Ioc) && actors.contains(core::ClockActor::Agency),
                 "the demo has clocks of both the IOC and agencies");
    }

    void searchesWithAndWithoutDiacritics()
    {
        models::QueueModel &model = m_console.controller()->model();
        // A word with diacritics from a report's title, typed both ways.
        QString id;
        QString word;
        for (int row = 0; row < model.rowCount() && word.isEmpty(); ++row) {
            for (const QString &w :
                 model.data(model.index(row, models::QueueModel::TitleColumn)).toString().split(u' ')) {
                if (w.size() >= 4 && core::foldVietnamese(w) != w.toLower()) {
                    word = w;
                    id = model.idAt(row);
                    break;
                }
            }
        }
        QVERIFY(!word.isEmpty());
        auto *search = m_window->findChild<QLineEdit *>(u"queueSearch"_s);
        QTest::keySequence(m_window, QKeySequence(u"/"_s)); // the search shortcut
        QTRY_VERIFY(search->hasFocus());
        for (const QString &typed : {word, core::foldVietnamese(word)}) {
            search->clear();
            search->insert(typed); // as typed with an input method (QTest types Latin-1 only)
            QTRY_VERIFY2(model.rowCount() < 40 && model.rowCount() > 0, qPrintable(typed));
            QVERIFY2(model.rowOf(id) >= 0, qPrintable(typed));
        }
        search->clear();
        QTRY_COMPARE(model.rowCount(), 40);
        // Ctrl+F from the queue reaches the search too; Esc clears it and returns to the queue.
        auto *table = m_window->findChild<QTableView *>(u"queueTable"_s);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keySequence(m_window, QKeySequence(u"Ctrl+F"_s));
        QTRY_VERIFY(search->hasFocus());
        search->insert(core::foldVietnamese(word));
        QTRY_VERIFY(model.rowCount() < 40);
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(model.rowCount(), 40);
        QVERIFY(table->hasFocus());
    }

    // A report's code finds it at once (issue 27 §1), even where the view hides it: the search
    // looks beyond the view and says which view it left. Its number alone finds it too, and
    // Enter opens it; Esc returns to the view.
    void findsAReportByItsCode()
    {
        models::QueueModel &model = m_console.controller()->model();
        const models::SavedView before = m_window->queue()->savedView();
        QString id;
        QString code;
        for (const storage::QueueRow &row : m_console.controller()->session().reports().allRows()) {
            if (row.state == core::ReportState::Distributed || row.state == core::ReportState::InProgress) {
                id = row.id;
                code = row.code;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        m_window->queue()->setSavedView(models::SavedView::ToVerify);
        QCOMPARE(model.rowOf(id), -1);
        auto *search = m_window->findChild<QLineEdit *>(u"queueSearch"_s);
        auto *note = m_window->findChild<QLabel *>(u"queueSearchNote"_s);
        QVERIFY(search && note);
        QTest::keySequence(m_window, QKeySequence(u"Ctrl+F"_s));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, code.toLower()); // as typed, any case
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), id);
        QCOMPARE(m_window->queue()->savedView(), models::SavedView::ToVerify); // still chosen
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(models::savedViewLabel(models::SavedView::ToVerify)), qPrintable(note->text()));

        // The number alone ("81" for PA-2026-000081), then Enter: the report is open.
        search->clear();
        QTest::keyClicks(search, QString::number(code.section(u'-', -1).toInt()));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), id);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_window->reportDetail()->reportId(), id);

        // Esc: back to the view, which hides it again.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(!note->isVisible());
        QCOMPARE(model.rowOf(id), -1);
        m_window->queue()->setSavedView(before);
    }

    // Issue 27 §1: a citizen calls the hotline about "my report last week". The officer types
    // the caller's number in the search; Enter asks the server (an audited look-up with the
    // reason chosen), which answers report ids; the queue shows them, the number masked.
    void looksUpACallersReportsByTheirPhone()
    {
        const QByteArray officer = m_http->login(u"truc2"_s);
        QString id;
        QString phone;
        for (int row = 0; row < m_console.controller()->model().rowCount() && phone.isEmpty(); ++row) {
            id = m_console.controller()->model().idAt(row);
            phone = m_http->act(officer, id, u"reveal_identity"_s, {{u"reason"_s, u"Kiểm thử: lấy số để tra cứu"_s}})
                        .json.value(u"identity"_s)
                        .toObject()
                        .value(u"phone"_s)
                        .toString();
        }
        QVERIFY2(!phone.isEmpty(), "a demo reporter with a telephone number");
        ui::QueuePanel *queue = m_window->queue();
        QLineEdit *search = queue->searchField();
        search->clear();
        search->setFocus();
        search->insert(phone.left(4) + u' ' + phone.mid(4)); // as a caller dictates it
        auto *note = m_window->findChild<QLabel *>(u"queueSearchNote"_s);
        QTRY_VERIFY(note->isVisible() && note->text().startsWith(u"Số điện thoại: nhấn Enter"_s));

        QString reason;
        QObject guard;
        test::onNextDialog(&guard, u"phoneLookupDialog"_s, [&](QDialog *d) {
            reason = d->findChild<QComboBox *>(u"lookupReason"_s)->currentText();
            QVERIFY(!d->findChildren<QLabel *>().isEmpty());
            for (const QLabel *label : d->findChildren<QLabel *>()) {
                QVERIFY2(!label->text().contains(phone), qPrintable(label->text())); // masked
            }
            QTest::mouseClick(d->findChild<QPushButton *>(u"phoneLookupOk"_s), Qt::LeftButton);
        });
        QSignalSpy looked(&m_console.controller()->lookup(), &LookupController::lookedUp);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(looked.wait(20000));
        QCOMPARE(looked.at(0).at(1).toString(), QString());
        const int found = looked.at(0).at(0).toInt();
        QVERIFY(found >= 1);
        QCOMPARE(reason, u"Người dân gọi đường dây nóng hỏi về phản ánh của mình"_s);
        QVERIFY(queue->hasRestriction());
        QVERIFY(search->text().isEmpty());
        models::QueueModel &model = m_console.controller()->model();
        QCOMPARE(model.rowCount(), found);
        QVERIFY(model.rowOf(id) >= 0);
        const QString shown = m_window->findChild<QLabel *>(u"queueRestrictionText"_s)->text();
        QVERIFY2(shown.startsWith(u"Gửi từ số "_s) && !shown.contains(phone), qPrintable(shown));

        // The server recorded it: this officer, the reason, the reports found; the number masked.
        const QString audit = m_server.querySql(
            u"SELECT actor_id || ' ' || coalesce(after_data, '') FROM audit_log WHERE action = 'look_up_reporter' "
            u"ORDER BY seq DESC LIMIT 1"_s);
        QVERIFY2(audit.contains(reason) && audit.contains(id) && !audit.contains(phone), qPrintable(audit));
        queue->clearRestriction();
        QCOMPARE(model.rowCount(), model.totalCount());
    }

    // Issue 27 §4: an action that does not apply is disabled and says why, from the rules; its
    // key answers in the status bar, never silence; of a pair that toggles, only the one that
    // can apply is offered ("Bỏ ẩn" only on a hidden report).
    void anActionThatDoesNotApplySaysWhy()
    {
        models::QueueModel &model = m_console.controller()->model();
        ui::QueuePanel *queue = m_window->queue();
        queue->setSavedView(models::SavedView::All);
        int row = -1;
        for (int r = 0; r < model.rowCount() && row < 0; ++r) {
            const QModelIndex index = model.index(r, 0);
            if (index.data(models::QueueModel::StateRole).toInt() == int(core::ReportState::Received) &&
                !index.data(models::QueueModel::HiddenRole).toBool()) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        queue->table()->selectRow(row);
        auto *remind = m_window->findChild<QAction *>(u"actionRemind"_s);
        QTRY_VERIFY(!remind->isEnabled());
        const QString reason = u"Không thực hiện được khi phản ánh đang ở trạng thái “%1”."_s.arg(
            model.index(row, models::QueueModel::StateColumn).data().toString());
        QVERIFY2(remind->toolTip().endsWith(u" — "_s + reason), qPrintable(remind->toolTip()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        queue->table()->setFocus();
        m_window->statusBar()->clearMessage();
        QTest::keyClick(queue->table(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), remind->text().remove(u'&') + u": "_s + reason);

        // The keys that open a dialog answer the same way (V, Ctrl+D, F9, P, Ctrl+P): a report
        // still to verify cannot be distributed, processed or published yet. P is a letter: it
        // is answered, not taken by the queue's type-ahead.
        QVERIFY(m_window->findChild<QAction *>(u"actionVerify"_s)->isEnabled());
        for (const auto &[name, key] : {std::pair{"actionDistribute", QKeyCombination(Qt::ControlModifier, Qt::Key_D)},
                                        std::pair{"actionDistributeNow", QKeyCombination(Qt::Key_F9)},
                                        std::pair{"actionProcess", QKeyCombination(Qt::Key_P)},
                                        std::pair{"actionPublish", QKeyCombination(Qt::ControlModifier, Qt::Key_P)}}) {
            auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(action->toolTip().startsWith(action->text().remove(u'&') + u" — "_s),
                     qPrintable(action->toolTip()));
            m_window->statusBar()->clearMessage();
            QTest::keyClick(queue->table(), key.key(), key.keyboardModifiers());
            QTRY_VERIFY2(m_window->statusBar()->currentMessage().startsWith(action->text().remove(u'&') + u": "_s),
                         qPrintable(QString::fromLatin1(name) + u" → "_s + m_window->statusBar()->currentMessage()));
            QCOMPARE(queue->table()->currentIndex().row(), row);
        }
        QVERIFY(m_window->findChild<QAction *>(u"actionDistribute"_s)->statusTip() == reason);
        // A verified report can be distributed.
        int verified = -1;
        for (int r = 0; r < model.rowCount() && verified < 0; ++r) {
            if (model.index(r, 0).data(models::QueueModel::StateRole).toInt() == int(core::ReportState::Verified)) {
                verified = r;
            }
        }
        QVERIFY2(verified >= 0, "the demo has a verified report");
        queue->table()->selectRow(verified);
        QTRY_VERIFY(m_window->findChild<QAction *>(u"actionDistribute"_s)->isEnabled());
        QVERIFY(m_window->findChild<QAction *>(u"actionDistributeNow"_s)->statusTip().isEmpty());
        queue->table()->selectRow(row);

        auto *hide = m_window->findChild<QAction *>(u"actionHide"_s);
        auto *unhide = m_window->findChild<QAction *>(u"actionUnhide"_s);
        QVERIFY(hide->isEnabled() && hide->isVisible());
        QVERIFY(!unhide->isVisible());
        m_window->statusBar()->clearMessage();
        QTest::keyClick(queue->table(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().startsWith(unhide->text().remove(u'&') + u": "_s),
                     qPrintable(m_window->statusBar()->currentMessage()));
    }

    // Issue 27 §5: each saved view shows its live count, "Chờ xác minh (12)", and Alt+1 … Alt+9
    // choose the views in their order.
    void savedViewsShowLiveCountsAndHaveShortcuts()
    {
        ui::QueuePanel *queue = m_window->queue();
        queue->searchField()->clear();
        queue->clearRestriction();
        auto *views = queue->findChild<QComboBox *>(u"savedViewCombo"_s);
        models::QueueModel &model = m_console.controller()->model();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        const auto label = [&](int i, int count) -> QString {
            return models::savedViewLabel(models::SavedView(views->itemData(i).toInt())) + u" ("_s +
                   QString::number(count) + u')';
        };
        for (int i = 0; i < std::min(9, views->count()); ++i) {
            QTest::keyClick(queue->table(), Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
            QTRY_COMPARE(views->currentIndex(), i);
            QTRY_COMPARE(views->itemText(i), label(i, model.rowCount())); // the count is what it shows
        }
        // A new report counts at once in "to verify", without choosing it.
        queue->setSavedView(models::SavedView::All);
        const int toVerify = views->findData(int(models::SavedView::ToVerify));
        const int before = model.countMatching({models::filterOf(models::SavedView::ToVerify)}).value(0);
        QCOMPARE(views->itemText(toVerify), label(toVerify, before));
        test::ApiFixtures fixtures(*m_http);
        fixtures.reportIn(u"received"_s);
        QTRY_COMPARE_WITH_TIMEOUT(views->itemText(toVerify), label(toVerify, before + 1), 20000);
    }

    void opensAReportAndRevealsTheIdentityWithAReason()
    {
        const QString id = selectFirstWithIdentity();
        QVERIFY(!id.isEmpty());
        auto *detail = m_window->reportDetail();
        QTRY_COMPARE(detail->reportId(), id);
        const QString masked = detail->plainText();
        QVERIFY2(masked.contains(u"Đã che"_s), qPrintable(masked));
        QVERIFY(m_window->findChild<QPushButton *>(u"revealIdentityButton"_s)->isVisible());

        answerNextDialog(u"Gọi lại cho người phản ánh để xác minh"_s);
        m_window->findChild<QAction *>(u"actionRevealIdentity"_s)->trigger();
        QTRY_VERIFY(!detail->plainText().contains(u"Đã che"_s));
        QVERIFY(!m_window->findChild<QPushButton *>(u"revealIdentityButton"_s)->isVisible());
        // The identity came in the server's answer and is kept in this workstation's identity
        // store, with who revealed it and why; the server recorded who looked and why.
        const auto revealed = m_console.controller()->session().identities().identityOf(id);
        QVERIFY(revealed.has_value() && !revealed->fullName.isEmpty());
        QVERIFY(detail->plainText().contains(revealed->fullName));
        const auto lookups = m_console.controller()->session().identities().lookups();
        QVERIFY(!lookups.isEmpty());
        QCOMPARE(lookups.last().kind, u"reveal"_s);
        QCOMPARE(lookups.last().reason, u"Gọi lại cho người phản ánh để xác minh"_s);
        QVERIFY(hasEvent(serverEvents(*m_http, m_supervisorToken, id), u"reveal_identity"_s));
        // Nothing went through the outbox.
        for (const storage::OutboxEntry &entry : m_console.controller()->session().outbox().entries()) {
            QVERIFY(entry.action != u"reveal_identity"_s);
        }
    }

    // The gallery shows the report's photos (fetched from the server, decoded off the UI thread)
    // and opens one in the viewer.
    void showsThePhotos()
    {
        models::QueueModel &model = m_console.controller()->model();
        int row = 0;
        for (; row < model.rowCount(); ++row) {
            const auto report = m_console.controller()->session().reports().report(model.idAt(row));
            if (report && !report->media.isEmpty() && report->media.first().mimeType == u"image/jpeg"_s) {
                break;
            }
        }
        QVERIFY(row < model.rowCount());
        selectRow(row);
        auto *gallery = m_window->findChild<QListWidget *>(u"mediaGallery"_s);
        QVERIFY(gallery->isVisible() && gallery->count() > 0);
        // Each file's name is shown once, in the list of files; the gallery numbers the same files.
        const auto report = m_console.controller()->session().reports().report(model.idAt(row));
        QString seen = m_window->reportDetail()->plainText();
        for (int i = 0; i < gallery->count(); ++i) {
            seen += u'\n' + gallery->item(i)->text() + u'\n' + gallery->item(i)->toolTip();
        }
        for (const core::MediaItem &media : report->media) {
            QVERIFY(!media.fileName.isEmpty());
            QCOMPARE(seen.count(media.fileName), 1);
        }
        QCOMPARE(gallery->item(0)->text(), u"Ảnh 1"_s);
        QVERIFY(seen.contains(u"Ảnh 1: "_s + report->media.first().fileName));
        QTRY_VERIFY_WITH_TIMEOUT(gallery->item(0)->data(Qt::UserRole + 2).toBool(), 20000);
        emit gallery->itemActivated(gallery->item(0));
        QDialog *viewer = nullptr;
        QTRY_VERIFY((viewer = m_window->findChild<QDialog *>(u"mediaViewer"_s)) != nullptr && viewer->isVisible());
        viewer->close();
    }

    void hidesAReport()
    {
        const QString id = selectRow(3);
        answerNextDialog(u"Nội dung không phù hợp (Điều 14.1.c)"_s);
        m_window->findChild<QAction *>(u"actionHide"_s)->trigger();
        models::QueueModel &model = m_console.controller()->model();
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(serverEvents(*m_http, m_supervisorToken, id), u"hide"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(model.rowOf(id), 0), models::QueueModel::HiddenRole).toBool(),
                                 20000);
        // The view without hidden reports no longer lists it; the hidden view does.
        m_window->queue()->setSavedView(models::SavedView::Hidden);
        QVERIFY(model.rowOf(id) >= 0);
        m_window->queue()->setSavedView(models::SavedView::ToVerify);
        QCOMPARE(model.rowOf(id), -1);
        m_window->queue()->setSavedView(models::SavedView::All);
    }

    // A citizen calls the hotline to withdraw a report before processing starts (7.7): the duty
    // officer cancels it for them, saying how the request came.
    void cancelsForACitizenWhoCalled()
    {
        models::QueueModel &model = m_console.controller()->model();
        QString id;
        for (int row = 0; row < model.rowCount() && id.isEmpty(); ++row) {
            const auto report = m_console.controller()->session().reports().report(model.idAt(row));
            if (report && report->state == core::ReportState::Received && !report->urgent) {
                id = report->id;
            }
        }
        QVERIFY(!id.isEmpty());
        m_window->queue()->selectReport(id);
        QTRY_COMPARE(m_window->reportDetail()->reportId(), id);
        QAction *cancel = m_window->findChild<QAction *>(u"actionCancelForCitizen"_s);
        QTRY_VERIFY(cancel->isEnabled());
        QCOMPARE(cancel->shortcut(), QKeySequence(u"Ctrl+Shift+X"_s));
        QString via;
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [timer, &via] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (dialog == nullptr || dialog->objectName() != u"actionDialog"_s) {
                return;
            }
            timer->stop();
            timer->deleteLater();
            auto *combo = dialog->findChild<QComboBox *>(u"actionRequestedVia"_s);
            via = combo->currentData().toString(); // the hotline first: that is how people ask
            dialog->findChild<QPlainTextEdit *>(u"actionText"_s)
                ->setPlainText(u"Người phản ánh gọi đường dây nóng: đã tự khắc phục, xin hủy"_s);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"actionOk"_s), Qt::LeftButton);
        });
        timer->start();
        cancel->trigger();
        QCOMPARE(via, u"hotline"_s);
        QJsonObject event;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue &e : serverEvents(*m_http, m_supervisorToken, id)) {
                    if (e.toObject().value(u"action"_s) == u"cancel"_s) {
                        event = e.toObject();
                        return true;
                    }
                }
                return false;
            }(),
            20000);
        QCOMPARE(event.value(u"payload"_s).toObject().value(u"requested_via"_s).toString(), u"hotline"_s);
        QCOMPARE(event.value(u"actor_role"_s).toString(), u"duty_officer"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_console.controller()->session().reports().report(id)->state,
                                  core::ReportState::Cancelled, 20000);
    }

    void aClaimIsSeenByAnotherConsole()
    {
        const QString id = selectRow(5);
        QVERIFY(m_window->findChild<QAction *>(u"actionClaim"_s)->isEnabled());
        m_window->findChild<QAction *>(u"actionClaim"_s)->trigger();
        test::SyncClient other(m_server.url(), u"truc2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                other.syncOnce();
                const auto report = other.reports().report(id);
                return report && !report->claimedBy.isEmpty();
            }(),
            20000);
        const auto report = other.reports().report(id);
        QCOMPARE(report->claimedBy, m_console.controller()->session().user()->id);
        // This console shows its own claim, and offers to release it.
        models::QueueModel &model = m_console.controller()->model();
        QTRY_VERIFY(model.data(model.index(model.rowOf(id), models::QueueModel::OwnerColumn))
                        .toString()
                        .contains(u"đang xử lý bởi"_s));
        QTRY_VERIFY(m_window->findChild<QAction *>(u"actionRelease"_s)->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(u"actionClaim"_s)->isEnabled());
    }

    void aConflictAppearsWhenAnotherClientChangedTheReport()
    {
        const QString id = selectRow(7);
        // Another officer changes the report; this console acts before it has heard of it. The
        // console's sync runs on its own thread and may hear of the change first (then its
        // action simply applies): the scene is played again until the console was too late.
        const QByteArray token = m_http->login(u"truc2"_s);
        session::ConsoleSession &session = m_console.controller()->session();
        for (int attempt = 0; attempt < 5 && session.status().conflicts == 0; ++attempt) {
            const auto report = session.reports().report(id);
            QVERIFY(report.has_value());
            const test::HttpResponse changed =
                m_http->act(token, id, u"set_urgent"_s,
                            {{u"urgent"_s, !report->urgent}, {u"reason"_s, u"Theo chỉ đạo"_s}}, report->version);
            QCOMPARE(changed.status, 200);
            QString error;
            QVERIFY2(session.act(id, report->hidden ? u"unhide"_s : u"hide"_s, {{u"reason"_s, u"Trùng lặp"_s}}, &error),
                     qPrintable(error));
            // The server refuses the stale version; or the console was in time and it applied.
            QDeadlineTimer settled(10000);
            auto pending = [&] {
                const QList<storage::OutboxEntry> entries = session.outbox().entries();
                return std::any_of(entries.cbegin(), entries.cend(), [&](const storage::OutboxEntry &e) {
                    return e.reportId == id && e.state == storage::OutboxState::Pending;
                });
            };
            while (!settled.hasExpired() && session.status().conflicts == 0 && pending()) {
                QTest::qWait(50);
            }
            QTest::qWait(200);
        }
        // The conflict shows in the status bar and in the report, with what happened meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(session.status().conflicts == 1, 20000);
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"outboxStatus"_s)->text().contains(u"Xung đột 1"_s));
        selectReport(id);
        QTRY_VERIFY(m_window->reportDetail()->plainText().contains(u"Cần bạn xem lại"_s));
        QTRY_VERIFY(m_window->alertText().contains(u"gặp thay đổi trên máy chủ"_s));
    }

    // The report detail lists what the server told people outside the console about the report
    // and whether it went: a distribution's SMS and e-mail to the agency (this server has no
    // channel set up: not sent, and why, in words); a report nobody was told about says so.
    void theDetailShowsTheMessagesSent()
    {
        session::ConsoleSession &session = m_console.controller()->session();
        QString id;
        for (const storage::QueueRow &row : session.reports().allRows()) {
            if (row.state == core::ReportState::Verified && row.claimedBy.isEmpty()) {
                id = row.id;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        selectReport(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reportDetail()->plainText().contains(u"Chưa có: chưa thông báo cho ai"_s),
                                 10000);
        const test::HttpResponse distributed =
            m_http->act(m_http->login(u"truc2"_s), id, u"distribute"_s, {{u"lead_agency_id"_s, u"ubnd-dong-ha"_s}},
                        session.reports().report(id)->version);
        QCOMPARE(distributed.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(session.reports().report(id)->state == core::ReportState::Distributed, 20000);
        selectReport(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reportDetail()->plainText().contains(u"kênh này chưa được cấu hình"_s),
                                 10000);
        const QString text = m_window->reportDetail()->plainText();
        QVERIFY2(text.contains(u"Thông báo đã gửi"_s) && text.contains(u"SMS · cơ quan xử lý"_s) &&
                     text.contains(u"Thư điện tử · cơ quan xử lý"_s) && text.contains(u"không gửi được"_s),
                 qPrintable(text));
        QVERIFY2(!text.contains(u"channel_not_configured"_s), qPrintable(text));
    }

    // The map: the demo's pins are shown (clusters account for every report with a position);
    // a click on a pin selects its report in the queue and a selection in the queue highlights
    // it on the map; a click on an area restricts the queue to it.
    void mapShowsPinsAndLinksToTheQueue()
    {
        ui::MapView *map = m_window->mapView();
        QVERIFY(map->isVisible());
        map->fitTo(map->visibleWorld()); // repaint now
        QTRY_VERIFY(!map->drawnItems().empty());
        models::QueueModel &model = m_console.controller()->model();
        // At a zoom where the whole province is in view, the counts add up to every pin.
        map->setZoom(7);
        map->setCenter(core::tiles::project(16.75, 107.0));
        map->repaint();
        int total = 0;
        for (const core::ClusterIndex::Item &item : map->drawnItems()) {
            total += item.count;
        }
        QCOMPARE(total, model.totalCount());

        // Zoomed in on one report, its pin stands alone: click it.
        const QString id = model.idAt(model.rowCount() - 1);
        m_window->queue()->selectReport(model.idAt(0));
        const auto report = m_console.controller()->session().reports().report(id);
        QVERIFY(report.has_value());
        map->setZoom(18);
        map->setCenter(core::tiles::project(report->position.latitude, report->position.longitude));
        map->repaint();
        const QPointF at = map->toScreen(core::tiles::project(report->position.latitude, report->position.longitude));
        QTest::mouseClick(map, Qt::LeftButton, {}, at.toPoint());
        QTRY_COMPARE(m_window->queue()->currentReportId(), id);
        QTRY_COMPARE(m_window->reportDetail()->reportId(), id);
        // And the other way: a selection in the queue is highlighted on the map, brought into
        // view if it was out of it.
        const QString other = model.idAt(0);
        m_window->queue()->selectReport(other);
        QTRY_COMPARE(map->selectedReport(), other);
        const auto otherReport = m_console.controller()->session().reports().report(other);
        QVERIFY(map->visibleWorld().contains(
            core::tiles::project(otherReport->position.latitude, otherReport->position.longitude)));

        // A click on an area (away from the pins) selects, it does not filter (issue 27 §5); the
        // context menu's "only this area" does, as a chip above the queue with a ✕.
        map->setZoom(9);
        map->setCenter(core::tiles::project(16.75, 107.0));
        map->repaint();
        // The middle of an area, the one farthest from any pin.
        QPoint empty;
        double farthest = 0;
        for (const core::Area &area : m_console.controller()->session().directory().areas()) {
            const auto rings = core::geo::rings(area.boundary);
            if (rings.isEmpty()) {
                continue;
            }
            QPointF sum;
            for (const QPointF &lonLat : rings.first()) {
                sum += lonLat;
            }
            const QPointF middle = sum / double(rings.first().size());
            if (!core::geo::contains(area.boundary, middle.y(), middle.x())) {
                continue;
            }
            const QPointF screen = map->toScreen(core::tiles::project(middle.y(), middle.x()));
            if (!map->rect().adjusted(20, 20, -20, -20).contains(screen.toPoint())) {
                continue;
            }
            double nearest = 1e9;
            for (const core::ClusterIndex::Item &item : map->drawnItems()) {
                nearest = std::min(nearest, QLineF(map->toScreen({item.x, item.y}), screen).length());
            }
            if (nearest > farthest) {
                farthest = nearest;
                empty = screen.toPoint();
            }
        }
        QVERIFY2(farthest > 30, qPrintable(QString::number(farthest)));
        QVERIFY(!empty.isNull());
        QTest::mouseClick(map, Qt::LeftButton, {}, empty);
        QTest::qWait(50);
        QVERIFY(!m_window->queue()->hasRestriction());
        QCOMPARE(model.rowCount(), model.totalCount());
        std::unique_ptr<QMenu> menu(map->makeContextMenu(empty));
        QAction *onlyArea = menu->findChild<QAction *>(u"mapFilterArea"_s);
        QVERIFY(onlyArea != nullptr && onlyArea->text().startsWith(u"Chỉ hiện các phản ánh của “"_s));
        onlyArea->trigger();
        QTRY_VERIFY(m_window->queue()->hasRestriction());
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto r = m_console.controller()->session().reports().report(model.idAt(row));
            QVERIFY(r.has_value());
            QVERIFY(model.filter().areaIds.contains(r->position.areaId));
        }
        QVERIFY(model.rowCount() < model.totalCount());
        auto *chip = m_window->findChild<QWidget *>(u"queueRestriction"_s);
        QVERIFY(chip->isVisible());
        QTest::mouseClick(chip->findChild<QToolButton *>(u"queueRestrictionClear"_s), Qt::LeftButton);
        QCOMPARE(model.rowCount(), model.totalCount());

        // A cluster: a click zooms in and filters nothing; the menu filters to its reports.
        map->setZoom(8);
        map->setCenter(core::tiles::project(16.75, 107.0));
        map->repaint();
        const core::ClusterIndex::Item *largest = nullptr;
        for (const core::ClusterIndex::Item &item : map->drawnItems()) {
            if (item.cluster >= 0 && map->rect().contains(map->toScreen({item.x, item.y}).toPoint()) &&
                (largest == nullptr || item.count > largest->count)) {
                largest = &item;
            }
        }
        QVERIFY(largest != nullptr);
        const core::ClusterIndex::Item cluster = *largest;
        const QPoint clusterAt = map->toScreen({cluster.x, cluster.y}).toPoint();
        menu.reset(map->makeContextMenu(clusterAt));
        QAction *onlyCluster = menu->findChild<QAction *>(u"mapFilterCluster"_s);
        QVERIFY(onlyCluster != nullptr);
        QTest::mouseClick(map, Qt::LeftButton, {}, clusterAt);
        QTRY_VERIFY(map->zoom() > 8);
        QVERIFY(!m_window->queue()->hasRestriction());
        onlyCluster->trigger();
        QTRY_COMPARE(model.rowCount(), cluster.count);
        QVERIFY(
            m_window->findChild<QLabel *>(u"queueRestrictionText"_s)->text().contains(QString::number(cluster.count)));
        m_window->queue()->clearRestriction();
        QCOMPARE(model.rowCount(), model.totalCount());
    }

    // Issue 27 §5: a cluster's colour is the most pressing state inside it (overdue, due within
    // the hour, the rest), judged from its reports' clocks; its number is the count; the map has
    // a legend that says so.
    void clustersShowWhatPressesMostAndTheMapHasALegend()
    {
        ui::MapView *map = m_window->mapView();
        map->setZoom(8);
        map->setCenter(core::tiles::project(16.75, 107.0));
        map->repaint();
        session::ConsoleSession &session = m_console.controller()->session();
        const QDateTime now = session.serverNow();
        QSet<int> seen;
        int clusters = 0;
        for (const core::ClusterIndex::Item &item : map->drawnItems()) {
            if (item.cluster < 0) {
                continue;
            }
            ++clusters;
            const QStringList ids = map->reportsIn(item);
            QCOMPARE(int(ids.size()), item.count);
            QDateTime first;
            for (const storage::QueueRow &row : session.reports().rows(ids)) {
                if (row.nextDueAt.isValid() && (!first.isValid() || row.nextDueAt < first)) {
                    first = row.nextDueAt;
                }
            }
            const ui::ClusterPressure expected = !first.isValid()            ? ui::ClusterPressure::Rest
                                                 : first < now               ? ui::ClusterPressure::Overdue
                                                 : first < now.addSecs(3600) ? ui::ClusterPressure::DueWithinHour
                                                                             : ui::ClusterPressure::Rest;
            QCOMPARE(map->pressureOf(item), expected);
            seen.insert(int(expected));
        }
        QVERIFY(clusters > 0);
        QVERIFY2(seen.contains(int(ui::ClusterPressure::Overdue)), "the demo has overdue reports in a cluster");
        auto *legend = map->findChild<QLabel *>(u"mapLegend"_s);
        QVERIFY(legend != nullptr && legend->isVisible());
        const QString words = QTextDocumentFragment::fromHtml(legend->text()).toPlainText();
        for (const QString &word : {u"quá hạn"_s, u"đến hạn trong 1 giờ"_s, u"khẩn"_s, u"cơ quan xử lý"_s}) {
            QVERIFY2(words.contains(word), qPrintable(words));
        }
        QVERIFY(map->rect().contains(legend->geometry()));
    }

    // Urgency pins a report on top only while it is open (issue 27 §3): a published urgent
    // report sorts like any other, behind reports that are not urgent; an open one leads.
    void aPublishedUrgentReportIsNotPinned()
    {
        test::ApiFixtures fixtures(*m_http);
        test::ApiFixtures::Options urgent;
        urgent.urgent = true;
        const QString published = fixtures.reportIn(u"published"_s, urgent);
        const QString open = fixtures.reportIn(u"received"_s, urgent);
        m_window->queue()->setSavedView(models::SavedView::All);
        models::QueueModel &model = m_console.controller()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(published) >= 0 && model.rowOf(open) >= 0, 20000);
        const auto urgentAt = [&](int row) {
            return model.data(model.index(row, 0), models::QueueModel::UrgentRole).toBool();
        };
        QVERIFY(urgentAt(model.rowOf(published)));
        int notUrgentBefore = 0;
        for (int row = 0; row < model.rowOf(published); ++row) {
            notUrgentBefore += urgentAt(row) ? 0 : 1;
        }
        QVERIFY2(notUrgentBefore > 0, qPrintable(u"row %1 of %2"_s.arg(model.rowOf(published)).arg(model.rowCount())));
        for (int row = 0; row < model.rowOf(open); ++row) {
            QVERIFY2(urgentAt(row),
                     qPrintable(u"a report that is not urgent at %1, before the open urgent one"_s.arg(row)));
        }
        // The map has their pins too.
        ui::MapView *map = m_window->mapView();
        map->setZoom(7);
        map->setCenter(core::tiles::project(16.75, 107.0));
        const auto pins = [map] {
            map->repaint();
            int total = 0;
            for (const core::ClusterIndex::Item &item : map->drawnItems()) {
                total += item.count;
            }
            return total;
        };
        QTRY_COMPARE(pins(), model.totalCount());
    }

    // Issue 27 §3: the urgent banner leads somewhere. Ctrl+Shift+U, or a click on the banner,
    // opens the newest urgent report, leaving a search that hides it and saying so. The banner's
    // strip keeps its height, so that an alert never moves the rows.
    void theUrgentBannerOpensTheNewestUrgentReport()
    {
        ui::QueuePanel *queue = m_window->queue();
        models::QueueModel &model = m_console.controller()->model();
        // Three layers hide it: the hidden reports' view, an area, a search that matches nothing.
        queue->setSavedView(models::SavedView::Hidden);
        models::QueueFilter nowhere;
        nowhere.areaIds = {u"khong-co-dia-ban-nay"_s};
        queue->setRestriction(nowhere, u"Địa bàn thử"_s);
        queue->searchField()->setText(u"qzxv"_s);
        QTRY_COMPARE(model.rowCount(), 0);
        auto *strip = m_window->findChild<QWidget *>(u"alertStrip"_s);
        QVERIFY(strip != nullptr && strip->isVisible());
        const int stripHeight = strip->height();
        const QRect tableAt(queue->table()->mapTo(m_window, QPoint(0, 0)), queue->table()->size());

        test::ApiFixtures fixtures(*m_http);
        test::ApiFixtures::Options urgent;
        urgent.urgent = true;
        const QString id = fixtures.reportIn(u"received"_s, urgent);
        const QString code = fixtures.report(id).value(u"code"_s).toString();
        QVERIFY(!code.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->alertText().contains(code), 20000);
        QTRY_COMPARE(model.newestUnhandledUrgent(), id);
        m_window->showAlert(u"Một cảnh báo dài thêm một dòng nữa để thử chiều cao của dải cảnh báo"_s);
        QCOMPARE(strip->height(), stripHeight);
        QCOMPARE(QRect(queue->table()->mapTo(m_window, QPoint(0, 0)), queue->table()->size()), tableAt);

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(queue->table(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(queue->currentReportId(), id);
        QVERIFY(queue->searchField()->text().isEmpty());
        auto *note = queue->findChild<QLabel *>(u"queueSearchNote"_s);
        // Left one layer at a time, each named.
        QVERIFY(!queue->hasRestriction());
        QCOMPARE(queue->savedView(), models::SavedView::All);
        QVERIFY2(note->isVisible() && note->text() == u"Để hiện %1, danh sách đã bỏ ô tìm kiếm “qzxv”, bộ lọc “Địa "
                                                      u"bàn thử” và dạng xem “%2”."_s.arg(
                                                          code, models::savedViewLabel(models::SavedView::Hidden)),
                 qPrintable(note->text()));
        // Choosing another report lets the note go.
        selectRow(model.rowOf(id) == 0 ? 1 : 0);
        QTRY_VERIFY(!note->isVisible());

        // A click on the banner does the same, from elsewhere.
        queue->setSavedView(models::SavedView::All);
        selectRow(model.rowOf(id) == 0 ? 1 : 0);
        QVERIFY(queue->currentReportId() != id);
        QTest::mouseClick(strip->findChild<QLabel *>(u"alertBanner"_s), Qt::LeftButton);
        QTRY_COMPARE(queue->currentReportId(), id);
        QTest::mouseClick(strip->findChild<QPushButton *>(u"alertBannerClose"_s), Qt::LeftButton);
        QVERIFY(m_window->alertText().isEmpty());
        QCOMPARE(strip->height(), stripHeight);
    }

    // Issue 27 §3: rows never move under the pointer. While the officer points at the queue, a
    // change that would put a report above the row aimed at waits, and "N thay đổi đang chờ"
    // says so; the click lands on the row that was under the pointer; a quiet second later the
    // change is in.
    void rowsStayUnderThePointer()
    {
        test::ApiFixtures fixtures(*m_http); // its sign-ins done before the officer points
        test::ApiFixtures::Options urgent;
        urgent.urgent = true;
        ui::QueuePanel *queue = m_window->queue();
        models::QueueModel &model = m_console.controller()->model();
        queue->searchField()->clear();
        queue->clearRestriction();
        queue->setSavedView(models::SavedView::All);
        QTRY_VERIFY(model.rowCount() > 10);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTableView *table = queue->table();
        // A report that is not urgent: every open urgent report sorts above it.
        int row = 0;
        while (row < model.rowCount() && model.index(row, 0).data(models::QueueModel::UrgentRole).toBool()) {
            ++row;
        }
        QVERIFY(row + 1 < model.rowCount());
        table->scrollTo(model.index(row, 0), QAbstractItemView::PositionAtCenter);
        const QPoint at = table->visualRect(model.index(row, models::QueueModel::TitleColumn)).center();
        const QString aimed = model.idAt(row);
        QTest::mouseMove(table->viewport(), at);

        // The officer presses on the row and holds while an urgent report arrives, one that sorts
        // above it. The press goes through the window, as a real one does, so that the
        // application knows the button is down.
        QWindow *window = m_window->windowHandle();
        const QPoint inWindow = table->viewport()->mapTo(m_window, at);
        QTest::mousePress(window, Qt::LeftButton, {}, inWindow);
        QCOMPARE(queue->currentReportId(), aimed);
        const QString id = fixtures.reportIn(u"received"_s, urgent);
        auto *waiting = queue->findChild<QToolButton *>(u"queueWaitingChanges"_s);
        QTRY_VERIFY_WITH_TIMEOUT(waiting->isVisible(), 20000);
        QVERIFY2(QRegularExpression(u"^\\d+ thay đổi đang chờ$"_s).match(waiting->text()).hasMatch(),
                 qPrintable(waiting->text()));
        // Held down, it waits beyond the quiet second.
        QTest::qWait(1600);
        QVERIFY(waiting->isVisible());
        QCOMPARE(model.rowOf(id), -1);
        QCOMPARE(model.idAt(row), aimed);
        QTest::mouseRelease(window, Qt::LeftButton, {}, inWindow);
        QCOMPARE(queue->currentReportId(), aimed); // the click landed where the press began

        // Within the quiet second, the officer asks for the newest urgent report: what waits is
        // applied first, so it is the one that just arrived.
        QVERIFY(waiting->isVisible());
        QTest::keyClick(table, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(queue->currentReportId(), id);
        QVERIFY(!waiting->isVisible());
        QVERIFY(model.rowOf(id) < model.rowOf(aimed));
    }

    void locksAndUnlocks()
    {
        m_window->findChild<QAction *>(u"actionLock"_s)->trigger();
        QVERIFY(m_window->isLocked());
        auto *stack = m_window->findChild<QStackedWidget *>(u"centralStack"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"lockPage"_s);
        QVERIFY(!m_window->findChild<QTableView *>(u"queueTable"_s)->isVisible());
        QVERIFY(m_window->reportDetail()->reportId().isEmpty()); // no report data on screen
        QVERIFY(m_window->findChild<QLabel *>(u"lockSummary"_s)->text().contains(u"phản ánh khẩn"_s));

        auto *password = m_window->findChild<QLineEdit *>(u"lockPassword"_s);
        QTest::keyClicks(password, u"wrong"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(m_window->findChild<QLabel *>(u"lockError"_s)->text(), u"Sai mật khẩu."_s);
        QVERIFY(m_window->isLocked());
        QTest::keyClicks(password, u"demo"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(!m_window->isLocked());
        QVERIFY(m_window->findChild<QTableView *>(u"queueTable"_s)->isVisible());
        // The report the officer was on is on screen again.
        QCOMPARE(m_window->reportDetail()->reportId(), m_window->queue()->currentReportId());
    }

    // Last, as it stops the server: a reveal needs the server (the identity comes in its answer),
    // so offline the console says so, and nothing is queued or kept.
    void aRevealNeedsTheServer()
    {
        QString id;
        models::QueueModel &model = m_console.controller()->model();
        for (int row = 0; row < model.rowCount() && id.isEmpty(); ++row) {
            const auto report = m_console.controller()->session().reports().report(model.idAt(row));
            if (report && report->reporter.masked.present && !report->hidden &&
                !m_console.controller()->session().identities().identityOf(report->id)) {
                id = report->id;
            }
        }
        QVERIFY(!id.isEmpty());
        auto *table = m_window->findChild<QTableView *>(u"queueTable"_s);
        table->setFocus();
        table->selectRow(model.rowOf(id) == 0 ? 1 : 0);
        table->selectRow(model.rowOf(id));
        QTRY_COMPARE(m_window->reportDetail()->reportId(), id);
        const int entries = m_console.controller()->session().outbox().entries().size();
        m_server.stop();
        answerNextDialog(u"Gọi lại cho người phản ánh"_s);
        QString said;
        auto *watch = new QTimer(this);
        watch->setInterval(20);
        connect(watch, &QTimer::timeout, this, [&said, watch] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                watch->stop();
                box->accept();
            }
        });
        watch->start();
        m_window->findChild<QAction *>(u"actionRevealIdentity"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 20000);
        delete watch;
        QVERIFY2(said.contains(u"cần kết nối máy chủ"_s), qPrintable(said));
        QVERIFY(!m_console.controller()->session().identities().identityOf(id).has_value());
        QCOMPARE(m_console.controller()->session().outbox().entries().size(), entries);
        QVERIFY(m_window->reportDetail()->plainText().contains(u"Đã che"_s));
    }

private:
    QString selectRow(int row)
    {
        auto *table = m_window->findChild<QTableView *>(u"queueTable"_s);
        table->setFocus();
        table->selectRow(row);
        const QString id = m_console.controller()->model().idAt(row);
        [&] {
            QTRY_COMPARE(m_window->reportDetail()->reportId(), id);
        }();
        return id;
    }

    void selectReport(const QString &id) { m_window->queue()->selectReport(id); }

    QString selectFirstWithIdentity()
    {
        models::QueueModel &model = m_console.controller()->model();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.idAt(row);
            const auto report = m_console.controller()->session().reports().report(id);
            if (report && report->reporter.masked.present &&
                !m_console.controller()->session().identities().identityOf(id)) {
                return selectRow(row);
            }
        }
        return {};
    }

    test::TestServer m_server;
    QTemporaryDir m_dir;
    ConsoleApplication m_console;
    ui::MainWindow *m_window = nullptr;
    std::unique_ptr<test::HttpClient> m_http;
    QByteArray m_supervisorToken;
    QString m_handoverId;
};

QTEST_MAIN(TestConsole)
#include "testconsole.moc"
