// A supervisor's workstation end to end: the real console signed in as giamsat1 to the real
// ioc-server (demo data) over TLS. The dashboard opens with Ctrl+3; every tile, a bar of the
// overdue-by-agency chart (clicked with the mouse) and a cell of the evaluation (Enter) open the
// queue on exactly as many reports as the figure says; a report filed meanwhile reaches the
// figures through sync; Tệp › Báo cáo… writes the monthly report in the four formats, and a
// cancelled one leaves no file; locking the screen hides the figures.
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "support/apifixtures.h"
#include "support/consolearguments.h"
#include "support/consolegui.h"
#include "support/testserver.h"
#include "ui/dashboard/dashboardwindow.h"
#include "ui/dialogs/assessmentdialog.h"
#include "ui/dialogs/letterdialog.h"
#include "ui/dialogs/periodicreportdialog.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"
#include "ui/queue/queuepanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace ioc;
using namespace Qt::StringLiterals;

class TestSupervision final : public QObject
{
    Q_OBJECT

private:
    SupervisionController &supervision() { return m_console.controller()->supervision(); }
    int queueRows() const { return m_window->queue()->table()->model()->rowCount(); }
    static int number(const QString &text)
    {
        // "1.234" in Vietnamese: the dot groups thousands.
        return QString(text).remove(u'.').toInt();
    }
    // Ctrl+3 in whichever of the console's windows has the keyboard (the main one, or the
    // dashboard itself, which it brings forward again).
    QWidget *activeWindow() const
    {
        if (QApplication::activeWindow() == nullptr) {
            // A dialog just closed, and the offscreen platform activates nothing in its place.
            m_window->activateWindow();
            (void)QTest::qWaitForWindowActive(m_window);
        }
        return QApplication::activeWindow() != nullptr ? QApplication::activeWindow() : m_window;
    }
    void openDashboard()
    {
        QSignalSpy updated(&supervision(), &SupervisionController::figuresUpdated);
        QTest::keyClick(activeWindow(), Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(supervision().dashboard() != nullptr && supervision().dashboard()->isVisible(), 10000);
        QVERIFY(updated.count() > 0 || updated.wait(10000));
    }

    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    ConsoleApplication m_console;
    ui::MainWindow *m_window = nullptr;

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"testsupervision"_s);
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
        m_window = test::startConsole(m_console, m_dir.path(), m_server.url(), u"giamsat1"_s);
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_server.stop();
    }

    // Every tile opens the queue on exactly the reports it counts.
    void tilesOpenExactlyTheirReports()
    {
        openDashboard();
        ui::DashboardWindow *dashboard = supervision().dashboard();
        int checked = 0;
        for (const QString &name :
             {u"tileOpen"_s, u"tileOverdue"_s, u"tileDueHour"_s, u"tileDueDay"_s, u"tileUrgent"_s, u"tileHidden"_s}) {
            auto *tile = dashboard->findChild<QPushButton *>(name);
            QVERIFY2(tile, qPrintable(name));
            const int figure = number(tile->text().section(u'\n', 0, 0));
            // A Vietnamese name for the screen reader: "Quá hạn: 7".
            QVERIFY2(tile->accessibleName().contains(u": "_s), qPrintable(tile->accessibleName()));
            if (figure == 0) {
                continue; // nothing to open
            }
            QTest::mouseClick(tile, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(queueRows(), figure, 5000);
            QVERIFY(m_window->queue()->hasRestriction());
            ++checked;
        }
        QVERIFY2(checked >= 3, "the demo has open, overdue and urgent reports");
        m_window->queue()->clearRestriction();
    }

    // The bar of one agency in "overdue by agency", clicked with the mouse, opens that agency's
    // overdue reports: as many as the bar's value.
    void aBarOpensTheOverdueReportsOfOneAgency()
    {
        openDashboard();
        ui::DashboardWindow *dashboard = supervision().dashboard();
        dashboard->tabs()->setCurrentIndex(0);
        auto *view = dashboard->findChild<QChartView *>(u"chartOverdueByAgency"_s);
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QChart *chart = view->chart();
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QBarSet *set = bars->barSets().value(0);
        QVERIFY(set && set->count() > 0);
        // The top bar: the agency with the most overdue reports.
        const int index = set->count() - 1;
        const int value = int(set->at(index));
        QVERIFY(value > 0);
        const QPointF inChart = chart->mapToPosition(QPointF(value / 2.0, index), bars);
        const QPoint inView = view->mapFromScene(chart->mapToScene(inChart));
        QSignalSpy drilled(dashboard, &ui::DashboardWindow::drillDown);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
        QTRY_COMPARE_WITH_TIMEOUT(drilled.count(), 1, 5000);
        QCOMPARE(drilled.at(0).at(0).value<QSet<QString>>().size(), qsizetype(value));
        QTRY_COMPARE_WITH_TIMEOUT(queueRows(), value, 5000);
        m_window->queue()->clearRestriction();
    }

    // The map coloured by the overdue reports of each area; an area then opens its overdue
    // reports, as many as the area table says. (The click on the area is the map's signal: the
    // map's own tests click areas with the mouse.)
    void theMapColouredByArea()
    {
        openDashboard();
        ui::DashboardWindow *dashboard = supervision().dashboard();
        dashboard->tabs()->setCurrentIndex(0);
        auto *shade = dashboard->findChild<QCheckBox *>(u"dashboardShadeMap"_s);
        QVERIFY(shade);
        QVERIFY(!m_window->mapView()->hasAreaShading());
        shade->setChecked(true);
        QTRY_VERIFY(m_window->mapView()->hasAreaShading());
        auto *areas = dashboard->findChild<QTableWidget *>(u"tableAreas"_s);
        int row = -1;
        for (int r = 0; r < areas->rowCount() && row < 0; ++r) {
            if (number(areas->item(r, 2)->text()) > 0) {
                row = r;
            }
        }
        QVERIFY2(row >= 0, "the demo has an area with overdue reports");
        const QString name = areas->item(row, 0)->text();
        const int overdue = number(areas->item(row, 2)->text());
        QString areaId;
        for (const core::Area &area : m_console.controller()->session().directory().areas()) {
            if (area.name == name) {
                areaId = area.id;
            }
        }
        QVERIFY2(!areaId.isEmpty(), qPrintable(name));
        emit m_window->mapView()->areaClicked(areaId);
        QTRY_COMPARE_WITH_TIMEOUT(queueRows(), overdue, 5000);
        m_window->queue()->clearRestriction();
        shade->setChecked(false);
        QVERIFY(!m_window->mapView()->hasAreaShading());
    }

    // A cell of the evaluation, chosen with the keyboard and opened with Enter, opens as many
    // reports as it counts.
    void anEvaluationCellOpensItsReports()
    {
        openDashboard();
        ui::DashboardWindow *dashboard = supervision().dashboard();
        dashboard->tabs()->setCurrentIndex(2);
        auto *table = dashboard->findChild<QTableWidget *>(u"tableEvaluation"_s);
        QVERIFY(table && table->rowCount() > 0);
        // The year, so that the demo's distributions are in the window.
        auto *range = dashboard->findChild<QComboBox *>(u"dashboardRange"_s);
        range->setCurrentIndex(int(ui::DashboardWindow::Range::Year));
        QTRY_VERIFY(table->rowCount() > 0);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (number(table->item(r, 1)->text()) > 0) {
                row = r;
                break;
            }
        }
        QVERIFY2(row >= 0, "an agency with reports distributed to it");
        const int figure = number(table->item(row, 1)->text());
        dashboard->activateWindow();
        table->setFocus();
        table->setCurrentCell(row, 1);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(queueRows(), figure, 5000);
        m_window->queue()->clearRestriction();
        range->setCurrentIndex(int(ui::DashboardWindow::Range::Month));
    }

    // A report filed while the dashboard is open reaches its figures through sync, without
    // reading the whole replica again.
    void aNewReportReachesTheFigures()
    {
        openDashboard();
        ui::DashboardWindow *dashboard = supervision().dashboard();
        auto *open = dashboard->findChild<QPushButton *>(u"tileOpen"_s);
        const int before = number(open->text().section(u'\n', 0, 0));
        const QString id = m_fixtures->reportIn(u"received"_s);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(number(open->text().section(u'\n', 0, 0)), before + 1, 30000);
    }

    // From the evaluation: a reminder letter to the selected agency about its overdue reports;
    // the server numbers it; it is saved on the letter template; it reaches the figures through
    // sync (the agency's reminder letters, Điều 14.3.a).
    void aReminderLetterFromTheEvaluation()
    {
        openDashboard();
        ui::DashboardWindow *dashboard = supervision().dashboard();
        dashboard->tabs()->setCurrentIndex(2);
        auto *range = dashboard->findChild<QComboBox *>(u"dashboardRange"_s);
        range->setCurrentIndex(int(ui::DashboardWindow::Range::Year));
        auto *table = dashboard->findChild<QTableWidget *>(u"tableEvaluation"_s);
        QTRY_VERIFY(table->rowCount() > 0);
        // An agency late now: the first named in the chart of overdue reports by agency (its
        // accessible description reads "name: count; …").
        auto *overdue = dashboard->findChild<QChartView *>(u"chartOverdueByAgency"_s);
        QString late;
        for (const QString &entry : overdue->accessibleDescription().split(u"; "_s)) {
            const QString name = entry.section(u": "_s, 0, 0);
            for (int r = 0; r < table->rowCount(); ++r) {
                if (late.isEmpty() && table->item(r, 0)->text() == name) {
                    late = name;
                }
            }
        }
        QVERIFY2(!late.isEmpty(), qPrintable(overdue->accessibleDescription()));
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == late) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        const QString agencyName = table->item(row, 0)->text();
        const int lettersBefore = number(table->item(row, 9)->text().remove(u"⚑ "_s));
        table->setCurrentCell(row, 0);
        auto *button = dashboard->findChild<QPushButton *>(u"dashboardLetter"_s);
        QVERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(supervision().letterDialog() != nullptr, 5000);
        ui::LetterDialog *dialog = supervision().letterDialog();
        auto *reports = dialog->findChild<QListWidget *>(u"letterReports"_s);
        QVERIFY2(reports->count() > 0, "the letter is about the agency's overdue reports");
        dialog->findChild<QLineEdit *>(u"letterSignatory"_s)->setText(u"Nguyễn Văn Giám"_s);
        QSignalSpy issued(&supervision(), &SupervisionController::letterIssued);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"letterIssue"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(issued.count(), 1, 20000);
        const QString letterNumber = issued.at(0).at(0).toJsonObject().value(u"number"_s).toString();
        QVERIFY2(letterNumber.endsWith(u"/NN-TTCNTT"_s), qPrintable(letterNumber));
        QVERIFY(dialog->findChild<QLabel *>(u"letterStatus"_s)->text().contains(letterNumber));
        const QString pdf = m_dir.filePath(u"letter.pdf"_s);
        supervision().setLetterPath(pdf);
        QSignalSpy saved(&supervision(), &SupervisionController::letterSaved);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"letterSavePdf"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(u"Số: "_s + letterNumber) && text.contains(u"Kính gửi: "_s + agencyName) &&
                     text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s) && text.contains(u"Nguyễn Văn Giám"_s),
                 qPrintable(text));
        dialog->close();
        // Counted for the agency once sync brings the letter back.
        QTRY_COMPARE_WITH_TIMEOUT(number(table->item(row, 9)->text().remove(u"⚑ "_s)), lettersBefore + 1, 30000);
        range->setCurrentIndex(int(ui::DashboardWindow::Range::Month));
    }

    // A supervisor records an agency's cooperation for the chosen window; it comes back through
    // sync into the evaluation's 14.2.c column.
    void aCooperationAssessment()
    {
        openDashboard();
        ui::DashboardWindow *dashboard = supervision().dashboard();
        dashboard->tabs()->setCurrentIndex(2);
        auto *table = dashboard->findChild<QTableWidget *>(u"tableEvaluation"_s);
        QTRY_VERIFY(table->rowCount() > 0);
        table->setCurrentCell(0, 0);
        auto *assess = dashboard->findChild<QPushButton *>(u"dashboardAssess"_s);
        QVERIFY(assess->isVisible() && assess->isEnabled());
        QTest::mouseClick(assess, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(supervision().assessmentDialog() != nullptr, 5000);
        ui::AssessmentDialog *dialog = supervision().assessmentDialog();
        auto *level = dialog->findChild<QComboBox *>(u"assessmentLevel"_s);
        level->setCurrentIndex(level->findData(u"poor"_s));
        auto *record = dialog->findChild<QPushButton *>(u"assessmentRecord"_s);
        QVERIFY(!record->isEnabled()); // the reasons are required
        // (QTest types ASCII only: the Vietnamese reasons are set as an input method would.)
        dialog->findChild<QPlainTextEdit *>(u"assessmentText"_s)->setPlainText(u"Ba lần không nghe máy"_s);
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(supervision().assessmentDialog() == nullptr, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 13)->text(), u"thiếu trách nhiệm, thiếu phối hợp"_s, 30000);
    }

    // Tệp › Báo cáo… (Ctrl+Shift+R): the monthly report in each format, from the dialog.
    void periodicReportInFourFormats()
    {
        auto *action = m_window->findChild<QAction *>(u"actionPeriodicReport"_s);
        QVERIFY(action && action->isEnabled());
        QSignalSpy triggered(action, &QAction::triggered);
        QTest::keyClick(activeWindow(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(triggered.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(supervision().reportDialog() != nullptr, 5000);
        ui::PeriodicReportDialog *dialog = supervision().reportDialog();
        auto *kind = dialog->findChild<QComboBox *>(u"reportKind"_s);
        kind->setCurrentIndex(kind->findData(int(reporting::PeriodKind::Monthly)));
        auto *period = dialog->findChild<QLineEdit *>(u"reportPeriod"_s);
        period->setText(QDate::currentDate().toString(u"yyyy-MM"_s));
        auto *format = dialog->findChild<QComboBox *>(u"reportFormat"_s);
        auto *path = dialog->findChild<QLineEdit *>(u"reportPath"_s);
        auto *generate = dialog->findChild<QPushButton *>(u"reportGenerate"_s);
        // The preview shows the report.
        auto *preview = dialog->findChild<QWidget *>(u"reportPreview"_s);
        QVERIFY(preview);
        for (const auto &[which, extension] : {std::pair{reporting::render::Format::Pdf, u"pdf"_s},
                                               std::pair{reporting::render::Format::Xlsx, u"xlsx"_s},
                                               std::pair{reporting::render::Format::Odt, u"odt"_s},
                                               std::pair{reporting::render::Format::Csv, u"csv"_s}}) {
            format->setCurrentIndex(format->findData(int(which)));
            const QString file = m_dir.filePath(u"monthly."_s + extension);
            path->setText(file);
            QSignalSpy written(&supervision(), &SupervisionController::reportWritten);
            QTRY_VERIFY(generate->isEnabled());
            QTest::mouseClick(generate, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 60000);
            QVERIFY2(QFileInfo(file).size() > 100, qPrintable(file));
            QVERIFY(dialog->findChild<QLabel *>(u"reportResult"_s)->text().contains(file));
        }
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {m_dir.filePath(u"monthly.pdf"_s), u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(u"BÁO CÁO"_s) && text.contains(u"Kính gửi: Ủy ban nhân dân tỉnh"_s), qPrintable(text));
    }

    // Cancel during the writing: no file, no partial file.
    void aCancelledReportLeavesNoFile()
    {
        ui::PeriodicReportDialog *dialog = supervision().reportDialog();
        QVERIFY(dialog);
        auto *format = dialog->findChild<QComboBox *>(u"reportFormat"_s);
        format->setCurrentIndex(format->findData(int(reporting::render::Format::Pdf)));
        const QString file = m_dir.filePath(u"cancelled.pdf"_s);
        dialog->findChild<QLineEdit *>(u"reportPath"_s)->setText(file);
        auto *cancel = dialog->findChild<QPushButton *>(u"reportCancel"_s);
        // Heard at the first step of the writing, when the dialog lets events through.
        QTimer::singleShot(0, cancel, [cancel] { QTest::mouseClick(cancel, Qt::LeftButton); });
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"reportGenerate"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(u"reportResult"_s)->text().contains(u"Đã hủy"_s), 30000);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + u".part"_s));
        QVERIFY(dialog->isVisible()); // cancelling the writing does not close the dialog
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(supervision().reportDialog() == nullptr);
    }

    // Locking the screen leaves no figure on screen.
    void lockingHidesTheFigures()
    {
        openDashboard();
        m_console.controller()->lock();
        QVERIFY(!supervision().dashboard()->isVisible());
        QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier); // refused while locked
        QTest::qWait(200);
        QVERIFY(!supervision().dashboard()->isVisible());
    }
};

QTEST_MAIN(TestSupervision)
#include "testsupervision.moc"
