#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;

namespace ioc::ui {

// One message that needs a person (docs/channels.md), as the server lists it.
struct DeskMessage
{
    QString id;
    QString reportId;
    QString reportCode;
    QString audience; // agency, citizen
    QString channel;
    QString recipient; // a citizen's masked
    QString recipientName;
    QString templateName;
    QString lastError;
    QString handledNote;
    int attempts = 0;
    QDateTime createdAt;
};

// "Tin nhắn cần xử lý": the call backs duty officers owe reporters who came by the hotline,
// Facebook or Zalo without a known user (Điều 8.2: the reply goes back the way the report came),
// and the messages the server gave up on. An officer opens the report (to read the reply and
// reveal the number, audited), calls, and records the call here: reached, or not.
class MessageDeskDialog final : public QDialog
{
    Q_OBJECT

public:
    // `recordCalls`: duty officers record calls; supervisors read.
    explicit MessageDeskDialog(bool recordCalls, QWidget *parent = nullptr);

    void setCallBacks(const QList<DeskMessage> &messages);
    void setFailures(const QList<DeskMessage> &messages);
    void setStatus(const QString &message);
    void setBusy(bool busy);
    // A call was recorded: the form is ready for the next.
    void clearCall();
    QString currentMessageId() const;

    // The template's purpose in words ("Kết quả xử lý"…).
    static QString templateLabel(const QString &templateName);

signals:
    void refreshRequested();
    void openReportRequested(const QString &reportId);
    void callRecorded(const QString &messageId, bool reached, const QString &note);

private:
    QTableWidget *currentTable() const;
    const DeskMessage *currentMessage() const;
    void fill(QTableWidget *table, const QList<DeskMessage> &messages, bool callBacks);
    void updateButtons();
    void retitle();

    bool m_recordCalls = false;
    bool m_busy = false;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_callBackTable = nullptr;
    QTableWidget *m_failureTable = nullptr;
    QList<DeskMessage> m_callBacks;
    QList<DeskMessage> m_failures;
    QWidget *m_callBox = nullptr;
    QRadioButton *m_reached = nullptr;
    QRadioButton *m_notReached = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ioc::ui
