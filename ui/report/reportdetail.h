#pragma once

#include "core/directory.h"
#include "core/report.h"

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace ioc::ui {

// An action of the officer's outbox that needs a look: what was tried and what happened.
struct ConflictView
{
    qint64 seq = 0;
    QString action;
    QString message;
    QJsonObject payload;
    QJsonObject current; // the report as it is now on the server, if known
};

// A message sent about the report to someone outside the console (docs/channels.md), as the
// server records it.
struct MessageView
{
    QString audience; // agency, citizen
    QString channel;  // sms, email, zalo, in_app, callback
    QString recipient;
    QString recipientName;
    QString state; // queued, sending, sent, given_up
    QString lastError;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime sentAt;
};

// Everything the detail shows of one report, prepared by the session (no SQL here).
struct ReportDetailData
{
    core::Report report;
    QList<core::ReportEvent> events;
    std::optional<core::Reporter> identity; // revealed on this console (reason given, audited)
    QList<ConflictView> conflicts;
    int pendingActions = 0;
    core::Directory directory;
    QHash<QString, QString> userNames; // user id → display name
    QDateTime now;                     // server time
    // The messages about it, as the server last told them (IOC roles, when online); nothing when
    // not known.
    std::optional<QList<MessageView>> messages;
};

// The report detail: content (original and IOC-edited text with the difference marked),
// category, position and where it came from, channel, media, the reporter's identity masked
// until revealed, every clock, the timeline of events and the outbox's conflicts.
class ReportDetail final : public QWidget
{
    Q_OBJECT

public:
    // A message's channel in words ("SMS", "Gọi lại"…), and why one was not sent (plain text).
    static QString channelLabel(const QString &channel);
    static QString failureReason(const QString &lastError);

    explicit ReportDetail(QWidget *parent = nullptr);

    void showReport(const ReportDetailData &data);
    void clear();
    QString reportId() const { return m_reportId; }
    // The rendered text (for tests and accessibility).
    QString plainText() const;
    // A thumbnail for the gallery (or why there is none), after mediaNeeded.
    void setMediaThumbnail(const QString &sha256, const QImage &thumbnail, const QString &error);

signals:
    void revealIdentityRequested();
    // The gallery wants a thumbnail of this file.
    void mediaNeeded(const ioc::core::MediaItem &item);
    // The officer opened a file (double click or Enter in the gallery).
    void mediaOpenRequested(const ioc::core::MediaItem &item);
    void reconfirmRequested(qint64 seq);
    void discardRequested(qint64 seq);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString html(const ReportDetailData &data) const;
    QString messageState(const MessageView &message) const; // HTML

    QLabel *m_heading = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copyContact = nullptr;
    QString m_contactText; // the lead agency's contact person and phone, while the report is open
    QListWidget *m_gallery = nullptr;
    QStringList m_galleryHashes;
    QString m_reportId;
    std::optional<ReportDetailData> m_data;
};

} // namespace ioc::ui
