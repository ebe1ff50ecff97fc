#pragma once

#include "core/directory.h"
#include "core/slapolicy.h"
#include "core/workingcalendar.h"
#include "reporting/dataset.h"
#include "reporting/figures.h"
#include "supervisionrecordscontroller.h"
#include "ui/dashboard/dashboardwindow.h"
#include "ui/dialogs/periodicreportdialog.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace ioc::session {
class ConsoleSession;
}
namespace ioc::ui {
class MainWindow;
}

namespace ioc {

// Supervision (PRODUCT.md §11): the dashboard and the periodic reports, computed from the replica
// (offline too). The data set is read once when first needed, then kept up to date from the
// sync batches; the figures are recomputed from it at most every few hundred milliseconds while
// the dashboard is open. A drill-down opens the queue on exactly the reports behind a figure.
class SupervisionController final : public QObject
{
    Q_OBJECT

public:
    struct Rules
    {
        core::SlaPolicy policy;
        core::WorkingCalendar calendar;
        core::Directory directory;
    };
    using RulesFunction = std::function<Rules()>;

    SupervisionController(ui::MainWindow *window, session::ConsoleSession &session, RulesFunction rules,
                          QObject *parent = nullptr);
    ~SupervisionController() override;

    // After sign-in: who may see what (an agency leader: their agency only).
    void startSession();
    void openDashboard();
    void openReportDialog();
    void onReportsChanged(const QStringList &ids);
    // Letters and assessments came with sync (the feed's reference kinds).
    void onRecordsChanged();
    // A reminder letter (Điều 14.3.a) about a report to its lead agency.
    void openLetterDialogForReport(const QString &reportId) { m_records.openLetterDialogForReport(reportId); }
    void reload();
    // Lock and sign-out: nothing of the figures stays on screen or in memory.
    void hide();
    void reset();

    ui::DashboardWindow *dashboard() const { return m_dashboard; }
    ui::PeriodicReportDialog *reportDialog() const { return m_dialog; }
    ui::LetterDialog *letterDialog() const { return m_records.letterDialog(); }
    ui::AssessmentDialog *assessmentDialog() const { return m_records.assessmentDialog(); }
    // How long the last recomputation of the figures took (ms), for the benchmarks and logs.
    qint64 lastComputeMs() const { return m_lastComputeMs; }
    // Where "Save as PDF" writes without asking (tests).
    void setLetterPath(const QString &path) { m_records.setLetterPath(path); }

signals:
    // The figures on screen were recomputed (tests wait for it).
    void figuresUpdated();
    void reportWritten(const QString &path);
    void letterIssued(const QJsonObject &letter);
    void letterSaved(const QString &path);

private:
    bool ensureLoaded();
    void recompute();
    void drillDown(const QSet<QString> &ids, const QString &label);
    void shadeMap();
    void generate(const ui::PeriodicReportDialog::Request &request);
    reporting::Options options() const;
    std::optional<reporting::Period> periodOf(const ui::PeriodicReportDialog::Request &request, QString *error) const;

    ui::MainWindow *m_window;
    session::ConsoleSession &m_session;
    RulesFunction m_rules;
    QPointer<ui::DashboardWindow> m_dashboard; // before m_records, whose parent function reads it
    SupervisionRecordsController m_records;
    QPointer<ui::PeriodicReportDialog> m_dialog;
    // The overdue reports of each area while the map is coloured by them (an area's click opens them).
    QHash<QString, QStringList> m_areaOverdue;
    std::optional<reporting::LiveDataset> m_data;
    QString m_lockedAgency;
    static constexpr int minimumRefreshMs = 300; // sync batches within it are shown together
    QTimer m_recompute;
    qint64 m_lastComputeMs = 0;
};

} // namespace ioc
