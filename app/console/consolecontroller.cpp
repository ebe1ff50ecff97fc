#include "consolecontroller.h"

#include "core/calendarfile.h"
#include "core/consolesettings.h"
#include "core/duplicates.h"
#include "core/geo.h"
#include "core/vntime.h"
#include "media/imageprobe.h"
#include "mediadecode.h"
#include "reportview.h"
#include "ui/dialogs/verificationdialog.h"
#include "ui/handoverdialog.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/report/actiondialog.h"
#include "ui/report/mediaviewer.h"
#include "ui/report/reportdetail.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ioc {

namespace {

QString coreText(const char *text)
{
    return QCoreApplication::translate("ioc::core", text);
}

} // namespace

ConsoleController::ConsoleController(ui::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_verification(window, m_session,
                     [this](const QString &id) { return m_session.identities().identityOf(id).has_value(); })
    , m_distribution(window, m_session,
                     [this] {
                         return DistributionController::Rules{m_policy, m_calendar};
                     })
    , m_map(window, m_model,
            [this] {
                const ui::IntakeDialog *intake = m_verification.intakeDialog();
                return intake != nullptr && intake->isVisible();
            })
    , m_processing(window, m_session)
    , m_sanctions(window, m_session)
    , m_accounts(window, m_session)
    , m_supervision(window, m_session,
                    [this] {
                        return SupervisionController::Rules{m_policy, m_calendar, m_directory};
                    })
    , m_messageDesk(window, m_session)
    , m_lookup(window, m_session)
    , m_feed(window, m_session, m_model, m_map, m_alerts, m_directory)
{
    // A report of the desk's lists: selected in the queue and shown, whatever the view hid.
    connect(&m_messageDesk, &MessageDeskController::openReportRequested, this, [this](const QString &id) {
        if (m_window->queue() != nullptr) {
            m_window->queue()->selectReport(id);
        }
        showReport(id);
        m_window->activateWindow();
        m_window->reportDetail()->setFocus();
    });
    connect(&m_verification, &VerificationController::mediaOpenRequested, this, &ConsoleController::openMedia);
    m_model.setNowFunction([this] { return m_session.serverNow(); });
    m_window->mapView()->setNowFunction([this] { return m_session.serverNow(); });
    m_model.setClockSource([this](const QString &id) {
        std::optional<core::Report> report;
        if (m_session.isOpen()) {
            report = m_session.reports().report(id);
        }
        return report ? report->clocks : QList<core::ReportClock>();
    });

    connect(&m_session, &session::ConsoleSession::signInFinished, this, [this](bool ok, const QString &message) {
        if (ok) {
            onSignedIn();
            return;
        }
        if (m_login) {
            m_login->setBusy(false);
            m_login->setError(message);
        }
        m_session.close();
        emit signInFailed(message);
    });
    connect(&m_session, &session::ConsoleSession::reportsChanged, this, &ConsoleController::onReportsChanged);
    connect(&m_session, &session::ConsoleSession::reportsChanged, &m_supervision,
            &SupervisionController::onReportsChanged);
    connect(&m_session, &session::ConsoleSession::reportsReloaded, this, [this] {
        m_feed.onReportsReloaded();
        refreshCurrentReport();
    });
    connect(&m_session, &session::ConsoleSession::reportsReloaded, &m_supervision, &SupervisionController::reload);
    connect(&m_session, &session::ConsoleSession::resynchronised, &m_feed, &QueueFeed::load);
    connect(&m_session, &session::ConsoleSession::resynchronised, &m_supervision, &SupervisionController::reload);
    connect(&m_session, &session::ConsoleSession::referenceChanged, this, &ConsoleController::loadReference);
    connect(&m_session, &session::ConsoleSession::referenceChanged, &m_supervision,
            &SupervisionController::onRecordsChanged);
    connect(m_window, &ui::MainWindow::reminderLetterRequested, &m_supervision,
            &SupervisionController::openLetterDialogForReport);
    connect(&m_session, &session::ConsoleSession::statusChanged, this, &ConsoleController::onStatus);
    connect(&m_session, &session::ConsoleSession::outboxChanged, this, &ConsoleController::refreshCurrentReport);
    connect(&m_session, &session::ConsoleSession::idle, this, [this] {
        if (m_feed.announceReady(m_session.serverNow())) {
            emit queueReady();
        }
    });
    connect(&m_session, &session::ConsoleSession::signInRequired, this,
            [this] { m_window->showAlert(tr("The session has ended. Sign in again; queued actions are kept.")); });

    connect(m_window, &ui::MainWindow::reportActionRequested, this, &ConsoleController::act);
    connect(m_window, &ui::MainWindow::syncNowRequested, &m_session, &session::ConsoleSession::syncNow);
    connect(m_window, &ui::MainWindow::lockRequested, this, &ConsoleController::lock);
    connect(m_window, &ui::MainWindow::writeHandoverRequested, this, &ConsoleController::writeHandover);
    connect(m_window, &ui::MainWindow::signOutRequested, this, &ConsoleController::signOut);
    connect(m_window, &ui::MainWindow::mutedChanged, &m_alerts, &AlertCenter::setMuted);
    connect(m_window, &ui::MainWindow::closing, this, [this] {
        saveUserLayout();
        m_session.close();
    });
    connect(m_window, &ui::MainWindow::unlockRequested, this, [this](const QByteArray &password) {
        if (m_session.checkPassword(password)) {
            m_window->setLocked(false);
            m_idle.start();
            // The report the officer was on, shown again (the lock cleared it from the screen).
            if (m_window->queue() != nullptr) {
                showReport(m_window->queue()->currentReportId());
            }
        } else {
            m_window->setUnlockError(tr("Wrong password."));
        }
    });
    connect(m_window->reportDetail(), &ui::ReportDetail::revealIdentityRequested, this,
            [this] { act(core::Action::RevealIdentity, m_window->reportDetail()->reportId()); });
    connect(m_window->reportDetail(), &ui::ReportDetail::reconfirmRequested, this, [this](qint64 seq) {
        QString error;
        if (!m_session.reconfirm(seq, &error)) {
            QMessageBox::warning(m_window, tr("Action not queued"), error);
        }
        refreshCurrentReport();
    });
    connect(m_window->reportDetail(), &ui::ReportDetail::discardRequested, this, [this](qint64 seq) {
        QString error;
        if (!m_session.discard(seq, &error)) {
            QMessageBox::warning(m_window, tr("Action not dropped"), error);
        }
        refreshCurrentReport();
    });
    connect(m_window->reportDetail(), &ui::ReportDetail::mediaNeeded, this, &ConsoleController::loadThumbnail);
    connect(m_window->reportDetail(), &ui::ReportDetail::mediaOpenRequested, this, &ConsoleController::openMedia);
    connect(m_window, &ui::MainWindow::newestUrgentRequested, &m_feed, &QueueFeed::openNewestUrgent);
    // The actions' reasons and the detail in the new language. ConsoleApplication, connected
    // before this controller exists, has installed its translator by then.
    connect(m_window, &ui::MainWindow::languageRequested, this, [this] { refreshCurrentReport(); });
    connect(&m_alerts, &AlertCenter::alerted, this,
            [this](AlertCenter::Kind, const QString &, const QString &text) { m_window->showAlert(text); });

    m_statusTick.setInterval(1000);
    connect(&m_statusTick, &QTimer::timeout, this, [this] { onStatus(m_session.status()); });
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ConsoleController::lock);
    qApp->installEventFilter(this);
}

ConsoleController::~ConsoleController()
{
    qApp->removeEventFilter(this);
}

bool ConsoleController::signInDirectly(const session::SessionOptions &options, QByteArray password, QString *error)
{
    if (!m_session.open(options, error)) {
        return false;
    }
    startSession(std::move(password), {});
    return true;
}

void ConsoleController::showLogin()
{
    if (!m_login) {
        m_login = new ui::LoginDialog(m_window);
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &ui::LoginDialog::signInRequested, this, [this] {
            session::SessionOptions options;
            options.server = QUrl(m_login->server());
            options.username = m_login->user();
            if (!options.server.isValid() || options.server.scheme() != u"https"_s) {
                m_login->setError(tr("The server address must start with https://"));
                return;
            }
            options.caFile = m_login->caFile();
            QString error;
            const auto pins = session::ConsoleSession::parsePins(m_login->pins(), &error);
            if (!pins) {
                m_login->setError(error);
                return;
            }
            options.pins = *pins;
            if (!m_session.open(options, &error)) {
                m_login->setError(error);
                return;
            }
            m_login->setBusy(true);
            startSession(m_login->takePassword(), m_login->totp());
        });
    }
    const QString lastServer = core::settings::lastServer().get();
    m_login->setServer(lastServer.isEmpty() ? core::settings::serverUrl().get() : lastServer);
    m_login->setCaFile(core::settings::serverCaFile().get());
    m_login->setPins(core::settings::serverPins().get().join(u' '));
    m_login->setUser(core::settings::lastUser().get());
    m_login->open();
}

void ConsoleController::startSession(QByteArray password, const QString &totp)
{
    m_session.signIn(password, totp);
    password.fill('\0');
}

QString ConsoleController::userKey() const
{
    const auto &options = m_session.options();
    return u"users/"_s + options.server.host() + u'_' + QString::number(options.server.port(443)) + u'_' +
           options.username;
}

void ConsoleController::onSignedIn()
{
    if (m_login) {
        // What this user trusted at sign-in is offered again next time (the profile keeps it too).
        // Kept only when it differs from the administrator's preset, so that a changed preset still applies.
        if (const QString ca = m_login->caFile(); !ca.isEmpty() && ca != core::settings::serverCaFile().get()) {
            core::settings::serverCaFile().set(ca);
        }
        QStringList pins;
        for (const QByteArray &pin : m_session.options().pins) {
            pins.append(QString::fromLatin1(pin));
        }
        if (!pins.isEmpty() && pins != core::settings::serverPins().get()) {
            core::settings::serverPins().set(pins);
        }
        m_login->accept();
    }
    core::settings::lastServer().set(m_session.options().server.toString());
    core::settings::lastUser().set(m_session.options().username);
    loadReference();
    m_feed.load();
    m_window->attachQueue(&m_model, [this](const QString &text) {
        return m_session.reports().search(text, std::max(1000, m_model.totalCount()));
    });
    applyAgencyViews();
    m_window->setAdministrator(m_session.user() && m_session.user()->role == core::Role::Admin);
    m_supervision.startSession();
    m_messageDesk.startSession();
    m_lookup.startSession();
    connect(m_window->queue(), &ui::QueuePanel::currentReportChanged, this, &ConsoleController::showReport);
    connect(m_window->queue(), &ui::QueuePanel::currentReportChanged, m_window->mapView(), &ui::MapView::showReport);
    m_map.startSession(m_session.options().server, m_session.options().profileDirectory);

    // "The next report to verify" passes those whose decision is still in the outbox, or whose
    // withdrawal for the citizen is (it ends the verification too).
    m_window->queue()->setPendingDecisions([this] {
        QStringList decisions;
        for (core::Action action : ui::VerificationDialog::decisions() + QList<core::Action>{core::Action::Cancel}) {
            decisions.append(core::actionName(action));
        }
        return m_session.outbox().reportsPending(decisions);
    });
    connect(m_window->queue(), &ui::QueuePanel::reportActivated, this, [this](const QString &id) {
        showReport(id);
        m_window->reportDetail()->setFocus();
    });
    QSettings settings;
    m_window->restoreUserLayout(settings.value(userKey() + u"/windowState"_s).toByteArray(),
                                settings.value(userKey() + u"/queueHeader"_s).toByteArray());
    m_feed.startSession();
    onStatus(m_session.status());
    m_statusTick.start();
    const int idleMinutes = core::settings::idleLockMinutes().get();
    if (idleMinutes > 0) {
        m_idle.setInterval(idleMinutes * 60 * 1000);
        m_idle.start();
    }
    showPendingHandovers();
    emit signedIn();
}

void ConsoleController::showPendingHandovers()
{
    m_session.request(
        "GET", u"/v1/handovers/pending"_s, {}, [this](int status, const QJsonObject &json, const QString &message) {
            if (status != 200) {
                if (status != 403) { // roles without handovers
                    m_window->showAlert(tr("The shift handover notes could not be loaded: %1").arg(message));
                }
                return;
            }
            QList<ui::HandoverNoteView> notes;
            for (const QJsonValue &value : json.value(u"items"_s).toArray()) {
                const QJsonObject item = value.toObject();
                const QString author = item.value(u"author_id"_s).toString();
                notes.append({item.value(u"id"_s).toString(), m_userNames.value(author, author),
                              core::vntime::parseIso8601(item.value(u"written_at"_s).toString()).value_or(QDateTime()),
                              item.value(u"text"_s).toString()});
            }
            if (notes.isEmpty()) {
                return;
            }
            auto *dialog = new ui::HandoverDialog(notes, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, ids = dialog->noteIds()] {
                for (const QString &id : ids) {
                    m_session.request("POST", u"/v1/handovers/%1/acknowledge"_s.arg(id), {},
                                      [this](int status, const QJsonObject &, const QString &message) {
                                          if (status != 200 && status != 409) {
                                              m_window->showAlert(
                                                  tr("The handover note was not acknowledged: %1").arg(message));
                                          }
                                      });
                }
            });
            dialog->open();
            emit handoverShown();
        });
}

void ConsoleController::loadThumbnail(const core::MediaItem &item)
{
    const QString reportId = m_window->reportDetail()->reportId();
    fetchThumbnail(m_session, this, item.sha256, item.mimeType, 192,
                   [this, sha = item.sha256, reportId](const QImage &image, const QString &problem) {
                       if (m_window->reportDetail()->reportId() == reportId) { // else the officer moved on
                           m_window->reportDetail()->setMediaThumbnail(sha, image, problem);
                       }
                   });
}

void ConsoleController::openMedia(const core::MediaItem &item)
{
    m_session.fetchMedia(item.sha256, item.mimeType, [this, item](const QByteArray &data, const QString &error) {
        if (data.isEmpty()) {
            QMessageBox::warning(m_window, tr("File not available"), error);
            return;
        }
        if (item.mimeType.startsWith(u"video/"_s)) {
            // The system player needs a file: a private directory, removed at sign-out.
            if (!m_openedMedia) {
                m_openedMedia = std::make_unique<QTemporaryDir>();
            }
            const QString suffix = item.mimeType.section(u'/', 1);
            QFile file(m_openedMedia->filePath(item.sha256.left(16) + u'.' + suffix));
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
                QMessageBox::warning(m_window, tr("File not available"), file.errorString());
                return;
            }
            file.close();
            QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
            return;
        }
        decodeLater(this, data, 8192, [this, item](const QImage &image, const QString &problem) {
            if (image.isNull()) {
                QMessageBox::warning(m_window, tr("The picture cannot be shown"), problem);
                return;
            }
            auto *viewer =
                new ui::MediaViewer(image, item.fileName.isEmpty() ? item.sha256.left(12) : item.fileName, m_window);
            viewer->setAttribute(Qt::WA_DeleteOnClose);
            viewer->open();
        });
    });
}

void ConsoleController::writeHandover()
{
    if (!m_session.user() || m_window->isLocked()) {
        return;
    }
    const auto text = ui::askHandoverNote(m_unsentHandover, m_window);
    if (!text) {
        return;
    }
    m_unsentHandover = *text;
    m_session.request("POST", u"/v1/handovers"_s, {{u"text"_s, *text}},
                      [this](int status, const QJsonObject &, const QString &message) {
                          if (status == 201) {
                              m_unsentHandover.clear();
                              m_window->statusBar()->showMessage(tr("The shift handover note is saved."), 10000);
                              return;
                          }
                          QMessageBox::warning(m_window, tr("Handover note not saved"),
                                               tr("The server did not take the note (%1). It is kept: open "
                                                  "“Write the shift handover note” again to resend it.")
                                                   .arg(message));
                      });
}

void ConsoleController::loadReference()
{
    m_directory = m_session.directory();
    m_userNames.clear();
    for (const core::User &user : m_session.reference().users()) {
        m_userNames.insert(user.id, user.displayName.isEmpty() ? user.username : user.displayName);
    }
    m_calendar = core::WorkingCalendar();
    if (const auto document = m_session.reference().document(u"calendar"_s)) {
        QString error;
        if (auto calendar = core::calendarfile::parse(QJsonDocument(*document).toJson(), &error)) {
            m_calendar = *calendar;
        }
    }
    core::SlaPolicy policy = core::SlaPolicy::defaults();
    if (const auto document = m_session.reference().document(u"sla_policy"_s)) {
        QString error;
        if (auto parsed = core::SlaPolicy::fromJson(QJsonDocument(*document).toJson(), &error)) {
            policy = *parsed;
        }
    }
    m_policy = policy;
    m_model.setPolicy(policy, m_calendar);
    m_model.setDirectory(m_directory);
    m_model.setUserNames(m_userNames);
    m_map.setDirectory(m_directory);
    if (m_session.user()) {
        applyAgencyViews();
    }
}

void ConsoleController::applyAgencyViews()
{
    if (m_window->queue() == nullptr) {
        return;
    }
    // An agency's officer gets the agency's views; the IOC its own (after another user too).
    const auto user = m_session.user();
    const bool agency = user && (user->role == core::Role::AgencyStaff || user->role == core::Role::AgencyLeader);
    QStringList subordinates; // the agencies whose reports it follows as their upper level (10.3)
    if (agency) {
        const QList<core::Agency> agencies = m_directory.agencies();
        for (const core::Agency &a : agencies) {
            if (m_directory.upperLevelAgencies(a.id).contains(user->agencyId)) {
                subordinates.append(a.id);
            }
        }
    }
    m_window->queue()->setAgency(agency ? user->agencyId : QString(), subordinates);
}

void ConsoleController::onReportsChanged(const QStringList &ids)
{
    m_feed.onReportsChanged(ids);
    if (ids.contains(m_window->reportDetail()->reportId())) {
        m_messagesAsked.clear(); // its messages may have changed too
        refreshCurrentReport();
    }
}

void ConsoleController::onStatus(const sync::SyncStatus &status)
{
    ui::SessionStatusView view;
    switch (status.state) {
    case sync::SyncState::Online:
        view.connection = tr("Online");
        break;
    case sync::SyncState::Syncing:
        view.connection = tr("Synchronising…");
        break;
    case sync::SyncState::Offline:
        view.connection = tr("Offline — working on the local copy");
        view.problem = true;
        break;
    case sync::SyncState::Error:
        view.connection = tr("Sync problem: %1").arg(status.message);
        view.problem = true;
        break;
    case sync::SyncState::SignInRequired:
        view.connection = tr("Sign-in required");
        view.problem = true;
        break;
    }
    view.pending = status.pending;
    view.conflicts = status.conflicts;
    view.failed = status.failed;
    view.serverTime = m_session.serverNow();
    view.lastSync = status.lastSuccess;
    if (const auto user = m_session.user()) {
        view.user = user->displayName.isEmpty() ? user->username : user->displayName;
        view.role = coreText(core::roleLabel(user->role));
    }
    m_window->setSessionStatus(view);
    if (status.conflicts != m_lastConflicts) {
        QSet<QString> ids;
        for (const storage::OutboxEntry &entry : m_session.conflicts()) {
            ids.insert(entry.reportId);
            m_alerts.raise(AlertCenter::Kind::Conflict, entry.reportId + u'#' + QString::number(entry.seq),
                           tr("Conflict"),
                           tr("Your action “%1” met a change on the server; open the report to decide.")
                               .arg(coreText(core::actionLabel(
                                   core::actionFromName(entry.action).value_or(core::Action::AddNote)))));
        }
        m_model.setConflictIds(ids);
        m_lastConflicts = status.conflicts;
    }
    if (m_window->isLocked()) {
        updateLockSummary();
    }
}

void ConsoleController::showReport(const QString &id)
{
    const auto report = id.isEmpty() ? std::nullopt : m_session.reports().report(id);
    if (!report) {
        m_window->reportDetail()->clear();
        m_window->setAvailableActions({});
        m_window->setUnavailableDialogs(ReportView::unavailableDialogs(nullptr, m_session.actor(), m_directory));
        return;
    }
    ui::ReportDetailData data = ReportView::detail(m_session, *report, m_directory, m_userNames);
    if (const auto known = m_messages.constFind(id); known != m_messages.constEnd()) {
        data.messages = *known;
    }
    m_window->reportDetail()->showReport(data);
    if (id != m_messagesAsked) {
        fetchMessages(id);
    }
    const ReportView::ActionStates actions = ReportView::actionStates(*report, m_session.actor(), m_directory);
    m_window->setAvailableActions(actions.available, actions.reasons);
    m_window->setUnavailableDialogs(ReportView::unavailableDialogs(&*report, m_session.actor(), m_directory));
}

void ConsoleController::fetchMessages(const QString &reportId)
{
    const auto user = m_session.user();
    if (!user || (user->role != core::Role::DutyOfficer && user->role != core::Role::Supervisor)) {
        return; // the server keeps this list for the IOC's roles
    }
    m_messagesAsked = reportId;
    m_session.request("GET", u"/v1/reports/%1/notifications"_s.arg(reportId), {},
                      [this, reportId](int status, const QJsonObject &json, const QString &) {
                          if (status != 200) {
                              if (m_messagesAsked == reportId) {
                                  m_messagesAsked.clear(); // asked again when next shown (offline now)
                              }
                              return;
                          }
                          m_messages.insert(reportId, ReportView::messages(json));
                          if (m_window->reportDetail()->reportId() == reportId) {
                              refreshCurrentReport();
                          }
                      });
}

void ConsoleController::refreshCurrentReport()
{
    const QString id = m_window->reportDetail()->reportId();
    if (!id.isEmpty() && !m_window->isLocked()) {
        showReport(id);
    }
}

void ConsoleController::act(core::Action action, const QString &reportId)
{
    const auto report = m_session.reports().report(reportId);
    if (!report) {
        return;
    }
    QList<std::pair<QString, QString>> candidates;
    if (action == core::Action::MarkRepeat) {
        // Published reports within the duplicates detector's radius, received before this one
        // (three years back): what this report may repeat (14.3.f).
        const core::duplicates::Options rules;
        for (const storage::NearbyReport &near :
             m_session.reports().near(report->position.latitude, report->position.longitude, rules.radiusMetres,
                                      report->receivedAt.addYears(-3), report->receivedAt, 50)) {
            if (near.report.id == reportId || near.report.state != core::ReportState::Published ||
                core::geo::distanceMetres(report->position.latitude, report->position.longitude,
                                          near.report.position.latitude,
                                          near.report.position.longitude) > rules.radiusMetres) {
                continue;
            }
            const QString published = core::vntime::formatLocal(near.report.publishedAt, u"dd/MM/yyyy");
            candidates.append(
                {near.report.id, tr("%1 — %2 (published %3)").arg(near.report.code, near.report.title, published)});
        }
    }
    const auto payload = ui::askActionPayload(action, *report, m_directory, m_window, candidates);
    if (!payload) {
        return;
    }
    if (action == core::Action::RevealIdentity) {
        // Sent now, not queued: the identity comes in the server's answer (PRODUCT.md §17).
        m_window->statusBar()->showMessage(tr("Asking the server for the identity…"));
        m_session.reveal(reportId, payload->value(u"reason"_s).toString(),
                         [this, reportId](bool ok, const QString &message) {
                             m_window->statusBar()->clearMessage();
                             if (!ok) {
                                 QMessageBox::warning(m_window, tr("Identity not revealed"), message);
                                 return;
                             }
                             if (m_window->reportDetail()->reportId() == reportId) {
                                 showReport(reportId);
                             }
                         });
        return;
    }
    QString error;
    if (!m_session.act(reportId, core::actionName(action), *payload, &error)) {
        QMessageBox::warning(m_window, tr("Action not queued"), error);
        return;
    }
    showReport(reportId);
}

void ConsoleController::updateLockSummary()
{
    const int urgent = m_model.unhandledUrgentCount();
    const auto status = m_session.status();
    QString summary = tr("%n unhandled urgent report(s)", nullptr, urgent);
    if (status.conflicts > 0) {
        summary += u" · "_s + tr("%n conflict(s)", nullptr, status.conflicts);
    }
    m_window->setLockSummary(summary);
}

void ConsoleController::lock()
{
    if (!m_session.user()) {
        return;
    }
    m_window->reportDetail()->clear();
    m_verification.close();
    m_processing.close();
    m_sanctions.close();
    m_accounts.close();
    m_supervision.hide();
    m_messageDesk.close();
    m_window->setLocked(true);
    updateLockSummary();
}

void ConsoleController::signOut()
{
    saveUserLayout();
    m_verification.reset();
    m_processing.close();
    m_sanctions.close();
    m_accounts.close();
    m_statusTick.stop();
    m_idle.stop();
    m_window->setLocked(false);
    m_window->reportDetail()->clear();
    m_session.signOut();
    m_session.close();
    m_model.reset({});
    m_feed.reset();
    m_messages.clear();
    m_messagesAsked.clear();
    m_openedMedia.reset();
    m_alerts.reset();
    m_map.reset();
    m_supervision.reset();
    m_messageDesk.close();
    m_window->setSessionStatus({});
    showLogin();
}

void ConsoleController::saveUserLayout()
{
    if (!m_session.isOpen() || m_window->queue() == nullptr) {
        return;
    }
    QSettings settings;
    settings.setValue(userKey() + u"/windowState"_s, m_window->saveState());
    settings.setValue(userKey() + u"/queueHeader"_s, m_window->userHeaderState());
}

bool ConsoleController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idle.isActive()) {
            m_idle.start(); // restart the idle countdown
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ioc
