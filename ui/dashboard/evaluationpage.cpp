#include "ui/dashboard/evaluationpage.h"

#include "reporting/render/wording.h"
#include "ui/dashboard/figuretable.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace ioc::ui {

using reporting::render::Wording;

EvaluationPage::EvaluationPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"dashboardEvaluationPage"_s);
    m_note = new QLabel(this);
    m_note->setObjectName(u"evaluationNote"_s);
    m_note->setWordWrap(true);
    m_table = new FigureTable(u"tableEvaluation"_s, this);
    m_letter = new QPushButton(this);
    m_letter->setObjectName(u"dashboardLetter"_s);
    m_letter->setEnabled(false);
    m_assess = new QPushButton(this);
    m_assess->setObjectName(u"dashboardAssess"_s);
    m_assess->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_assess);
    buttons->addWidget(m_letter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_table, &FigureTable::drillDown, this, &EvaluationPage::drillDown);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const bool agency = selectedAgency() != nullptr;
        m_letter->setEnabled(agency);
        m_assess->setEnabled(agency);
    });
    connect(m_assess, &QPushButton::clicked, this, [this] {
        if (const reporting::AgencyEvaluation *agency = selectedAgency()) {
            emit assessmentRequested(agency->agencyId);
        }
    });
    connect(m_letter, &QPushButton::clicked, this, [this] {
        const reporting::AgencyEvaluation *agency = selectedAgency();
        if (agency == nullptr) {
            return;
        }
        // The reports behind the agency's overruns (14.2.a) in the window; without any, those
        // where it is late now (a step of its own past due).
        QSet<QString> ids = reporting::toSet(agency->openOverdue.ids);
        ids.unite(reporting::toSet(agency->processedLate.ids));
        ids.unite(reporting::toSet(agency->commitmentsMissed.ids));
        if (ids.isEmpty()) {
            ids = reporting::toSet(m_overdueNow.value(agency->agencyId).ids);
        }
        emit letterRequested(agency->agencyId, ids);
    });
    retranslate();
}

const reporting::AgencyEvaluation *EvaluationPage::selectedAgency() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_evaluation.agencies.size() ? &m_evaluation.agencies.at(row) : nullptr;
}

void EvaluationPage::setLettersAvailable(bool available)
{
    m_letter->setVisible(available);
}

void EvaluationPage::setAssessmentsAvailable(bool available)
{
    m_assess->setVisible(available);
}

void EvaluationPage::setEvaluation(const reporting::Evaluation &evaluation, const reporting::render::Names &names,
                                   const QHash<QString, reporting::Count> &overdueNow, const Wording &words)
{
    m_evaluation = evaluation;
    m_overdueNow = overdueNow;
    m_note->setText(
        tr("Evaluation of the agencies, %1. Điều 14.2 is judged over the window; Điều 14.3 over the ranking year "
           "%2%3. A share over fewer than the minimum sample reads \"too few\" and raises no flag. Press Enter or "
           "double-click a cell to open its reports.")
            .arg(evaluation.window.label, evaluation.rankingYear.label,
                 evaluation.agencies.isEmpty() || evaluation.agencies.constFirst().flagsFinal
                     ? QString()
                     : tr(" (so far: not final before the year ends)")));
    m_table->clearFigures();
    const QStringList headers{tr("Agency"),
                              tr("Distributed"),
                              tr("Processed on time"),
                              tr("Processed late"),
                              tr("Overdue"),
                              tr("Commitments missed (14.2.a)"),
                              tr("Satisfied (14.2.b)"),
                              tr("Satisfied or acceptable (14.3.b)"),
                              tr("Interactions unanswered (14.3.c)"),
                              tr("Reminder letters (14.3.a)"),
                              tr("Missed calls (14.3.d)"),
                              tr("Late returns (14.3.e)"),
                              tr("Repeated (14.3.f)"),
                              tr("Cooperation (14.2.c)"),
                              tr("Verdict")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(evaluation.agencies.size()));
    for (int row = 0; row < evaluation.agencies.size(); ++row) {
        const reporting::AgencyEvaluation &agency = evaluation.agencies.at(row);
        const auto set = [this, row, &agency](int column, const QString &text, const QStringList &ids,
                                              std::optional<reporting::Criterion> criterion = std::nullopt) {
            auto *item = new QTableWidgetItem(text);
            if (criterion && agency.flags.contains(*criterion)) {
                item->setText(u"⚑ "_s + text);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(QColor(0xff, 0xcd, 0xd2));
                item->setForeground(Qt::black);
                item->setToolTip(reporting::criterionCode(*criterion) + u' ' +
                                 QCoreApplication::translate("ioc::reporting", reporting::criterionLabel(*criterion)));
            }
            m_table->setItem(row, column, item);
            m_table->setCellReports(row, column, ids);
        };
        using reporting::Criterion;
        set(0, names.agency(agency.agencyId), {});
        set(1, Wording::number(agency.distributed.value()), agency.distributed.ids);
        set(2, Wording::number(agency.processedOnTime.value()), agency.processedOnTime.ids);
        set(3, Wording::number(agency.processedLate.value()), agency.processedLate.ids, Criterion::Overrun);
        set(4, Wording::number(agency.openOverdue.value()), agency.openOverdue.ids, Criterion::Overrun);
        set(5, Wording::number(agency.commitmentsMissed.value()), agency.commitmentsMissed.ids, Criterion::Overrun);
        set(6, words.share(agency.satisfaction), agency.satisfaction.denominatorIds, Criterion::Satisfaction);
        set(7, words.share(agency.satisfiedOrAccepted), agency.satisfiedOrAccepted.denominatorIds,
            Criterion::SatisfiedOrAccepted);
        set(8, words.share(agency.unanswered), agency.unanswered.numeratorIds, Criterion::Unanswered);
        set(9, Wording::number(agency.reminderLetters), {}, Criterion::Reminders);
        set(10, Wording::number(agency.missedCalls), agency.missedCallReports.ids, Criterion::MissedCalls);
        set(11, words.share(agency.lateReturns), agency.lateReturns.numeratorIds, Criterion::LateReturns);
        set(12, words.share(agency.repeats), agency.repeats.numeratorIds, Criterion::Repeats);
        const char *level = reporting::cooperationLevelLabel(agency.cooperationLevel);
        set(13, level != nullptr ? QCoreApplication::translate("ioc::reporting", level) : QString(), {});
        QStringList barring;
        for (const Criterion criterion : agency.flags) {
            if (reporting::barsExcellence(criterion)) {
                barring.append(reporting::criterionCode(criterion));
            }
        }
        set(14,
            barring.isEmpty() ? tr("eligible for \"Excellent\"")
                              : tr("not eligible for \"Excellent\" (%1)").arg(barring.join(u", "_s)),
            {});
    }
    const bool agency = selectedAgency() != nullptr;
    m_letter->setEnabled(agency);
    m_assess->setEnabled(agency);
}

void EvaluationPage::retranslate()
{
    m_table->setAccessibleName(tr("Evaluation of the agencies"));
    m_letter->setText(tr("Reminder &letter to the selected agency…"));
    m_assess->setText(tr("Assess the selected agency's &cooperation…"));
}

} // namespace ioc::ui
