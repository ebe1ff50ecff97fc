#include "ui/report/actiondialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ioc::ui {

std::optional<QJsonObject> askActionPayload(core::Action action, const core::Report &report,
                                            const core::Directory &directory, QWidget *parent,
                                            const QList<std::pair<QString, QString>> &repeatCandidates)
{
    using core::Action;
    if (action == Action::Claim || action == Action::Release) {
        return QJsonObject();
    }
    QDialog dialog(parent);
    dialog.setObjectName(u"actionDialog"_s);
    dialog.setWindowTitle(QCoreApplication::translate("ioc::core", core::actionLabel(action)) + u" — "_s + report.code);
    auto *form = new QFormLayout(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(u"actionText"_s);
    text->setTabChangesFocus(true);
    text->setMinimumWidth(420);
    text->setMaximumHeight(120);
    auto *agency = new QComboBox(&dialog);
    agency->setObjectName(u"actionAgency"_s);
    // How the call went (14.3.d counts the calls not answered; busy counts as not answered).
    auto *outcome = new QComboBox(&dialog);
    outcome->setObjectName(u"actionCallOutcome"_s);
    outcome->addItem(QCoreApplication::translate("ioc::ui::ActionDialog", "Answered"), u"answered"_s);
    outcome->addItem(QCoreApplication::translate("ioc::ui::ActionDialog", "Not answered"), u"not_answered"_s);
    outcome->addItem(QCoreApplication::translate("ioc::ui::ActionDialog", "Busy"), u"busy"_s);
    auto *callee = new QLineEdit(&dialog);
    callee->setObjectName(u"actionCallee"_s);
    callee->setPlaceholderText(QCoreApplication::translate("ioc::ui::ActionDialog", "Name or number called"));
    const bool needsAgency = action == Action::Remind || action == Action::LogCall;
    if (needsAgency) {
        QList<core::Agency> agencies = directory.agencies();
        std::sort(agencies.begin(), agencies.end(),
                  [](const core::Agency &a, const core::Agency &b) { return a.name < b.name; });
        for (const core::Agency &a : agencies) {
            agency->addItem(a.name, a.id);
        }
        const int lead = agency->findData(report.leadAgencyId);
        if (lead >= 0) {
            agency->setCurrentIndex(lead);
        }
        form->addRow(QCoreApplication::translate("ioc::ui::ActionDialog", "Agency"), agency);
    } else {
        agency->hide(); // outside the form: it would lie over the dialog's corner
    }
    if (action == Action::LogCall) {
        form->addRow(QCoreApplication::translate("ioc::ui::ActionDialog", "The call"), outcome);
        form->addRow(QCoreApplication::translate("ioc::ui::ActionDialog", "Called"), callee);
    } else {
        outcome->hide();
        callee->hide();
    }
    // 7.7: the citizen asked the IOC to cancel, by some channel other than the app.
    auto *requestedVia = new QComboBox(&dialog);
    requestedVia->setObjectName(u"actionRequestedVia"_s);
    if (action == Action::Cancel) {
        for (const core::Channel channel : {core::Channel::Hotline, core::Channel::Email, core::Channel::Zalo,
                                            core::Channel::Facebook, core::Channel::WebPortal}) {
            requestedVia->addItem(QCoreApplication::translate("ioc::core", core::channelLabel(channel)),
                                  core::channelName(channel));
        }
        requestedVia->addItem(QCoreApplication::translate("ioc::ui::ActionDialog", "In person at the IOC"),
                              u"in_person"_s);
        form->addRow(QCoreApplication::translate("ioc::ui::ActionDialog", "The citizen asked by"), requestedVia);
        auto *note = new QLabel(QCoreApplication::translate(
                                    "ioc::ui::ActionDialog",
                                    "Only before processing starts (Art. 7.7). A report that is not eligible anyway "
                                    "is rejected with the reason “The sender asked to cancel it”."),
                                &dialog);
        note->setWordWrap(true);
        form->addRow(note);
    } else {
        requestedVia->hide();
    }
    // 14.3.f: the handled report, near this one, whose violation it repeats.
    auto *original = new QComboBox(&dialog);
    original->setObjectName(u"actionRepeatOf"_s);
    if (action == Action::MarkRepeat) {
        if (repeatCandidates.isEmpty()) {
            QMessageBox::information(parent, dialog.windowTitle(),
                                     QCoreApplication::translate("ioc::ui::ActionDialog",
                                                                 "No report already handled (published) lies near "
                                                                 "this one: there is nothing it could repeat."));
            return std::nullopt;
        }
        for (const auto &[id, label] : repeatCandidates) {
            original->addItem(label, id);
        }
        form->addRow(QCoreApplication::translate("ioc::ui::ActionDialog", "Repeats the handled report"), original);
    } else {
        original->hide();
    }
    QString textLabel;
    bool textRequired = false;
    switch (action) {
    case Action::AddNote:
        textLabel = QCoreApplication::translate("ioc::ui::ActionDialog", "Note");
        textRequired = true;
        break;
    case Action::LogCall:
    case Action::Remind:
        textLabel = QCoreApplication::translate("ioc::ui::ActionDialog", "Note (optional)");
        break;
    default:
        textLabel = QCoreApplication::translate("ioc::ui::ActionDialog", "Reason");
        textRequired = true;
        break;
    }
    if (action == Action::MarkRepeat) {
        text->hide(); // the link is the whole record
    } else {
        form->addRow(textLabel, text);
    }
    if (action == Action::RevealIdentity) {
        auto *warning = new QLabel(
            QCoreApplication::translate("ioc::ui::ActionDialog",
                                        "The reporter's identity is personal data. Your reason is recorded in the "
                                        "audit log with your name."),
            &dialog);
        warning->setWordWrap(true);
        form->addRow(warning);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"actionOk"_s);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto validate = [&] {
        ok->setEnabled(action == Action::MarkRepeat || !textRequired || !text->toPlainText().trimmed().isEmpty());
    };
    QObject::connect(text, &QPlainTextEdit::textChanged, &dialog, validate);
    validate();
    text->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }

    QJsonObject payload;
    const QString value = text->toPlainText().trimmed();
    switch (action) {
    case Action::AddNote:
        payload.insert(u"text"_s, value);
        break;
    case Action::Remind:
        payload.insert(u"agency_id"_s, agency->currentData().toString());
        if (!value.isEmpty()) {
            payload.insert(u"text"_s, value);
        }
        break;
    case Action::LogCall:
        payload.insert(u"agency_id"_s, agency->currentData().toString());
        payload.insert(u"outcome"_s, outcome->currentData().toString());
        if (!callee->text().trimmed().isEmpty()) {
            payload.insert(u"callee"_s, callee->text().trimmed());
        }
        if (!value.isEmpty()) {
            payload.insert(u"note"_s, value);
        }
        break;
    case Action::SetUrgent:
        payload.insert(u"urgent"_s, !report.urgent);
        payload.insert(u"reason"_s, value);
        break;
    case Action::Cancel:
        payload.insert(u"requested_via"_s, requestedVia->currentData().toString());
        payload.insert(u"reason"_s, value);
        break;
    case Action::MarkRepeat:
        payload.insert(u"repeat_of"_s, original->currentData().toString());
        break;
    default:
        payload.insert(u"reason"_s, value);
        break;
    }
    return payload;
}

} // namespace ioc::ui
