#include "consoleapplication.h"

#include "buildinfo.h"
#include "consolecontroller.h"
#include "core/consolesettings.h"
#include "storage/sqlcipherdriver.h"
#include "ui/dashboard/dashboardwindow.h"
#include "ui/dialogs/resulteditor.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"
#include "ui/queue/queuepanel.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace ioc {

namespace {

std::optional<QByteArray> readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray content = file.readAll();
    while (content.endsWith('\n') || content.endsWith('\r')) {
        content.chop(1);
    }
    return content;
}

} // namespace

ConsoleApplication::ConsoleApplication(QObject *parent)
    : QObject(parent)
{}

ConsoleApplication::~ConsoleApplication()
{
    m_password.fill('\0');
    m_controller.reset();
}

bool ConsoleApplication::parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"IOC field-report console"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        u"screenshot-dir"_s,
        u"Once the queue is loaded, save screenshots of the main window into <dir>, print their paths and quit."_s,
        u"dir"_s);
    const QCommandLineOption languageOption(u"language"_s, u"User-interface language for this run: vi or en."_s,
                                            u"code"_s);
    const QCommandLineOption serverOption(u"server"_s, u"Sign in to this server (https://host:port)."_s, u"url"_s);
    const QCommandLineOption userOption(u"user"_s, u"User name for --server."_s, u"name"_s);
    const QCommandLineOption passwordFileOption(
        u"password-file"_s, u"Read the password for --user from this file (first line)."_s, u"file"_s);
    const QCommandLineOption caOption(u"ca"_s, u"Trust this CA certificate (PEM) for this profile only."_s, u"file"_s);
    const QCommandLineOption pinOption(
        u"pin"_s, u"The server key's SPKI pin (base64 SHA-256); repeatable; kept in the profile."_s, u"sha256"_s);
    const QCommandLineOption profileOption(u"profile"_s, u"Profile directory (default: per server and user)."_s,
                                           u"dir"_s);
    const QCommandLineOption passphraseOption(
        u"profile-passphrase-file"_s, u"Key the profile with the passphrase in this file instead of the OS keyring."_s,
        u"file"_s);
    parser.addOptions({screenshotOption, languageOption, serverOption, userOption, passwordFileOption, caOption,
                       pinOption, profileOption, passphraseOption});
    parser.process(arguments);

    QTextStream err(stderr);
    m_screenshotDir = parser.value(screenshotOption);
    if (parser.isSet(languageOption)) {
        const auto language = core::languageFromCode(parser.value(languageOption));
        if (!language) {
            err << "ioc-console: unknown language \"" << parser.value(languageOption) << "\"; use vi or en\n";
            return false;
        }
        core::settings::language().set(core::languageCode(*language));
    }
    if (parser.isSet(serverOption)) {
        session::SessionOptions options;
        options.server = QUrl(parser.value(serverOption));
        options.username = parser.value(userOption);
        options.caFile = parser.value(caOption);
        QString pinError;
        const auto pins = session::ConsoleSession::parsePins(parser.values(pinOption).join(u' '), &pinError);
        if (!pins) {
            err << "ioc-console: " << pinError << "\n";
            return false;
        }
        options.pins = *pins;
        options.profileDirectory = parser.value(profileOption);
        if (!options.server.isValid() || options.server.scheme() != u"https"_s || options.username.isEmpty() ||
            !parser.isSet(passwordFileOption)) {
            err << "ioc-console: --server needs an https:// URL, --user and --password-file\n";
            return false;
        }
        QString error;
        const auto password = readSecretFile(parser.value(passwordFileOption), &error);
        if (!password) {
            err << "ioc-console: " << error << "\n";
            return false;
        }
        m_password = *password;
        if (parser.isSet(passphraseOption)) {
            auto passphrase = readSecretFile(parser.value(passphraseOption), &error);
            if (!passphrase || passphrase->isEmpty()) {
                err << "ioc-console: " << (passphrase ? u"empty passphrase file"_s : error) << "\n";
                return false;
            }
            options.profilePassphrase = std::make_shared<core::SecretBytes>(core::SecretBytes::take(*passphrase));
        }
        m_direct = options;
    }
    return true;
}

void ConsoleApplication::start()
{
    // The translator before any widget, so that everything is built in the user's language
    // (not every widget of Qt's says its text again when the language changes).
    const core::Language language =
        core::languageFromCode(core::settings::language().get()).value_or(core::defaultLanguage);
    m_translations.setLanguage(language);
    m_mainWindow = std::make_unique<ui::MainWindow>();
    m_mainWindow->setComponentVersions({
        {u"IOC"_s,
         QString::fromLatin1(buildinfo::version) + u" ("_s + QString::fromLatin1(buildinfo::gitCommit) + u')'},
        {u"Qt"_s, QString::fromLatin1(qVersion())},
        {u"SQLCipher"_s, storage::SqlCipherDriver::libraryVersion()},
        {u"OS"_s, QSysInfo::prettyProductName()},
    });
    connect(m_mainWindow.get(), &ui::MainWindow::languageRequested, this, [this](core::Language language) {
        applyLanguage(language);
        core::settings::language().set(core::languageCode(language));
    });
    connect(m_mainWindow.get(), &ui::MainWindow::darkPaletteRequested, this, [this](bool dark) {
        applyPalette(dark);
        core::settings::darkPalette().set(dark);
    });
    m_controller = std::make_unique<ConsoleController>(m_mainWindow.get());

    m_mainWindow->setCurrentLanguage(language);
    applyPalette(core::settings::darkPalette().get());
    m_mainWindow->show();

    if (!m_screenshotDir.isEmpty()) {
        connect(m_controller.get(), &ConsoleController::queueReady, this, &ConsoleApplication::takeScreenshots);
        connect(m_controller.get(), &ConsoleController::signInFailed, this, [](const QString &message) {
            QTextStream(stderr) << "ioc-console: sign-in failed: " << message << Qt::endl;
            QCoreApplication::exit(1);
        });
        if (!m_direct) {
            // Nothing to load: the signed-out window is what there is to see.
            QTimer::singleShot(0, this, &ConsoleApplication::takeScreenshots);
        }
    }
    if (m_direct) {
        QString error;
        if (!m_controller->signInDirectly(*m_direct, m_password, &error)) {
            QTextStream(stderr) << "ioc-console: " << error << Qt::endl;
            if (!m_screenshotDir.isEmpty()) {
                QTimer::singleShot(0, this, [] { QCoreApplication::exit(1); });
            }
        }
        m_password.fill('\0');
        m_direct->profilePassphrase.reset(); // wiped by the session once it derived the key
    } else if (m_screenshotDir.isEmpty()) {
        m_controller->showLogin();
    }
}

void ConsoleApplication::applyLanguage(core::Language language)
{
    if (!m_translations.setLanguage(language)) {
        return;
    }
    m_mainWindow->setCurrentLanguage(language);
}

void ConsoleApplication::applyPalette(bool dark)
{
    static const QPalette light = QApplication::palette();
    if (!dark) {
        QApplication::setPalette(light);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3a));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    QApplication::setPalette(palette);
}

void ConsoleApplication::takeScreenshots()
{
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        const QWindow *window = m_mainWindow->windowHandle();
        if (window == nullptr || !window->isExposed()) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        // Show a report in the detail, as an officer would, before taking the picture.
        if (ui::QueuePanel *queue = m_mainWindow->queue()) {
            if (queue->currentReportId().isEmpty() && queue->table()->model()->rowCount() > 0) {
                queue->table()->selectRow(0);
            }
        }
        QTimer::singleShot(500, this, [this] {
            QDir().mkpath(m_screenshotDir);
            const QString path = QDir(m_screenshotDir).absoluteFilePath(u"main-window.png"_s);
            QTextStream out(stdout);
            if (!m_mainWindow->grab().save(path)) {
                QTextStream(stderr) << "ioc-console: cannot write the screenshot " << path << Qt::endl;
                QCoreApplication::exit(1);
                return;
            }
            out << path << Qt::endl;
            if (!m_controller->session().user()) {
                QCoreApplication::exit(0);
                return;
            }
            // The map alone: the whole province, then street level around the selected report,
            // each once its tiles have had time to arrive.
            ui::MapView *map = m_mainWindow->mapView();
            if (QAction *home = m_mainWindow->findChild<QAction *>(u"actionMapHome"_s)) {
                home->trigger();
            }
            QTimer::singleShot(1500, this, [this, map] {
                QTextStream out(stdout);
                const QString province = QDir(m_screenshotDir).absoluteFilePath(u"map-province.png"_s);
                if (map->grab().save(province)) {
                    out << province << Qt::endl;
                }
                map->centerOnReport(m_mainWindow->queue()->currentReportId(), 16);
                map->setZoom(16);
                QTimer::singleShot(1500, this, [this, map] {
                    QTextStream out(stdout);
                    const QString street = QDir(m_screenshotDir).absoluteFilePath(u"map-street.png"_s);
                    if (map->grab().save(street)) {
                        out << street << Qt::endl;
                    }
                    takeVerificationScreenshot();
                });
            });
        });
    });
    timer->start();
}

void ConsoleApplication::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_screenshotDir).absoluteFilePath(name);
    if (widget->grab().save(path)) {
        QTextStream(stdout) << path << Qt::endl;
    }
}

// The distribution dialog on a verified report (its proposals and the clocks it starts), then
// `done`.
void ConsoleApplication::takeDistributionScreenshot(const std::function<void()> &done)
{
    const QString verified = firstReportIn(core::ReportState::Verified);
    if (verified.isEmpty()) {
        done();
        return;
    }
    m_controller->distribution().distribute(verified);
    QTimer::singleShot(700, this, [this, done] {
        if (auto *dialog = m_mainWindow->findChild<QDialog *>(u"distributionDialog"_s)) {
            saveScreenshot(dialog, u"distribution.png"_s);
            dialog->reject();
        }
        done();
    });
}

// The first report in this state, if any.
QString ConsoleApplication::firstReportIn(core::ReportState state) const
{
    for (const storage::QueueRow &row : m_controller->session().reports().allRows()) {
        if (row.state == state) {
            return row.id;
        }
    }
    return {};
}

// The publication gate on an approved result (its checks, public version and photos), then `done`.
void ConsoleApplication::takePublicationScreenshot(const std::function<void()> &done)
{
    const QString approved = firstReportIn(core::ReportState::Approved);
    if (approved.isEmpty()) {
        done();
        return;
    }
    m_controller->processing().publish(approved);
    QTimer::singleShot(1500, this, [this, done] {
        if (ui::PublicationDialog *dialog = m_controller->processing().publicationDialog()) {
            saveScreenshot(dialog, u"publication.png"_s);
            dialog->reject();
        }
        done();
    });
}

// A caller's number typed in the queue's search (the hotline, issue 27 §1): the note that offers
// the server's look-up, then the dialog that asks for the reason, cancelled (nothing is looked up
// or recorded); then `done`.
void ConsoleApplication::takeLookupScreenshot(const std::function<void()> &done)
{
    ui::QueuePanel *queue = m_mainWindow->queue();
    if (queue == nullptr) {
        done();
        return;
    }
    queue->searchField()->setText(u"0912 345 678"_s); // a number of the demo's kind, not a reporter's
    QTimer::singleShot(600, this, [this, queue, done] {
        saveScreenshot(m_mainWindow.get(), u"queue-phone.png"_s);
        emit queue->searchField()->returnPressed();
        QTimer::singleShot(500, this, [this, queue, done] {
            if (auto *dialog = m_mainWindow->findChild<QDialog *>(u"phoneLookupDialog"_s)) {
                saveScreenshot(dialog, u"phone-lookup.png"_s);
                dialog->reject();
            }
            queue->searchField()->clear();
            done();
        });
    });
}

// An agency's processing dialog on a report in progress, with the result editor on the template
// and a result typed in, then `done`.
void ConsoleApplication::takeProcessingScreenshot(const std::function<void()> &done)
{
    const QString inProgress = firstReportIn(core::ReportState::InProgress);
    if (inProgress.isEmpty()) {
        done();
        return;
    }
    m_controller->processing().process(inProgress);
    ui::ProcessingDialog *dialog = m_controller->processing().processingDialog();
    if (dialog == nullptr || !dialog->selectAction(core::Action::SubmitResult)) {
        done();
        return;
    }
    if (auto *text = dialog->resultEditor()->findChild<QPlainTextEdit *>(u"resultText"_s)) {
        text->insertPlainText(u"Đã vá ổ gà bằng bê tông nhựa, thông xe lúc 15 giờ cùng ngày."_s);
    }
    QTimer::singleShot(800, this, [this, done] {
        if (ui::ProcessingDialog *shown = m_controller->processing().processingDialog()) {
            saveScreenshot(shown, u"processing.png"_s);
            shown->reject();
        }
        done();
    });
}

// The verification dialog on the first report to verify, once its checklist and photos are in;
// then the lock screen, and quit.
void ConsoleApplication::takeVerificationScreenshot()
{
    auto finish = [this] {
        QTextStream out(stdout);
        m_controller->lock();
        const QString lockPath = QDir(m_screenshotDir).absoluteFilePath(u"lock-screen.png"_s);
        if (m_mainWindow->grab().save(lockPath)) {
            out << lockPath << Qt::endl;
        }
        QCoreApplication::exit(0);
    };
    const auto user = m_controller->session().user();
    if (user && (user->role == core::Role::AgencyStaff || user->role == core::Role::AgencyLeader)) {
        takeProcessingScreenshot(finish); // an agency's workstation: its own work instead
        return;
    }
    if (user && user->role == core::Role::Supervisor) {
        takeDashboardScreenshots(finish); // a supervisor's: the dashboard
        return;
    }
    ui::QueuePanel *queue = m_mainWindow->queue();
    if (queue == nullptr || !queue->selectNextToVerify()) {
        finish();
        return;
    }
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, finish);
    connect(
        &m_controller->verification(), &VerificationController::evaluated, this,
        [this, timeout, finish] {
            timeout->stop();
            QTimer::singleShot(1500, this, [this, finish] {
                ui::VerificationDialog *dialog = m_controller->verification().dialog();
                if (dialog == nullptr) {
                    finish();
                    return;
                }
                saveScreenshot(dialog, u"verification.png"_s);
                // The rejection with its composed reply (a modal dialog: grabbed, then cancelled).
                QTimer::singleShot(800, this, [this, finish] {
                    if (auto *reject = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                        saveScreenshot(reject, u"reject.png"_s);
                        reject->reject();
                    }
                    QTimer::singleShot(200, this, [this, finish] {
                        m_controller->verification().close();
                        m_controller->verification().enterReport();
                        QTimer::singleShot(500, this, [this, finish] {
                            if (ui::IntakeDialog *intake = m_controller->verification().intakeDialog()) {
                                saveScreenshot(intake, u"intake.png"_s);
                            }
                            m_controller->verification().reset();
                            takeDistributionScreenshot([this, finish] {
                                takePublicationScreenshot([this, finish] { takeLookupScreenshot(finish); });
                            });
                        });
                    });
                });
                if (auto *button = dialog->findChild<QPushButton *>(u"verifyReject"_s); button && button->isEnabled()) {
                    button->click();
                }
            });
        },
        Qt::SingleShotConnection);
    timeout->start(20000);
    m_controller->verification().verify(queue->currentReportId());
}

// The supervision dashboard, each tab, in the light palette and then the dark one; then `done`.
void ConsoleApplication::takeDashboardScreenshots(const std::function<void()> &done)
{
    if (QAction *dashboard = m_mainWindow->findChild<QAction *>(u"actionDashboard"_s)) {
        dashboard->trigger();
    }
    ui::DashboardWindow *window = m_controller->supervision().dashboard();
    if (window == nullptr) {
        done();
        return;
    }
    window->resize(1400, 900);
    QAction *dark = m_mainWindow->findChild<QAction *>(u"actionDarkPalette"_s);
    const bool wasDark = dark != nullptr && dark->isChecked();
    if (wasDark) {
        dark->trigger();
    }
    QTimer::singleShot(800, this, [this, done, wasDark] { shootDashboard(0, wasDark, done); });
}

// Step 0-2: the tabs in the light palette; 3-5: in the dark one; 6: the palette as it was, done.
void ConsoleApplication::shootDashboard(int step, bool wasDark, const std::function<void()> &done)
{
    ui::DashboardWindow *window = m_controller->supervision().dashboard();
    QAction *dark = m_mainWindow->findChild<QAction *>(u"actionDarkPalette"_s);
    if (step == 3 && dark != nullptr) {
        dark->trigger();
    }
    if (step == 6 || window == nullptr) {
        if (dark != nullptr && dark->isChecked() != wasDark) {
            dark->trigger();
        }
        if (window != nullptr) {
            window->hide();
        }
        done();
        return;
    }
    window->tabs()->setCurrentIndex(step % 3);
    QTimer::singleShot(700, this, [this, window, step, wasDark, done] {
        static const char *const tabs[] = {"now", "trend", "evaluation"};
        saveScreenshot(window,
                       u"dashboard-%1%2.png"_s.arg(QLatin1String(tabs[step % 3]), step >= 3 ? u"-dark"_s : QString()));
        shootDashboard(step + 1, wasDark, done);
    });
}

} // namespace ioc
