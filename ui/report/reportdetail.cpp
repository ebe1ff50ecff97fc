#include "ui/report/reportdetail.h"

#include "core/countdown.h"
#include "core/masking.h"
#include "core/slapolicy.h"
#include "core/textdiff.h"
#include "core/vntime.h"
#include "core/workflow.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTimeZone>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

constexpr int thumbnailSide = 96;

QString coreText(const char *text)
{
    return QCoreApplication::translate("ioc::core", text);
}

QString localTime(const QDateTime &instant)
{
    if (!instant.isValid()) {
        return u"—"_s;
    }
    return instant.toTimeZone(QTimeZone(core::vntime::utcOffsetSeconds)).toString(u"dd/MM/yyyy HH:mm"_s);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString diffHtml(const QString &original, const QString &edited)
{
    QString html;
    for (const core::DiffSegment &segment : core::wordDiff(original, edited)) {
        switch (segment.kind) {
        case core::DiffSegment::Same:
            html += escaped(segment.text) + u' ';
            break;
        case core::DiffSegment::Removed:
            html += u"<span style='background:#f8d7da;text-decoration:line-through'>"_s + escaped(segment.text) +
                    u"</span> "_s;
            break;
        case core::DiffSegment::Added:
            html += u"<span style='background:#d4edda'>"_s + escaped(segment.text) + u"</span> "_s;
            break;
        }
    }
    return html;
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td style='padding-right:12px;color:palette(mid)'><b>"_s + label.toHtmlEscaped() + u"</b></td><td>"_s +
           valueHtml + u"</td></tr>"_s;
}

// "Ảnh 2", "Video 3": the same number in the gallery and in the list of files.
QString mediaCaption(const core::MediaItem &media, int index)
{
    return media.mimeType.startsWith(u"video/"_s)
               ? QCoreApplication::translate("ioc::ui::ReportDetail", "Video %1").arg(index + 1)
               : QCoreApplication::translate("ioc::ui::ReportDetail", "Photo %1").arg(index + 1);
}

} // namespace

ReportDetail::ReportDetail(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"reportDetail"_s);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"reportHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"reportBrowser"_s);
    m_browser->setAccessibleName(tr("The report in full"));
    m_browser->setOpenLinks(false);
    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(u"revealIdentityButton"_s);
    connect(m_reveal, &QPushButton::clicked, this, &ReportDetail::revealIdentityRequested);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const qint64 seq = QUrlQuery(url).queryItemValue(u"seq"_s).toLongLong();
        if (url.path() == u"reconfirm"_s) {
            emit reconfirmRequested(seq);
        } else if (url.path() == u"discard"_s) {
            emit discardRequested(seq);
        }
    });
    m_gallery = new QListWidget(this);
    m_gallery->setObjectName(u"mediaGallery"_s);
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setFlow(QListView::LeftToRight);
    m_gallery->setWrapping(false);
    m_gallery->setIconSize(QSize(thumbnailSide, thumbnailSide));
    m_gallery->setFixedHeight(thumbnailSide + 3 * fontMetrics().height());
    m_gallery->setMovement(QListView::Static);
    m_gallery->setWordWrap(true);
    const auto open = [this](QListWidgetItem *item) {
        if (m_data && item != nullptr) {
            const int index = item->data(Qt::UserRole).toInt();
            if (index >= 0 && index < m_data->report.media.size()) {
                emit mediaOpenRequested(m_data->report.media.at(index));
            }
        }
    };
    connect(m_gallery, &QListWidget::itemActivated, this, open);
    // The lead agency's contact person, to call while the report is open (Điều 21.1; issue 27
    // §4): copied with one click, instead of a status bar message that goes after 15 seconds.
    m_copyContact = new QPushButton(this);
    m_copyContact->setObjectName(u"copyAgencyContact"_s);
    m_copyContact->hide();
    connect(m_copyContact, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_contactText);
        m_copyContact->setToolTip(tr("Copied: %1").arg(m_contactText));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_copyContact);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_gallery);
    layout->addWidget(m_browser, 1);
    clear();
}

void ReportDetail::clear()
{
    m_data.reset();
    m_reportId.clear();
    m_galleryHashes.clear();
    m_heading->setText(tr("<i>No report selected.</i>"));
    m_browser->clear();
    m_reveal->hide();
    m_copyContact->hide();
    m_contactText.clear();
    m_gallery->clear();
    m_gallery->hide();
}

void ReportDetail::setMediaThumbnail(const QString &sha256, const QImage &thumbnail, const QString &error)
{
    for (int i = 0; i < m_gallery->count(); ++i) {
        QListWidgetItem *item = m_gallery->item(i);
        if (item->data(Qt::UserRole + 1).toString() != sha256) {
            continue;
        }
        if (!thumbnail.isNull()) {
            item->setIcon(QIcon(QPixmap::fromImage(thumbnail)));
            item->setData(Qt::UserRole + 2, true); // the picture is shown
        }
        if (!error.isEmpty()) {
            item->setToolTip(error);
            item->setText(item->text() + u"\n"_s + tr("(cannot be shown)"));
        }
    }
}

void ReportDetail::showReport(const ReportDetailData &data)
{
    const int scroll = data.report.id == m_reportId ? m_browser->verticalScrollBar()->value() : 0;
    m_data = data;
    m_reportId = data.report.id;
    const core::Report &r = data.report;
    QString heading = u"<h3 style='margin:0'>"_s;
    if (r.urgent) {
        heading += u"<span style='color:#c62828'>["_s + tr("URGENT").toHtmlEscaped() + u"]</span> "_s;
    }
    heading += r.code.toHtmlEscaped() + u" — "_s + r.title.toHtmlEscaped() + u"</h3>"_s;
    heading += coreText(core::reportStateLabel(r.state)).toHtmlEscaped();
    if (r.hidden) {
        heading += u" · <b>"_s + tr("hidden").toHtmlEscaped() + u"</b>"_s;
    }
    if (!r.claimedBy.isEmpty()) {
        heading +=
            u" · "_s + tr("being handled by %1").arg(data.userNames.value(r.claimedBy, r.claimedBy)).toHtmlEscaped();
    }
    if (data.pendingActions > 0) {
        heading += u" · "_s + tr("%n action(s) waiting to be sent", nullptr, data.pendingActions).toHtmlEscaped();
    }
    m_heading->setText(heading);
    m_reveal->setVisible(r.reporter.masked.present && !data.identity.has_value());
    m_reveal->setText(tr("Reveal identity…"));
    const core::Agency *lead = data.directory.agency(r.leadAgencyId);
    const bool open = r.state != core::ReportState::Published && !core::isTerminalState(r.state);
    m_contactText.clear();
    if (open && lead != nullptr && !lead->contact.phone.isEmpty()) {
        m_contactText =
            lead->contact.name.isEmpty() ? lead->contact.phone : lead->contact.name + u" — "_s + lead->contact.phone;
    }
    m_copyContact->setVisible(!m_contactText.isEmpty());
    m_copyContact->setText(tr("Copy the agency's contact"));
    m_copyContact->setToolTip(m_contactText);
    m_copyContact->setAccessibleDescription(m_contactText);
    m_browser->setHtml(html(data));
    m_browser->verticalScrollBar()->setValue(scroll);

    // The gallery: rebuilt only when the files changed, so thumbnails are not fetched again.
    QStringList hashes;
    for (const core::MediaItem &item : r.media) {
        hashes.append(item.sha256);
    }
    if (hashes != m_galleryHashes) {
        m_galleryHashes = hashes;
        m_gallery->clear();
        for (qsizetype i = 0; i < r.media.size(); ++i) {
            const core::MediaItem &media = r.media.at(i);
            const bool video = media.mimeType.startsWith(u"video/"_s);
            // The caption is the file's number; its name is in the "Files" list below, once.
            auto *item = new QListWidgetItem(style()->standardIcon(video ? QStyle::SP_MediaPlay : QStyle::SP_FileIcon),
                                             mediaCaption(media, int(i)), m_gallery);
            item->setData(Qt::UserRole, int(i));
            item->setData(Qt::UserRole + 1, media.sha256);
            item->setToolTip(video ? tr("Opens with the system's video player") : tr("Double-click to enlarge"));
            if (!video) {
                emit mediaNeeded(media);
            }
        }
    }
    m_gallery->setVisible(!r.media.isEmpty());
}

QString ReportDetail::plainText() const
{
    return m_heading->text() + u'\n' + m_browser->toPlainText();
}

QString ReportDetail::html(const ReportDetailData &data) const
{
    const core::Report &r = data.report;
    QString out;

    if (!data.conflicts.isEmpty()) {
        out += u"<h4 style='color:#6a1b9a'>"_s + tr("Needs your attention").toHtmlEscaped() + u"</h4><ul>"_s;
        for (const ConflictView &conflict : data.conflicts) {
            const auto action = core::actionFromName(conflict.action);
            const QString label = action ? coreText(core::actionLabel(*action)) : conflict.action;
            out += u"<li><b>"_s + label.toHtmlEscaped() + u"</b>: "_s + conflict.message.toHtmlEscaped();
            if (!conflict.current.isEmpty()) {
                out += u"<br>"_s + tr("Meanwhile the report became: %1 (version %2)")
                                       .arg(conflict.current.value(u"state"_s).toString())
                                       .arg(conflict.current.value(u"version"_s).toInt())
                                       .toHtmlEscaped();
            }
            out += u"<br><a href='reconfirm?seq=%1'>"_s.arg(conflict.seq) +
                   tr("Do it again on the report as it is now").toHtmlEscaped() +
                   u"</a> · <a href='discard?seq=%1'>"_s.arg(conflict.seq) + tr("Drop it").toHtmlEscaped() +
                   u"</a></li>"_s;
        }
        out += u"</ul>"_s;
    }

    out += u"<h4>"_s + tr("Content").toHtmlEscaped() + u"</h4>"_s;
    if (!r.originalContent.isEmpty() && r.originalContent != r.content) {
        out += u"<p>"_s + diffHtml(r.originalContent, r.content) + u"</p><p><i>"_s +
               tr("Edited by the IOC; removed words struck through, added words highlighted.").toHtmlEscaped() +
               u"</i></p>"_s;
    } else {
        out += u"<p>"_s + escaped(r.content) + u"</p>"_s;
    }

    out += u"<table>"_s;
    const core::Category *category = data.directory.category(r.categoryId);
    out += row(tr("Category"), (category ? category->name : r.categoryId).toHtmlEscaped());
    const core::Area *area = data.directory.area(r.position.areaId);
    out += row(tr("Area"), (area ? area->name : r.position.areaId).toHtmlEscaped());
    out += row(tr("Address"), r.position.address.toHtmlEscaped());
    out += row(tr("Position"), u"%1, %2 (%3)"_s
                                   .arg(QLocale::c().toString(r.position.latitude, 'f', 5),
                                        QLocale::c().toString(r.position.longitude, 'f', 5),
                                        coreText(core::positionSourceLabel(r.position.source)))
                                   .toHtmlEscaped());
    QString channel = coreText(core::channelLabel(r.channel));
    if (!r.sourceSystemId.isEmpty()) {
        // Which connected system it came from (Open311, docs/open311.md).
        channel += u" — "_s + data.userNames.value(r.sourceSystemId, r.sourceSystemId);
    }
    out += row(tr("Channel"), channel.toHtmlEscaped());
    out += row(tr("Captured"), localTime(r.capturedAt));
    out += row(tr("Received"), localTime(r.receivedAt));
    out += row(tr("Public"), r.isPublic ? tr("yes") : tr("no — sensitive matter (Điều 9.2)"));
    if (const core::Agency *agency = data.directory.agency(r.leadAgencyId)) {
        out += row(tr("Lead agency"), agency->name.toHtmlEscaped());
        const core::ContactPerson &contact = agency->contact;
        if (!contact.name.isEmpty() || !contact.phone.isEmpty()) {
            QStringList parts;
            for (const QString &part : {contact.name, contact.phone, contact.email}) {
                if (!part.isEmpty()) {
                    parts.append(part);
                }
            }
            out += row(tr("Agency contact"), parts.join(u" · "_s).toHtmlEscaped());
        }
    }
    out += u"</table>"_s;

    out += u"<h4>"_s + tr("Reporter").toHtmlEscaped() + u"</h4>"_s;
    // The identity as revealed on this console (PRODUCT.md §17), else masked as the server sent it.
    const core::MaskedIdentity &masked = r.reporter.masked;
    if (!data.identity && !masked.present) {
        out += u"<p><i>"_s + tr("The identity is not available to this console.").toHtmlEscaped() + u"</i></p>"_s;
    } else {
        const bool shown = data.identity.has_value();
        const core::Reporter revealed = data.identity.value_or(core::Reporter{});
        const auto field = [shown](const QString &full, const QString &hidden) {
            return shown ? full : hidden;
        };
        out += u"<table>"_s;
        out += row(tr("Name"), field(revealed.fullName, masked.fullName).toHtmlEscaped());
        out += row(tr("Phone"), field(revealed.phone, masked.phone).toHtmlEscaped());
        if (const QString id = field(revealed.citizenId, masked.citizenId); !id.isEmpty()) {
            out += row(tr("Citizen ID"), id.toHtmlEscaped());
        }
        if (const QString email = field(revealed.email, masked.email); !email.isEmpty()) {
            out += row(tr("E-mail"), email.toHtmlEscaped());
        }
        out += row(tr("Address"), field(revealed.address, masked.address).toHtmlEscaped());
        out += u"</table>"_s;
        if (!shown) {
            out += u"<p><i>"_s +
                   tr("Masked. Revealing it asks for a reason, needs the server and is recorded in the audit log.")
                       .toHtmlEscaped() +
                   u"</i></p>"_s;
        }
    }

    out += u"<h4>"_s + tr("Files").toHtmlEscaped() + u"</h4>"_s;
    if (r.media.isEmpty()) {
        out += u"<p><i>"_s + tr("No photos or videos.").toHtmlEscaped() + u"</i></p>"_s;
    } else {
        out += u"<ul>"_s;
        for (qsizetype i = 0; i < r.media.size(); ++i) {
            const core::MediaItem &item = r.media.at(i);
            QString line = mediaCaption(item, int(i)).toHtmlEscaped() + u": "_s +
                           (item.fileName.isEmpty() ? tr("no file name") : item.fileName).toHtmlEscaped() + u" — "_s +
                           item.mimeType.toHtmlEscaped() + u", "_s +
                           QLocale().formattedDataSize(item.size).toHtmlEscaped();
            if (item.facts.known) {
                line += u", "_s + (item.facts.hasExif ? tr("taken %1").arg(localTime(item.facts.exifCapturedAt))
                                                      : tr("no capture time in the file"))
                                      .toHtmlEscaped();
                if (!item.facts.software.isEmpty()) {
                    line += u", "_s + tr("software: %1").arg(item.facts.software).toHtmlEscaped();
                }
            }
            out += u"<li>"_s + line + u"</li>"_s;
        }
        out += u"</ul>"_s;
    }

    out += u"<h4>"_s + tr("Clocks").toHtmlEscaped() + u"</h4><table>"_s;
    for (const core::ReportClock &clock : r.clocks) {
        QString status;
        switch (clock.status) {
        case core::ClockStatus::Running:
            status = clock.dueAt < data.now ? u"<b style='color:#c62828'>"_s + tr("overdue").toHtmlEscaped() + u"</b>"_s
                     : clock.startedAt > data.now ? tr("from %1").arg(localTime(clock.startedAt)).toHtmlEscaped()
                                                  : tr("running").toHtmlEscaped();
            break;
        case core::ClockStatus::Paused:
            status = tr("paused").toHtmlEscaped();
            break;
        case core::ClockStatus::Done:
            status = (clock.onTime.value_or(true) ? tr("done on time") : tr("done late")).toHtmlEscaped();
            break;
        case core::ClockStatus::Closed:
            status = tr("closed").toHtmlEscaped();
            break;
        }
        // A countdown by its name and whose turn it is ("Tiếp nhận · Sở Xây dựng"), with the articles
        // it comes from (issue 27 §2); a judging clock (a window to return or decline) by its label.
        QString name = coreText(core::clockStepLabel(clock.step));
        if (core::clockKind(clock.step) == core::ClockKind::Countdown) {
            const core::Agency *agency = data.directory.agency(clock.agencyId);
            name = core::clockShortName(clock.step) + u" · "_s +
                   core::clockActorName(clock.step, agency != nullptr ? agency->name : QString());
        }
        out += u"<tr><td style='padding-right:12px'>"_s + name.toHtmlEscaped() +
               u"</td><td style='padding-right:12px'>"_s + tr("due %1").arg(localTime(clock.dueAt)).toHtmlEscaped() +
               u"</td><td style='padding-right:12px'>"_s + status + u"</td><td style='color:gray'>"_s +
               core::clockCitation(clock.step).toHtmlEscaped() + u"</td></tr>"_s;
    }
    out += u"</table>"_s;

    out += u"<h4>"_s + tr("Timeline").toHtmlEscaped() + u"</h4><table>"_s;
    for (auto it = data.events.crbegin(); it != data.events.crend(); ++it) {
        const core::ReportEvent &event = *it;
        // In words, never the event's identifier: an action, one of the server's own events with
        // the clock it is about, or else "another event".
        const auto action = core::actionFromName(event.action);
        QString label;
        if (action) {
            label = coreText(core::actionLabel(*action));
        } else if (const char *system = core::systemEventLabel(event.action)) {
            label = coreText(system);
            if (const auto step = core::clockStepFromName(event.payload.value(u"step"_s).toString())) {
                label += u": "_s + coreText(core::clockStepLabel(*step));
            }
        } else {
            label = tr("Another event");
        }
        // Not an internal id: a citizen (whose account is not listed to consoles) by role.
        QString who = data.userNames.value(event.actorId);
        if (who.isEmpty()) {
            who = coreText(core::roleLabel(event.actorRole));
        }
        QString note = event.payload.value(u"note"_s).toString();
        if (note.isEmpty()) {
            note = event.payload.value(u"reason"_s).toString();
        }
        out += u"<tr><td style='padding-right:12px;white-space:nowrap'>"_s + localTime(event.actedAt) +
               u"</td><td style='padding-right:12px'><b>"_s + label.toHtmlEscaped() + u"</b>"_s +
               (note.isEmpty() ? QString() : u"<br><i>"_s + note.toHtmlEscaped() + u"</i>"_s) + u"</td><td>"_s +
               who.toHtmlEscaped() + u"</td></tr>"_s;
    }
    out += u"</table>"_s;

    if (data.messages) {
        out += u"<h4>"_s + tr("Messages sent").toHtmlEscaped() + u"</h4>"_s;
        if (data.messages->isEmpty()) {
            out += u"<p>"_s + tr("None: nobody outside the console has been told about this report.").toHtmlEscaped() +
                   u"</p>"_s;
        } else {
            out += u"<table>"_s;
            for (const MessageView &m : *data.messages) {
                out += u"<tr><td style='padding-right:12px;white-space:nowrap'>"_s + localTime(m.createdAt) +
                       u"</td><td style='padding-right:12px'><b>"_s + channelLabel(m.channel).toHtmlEscaped() +
                       u"</b> · "_s +
                       (m.audience == u"agency"_s ? tr("processing agency") : tr("reporter")).toHtmlEscaped() +
                       u"<br>"_s +
                       (m.recipientName.isEmpty() ? m.recipient : m.recipientName + u" ("_s + m.recipient + u')')
                           .toHtmlEscaped() +
                       u"</td><td>"_s + messageState(m) + u"</td></tr>"_s;
            }
            out += u"</table>"_s;
        }
    }
    return out;
}

QString ReportDetail::channelLabel(const QString &channel)
{
    if (channel == u"sms"_s) {
        return tr("SMS");
    }
    if (channel == u"email"_s) {
        return tr("E-mail");
    }
    if (channel == u"zalo"_s) {
        return tr("Zalo");
    }
    if (channel == u"in_app"_s) {
        return tr("Notice in the app");
    }
    if (channel == u"callback"_s) {
        return tr("Call back");
    }
    return tr("Other channel");
}

QString ReportDetail::messageState(const MessageView &m) const
{
    if (m.state == u"sent"_s) {
        return (m.channel == u"callback"_s ? tr("called back %1") : tr("sent %1")).arg(localTime(m.sentAt));
    }
    if (m.state == u"queued"_s && m.channel == u"callback"_s) {
        QString text = tr("an officer is to call back");
        if (m.attempts > 0) {
            text += u" · "_s + tr("%n call(s) not answered", nullptr, m.attempts);
        }
        return u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s;
    }
    if (m.state == u"queued"_s || m.state == u"sending"_s) {
        QString text = tr("waiting to be sent");
        if (m.attempts > 0) {
            text += u" · "_s + tr("%n attempt(s) so far", nullptr, m.attempts);
        }
        return text.toHtmlEscaped();
    }
    return u"<span style='color:#c62828'><b>"_s + tr("not sent").toHtmlEscaped() + u"</b>: "_s +
           failureReason(m.lastError).toHtmlEscaped() + u"</span>"_s;
}

QString ReportDetail::failureReason(const QString &lastError)
{
    QString why;
    if (lastError == u"channel_not_configured"_s) {
        why = tr("this channel is not set up on the server");
    } else if (lastError.startsWith(u"no_answer"_s)) {
        why = tr("the gateway did not answer");
    } else if (lastError.startsWith(u"rate_limited"_s)) {
        why = tr("the gateway kept asking to wait");
    } else if (lastError.startsWith(u"malformed_answer"_s)) {
        why = tr("the gateway's answer could not be read");
    } else if (lastError.startsWith(u"zalo_error -213"_s)) {
        why = tr("the citizen does not follow the province's Zalo Official Account");
    } else if (lastError.startsWith(u"zalo_renewal_refused"_s)) {
        why = tr("Zalo no longer accepts the server's authorisation: the Official Account's administrator must "
                 "authorise it again");
    } else if (lastError.startsWith(u"zalo_error"_s)) {
        why = tr("Zalo refused it (error %1)").arg(lastError.section(u' ', 1, 1).remove(u':'));
    } else if (lastError.startsWith(u"status "_s)) {
        why = tr("the gateway refused it (HTTP %1)").arg(lastError.mid(7));
    } else {
        why = tr("an error on the server");
    }
    return why;
}

void ReportDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The panel is built before the translator is installed: re-say whatever it shows.
        if (m_data) {
            showReport(*m_data);
        } else {
            m_heading->setText(tr("<i>No report selected.</i>"));
        }
    }
    QWidget::changeEvent(event);
}

} // namespace ioc::ui
