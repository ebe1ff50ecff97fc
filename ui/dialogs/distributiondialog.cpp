#include "ui/dialogs/distributiondialog.h"

#include "core/distribution.h"
#include "core/vntime.h"
#include "ui/report/clockheader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

QString agencyName(const core::Directory &directory, const QString &id)
{
    const core::Agency *agency = directory.agency(id);
    return agency != nullptr ? agency->name : id;
}

} // namespace

DistributionDialog::DistributionDialog(const core::Report &report, const core::Directory &directory,
                                       ClockPreview preview, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_directory(directory)
    , m_preview(std::move(preview))
{
    setObjectName(u"distributionDialog"_s);
    setWindowTitle(tr("Distribute — %1").arg(report.code));
    setMinimumWidth(640);

    auto *heading = new QLabel(u"<b>%1</b> · %2<br>%3"_s.arg(report.code.toHtmlEscaped(), report.title.toHtmlEscaped(),
                                                             report.position.address.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);

    m_area = new QComboBox(this);
    m_area->setObjectName(u"distributeArea"_s);
    QList<core::Area> areas = directory.areas();
    std::sort(areas.begin(), areas.end(), [](const core::Area &a, const core::Area &b) { return a.name < b.name; });
    const QDate today = core::vntime::localDate(QDateTime::currentDateTimeUtc());
    for (const core::Area &a : areas) {
        if (a.isValidOn(today)) {
            m_area->addItem(a.name, a.id);
        }
    }
    m_areaReason = new QLabel(this);
    m_areaReason->setObjectName(u"distributeAreaReason"_s);
    m_areaReason->setWordWrap(true);

    m_lead = new QComboBox(this);
    m_lead->setObjectName(u"distributeLead"_s);
    m_lead->addItem(tr("— no competent agency known —"), QString());
    QList<core::Agency> agencies = directory.agencies();
    std::sort(agencies.begin(), agencies.end(),
              [](const core::Agency &a, const core::Agency &b) { return a.name < b.name; });
    for (const core::Agency &a : agencies) {
        if (a.active) {
            m_lead->addItem(a.name, a.id);
        }
    }
    m_leadReason = new QLabel(this);
    m_leadReason->setObjectName(u"distributeLeadReason"_s);
    m_leadReason->setWordWrap(true);
    m_upper = new QLabel(this);
    m_upper->setObjectName(u"distributeUpper"_s);
    m_upper->setWordWrap(true);
    m_contacts = new QLabel(this);
    m_contacts->setObjectName(u"distributeContacts"_s);
    m_contacts->setWordWrap(true);
    m_contacts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_coordinating = new QListWidget(this);
    m_coordinating->setObjectName(u"distributeCoordinating"_s);
    m_coordinating->setAccessibleName(tr("Coordinating agencies"));
    m_coordinating->setMaximumHeight(110);
    for (const core::Agency &a : agencies) {
        if (a.active) {
            auto *item = new QListWidgetItem(a.name, m_coordinating);
            item->setData(Qt::UserRole, a.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"distributeNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    m_clocks = new QLabel(this);
    m_clocks->setObjectName(u"distributeClocks"_s);
    m_clocks->setWordWrap(true);
    m_coordinator = new QComboBox(this);
    m_coordinator->setObjectName(u"distributeCoordinator"_s);
    for (const core::Agency &a : agencies) {
        if (a.active && a.coordinator) {
            m_coordinator->addItem(a.name, a.id);
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Area:"), m_area);
    form->addRow(QString(), m_areaReason);
    form->addRow(tr("&Lead agency:"), m_lead);
    form->addRow(QString(), m_leadReason);
    form->addRow(tr("Informed (upper level, Art. 10.3):"), m_upper);
    form->addRow(tr("To call (Art. 21.1):"), m_contacts);
    form->addRow(tr("C&oordinating agencies:"), m_coordinating);
    form->addRow(tr("&Note to the agency:"), m_note);
    form->addRow(tr("Clocks it starts:"), m_clocks);
    form->addRow(tr("Coordinator (Art. 16):"), m_coordinator);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // The box passes its focus to its first button; taking Tab itself, it sent Tab from the last
    // button back to the first, and Cancel and the fields above were out of reach.
    buttons->setFocusPolicy(Qt::NoFocus);
    m_distribute = buttons->addButton(tr("Distribute"), QDialogButtonBox::AcceptRole);
    m_distribute->setObjectName(u"distributeOk"_s);
    m_distribute->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    m_distribute->setToolTip(tr("Ctrl+Enter"));
    m_coordinate = buttons->addButton(tr("Start coordination (Art. 16)"), QDialogButtonBox::ActionRole);
    m_coordinate->setObjectName(u"distributeCoordinate"_s);
    auto *invite = buttons->addButton(tr("Invite a new unit (Art. 10.4)…"), QDialogButtonBox::ActionRole);
    invite->setObjectName(u"distributeInvite"_s);
    connect(invite, &QPushButton::clicked, this, &DistributionDialog::askInvitation);
    connect(m_distribute, &QPushButton::clicked, this, [this] {
        m_action = core::Action::Distribute;
        accept();
    });
    connect(m_coordinate, &QPushButton::clicked, this, [this] {
        m_action = core::Action::StartCoordination;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    m_clockHeader = new ClockHeader(this);
    layout->addWidget(m_clockHeader);
    layout->addLayout(form);
    layout->addWidget(buttons);

    // The proposals, each with its reason.
    const core::distribution::AreaProposal area =
        core::distribution::proposeArea(directory, report.position.latitude, report.position.longitude, today);
    const QString areaId = !area.areaId.isEmpty() ? area.areaId : report.position.areaId;
    m_area->setCurrentIndex(std::max(0, m_area->findData(areaId)));
    m_areaReason->setText(area.reason);
    m_areaReason->setStyleSheet(area.outside ? u"color: #b00020;"_s : QString());
    connect(m_area, &QComboBox::currentIndexChanged, this, &DistributionDialog::areaChanged);
    connect(m_lead, &QComboBox::activated, this, [this] { m_leadChosenByHand = true; });
    connect(m_lead, &QComboBox::currentIndexChanged, this, &DistributionDialog::leadChanged);
    connect(m_coordinating, &QListWidget::itemChanged, this, &DistributionDialog::updatePreview);
    areaChanged();
    m_lead->setFocus();
}

void DistributionDialog::areaChanged()
{
    const core::distribution::AgencyProposal lead =
        core::distribution::proposeLead(m_directory, m_area->currentData().toString(), m_report.categoryId);
    QString reason = lead.reason;
    if (!lead.alternatives.isEmpty()) {
        QStringList names;
        for (const QString &id : lead.alternatives) {
            names.append(agencyName(m_directory, id));
        }
        reason += u' ' + tr("Also competent: %1.").arg(names.join(u", "_s));
    }
    m_leadReason->setText(reason);
    if (!m_leadChosenByHand) {
        m_lead->setCurrentIndex(std::max(0, m_lead->findData(lead.agencyId)));
    }
    leadChanged();
}

void DistributionDialog::leadChanged()
{
    const QString lead = m_lead->currentData().toString();
    QStringList upper;
    for (const QString &id : core::distribution::upperLevels(m_directory, lead)) {
        upper.append(agencyName(m_directory, id));
    }
    m_upper->setText(upper.isEmpty() ? tr("none") : upper.join(u", "_s));
    if (const core::Agency *agency = m_directory.agency(lead)) {
        m_contacts->setText(tr("Leader: %1 — %2\nContact: %3 — %4 %5")
                                .arg(agency->leader.name, agency->leader.phone, agency->contact.name,
                                     agency->contact.phone, agency->contact.email));
    } else {
        m_contacts->clear();
    }
    for (int i = 0; i < m_coordinating->count(); ++i) {
        QListWidgetItem *item = m_coordinating->item(i);
        const bool isLead = item->data(Qt::UserRole).toString() == lead;
        item->setHidden(isLead);
        if (isLead) {
            item->setCheckState(Qt::Unchecked);
        }
    }
    const bool known = !lead.isEmpty();
    m_distribute->setEnabled(known);
    m_coordinate->setVisible(!known);
    m_coordinator->setEnabled(!known && m_coordinator->count() > 0);
    updatePreview();
}

void DistributionDialog::askInvitation()
{
    // Điều 10.4: no agency in the system is competent; the centre invites the unit to join by an
    // official letter and distributes to it once it has. Recorded as a note on the report; its
    // distribution clock keeps running.
    QDialog ask(this);
    ask.setObjectName(u"inviteDialog"_s);
    ask.setWindowTitle(tr("Invite a new unit — %1").arg(m_report.code));
    auto *form = new QFormLayout(&ask);
    auto *unit = new QLineEdit(&ask);
    unit->setObjectName(u"inviteUnit"_s);
    auto *letter = new QLineEdit(&ask);
    letter->setObjectName(u"inviteLetter"_s);
    letter->setPlaceholderText(tr("e.g. 123/TTGSĐH-VP of 28/11/2026"));
    form->addRow(tr("&Unit:"), unit);
    form->addRow(tr("Official &letter:"), letter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(unit, &QLineEdit::textChanged, &ask, [ok, unit] { ok->setEnabled(!unit->text().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted) {
        return;
    }
    QString text = tr("Invitation to join the field-report system sent to %1 (Art. 10.4); the report is "
                      "distributed to it once it has joined.")
                       .arg(unit->text().trimmed());
    if (!letter->text().trimmed().isEmpty()) {
        text += u' ' + tr("Official letter: %1.").arg(letter->text().trimmed());
    }
    if (!m_note->toPlainText().trimmed().isEmpty()) {
        text += u' ' + m_note->toPlainText().trimmed();
    }
    m_invitation = text;
    m_action = core::Action::AddNote;
    accept();
}

QJsonObject DistributionDialog::payload() const
{
    if (m_action == core::Action::AddNote) {
        return {{u"text"_s, m_invitation}};
    }
    QJsonObject payload;
    const QString note = m_note->toPlainText().trimmed();
    if (m_action == core::Action::StartCoordination) {
        payload.insert(u"coordinator_agency_id"_s, m_coordinator->currentData().toString());
    } else {
        payload.insert(u"lead_agency_id"_s, m_lead->currentData().toString());
        QJsonArray coordinating;
        for (int i = 0; i < m_coordinating->count(); ++i) {
            if (m_coordinating->item(i)->checkState() == Qt::Checked && !m_coordinating->item(i)->isHidden()) {
                coordinating.append(m_coordinating->item(i)->data(Qt::UserRole).toString());
            }
        }
        if (!coordinating.isEmpty()) {
            payload.insert(u"coordinating_agency_ids"_s, coordinating);
        }
    }
    if (!note.isEmpty()) {
        payload.insert(u"note"_s, note);
    }
    return payload;
}

void DistributionDialog::updatePreview()
{
    if (m_lead->currentData().toString().isEmpty() || !m_preview) {
        m_clocks->setText(tr("Coordination: the coordinator names the competent agency within its clock."));
        return;
    }
    QString problem;
    const QJsonObject p = [this] {
        QJsonObject o{{u"lead_agency_id"_s, m_lead->currentData().toString()}};
        return o;
    }();
    const QList<core::ReportClock> clocks = m_preview(p, &problem);
    if (!problem.isEmpty()) {
        m_clocks->setText(problem);
        m_distribute->setEnabled(false);
        return;
    }
    QStringList lines;
    for (const core::ReportClock &clock : clocks) {
        lines.append(tr("%1: due %2")
                         .arg(QCoreApplication::translate("ioc::core", core::clockStepLabel(clock.step)),
                              core::vntime::formatLocal(clock.dueAt)));
    }
    m_clocks->setText(lines.join(u'\n'));
}

} // namespace ioc::ui
