#include "ui/lockpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

LockPage::LockPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_unlock(new QPushButton(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"lockPage"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_summary->setObjectName(u"lockSummary"_s);
    m_summary->setAlignment(Qt::AlignCenter);
    m_password->setObjectName(u"lockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_error->setObjectName(u"lockError"_s);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(u"color: #c62828"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_password);
    row->addWidget(m_unlock);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(2);
    const auto unlock = [this] {
        QByteArray password = m_password->text().toUtf8();
        m_password->clear();
        emit unlockRequested(password);
        password.fill('\0');
    };
    connect(m_unlock, &QPushButton::clicked, this, unlock);
    connect(m_password, &QLineEdit::returnPressed, this, unlock);
    retranslate();
}

void LockPage::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

void LockPage::setError(const QString &message)
{
    m_error->setText(message);
}

void LockPage::prepare()
{
    m_error->clear();
    m_password->setFocus();
}

void LockPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LockPage::retranslate()
{
    m_title->setText(u"<h2>"_s + tr("The screen is locked").toHtmlEscaped() + u"</h2>"_s);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_unlock->setText(tr("Unlock"));
}

} // namespace ioc::ui
