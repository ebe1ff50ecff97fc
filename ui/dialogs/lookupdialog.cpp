#include "ui/dialogs/lookupdialog.h"

#include "core/masking.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

PhoneLookupDialog::PhoneLookupDialog(const QString &phone, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"phoneLookupDialog"_s);
    setWindowTitle(tr("Look up a caller's reports"));
    auto *text = new QLabel(tr("The reports sent from %1, as the server finds them. The server records who looked "
                               "them up, when, and why; it answers with the reports, never the reporter's identity.")
                                .arg(core::masking::phone(phone)),
                            this);
    text->setWordWrap(true);
    auto *label = new QLabel(tr("&Reason:"), this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"lookupReason"_s);
    m_reason->setEditable(true);
    m_reason->addItems({tr("The citizen called the hotline about their report"),
                        tr("The citizen called back to add to their report")});
    m_reason->lineEdit()->setMaxLength(500);
    m_reason->setAccessibleName(tr("Reason for the look-up"));
    label->setBuddy(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"phoneLookupOk"_s);
    m_ok->setText(tr("&Look up"));
    connect(m_reason, &QComboBox::currentTextChanged, this,
            [this](const QString &reason) { m_ok->setEnabled(!reason.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString PhoneLookupDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

} // namespace ioc::ui
