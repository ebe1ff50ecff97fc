#include "ui/dialogs/decisiondialogs.h"

#include "core/rejectreply.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

QString coreText(const char *text)
{
    return QCoreApplication::translate("ioc::core", text);
}

} // namespace

std::optional<QJsonObject> askRejection(const core::verification::Evaluation &evaluation, QWidget *parent)
{
    using core::RejectReason;
    const core::Report &report = evaluation.report;
    QDialog dialog(parent);
    dialog.setObjectName(u"rejectDialog"_s);
    dialog.setWindowTitle(
        QCoreApplication::translate("ioc::ui::DecisionDialogs", "Reject as not eligible — %1").arg(report.code));
    auto *layout = new QVBoxLayout(&dialog);

    auto *reasonsLabel =
        new QLabel(QCoreApplication::translate("ioc::ui::DecisionDialogs", "&Reasons (Art. 7.6):"), &dialog);
    auto *reasons = new QListWidget(&dialog);
    reasons->setObjectName(u"rejectReasons"_s);
    reasonsLabel->setBuddy(reasons);
    for (RejectReason reason : core::allRejectReasons()) {
        if (reason == RejectReason::CitizenCancelled) {
            continue; // the citizen's own cancel action
        }
        auto *item = new QListWidgetItem(coreText(core::rejectReasonLabel(reason)), reasons);
        item->setData(Qt::UserRole, core::rejectReasonName(reason));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(evaluation.checklist.suggestedReasons.contains(reason) ? Qt::Checked : Qt::Unchecked);
    }
    reasons->setMinimumHeight(reasons->sizeHintForRow(0) * 7);
    layout->addWidget(reasonsLabel);
    layout->addWidget(reasons);

    auto *primaryLabel = new QLabel(QCoreApplication::translate("ioc::ui::DecisionDialogs", "&Duplicate of:"), &dialog);
    auto *primary = new QComboBox(&dialog);
    primary->setObjectName(u"rejectDuplicateOf"_s);
    primaryLabel->setBuddy(primary);
    for (const core::verification::CandidateReport &c : evaluation.candidates) {
        primary->addItem(u"%1 — %2 (%3)"_s.arg(c.code, c.title).arg(qRound(c.match.score * 100)), c.match.id);
        primary->setItemData(primary->count() - 1, c.code, Qt::UserRole + 1);
    }
    const int proposed = primary->findData(evaluation.checklist.duplicateOf);
    primary->setCurrentIndex(proposed >= 0 ? proposed : 0);
    layout->addWidget(primaryLabel);
    layout->addWidget(primary);

    auto *replyLabel = new QLabel(
        QCoreApplication::translate("ioc::ui::DecisionDialogs", "Reply to the &citizen (edit before sending):"),
        &dialog);
    auto *reply = new QPlainTextEdit(&dialog);
    reply->setObjectName(u"rejectReply"_s);
    reply->setTabChangesFocus(true);
    reply->setMinimumSize(560, 220);
    replyLabel->setBuddy(reply);
    layout->addWidget(replyLabel);
    layout->addWidget(reply);

    auto *problem = new QLabel(&dialog);
    problem->setObjectName(u"rejectProblem"_s);
    problem->setStyleSheet(u"color: #b00020;"_s);
    problem->setWordWrap(true);
    layout->addWidget(problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"rejectOk"_s);
    ok->setText(QCoreApplication::translate("ioc::ui::DecisionDialogs", "Reject and send the reply"));
    layout->addWidget(buttons);

    auto checkedReasons = [reasons] {
        QList<RejectReason> list;
        for (int i = 0; i < reasons->count(); ++i) {
            if (reasons->item(i)->checkState() == Qt::Checked) {
                list.append(*core::rejectReasonFromName(reasons->item(i)->data(Qt::UserRole).toString()));
            }
        }
        return list;
    };
    bool editedByHand = false;
    bool composing = false;
    auto recompose = [&] {
        const QList<RejectReason> list = checkedReasons();
        const bool duplicate = list.contains(RejectReason::Duplicate);
        primary->setEnabled(duplicate && primary->count() > 0);
        primaryLabel->setEnabled(primary->isEnabled());
        ok->setEnabled(!list.isEmpty() && (!duplicate || primary->count() > 0));
        problem->setText(
            list.isEmpty() ? QCoreApplication::translate("ioc::ui::DecisionDialogs", "Tick at least one reason.")
            : duplicate && primary->count() == 0
                ? QCoreApplication::translate("ioc::ui::DecisionDialogs",
                                              "No report nearby to name as the primary: untick “duplicate”.")
                : QString());
        if (editedByHand) {
            return;
        }
        composing = true;
        reply->setPlainText(core::composeRejectReply(
            report, list, duplicate ? primary->currentData(Qt::UserRole + 1).toString() : QString()));
        composing = false;
    };
    QObject::connect(reply, &QPlainTextEdit::textChanged, &dialog, [&] {
        if (!composing) {
            editedByHand = true;
        }
    });
    QObject::connect(reasons, &QListWidget::itemChanged, &dialog, recompose);
    QObject::connect(primary, &QComboBox::currentIndexChanged, &dialog, recompose);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (reply->toPlainText().trimmed().isEmpty()) {
            problem->setText(QCoreApplication::translate("ioc::ui::DecisionDialogs",
                                                         "The citizen must be told why (Art. 8.2): write the reply."));
            return;
        }
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    recompose();
    reasons->setFocus();
    reasons->setCurrentRow(0);

    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    QJsonObject payload;
    QJsonArray names;
    const QList<RejectReason> list = checkedReasons();
    for (RejectReason reason : list) {
        names.append(core::rejectReasonName(reason));
    }
    payload.insert(u"reasons"_s, names);
    payload.insert(u"reply"_s, reply->toPlainText().trimmed());
    if (list.contains(RejectReason::Duplicate)) {
        payload.insert(u"duplicate_of"_s, primary->currentData().toString());
    }
    return payload;
}

std::optional<QJsonObject> askSupplement(const core::verification::Evaluation &evaluation, QWidget *parent)
{
    using core::verification::Condition;
    QStringList needed;
    for (const core::verification::Row &row : evaluation.checklist.rows) {
        if (row.verdict != core::identity::Verdict::Pass) {
            needed.append(core::verification::conditionName(row.condition));
        }
    }
    QDialog dialog(parent);
    dialog.setObjectName(u"supplementDialog"_s);
    dialog.setWindowTitle(QCoreApplication::translate("ioc::ui::DecisionDialogs", "Request a supplement — %1")
                              .arg(evaluation.report.code));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(
        QCoreApplication::translate(
            "ioc::ui::DecisionDialogs",
            "Message to the citizen. The report waits 48 hours for the answer (Art. 7.6.2.c); after that it is "
            "flagged for rejection."),
        &dialog);
    label->setWordWrap(true);
    auto *message = new QPlainTextEdit(&dialog);
    message->setObjectName(u"supplementMessage"_s);
    message->setTabChangesFocus(true);
    message->setMinimumSize(560, 220);
    message->setPlainText(core::composeSupplementRequest(evaluation.report, needed));
    label->setBuddy(message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"supplementOk"_s);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(QCoreApplication::translate("ioc::ui::DecisionDialogs", "Send the request"));
    layout->addWidget(label);
    layout->addWidget(message);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (!message->toPlainText().trimmed().isEmpty()) {
            dialog.accept();
        }
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    message->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return QJsonObject{{u"message"_s, message->toPlainText().trimmed()}};
}

} // namespace ioc::ui
