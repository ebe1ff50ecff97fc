// The desk of messages that need a person (docs/channels.md), end to end: the real console signed
// in as a duty officer (truc1) to the real ioc-server over TLS. A hotline caller's rejection is a
// call back owed: it is listed with the report's code, opened from the list, and recorded by
// keyboard — first not reached (it stays owed), then reached (it leaves the list, and the server
// has it sent). The messages the server gave up on are listed with the reason in words.
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "support/apifixtures.h"
#include "support/consolegui.h"
#include "support/testserver.h"
#include "ui/dialogs/messagedeskdialog.h"
#include "ui/mainwindow.h"
#include "ui/report/reportdetail.h"

#include <QAction>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

class TestMessageDesk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"testmessagedesk"_s);
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
        test::ApiFixtures::Options hotline;
        hotline.channel = u"hotline"_s;
        m_callBackReport = m_fixtures->reportIn(u"rejected"_s, hotline);
        m_code = m_fixtures->report(m_callBackReport).value(u"code"_s).toString();
        // A distribution this server has no channel for: the agency's SMS and e-mail given up.
        m_failedReport = m_fixtures->reportIn(u"distributed"_s);
        m_window = test::startConsole(m_console, m_dir.path(), m_server.url(), u"truc1"_s);
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_server.stop();
    }

    void theDeskListsTheCallBackAndRecordsTheCall()
    {
        MessageDeskController &desk = m_console.controller()->messageDesk();
        QSignalSpy refreshed(&desk, &MessageDeskController::refreshed);
        auto *action = m_window->findChild<QAction *>(u"actionMessageDesk"_s);
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+G"_s));
        action->trigger();
        QTRY_VERIFY(refreshed.count() >= 1);
        ui::MessageDeskDialog *dialog = desk.dialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(u"callBackTable"_s);
        QVERIFY(table);
        const int row = rowOf(table, m_code);
        QVERIFY2(row >= 0, qPrintable(m_code));
        // Masked: the number is for a reveal on the report, not for this list.
        QVERIFY(!table->item(row, 2)->text().contains(u"0912345678"_s));
        QCOMPARE(table->item(row, 3)->text(), ui::MessageDeskDialog::templateLabel(u"citizen_rejected"_s));
        table->setFocus();
        table->selectRow(row);

        // Open the report from the list: the detail shows it.
        dialog->findChild<QPushButton *>(u"openMessageReport"_s)->click();
        QTRY_COMPARE(m_window->reportDetail()->reportId(), m_callBackReport);

        // No note, no record: the button says why.
        auto *record = dialog->findChild<QPushButton *>(u"recordCallButton"_s);
        QVERIFY(!record->isEnabled());
        QVERIFY(!record->toolTip().isEmpty());

        // Not reached: it stays owed, with the call counted.
        auto *note = dialog->findChild<QLineEdit *>(u"callNote"_s);
        dialog->findChild<QRadioButton *>(u"callNotReached"_s)->setChecked(true);
        note->insert(u"Không nghe máy"_s); // (QTest types ASCII only)
        QVERIFY(record->isEnabled());
        const int before = int(refreshed.count());
        record->click();
        QTRY_VERIFY(refreshed.count() > before);
        QCOMPARE(serverState(), u"queued"_s);
        const int again = rowOf(table, m_code);
        QVERIFY(again >= 0);
        QVERIFY2(table->item(again, 4)->text().contains(u"Không nghe máy"_s),
                 qPrintable(table->item(again, 4)->text()));
        QVERIFY(note->text().isEmpty()); // ready for the next call
        QVERIFY(dialog->findChild<QRadioButton *>(u"callReached"_s)->isChecked());

        // Reached: off the list; the server has it sent.
        table->selectRow(again);
        note->insert(u"Đã đọc nội dung trả lời"_s);
        const int second = int(refreshed.count());
        record->click();
        QTRY_VERIFY(refreshed.count() > second);
        QCOMPARE(serverState(), u"sent"_s);
        QCOMPARE(rowOf(table, m_code), -1);
        QVERIFY(!dialog->findChild<QLabel *>(u"messageDeskStatus"_s)->text().isEmpty());
    }

    void theDeskListsWhatWasNotSentWithTheReason()
    {
        ui::MessageDeskDialog *dialog = m_console.controller()->messageDesk().dialog();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(u"failureTable"_s);
        const QString code = m_fixtures->report(m_failedReport).value(u"code"_s).toString();
        const int row = rowOf(table, code);
        QVERIFY2(row >= 0, qPrintable(code));
        QCOMPARE(table->item(row, 3)->text(), ui::MessageDeskDialog::templateLabel(u"agency_distributed"_s));
        QVERIFY2(table->item(row, 4)->text().endsWith(ui::ReportDetail::failureReason(u"channel_not_configured"_s)),
                 qPrintable(table->item(row, 4)->text()));
        // A supervisor's desk reads; it has no call form.
        ui::MessageDeskDialog supervisors(false);
        QVERIFY(supervisors.findChild<QGroupBox *>(u"callBox"_s)->isHidden());
        dialog->close();
    }

private:
    static int rowOf(QTableWidget *table, const QString &code)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == code) {
                return row;
            }
        }
        return -1;
    }

    QString serverState()
    {
        const QJsonArray items =
            m_http->get(u"/v1/reports/%1/notifications"_s.arg(m_callBackReport), m_fixtures->token(u"duty_officer"_s))
                .json.value(u"items"_s)
                .toArray();
        return items.size() == 1 ? items.first()[u"state"_s].toString() : u"(%1 messages)"_s.arg(items.size());
    }

    QTemporaryDir m_dir;
    test::TestServer m_server{{.demo = true,
                               .dataDirectory = {},
                               .extraArguments = {u"--demo-reports"_s, u"40"_s},
                               .postgresUrl = {},
                               .environment = {}}};
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    ConsoleApplication m_console;
    ui::MainWindow *m_window = nullptr;
    QString m_callBackReport;
    QString m_code;
    QString m_failedReport;
};

QTEST_MAIN(TestMessageDesk)
#include "testmessagedesk.moc"
