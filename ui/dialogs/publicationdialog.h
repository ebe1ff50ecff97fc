#pragma once

#include "core/directory.h"
#include "core/publication.h"
#include "core/report.h"
#include "core/workflow.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace ioc::ui {

class ClockHeader;

// The IOC's last look before a result is published (Điều 12, 17.2; Phụ lục 1, 2 step 5): the
// quality gate — template parts, result photos, no reporter identity in the public text,
// confidentiality and state secrets — one row per item; the reply addressed to the reporter
// (editable), the public version exactly as others will read it (addressee masked), the result
// photos, and the public timeline as the citizen will see it. Publish (Ctrl+Enter) only when the
// gate passes; otherwise ask for a template fix (30 min, Ctrl+M) or return the result (60 min,
// Ctrl+R) with the failing items as the note; ask the coordinator's agreement first when Điều 16
// applies (Ctrl+G); step back for the agency to change an approved result (Ctrl+B).
class PublicationDialog final : public QDialog
{
    Q_OBJECT

public:
    // The clock the dialog answers to, live (issue 27 §2); ConsoleController makes it follow the report.
    ClockHeader *clockHeader() const { return m_clockHeader; }
    // `report` carries the reporter's identity (from the workstation's identity store) so that its
    // traces are found; it is shown only masked.
    PublicationDialog(const core::Report &report, const core::Directory &directory,
                      const QList<core::ReportEvent> &events, const QList<core::Action> &available,
                      const QDateTime &now, QWidget *parent = nullptr);

    static QList<core::Action> handledActions();

    QString reportId() const { return m_report.id; }
    // After accepted(): the decision and its payload.
    core::Action action() const { return m_action; }
    QJsonObject payload() const { return m_payload; }

    const core::publication::Gate &gate() const { return m_gate; }
    QString publicText() const;
    // The public timeline as text, one step per line (tests, accessibility).
    QString timelineText() const;
    void setThumbnail(const QString &sha256, const QImage &thumbnail, const QString &error);
    // Starts loading the result photos' thumbnails (photoNeeded for each).
    void loadPhotos();
    // The decision could not be queued (the controller says why): the dialog stays, nothing lost.
    void showProblem(const QString &text);

signals:
    void photoNeeded(const QString &sha256);
    // A decision was taken: the controller queues action() with payload(), then closes the dialog.
    void decided();

private:
    ClockHeader *m_clockHeader = nullptr;
    void recheck();
    void decide(core::Action action);
    void fillTimeline(const QList<core::ReportEvent> &events, const QDateTime &now);

    core::Report m_report;
    core::Directory m_directory;
    QList<core::Action> m_available;
    core::publication::Gate m_gate;
    core::Action m_action = core::Action::Publish;
    QJsonObject m_payload;
    QLabel *m_heading = nullptr;
    QTextBrowser *m_checks = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QTextBrowser *m_public = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QLabel *m_audience = nullptr;
    QListWidget *m_photos = nullptr;
    QCheckBox *m_confidential = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_templateFix = nullptr;
    QPushButton *m_resultFix = nullptr;
    QPushButton *m_agreement = nullptr;
    QPushButton *m_stepBack = nullptr;
};

} // namespace ioc::ui
