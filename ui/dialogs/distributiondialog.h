#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "core/workflow.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ioc::ui {

class ClockHeader;

// The distribution of a verified report (Điều 10; PRODUCT.md §4): the area proposed from the GPS
// point and the lead agency from the responsibility rules, each with its reason; the officer
// confirms or changes them, adds coordinating agencies, sees the upper-level agencies informed
// (10.3), the lead's designated leader and contact person with their phones (21.1), and the
// clocks the distribution will start with their due times. With no competent agency known the
// dialog offers the coordination of Điều 16 instead.
class DistributionDialog final : public QDialog
{
    Q_OBJECT

public:
    // The clock the dialog answers to, live (issue 27 §2); ConsoleController makes it follow the report.
    ClockHeader *clockHeader() const { return m_clockHeader; }
    // The clocks a distribution with this payload would start (computed by the caller with the
    // workflow and the SLA policy); empty when it would be refused, with the reason.
    using ClockPreview = std::function<QList<core::ReportClock>(const QJsonObject &payload, QString *problem)>;

    DistributionDialog(const core::Report &report, const core::Directory &directory, ClockPreview preview,
                       QWidget *parent = nullptr);

    // After exec(): `distribute`, `start_coordination`, or `add_note` recording the invitation of
    // a new unit (Điều 10.4), and its payload.
    core::Action action() const { return m_action; }
    QJsonObject payload() const;

private:
    ClockHeader *m_clockHeader = nullptr;
    void areaChanged();
    void leadChanged();
    void updatePreview();
    void askInvitation();

    core::Report m_report;
    core::Directory m_directory;
    ClockPreview m_preview;
    core::Action m_action = core::Action::Distribute;
    bool m_leadChosenByHand = false;
    QString m_invitation;
    QComboBox *m_area = nullptr;
    QLabel *m_areaReason = nullptr;
    QComboBox *m_lead = nullptr;
    QLabel *m_leadReason = nullptr;
    QLabel *m_upper = nullptr;
    QLabel *m_contacts = nullptr;
    QListWidget *m_coordinating = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_clocks = nullptr;
    QComboBox *m_coordinator = nullptr;
    QPushButton *m_distribute = nullptr;
    QPushButton *m_coordinate = nullptr;
};

} // namespace ioc::ui
