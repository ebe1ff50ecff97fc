// A screen reader can use the console, and what it reads is Vietnamese (issue 27 §6 and §8).
// The real console, signed in as a duty officer (truc1) to the real ioc-server over TLS, in its
// default language (Vietnamese), is read the way an AT-SPI or UI Automation client reads it:
// through Qt's accessibility interfaces (QAccessible), in process. Every screen a duty officer
// meets is walked: the main window with a report whose timeline has the server's events (its
// own `clock_overdue`, by the actor `system`), and each action dialog opened by its key. On
// each, nothing a person hears is an internal identifier (snake_case) or English left
// untranslated, every control has a name, and the queue's cells say what they show. One more
// run reads it from outside through AT-SPI (ui/testaccessibility.atspi).
#include "consoleapplication.h"
#include "consolecontroller.h"
#include "core/countdown.h"
#include "core/vntime.h"
#include "models/queuemodel.h"
#include "support/accessibilitychecks.h"
#include "support/apifixtures.h"
#include "support/consolegui.h"
#include "support/testserver.h"
#include "ui/dialogs/processingdialog.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/queue/queuepanel.h"
#include "ui/report/reportdetail.h"

#include <QAccessible>
#include <QDeadlineTimer>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUuid>

using namespace ioc;
using namespace Qt::StringLiterals;
using namespace ioc::test::accessibility;

namespace {

// What Qt says about accessibility while the test runs (the AT-SPI bridge's warnings among it).
QStringList accessibilityWarnings;
QtMessageHandler previousHandler = nullptr;

void noteAccessibilityWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category != nullptr ? context.category : "");
    if (type != QtDebugMsg && type != QtInfoMsg &&
        (category.startsWith(u"qt.accessibility"_s) || message.contains(u"accessib"_s, Qt::CaseInsensitive) ||
         message.contains(u"AT-SPI"_s, Qt::CaseInsensitive))) {
        accessibilityWarnings.append(category + u": "_s + message);
    }
    previousHandler(type, context, message);
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"testaccessibility"_s);
        previousHandler = qInstallMessageHandler(noteAccessibilityWarnings);
        QAccessible::setActive(true);
        m_server.start();
        m_http = std::make_unique<test::HttpClient>(m_server.url());
        m_fixtures = std::make_unique<test::ApiFixtures>(*m_http);
        // An urgent hotline report taken two hours ago: its clock ran out (the server's own
        // `clock_overdue` event in the timeline, by its actor `system`).
        const test::HttpResponse created = m_http->post(
            u"/v1/reports"_s,
            test::toJson({{u"title"_s, u"Cháy kho hàng"_s},
                          {u"content"_s, u"Cháy kho hàng gần chợ Đông Hà"_s},
                          {u"category_id"_s, u"fire"_s},
                          {u"channel"_s, u"hotline"_s},
                          {u"acted_at"_s, core::vntime::toIso8601(QDateTime::currentDateTimeUtc().addSecs(-7200))},
                          {u"position"_s, QJsonObject{{u"latitude"_s, 16.8165},
                                                      {u"longitude"_s, 107.1002},
                                                      {u"area_id"_s, u"dong-ha"_s},
                                                      {u"source"_s, u"address"_s}}},
                          {u"reporter"_s, QJsonObject{{u"kind"_s, u"person"_s}, {u"full_name"_s, u"Lê Văn C"_s}}}}),
            m_fixtures->token(u"duty_officer"_s),
            {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        QVERIFY2(created.status == 201, created.body.constData());
        m_overdue = created.json.value(u"report"_s).toObject().value(u"id"_s).toString();
        m_verified = m_fixtures->reportIn(u"verified"_s);
        m_approved = m_fixtures->reportIn(u"approved"_s);
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(m_overdue, u"clock_overdue"_s), 10000);
        m_window = test::startConsole(m_console, m_dir.path(), m_server.url(), u"truc1"_s);
        QVERIFY(m_window);
        const models::QueueModel &model = m_console.controller()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(m_verified) >= 0 && model.rowOf(m_approved) >= 0, 20000);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_server.stop();
    }

    void cleanup()
    {
        for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
            if (dialog->isVisible()) {
                dialog->reject();
            }
        }
        QTest::qWait(50);
    }

    // Before a report is chosen: Vietnamese (the panel is built before the translator is
    // installed, and says it again when the language arrives).
    void nothingChosenIsSaidInVietnamese()
    {
        const auto *heading = m_window->findChild<QLabel *>(u"reportHeading"_s);
        QVERIFY(heading);
        QCOMPARE(heading->text(), u"<i>Chưa chọn phản ánh.</i>"_s);
    }

    // The timeline: the server's event and its clock in words; no identifier, and not the actor
    // `system`, anywhere in the detail.
    void theServersEventsAreNamedInWords()
    {
        QVERIFY(test::selectInQueue(m_console, m_overdue));
        auto *browser = m_window->findChild<QTextBrowser *>(u"reportBrowser"_s);
        QVERIFY(browser);
        QTRY_VERIFY(browser->toPlainText().contains(u"Quá hạn: Phân phối"_s));
        const QString text = browser->toPlainText();
        // Its clocks name the clock, whose turn it is and the articles (issue 27 §2).
        const QString citation = core::clockCitation(core::ClockStep::Distribute);
        QVERIFY(citation.startsWith(u"Điều "_s));
        QVERIFY2(
            QRegularExpression(u"Phân phối · IOC\\s+hạn .*\\s+quá hạn\\s+"_s + QRegularExpression::escape(citation))
                .match(text)
                .hasMatch(),
            qPrintable(text));
        const QRegularExpression identifier(u"\\b[a-z]+(_[a-z]+)+\\b"_s);
        const QRegularExpressionMatch found = identifier.match(text);
        QVERIFY2(!found.hasMatch(), qPrintable(u"\"%1\" in:\n%2"_s.arg(found.captured(), text)));
        QVERIFY2(!text.contains(u"system"_s), qPrintable(text));
    }

    // The window with a report chosen: the queue, the detail with its timeline, the map, the
    // docks' buttons, the status bar.
    void theMainWindow()
    {
        QVERIFY(test::selectInQueue(m_console, m_overdue));
        auto *browser = m_window->findChild<QTextBrowser *>(u"reportBrowser"_s);
        QTRY_VERIFY(browser->toPlainText().contains(u"Quá hạn: Phân phối"_s));
        Walk walk;
        walk.walkWidget(m_window, u"mainWindow"_s);
        QVERIFY2(walk.nodes > 50, qPrintable(QString::number(walk.nodes)));
        QVERIFY2(walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));
    }

    // Tab goes through the window as one reads it: the alert strip, the view, the search, the
    // rows; top to bottom, and left to right on a line.
    void focusFollowsTheReadingOrder()
    {
        QWidget *page = m_window->findChild<QWidget *>(u"workPage"_s);
        QVERIFY(page != nullptr);
        // With the controls that come and go shown too: the waiting changes and a restriction.
        ui::QueuePanel *queue = m_window->queue();
        models::QueueFilter area;
        area.areaIds = {u"dong-ha"_s};
        queue->setRestriction(area, u"Địa bàn: Thành phố Đông Hà"_s);
        queue->setWaitingChanges(2);
        const auto restore = qScopeGuard([queue] {
            queue->setWaitingChanges(0);
            queue->clearRestriction();
        });
        // The cycle of Tab through the page's controls (the docks' lie between its end and its
        // start), from the one that reading meets first.
        QList<QWidget *> chain;
        QWidget *start = page->findChild<QWidget *>(u"savedViewCombo"_s);
        QWidget *widget = start;
        do {
            if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
                page->isAncestorOf(widget)) {
                chain.append(widget);
            }
            widget = widget->nextInFocusChain();
        } while (widget != start && widget != nullptr);
        const auto at = [this](QWidget *w) {
            return w->mapTo(m_window, QPoint(0, 0));
        };
        const auto first = std::min_element(chain.begin(), chain.end(), [&](QWidget *a, QWidget *b) {
            return std::pair(at(a).y(), at(a).x()) < std::pair(at(b).y(), at(b).x());
        });
        std::rotate(chain.begin(), first, chain.end());
        QStringList names;
        QStringList problems;
        for (qsizetype i = 0; i < chain.size(); ++i) {
            names.append(chain[i]->objectName());
            if (i == 0) {
                continue;
            }
            const QPoint a = at(chain[i - 1]);
            const QPoint b = at(chain[i]);
            const bool sameLine = std::abs(a.y() - b.y()) < std::min(chain[i - 1]->height(), chain[i]->height()) / 2;
            if (sameLine ? b.x() < a.x() : b.y() < a.y()) {
                problems.append(chain[i - 1]->objectName() + u" → "_s + chain[i]->objectName());
            }
        }
        QVERIFY2(names.contains(u"alertBannerOpen"_s) && names.contains(u"queueSearch"_s) &&
                     names.contains(u"queueWaitingChanges"_s) && names.contains(u"queueRestrictionClear"_s) &&
                     names.contains(u"queueTable"_s),
                 qPrintable(names.join(u", ")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u"\n"_s + names.join(u", ")));
    }

    // The queue's cells say what they show.
    void theQueuesCellsSayWhatTheyShow()
    {
        QTableView *table = m_window->queue()->table();
        const models::QueueModel &model = m_console.controller()->model();
        // Offscreen there is no platform bridge, so Qt does not keep its per-cell objects in step
        // with the rows as they re-sort (it does under AT-SPI: aScreenReaderReadsItThroughAtSpi
        // reads the cells after a re-filter). The table is asked afresh, as by a reader that
        // has just attached.
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(QAccessible::queryAccessibleInterface(table)));
        QAccessibleInterface *tableNode = QAccessible::queryAccessibleInterface(table);
        QAccessibleTableInterface *cells = tableNode->tableInterface();
        QVERIFY(cells != nullptr);
        QCOMPARE(cells->rowCount(), model.rowCount());
        for (int row = 0; row < std::min(5, model.rowCount()); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                if (table->isColumnHidden(column)) {
                    continue;
                }
                QAccessibleInterface *cell = cells->cellAt(row, column);
                QVERIFY(cell != nullptr);
                QCOMPARE(cell->text(QAccessible::Name), model.index(row, column).data().toString());
            }
        }
        // Each cell is announced with its column's name.
        QAccessibleTableCellInterface *first = cells->cellAt(0, models::QueueModel::TitleColumn)->tableCellInterface();
        QVERIFY(first != nullptr);
        const QList<QAccessibleInterface *> headers = first->columnHeaderCells();
        // Qt 6.4 hands the header cells over without keeping them (QAccessibleTableCell's own
        // FIXME): the cache takes them, as a platform bridge does when it names one, and frees them.
        for (QAccessibleInterface *header : headers) {
            QAccessible::uniqueId(header);
        }
        QVERIFY(!headers.isEmpty());
        QCOMPARE(headers.first()->text(QAccessible::Name),
                 model.headerData(models::QueueModel::TitleColumn, Qt::Horizontal).toString());
    }

    // Each dialog a duty officer opens from the window, by its key.
    void theActionDialogs_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QKeySequence>("key");
        QTest::newRow("verification (V)") << u"overdue"_s << QKeySequence(u"V"_s);
        QTest::newRow("distribution (Ctrl+D)") << u"verified"_s << QKeySequence(u"Ctrl+D"_s);
        QTest::newRow("publication (Ctrl+P)") << u"approved"_s << QKeySequence(u"Ctrl+P"_s);
        QTest::newRow("intake (Ctrl+N)") << u"overdue"_s << QKeySequence(u"Ctrl+N"_s);
        QTest::newRow("a note (Ctrl+Shift+N)") << u"overdue"_s << QKeySequence(u"Ctrl+Shift+N"_s);
        QTest::newRow("the sender's account (Ctrl+Shift+A)") << u"verified"_s << QKeySequence(u"Ctrl+Shift+A"_s);
        QTest::newRow("the handover note (Ctrl+Shift+B)") << u"overdue"_s << QKeySequence(u"Ctrl+Shift+B"_s);
        QTest::newRow("the messages desk (Ctrl+Shift+G)") << u"overdue"_s << QKeySequence(u"Ctrl+Shift+G"_s);
        QTest::newRow("a periodic report (Ctrl+Shift+R)") << u"overdue"_s << QKeySequence(u"Ctrl+Shift+R"_s);
        QTest::newRow("a reminder letter (Ctrl+Shift+L)") << u"approved"_s << QKeySequence(u"Ctrl+Shift+L"_s);
        QTest::newRow("about the console (Ctrl+F1)") << u"overdue"_s << QKeySequence(u"Ctrl+F1"_s);
    }

    void theActionDialogs()
    {
        QFETCH(QString, report);
        QFETCH(QKeySequence, key);
        const QString id = report == u"verified"_s ? m_verified : report == u"approved"_s ? m_approved : m_overdue;
        QVERIFY(test::selectInQueue(m_console, id));
        QTRY_COMPARE(m_window->reportDetail()->reportId(), id);
        const QSet<QDialog *> before = visibleDialogs();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        // Some dialogs run their own event loop: the walk is done from a timer, while it is open.
        Walk walk;
        QString opened;
        QStringList focusProblems;
        QDeadlineTimer deadline(20000);
        QTimer poll;
        poll.setInterval(100);
        connect(&poll, &QTimer::timeout, this, [&] {
            QDialog *dialog = newDialog(before);
            if (dialog == nullptr && !deadline.hasExpired()) {
                return;
            }
            poll.stop();
            if (dialog != nullptr) {
                QTest::qWait(300); // its parts that load (a checklist, thumbnails) have come
                opened = dialog->objectName();
                if (!QTest::qWaitForWindowActive(dialog)) {
                    opened += u" (never active)"_s;
                }
                walk.walkWidget(dialog, opened);
                focusProblems = tabRoundProblems(dialog);
                dialog->reject();
            }
        });
        poll.start();
        QTest::keySequence(m_window->queue()->table(), key);
        QTRY_VERIFY_WITH_TIMEOUT(!poll.isActive(), 25000);
        QVERIFY2(!opened.isEmpty(), "no dialog opened");
        QVERIFY2(walk.nodes > 5, qPrintable(QString::number(walk.nodes)));
        QVERIFY2(walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));
        QVERIFY2(focusProblems.isEmpty(), qPrintable(focusProblems.join(u'\n')));
    }

    // The agency's processing dialog (P on an agency's workstation), over a report of this
    // replica, as the agency's officer sees it.
    void theProcessingDialog()
    {
        session::ConsoleSession &session = m_console.controller()->session();
        m_fixtures->reportIn(u"distributed"_s);
        std::optional<core::Report> report;
        for (const storage::QueueRow &row : session.reports().allRows()) {
            if (row.state == core::ReportState::Distributed && !row.leadAgencyId.isEmpty()) {
                report = session.reports().report(row.id);
                break;
            }
        }
        QVERIFY2(report.has_value(), "the demo has a distributed report");
        core::Actor agency;
        agency.userId = u"u-xuly1"_s;
        agency.role = core::Role::AgencyStaff;
        agency.agencyId = report->leadAgencyId;
        const core::Directory directory = session.directory();
        QList<core::Action> available;
        for (const core::Action action : core::availableActions(*report, agency, &directory)) {
            if (ui::ProcessingDialog::handledActions().contains(action)) {
                available.append(action);
            }
        }
        QVERIFY(!available.isEmpty());
        ui::ProcessingDialog dialog(*report, directory, agency, available, session.serverNow(), m_window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Walk walk;
        walk.walkWidget(&dialog, dialog.objectName());
        QVERIFY2(walk.nodes > 5, qPrintable(QString::number(walk.nodes)));
        QVERIFY2(walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QStringList focusProblems = tabRoundProblems(&dialog);
        QVERIFY2(focusProblems.isEmpty(), qPrintable(focusProblems.join(u'\n')));
    }

    // The supervision dashboard (Ctrl+3), a window of its own: its figures, the trend and the
    // evaluation pages.
    void theDashboard()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keySequence(m_window->queue()->table(), QKeySequence(u"Ctrl+3"_s));
        QWidget *dashboard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dashboard =
                                      [] {
                                          for (QWidget *widget : QApplication::topLevelWidgets()) {
                                              if (widget->objectName() == u"dashboardWindow"_s && widget->isVisible()) {
                                                  return widget;
                                              }
                                          }
                                          return static_cast<QWidget *>(nullptr);
                                      }()) != nullptr,
                                 20000);
        QTest::qWait(500); // its figures have come
        dashboard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dashboard));
        Walk walk;
        QStringList focusProblems;
        const auto pages = dashboard->findChildren<QTabWidget *>();
        QVERIFY2(!pages.isEmpty(), "the dashboard has its pages");
        for (QTabWidget *tabs : pages) {
            for (int page = 0; page < tabs->count(); ++page) {
                tabs->setCurrentIndex(page);
                QTest::qWait(200);
                walk.walkWidget(dashboard, dashboard->objectName() + u'#' + QString::number(page));
                focusProblems += tabRoundProblems(dashboard);
            }
        }
        dashboard->close();
        QVERIFY2(walk.nodes > 5, qPrintable(QString::number(walk.nodes)));
        QVERIFY2(walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));
        QVERIFY2(focusProblems.isEmpty(), qPrintable(focusProblems.join(u'\n')));
    }

    // The sign-in dialog, the first thing an officer meets (the console of this test signed in
    // without it).
    void theSignInDialog()
    {
        ui::LoginDialog dialog(m_window);
        dialog.setServer(u"https://ioc.example.vn"_s);
        dialog.setUser(u"truc1"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        Walk walk;
        walk.walkWidget(&dialog, u"loginDialog"_s);
        QVERIFY2(walk.nodes > 5, qPrintable(QString::number(walk.nodes)));
        QVERIFY2(walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));
        const QStringList focusProblems = tabRoundProblems(&dialog);
        QVERIFY2(focusProblems.isEmpty(), qPrintable(focusProblems.join(u'\n')));
    }

    // From outside, through AT-SPI, as Orca reads it (ui/testaccessibility.atspi runs this under
    // Xvfb, a private session bus and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, tests/ui/with-atspi.sh):
    // the console registers with the accessibility bus without a warning, and what is read of its
    // window is named, Vietnamese and free of identifiers.
    void aScreenReaderReadsItThroughAtSpi()
    {
        if (qEnvironmentVariable("QT_LINUX_ACCESSIBILITY_ALWAYS_ON") != u"1"_s ||
            QGuiApplication::platformName() != u"xcb"_s) {
            QSKIP("read through AT-SPI under tests/ui/with-atspi.sh (the test ui/testaccessibility.atspi)");
        }
        QVERIFY(test::selectInQueue(m_console, m_overdue));
        QTRY_VERIFY(m_window->findChild<QTextBrowser *>(u"reportBrowser"_s)->toPlainText().contains(u"Quá hạn"_s));
        // The console answers the reader's calls from its event loop, which runs while this waits.
        const auto read = [](QByteArray *heard, QByteArray *errors) {
            QProcess reader;
            reader.start(qEnvironmentVariable("IOC_PYTHON"),
                         {qEnvironmentVariable("IOC_SOURCE_DIR") + u"/tests/ui/atspi-read.py"_s,
                          QCoreApplication::applicationName(), u"30"_s});
            QTRY_VERIFY_WITH_TIMEOUT(reader.state() == QProcess::NotRunning, 120000);
            *errors = reader.readAllStandardError();
            *heard = reader.readAllStandardOutput();
            QVERIFY2(reader.exitCode() == 0, QByteArray(*heard + *errors).constData());
        };
        QByteArray heard;
        QByteArray errors;
        read(&heard, &errors);
        if (QTest::currentTestFailed()) {
            return;
        }
        // The queue re-filtered after it was read once: read again, its cells say the rows as they
        // are now, not the ones before (Qt keeps an object per cell read).
        ui::QueuePanel *queue = m_window->queue();
        models::QueueFilter area;
        area.areaIds = {u"dong-ha"_s};
        queue->setRestriction(area, u"Địa bàn: Thành phố Đông Hà"_s);
        queue->clearRestriction();
        queue->setSavedView(models::SavedView::Urgent);
        const models::QueueModel &model = m_console.controller()->model();
        QVERIFY(model.rowCount() > 1);
        read(&heard, &errors);
        if (QTest::currentTestFailed()) {
            return;
        }
        QStringList cells;
        for (const QByteArray &line : heard.split('\n')) {
            const QJsonObject node = QJsonDocument::fromJson(line).object();
            if (node.value(u"role"_s).toString() == u"table cell"_s) {
                cells.append(node.value(u"name"_s).toString());
            }
        }
        for (int row = 0; row < std::min(3, model.rowCount()); ++row) {
            const QString code = model.index(row, models::QueueModel::CodeColumn).data().toString();
            QVERIFY2(cells.contains(code), qPrintable(code + u" not among: "_s + cells.join(u" | "_s)));
        }
        queue->setSavedView(models::SavedView::All);
        Walk rules;
        int nodes = 0;
        QSet<QString> names;
        QStringList problems;
        const QRegularExpression identifier(u"(?<![\\w.@/:-])[a-z]+(?:_[a-z0-9]+)+(?![\\w.@/-])"_s);
        for (const QByteArray &line : heard.split('\n')) {
            if (line.trimmed().isEmpty()) {
                continue;
            }
            const QJsonObject node = QJsonDocument::fromJson(line).object();
            ++nodes;
            const QString path = node.value(u"path"_s).toString();
            for (const QString &key : {u"name"_s, u"description"_s}) {
                const QString text = node.value(key).toString().remove(u'&').trimmed();
                if (text.isEmpty()) {
                    continue;
                }
                names.insert(text);
                if (const auto found = identifier.match(text); found.hasMatch()) {
                    problems.append(u"%1: identifier \"%2\""_s.arg(path, found.captured()));
                }
                if (rules.english.contains(text) || soundsEnglish(text)) {
                    problems.append(u"%1: English \"%2\""_s.arg(path, text.left(120)));
                }
            }
        }
        qInfo("read through AT-SPI: %d objects", nodes);
        if (qEnvironmentVariableIsSet("IOC_A11Y_DUMP")) {
            qInfo("%s", heard.constData());
        }
        QVERIFY2(nodes > 50, qPrintable(QString::number(nodes) + u' ' + QString::fromUtf8(errors)));
        for (const QString &expected : {u"Danh sách phản ánh"_s, u"Bản đồ phản ánh"_s, u"Toàn bộ phản ánh"_s}) {
            QVERIFY2(names.contains(expected), qPrintable(expected));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(accessibilityWarnings.isEmpty(), qPrintable(accessibilityWarnings.join(u'\n')));
    }

private:
    QSet<QDialog *> visibleDialogs() const
    {
        QSet<QDialog *> dialogs;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog != nullptr && dialog->isVisible()) {
                dialogs.insert(dialog);
            }
        }
        return dialogs;
    }

    QDialog *newDialog(const QSet<QDialog *> &before) const
    {
        for (QDialog *dialog : visibleDialogs()) {
            if (!before.contains(dialog)) {
                return dialog;
            }
        }
        return nullptr;
    }

    bool hasEvent(const QString &id, const QString &action)
    {
        const QJsonArray events = m_http->get(u"/v1/reports/"_s + id, m_fixtures->token(u"duty_officer"_s))
                                      .json.value(u"report"_s)
                                      .toObject()
                                      .value(u"events"_s)
                                      .toArray();
        return std::any_of(events.begin(), events.end(),
                           [&](const QJsonValue &e) { return e[u"action"_s].toString() == action; });
    }

    QTemporaryDir m_dir;
    test::TestServer m_server{{.demo = true,
                               .dataDirectory = {},
                               .extraArguments = {u"--demo-reports"_s, u"30"_s, u"--scheduler-interval-ms"_s, u"200"_s},
                               .postgresUrl = {},
                               .environment = {}}};
    std::unique_ptr<test::HttpClient> m_http;
    std::unique_ptr<test::ApiFixtures> m_fixtures;
    ConsoleApplication m_console;
    ui::MainWindow *m_window = nullptr;
    QString m_overdue;
    QString m_verified;
    QString m_approved;
};

QTEST_MAIN(TestAccessibility)
#include "testaccessibility.moc"
