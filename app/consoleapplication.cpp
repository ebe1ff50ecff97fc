#include "consoleapplication.h"

#include "buildinfo.h"
#include "core/consolesettings.h"
#include "storage/sqlcipherdriver.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace ioc {

ConsoleApplication::ConsoleApplication(QObject *parent)
    : QObject(parent)
{}

ConsoleApplication::~ConsoleApplication() = default;

bool ConsoleApplication::parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"IOC field-report console"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        u"screenshot-dir"_s, u"Save screenshots of the main window into <dir>, print their paths and quit."_s,
        u"dir"_s);
    const QCommandLineOption languageOption(u"language"_s, u"User-interface language for this run: vi or en."_s,
                                            u"code"_s);
    parser.addOptions({screenshotOption, languageOption});
    parser.process(arguments);

    m_screenshotDir = parser.value(screenshotOption);
    if (parser.isSet(languageOption)) {
        const auto language = core::languageFromCode(parser.value(languageOption));
        if (!language) {
            QTextStream(stderr) << "ioc-console: unknown language \"" << parser.value(languageOption)
                                << "\"; use vi or en\n";
            return false;
        }
        core::settings::language().set(core::languageCode(*language));
    }
    return true;
}

void ConsoleApplication::start()
{
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

    applyLanguage(core::languageFromCode(core::settings::language().get()).value_or(core::defaultLanguage));
    m_mainWindow->show();

    if (!m_screenshotDir.isEmpty()) {
        takeScreenshotsWhenExposed();
    }
}

void ConsoleApplication::applyLanguage(core::Language language)
{
    if (!m_translations.setLanguage(language)) {
        return;
    }
    m_mainWindow->setCurrentLanguage(language);
}

void ConsoleApplication::takeScreenshotsWhenExposed()
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
        QDir().mkpath(m_screenshotDir);
        const QString path = QDir(m_screenshotDir).absoluteFilePath(u"main-window.png"_s);
        QTextStream out(stdout);
        if (m_mainWindow->grab().save(path)) {
            out << path << Qt::endl;
            QCoreApplication::exit(0);
        } else {
            QTextStream(stderr) << "ioc-console: cannot write the screenshot " << path << Qt::endl;
            QCoreApplication::exit(1);
        }
    });
    timer->start();
}

} // namespace ioc
