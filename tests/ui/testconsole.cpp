// The console end to end: the real window (built by the real composition root) signed in to the
// real ioc-server over real TLS, with a real SQLCipher profile, driven by objectName offscreen.
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "core/vietnamesetext.h"
#include "models/queuemodel.h"
#include "support/syncclient.h"
#include "support/testserver.h"
#include "ui/mainwindow.h"
#include "ui/queue/queuepanel.h"
#include "ui/report/reportdetail.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ioc;
using namespace Qt::StringLiterals;

namespace {

// Answers the next modal dialog (an action's reason or note) once it appears.
void answerNextDialog(const QString &text)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr || dialog->objectName() != u"actionDialog"_s) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (auto *field = dialog->findChild<QPlainTextEdit *>(u"actionText"_s)) {
            field->setPlainText(text);
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"actionOk"_s), Qt::LeftButton);
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
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"IOC-test"_s);
        QCoreApplication::setApplicationName(u"testconsole"_s);
        QSettings().clear();
        m_server.start();
        QFile password(m_dir.filePath(u"password"_s));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write("demo\n");
        password.close();
        QFile passphrase(m_dir.filePath(u"passphrase"_s));
        QVERIFY(passphrase.open(QIODevice::WriteOnly));
        passphrase.write("a throwaway profile passphrase");
        passphrase.close();

        QVERIFY(m_console.parseArguments(
            {u"ioc-console"_s, u"--server"_s, m_server.url().toString(), u"--user"_s, u"truc1"_s, u"--password-file"_s,
             m_dir.filePath(u"password"_s), u"--ca"_s, test::TestCertificates::instance().caFile(), u"--profile"_s,
             m_dir.filePath(u"profile"_s), u"--profile-passphrase-file"_s, m_dir.filePath(u"passphrase"_s)}));
        m_console.start();
        QSignalSpy queueReady(m_console.controller(), &ConsoleController::queueReady);
        QVERIFY(queueReady.wait(60000) || queueReady.count() > 0);
        m_window = m_console.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_supervisorToken = m_http->login(u"giamsat1"_s);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_server.stop();
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
        // Urgent reports first, then by the clock due first.
        bool seenNonUrgent = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool urgent = model.data(model.index(row, 0), models::QueueModel::UrgentRole).toBool();
            QVERIFY2(!(urgent && seenNonUrgent), "an urgent report below a non-urgent one");
            seenNonUrgent = seenNonUrgent || !urgent;
        }
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
        // The server recorded who looked and why.
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(serverEvents(*m_http, m_supervisorToken, id), u"reveal_identity"_s), 20000);
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
        // Another officer changes the report; this console acts before it has heard of it.
        const QByteArray token = m_http->login(u"truc2"_s);
        const auto report = m_console.controller()->session().reports().report(id);
        QVERIFY(report.has_value());
        const test::HttpResponse changed =
            m_http->act(token, id, u"set_urgent"_s, {{u"urgent"_s, !report->urgent}, {u"reason"_s, u"Theo chỉ đạo"_s}},
                        report->version);
        QCOMPARE(changed.status, 200);
        QString error;
        QVERIFY2(m_console.controller()->session().act(id, u"hide"_s, {{u"reason"_s, u"Trùng lặp"_s}}, &error),
                 qPrintable(error));
        // The server refuses the stale version; the conflict shows in the status bar and in the
        // report, with what happened meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(m_console.controller()->session().status().conflicts == 1, 20000);
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"outboxStatus"_s)->text().contains(u"Xung đột 1"_s));
        selectReport(id);
        QTRY_VERIFY(m_window->reportDetail()->plainText().contains(u"Cần bạn xem lại"_s));
        QTRY_VERIFY(m_window->alertText().contains(u"gặp thay đổi trên máy chủ"_s));
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
            if (m_console.controller()->session().identities().identityOf(id)) {
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
};

QTEST_MAIN(TestConsole)
#include "testconsole.moc"
