#include "messagedeskdialog.h"

#include "core/vntime.h"
#include "ui/report/reportdetail.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

QTableWidget *makeTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // the arrows move among the rows; Tab goes on to the next control
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

MessageDeskDialog::MessageDeskDialog(bool recordCalls, QWidget *parent)
    : QDialog(parent)
    , m_recordCalls(recordCalls)
{
    setObjectName(u"messageDeskDialog"_s);
    setWindowTitle(tr("Messages that need a person"));
    resize(1000, 540);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"messageDeskTabs"_s);
    m_tabs->setAccessibleName(tr("Call backs owed and messages not sent"));
    m_callBackTable = makeTable(u"callBackTable"_s, m_tabs);
    m_failureTable = makeTable(u"failureTable"_s, m_tabs);
    m_callBackTable->setAccessibleName(tr("Call backs owed"));
    m_failureTable->setAccessibleName(tr("Messages not sent"));
    m_tabs->addTab(m_callBackTable, QString());
    m_tabs->addTab(m_failureTable, QString());

    auto *call = new QGroupBox(tr("The call"), this);
    call->setObjectName(u"callBox"_s);
    m_reached = new QRadioButton(tr("&Reached: the reply was given"), call);
    m_reached->setObjectName(u"callReached"_s);
    m_notReached = new QRadioButton(tr("&Not reached (no answer, wrong number)"), call);
    m_notReached->setObjectName(u"callNotReached"_s);
    m_reached->setChecked(true);
    m_note = new QLineEdit(call);
    m_note->setObjectName(u"callNote"_s);
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("What was said, or why the call did not get through"));
    m_record = new QPushButton(tr("Re&cord the call"), call);
    m_record->setObjectName(u"recordCallButton"_s);
    auto *callLayout = new QFormLayout(call);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_reached);
    choice->addWidget(m_notReached);
    choice->addStretch();
    callLayout->addRow(choice);
    callLayout->addRow(tr("N&ote:"), m_note);
    callLayout->addRow(m_record);
    m_callBox = call;

    m_status = new QLabel(this);
    m_status->setObjectName(u"messageDeskStatus"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open the report"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"openMessageReport"_s);
    auto *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(u"refreshMessageDesk"_s);
    refresh->setShortcut(QKeySequence::Refresh);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("To call a reporter back, open the report: it holds the reply to give, and the number "
                               "is shown once you reveal the identity (recorded in the audit trail)."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(call);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &MessageDeskDialog::refreshRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const DeskMessage *m = currentMessage()) {
            emit openReportRequested(m->reportId);
        }
    });
    for (QTableWidget *table : {m_callBackTable, m_failureTable}) {
        connect(table, &QTableWidget::itemSelectionChanged, this, &MessageDeskDialog::updateButtons);
        connect(table, &QTableWidget::itemActivated, this, [this] { m_open->click(); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MessageDeskDialog::updateButtons);
    connect(m_note, &QLineEdit::textChanged, this, &MessageDeskDialog::updateButtons);
    connect(m_record, &QPushButton::clicked, this, [this] {
        const DeskMessage *m = currentMessage();
        if (m == nullptr || m_note->text().trimmed().isEmpty()) {
            return;
        }
        emit callRecorded(m->id, m_reached->isChecked(), m_note->text().trimmed());
    });
    retitle();
    updateButtons();
}

QString MessageDeskDialog::templateLabel(const QString &templateName)
{
    if (templateName == u"citizen_rejected"_s) {
        return tr("Reply: not accepted for processing");
    }
    if (templateName == u"citizen_supplement"_s) {
        return tr("Request to supplement");
    }
    if (templateName == u"citizen_result"_s) {
        return tr("Result of processing");
    }
    if (templateName == u"citizen_result_confidential"_s) {
        return tr("Result of processing (to the reporter only)");
    }
    if (templateName == u"citizen_status"_s) {
        return tr("How processing stands");
    }
    if (templateName == u"agency_distributed"_s) {
        return tr("Report distributed to the agency");
    }
    if (templateName == u"agency_reminder"_s) {
        return tr("Reminder to the agency");
    }
    if (templateName == u"agency_clock_due"_s) {
        return tr("A time limit about to run out");
    }
    return tr("Other message");
}

void MessageDeskDialog::setCallBacks(const QList<DeskMessage> &messages)
{
    m_callBacks = messages;
    fill(m_callBackTable, m_callBacks, true);
    retitle();
    updateButtons();
}

void MessageDeskDialog::setFailures(const QList<DeskMessage> &messages)
{
    m_failures = messages;
    fill(m_failureTable, m_failures, false);
    retitle();
    updateButtons();
}

void MessageDeskDialog::fill(QTableWidget *table, const QList<DeskMessage> &messages, bool callBacks)
{
    const QString selected = currentMessageId();
    const QStringList headers{tr("Report"), tr("Since"), tr("To"), tr("Message"),
                              callBacks ? tr("Calls so far") : tr("Why it was not sent")};
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(messages.size()));
    for (int row = 0; row < messages.size(); ++row) {
        const DeskMessage &m = messages.at(row);
        const QString to = (m.audience == u"agency"_s ? tr("processing agency") : tr("reporter")) + u": "_s +
                           (m.recipientName.isEmpty() ? m.recipient : m.recipientName + u" ("_s + m.recipient + u')');
        QString last;
        if (callBacks) {
            last = m.attempts == 0 ? tr("none yet")
                                   : tr("%n not answered", nullptr, m.attempts) +
                                         (m.handledNote.isEmpty() ? QString() : u" · "_s + m.handledNote);
        } else {
            last = ReportDetail::channelLabel(m.channel) + u": "_s + ReportDetail::failureReason(m.lastError);
        }
        const QStringList cells{m.reportCode, core::vntime::formatLocal(m.createdAt), to, templateLabel(m.templateName),
                                last};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, m.id);
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
        if (m.id == selected) {
            table->selectRow(row);
        }
    }
    // The code, the time and the message as wide as they need; the recipient at most 280 px
    // (elided); the last column takes the rest.
    table->resizeColumnsToContents();
    table->setColumnWidth(2, std::min(table->columnWidth(2), 280));
    table->setTextElideMode(Qt::ElideRight);
    if (table->currentRow() < 0 && table->rowCount() > 0) {
        table->selectRow(0);
    }
}

void MessageDeskDialog::retitle()
{
    m_tabs->setTabText(0, tr("Call backs owed (%1)").arg(m_callBacks.size()));
    m_tabs->setTabText(1, tr("Not sent (%1)").arg(m_failures.size()));
}

QTableWidget *MessageDeskDialog::currentTable() const
{
    return m_tabs->currentIndex() == 0 ? m_callBackTable : m_failureTable;
}

const DeskMessage *MessageDeskDialog::currentMessage() const
{
    QTableWidget *table = currentTable();
    const int row = table->currentRow();
    const QList<DeskMessage> &list = table == m_callBackTable ? m_callBacks : m_failures;
    if (row < 0 || row >= list.size() || table->selectedItems().isEmpty()) {
        return nullptr;
    }
    return &list.at(row);
}

QString MessageDeskDialog::currentMessageId() const
{
    const DeskMessage *m = currentMessage();
    return m != nullptr ? m->id : QString();
}

void MessageDeskDialog::setStatus(const QString &message)
{
    m_status->setText(message);
}

void MessageDeskDialog::clearCall()
{
    m_note->clear();
    m_reached->setChecked(true);
}

void MessageDeskDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void MessageDeskDialog::updateButtons()
{
    // The call form belongs to the call backs, and to those who make the calls.
    m_callBox->setVisible(m_recordCalls && m_tabs->currentIndex() == 0);
    const DeskMessage *m = currentMessage();
    m_open->setEnabled(m != nullptr);
    const bool callBack = m != nullptr && currentTable() == m_callBackTable;
    m_record->setEnabled(!m_busy && callBack && !m_note->text().trimmed().isEmpty());
    m_record->setToolTip(!callBack                            ? tr("Choose a call back in the first tab")
                         : m_note->text().trimmed().isEmpty() ? tr("Write a note on the call first")
                                                              : QString());
}

} // namespace ioc::ui
