#pragma once

#include "reporting/evaluation.h"
#include "reporting/render/document.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ioc::reporting::render {
class Wording;
}

namespace ioc::ui {

class FigureTable;

// The dashboard's Điều 14 evaluation of the agencies: one row per agency, each cell with its
// numerator/denominator opening the reports behind it, the flags marked, the verdict, and the
// IOC's reminder letter and the supervisor's assessment of the selected agency.
class EvaluationPage final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationPage(QWidget *parent = nullptr);

    // `overdueNow` (the agencies' overdue reports now) gives a letter its reports when the agency
    // had no overrun in the window.
    void setEvaluation(const reporting::Evaluation &evaluation, const reporting::render::Names &names,
                       const QHash<QString, reporting::Count> &overdueNow, const reporting::render::Wording &words);
    // Reminder letters are the IOC's (duty officers and supervisors).
    void setLettersAvailable(bool available);
    // Assessments of cooperation are the supervisors'.
    void setAssessmentsAvailable(bool available);
    // The texts that do not depend on the figures.
    void retranslate();

signals:
    void drillDown(const QSet<QString> &ids, const QString &label);
    // A reminder letter to this agency about these reports (its overruns, else its overdue ones).
    void letterRequested(const QString &agencyId, const QSet<QString> &reportIds);
    // A supervisor's assessment of this agency's cooperation (14.2.c).
    void assessmentRequested(const QString &agencyId);

private:
    const reporting::AgencyEvaluation *selectedAgency() const;

    reporting::Evaluation m_evaluation;
    QHash<QString, reporting::Count> m_overdueNow;
    QLabel *m_note = nullptr;
    FigureTable *m_table = nullptr;
    QPushButton *m_letter = nullptr;
    QPushButton *m_assess = nullptr;
};

} // namespace ioc::ui
