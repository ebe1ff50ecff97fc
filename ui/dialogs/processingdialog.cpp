#include "ui/dialogs/processingdialog.h"

#include "core/slapolicy.h"
#include "core/vntime.h"
#include "ui/dialogs/processingpages.h"
#include "ui/dialogs/resulteditor.h"
#include "ui/report/clockheader.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ioc::core::Action;

namespace ioc::ui {

QList<Action> ProcessingDialog::handledActions()
{
    return {Action::AgencyAccept,
            Action::Dispatch,
            Action::ResultObtained,
            Action::SubmitResult,
            Action::Resubmit,
            Action::LeaderApprove,
            Action::LeaderEditApprove,
            Action::LeaderReturn,
            Action::AgreementAnswer,
            Action::CoordinationAnswer,
            Action::AnswerInteraction,
            Action::ProposeExtension,
            Action::Extend,
            Action::NotifyStatus,
            Action::FollowSanctionProcedure,
            Action::ReturnNotCompetent,
            Action::DeclineInsufficient};
}

ProcessingDialog::ProcessingDialog(const core::Report &report, const core::Directory &directory,
                                   const core::Actor &actor, const QList<Action> &available, const QDateTime &now,
                                   QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_directory(directory)
    , m_actor(actor)
{
    setObjectName(u"processingDialog"_s);
    setWindowTitle(tr("Processing — %1").arg(report.code));
    resize(980, 700);
    auto *layout = new QVBoxLayout(this);
    m_clockHeader = new ClockHeader(this);
    layout->addWidget(m_clockHeader);
    m_summary = new QLabel(summaryHtml(now), this);
    m_summary->setObjectName(u"processingSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(this);
    m_actions = new QListWidget(splitter);
    m_actions->setObjectName(u"processingActions"_s);
    m_actions->setAccessibleName(tr("What to do"));
    m_actions->setMaximumWidth(260);
    m_actions->setWordWrap(true); // long step names wrap rather than scroll
    m_actions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_actions);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    for (const Action action : handledActions()) {
        if (available.contains(action) && processing::applies(report, action)) {
            addPage(processing::makePage(action, {report, directory, actor}, m_stack, [this] { updateButton(); }));
        }
    }
    if (m_pages.isEmpty()) {
        auto *none = new QLabel(tr("Nothing to do on this report for your role now."), m_stack);
        none->setObjectName(u"processingNothing"_s);
        none->setAlignment(Qt::AlignCenter);
        m_stack->addWidget(none);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_do = buttons->addButton(tr("Carry out"), QDialogButtonBox::AcceptRole);
    m_do->setObjectName(u"processingDo"_s);
    m_do->setShortcut(QKeySequence(u"Ctrl+Return"_s)); // after the text: setText resets it
    m_do->setToolTip(tr("Ctrl+Enter"));
    m_do->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_do, &QPushButton::clicked, this, [this] {
        if (!m_do->isEnabled()) {
            return;
        }
        // A result without a photo of the result is allowed, after a question that says why the
        // citizen would want one (issue 27 §4).
        const ResultEditor *editor = resultEditor();
        if (editor != nullptr && editor->keptAttachments().isEmpty() && editor->newFiles().isEmpty()) {
            askAboutNoPhoto();
            return;
        }
        emit decided();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The keypad's Enter as well.
    connect(new QShortcut(QKeySequence(u"Ctrl+Enter"_s), this), &QShortcut::activated, m_do, &QPushButton::click);
    connect(m_actions, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_stack->setCurrentIndex(row);
        }
        updateButton();
    });
    if (!m_pages.isEmpty()) {
        // Once 6 working days have passed without a result, the console asks first for the
        // notice the reporter is owed (11.2.b).
        int first = 0;
        const core::ReportClock *notice = report.runningClock(core::ClockStep::StatusNotice);
        if (notice != nullptr && notice->startedAt <= now) {
            for (qsizetype i = 0; i < m_pages.size(); ++i) {
                if (m_pages.at(i).action == Action::NotifyStatus) {
                    first = int(i);
                }
            }
        }
        m_actions->setCurrentRow(first);
    }
    updateButton();
    m_actions->setFocus();
}

void ProcessingDialog::addPage(processing::Page page)
{
    m_actions->addItem(QCoreApplication::translate("ioc::core", core::actionLabel(page.action)));
    m_stack->addWidget(page.widget);
    m_pages.append(std::move(page));
}

core::Action ProcessingDialog::action() const
{
    const int row = m_actions->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).action : Action::AddNote;
}

QJsonObject ProcessingDialog::payload() const
{
    const int row = m_actions->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).payload() : QJsonObject();
}

QStringList ProcessingDialog::files() const
{
    const int row = m_actions->currentRow();
    if (row < 0 || row >= m_pages.size() || m_pages.at(row).editor == nullptr) {
        return {};
    }
    return m_pages.at(row).editor->newFiles();
}

bool ProcessingDialog::selectAction(Action action)
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).action == action) {
            m_actions->setCurrentRow(int(i));
            return true;
        }
    }
    return false;
}

QWidget *ProcessingDialog::currentPage() const
{
    return m_stack->currentWidget();
}

ResultEditor *ProcessingDialog::resultEditor() const
{
    const int row = m_actions->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).editor : nullptr;
}

void ProcessingDialog::showProblem(const QString &text)
{
    QMessageBox::warning(this, tr("Not queued"), text);
}

void ProcessingDialog::askAboutNoPhoto()
{
    // Window-modal without a nested event loop, like the dialog itself.
    auto *question = new QMessageBox(QMessageBox::Question, tr("A result without a photo"),
                                     tr("Send the result without a photo of the result?"), QMessageBox::NoButton, this);
    question->setObjectName(u"resultWithoutPhoto"_s);
    question->setInformativeText(
        tr("The citizen who reported it sees the result with its photos: a photo of the place after the work is "
           "what shows them it was done, and the publication shows it to everyone (Art. 12.2). Without one, the "
           "IOC may ask for it before publishing."));
    QPushButton *send = question->addButton(tr("Send without a photo"), QMessageBox::AcceptRole);
    send->setObjectName(u"resultWithoutPhotoSend"_s);
    QPushButton *add = question->addButton(tr("Add a photo"), QMessageBox::RejectRole);
    add->setObjectName(u"resultWithoutPhotoAdd"_s);
    question->setDefaultButton(add);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, send](QAbstractButton *clicked) {
        if (clicked == send) {
            emit decided();
        }
    });
    question->open();
}

void ProcessingDialog::updateButton()
{
    const int row = m_actions->currentRow();
    m_do->setEnabled(row >= 0 && row < m_pages.size() && m_pages.at(row).valid());
}

QString ProcessingDialog::summaryHtml(const QDateTime &now) const
{
    const core::Report &r = m_report;
    const core::Category *category = m_directory.category(r.categoryId);
    const core::Area *area = m_directory.area(r.position.areaId);
    const core::Agency *lead = m_directory.agency(r.leadAgencyId);
    QString part;
    if (!m_actor.agencyId.isEmpty()) {
        if (r.leadAgencyId == m_actor.agencyId) {
            part = tr("Your agency leads the processing.");
        } else if (r.coordinatorAgencyId == m_actor.agencyId) {
            part = tr("Your agency coordinates (Art. 16): name the competent agency, then agree on the result.");
        } else if (r.coordinatingAgencyIds.contains(m_actor.agencyId)) {
            part = tr("Your agency coordinates with %1.").arg(lead != nullptr ? lead->name : r.leadAgencyId);
        } else {
            part = tr("Upper-level agency: informed of the processing by %1 (Art. 10.3).")
                       .arg(lead != nullptr ? lead->name : r.leadAgencyId);
        }
    }
    QStringList clocks;
    for (const core::ReportClock &clock : r.clocks) {
        if (clock.status != core::ClockStatus::Running) {
            continue;
        }
        const bool late = clock.dueAt < now;
        // Returning and declining are windows, not duties: shown while open, gone once passed.
        if (clock.step == core::ClockStep::Return || clock.step == core::ClockStep::Decline) {
            if (!late) {
                clocks.append(tr("%1: until %2")
                                  .arg(QCoreApplication::translate("ioc::core", core::clockStepLabel(clock.step)),
                                       core::vntime::formatLocal(clock.dueAt))
                                  .toHtmlEscaped());
            }
            continue;
        }
        clocks.append(u"<span style='color:%1'>%2: %3 %4</span>"_s.arg(
            late ? u"#c62828"_s : u"#1b5e20"_s,
            QCoreApplication::translate("ioc::core", core::clockStepLabel(clock.step)).toHtmlEscaped(),
            late ? tr("overdue since") : tr("due"), core::vntime::formatLocal(clock.dueAt)));
    }
    QString html =
        u"<b>%1</b> — %2%3<br>"_s.arg(r.code.toHtmlEscaped(), r.title.toHtmlEscaped(),
                                      r.urgent ? u" <b style='color:#c62828'>%1</b>"_s.arg(tr("URGENT")) : QString());
    html += u"%1 · %2<br>"_s.arg(category != nullptr ? category->name.toHtmlEscaped() : r.categoryId.toHtmlEscaped(),
                                 area != nullptr ? area->name.toHtmlEscaped() : QString());
    html += u"<i>%1</i><br>"_s.arg(r.content.toHtmlEscaped());
    if (!part.isEmpty()) {
        html += part.toHtmlEscaped() + u"<br>"_s;
    }
    if (!clocks.isEmpty()) {
        html += clocks.join(u" · "_s);
    }
    return html;
}

} // namespace ioc::ui
