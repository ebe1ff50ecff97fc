#include "core/vntime.h"
#include "reporting/render/reportwriter.h"

#include <QFile>

#include <xlsxwriter.h>

namespace ioc::reporting::render {

namespace {

// One workbook written row by row (libxlsxwriter's constant-memory mode keeps one row in memory).
class Workbook
{
public:
    explicit Workbook(const QString &path)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.use_zip64 = LXW_TRUE; // a province's year of reports exceeds 4 GB uncompressed
        m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        if (m_book != nullptr) {
            m_header = workbook_add_format(m_book);
            format_set_bold(m_header);
            format_set_bg_color(m_header, 0xE6E6E6);
            format_set_border(m_header, LXW_BORDER_THIN);
            format_set_text_wrap(m_header);
            m_date = workbook_add_format(m_book);
            format_set_num_format(m_date, "dd/mm/yyyy hh:mm");
            m_percent = workbook_add_format(m_book);
            format_set_num_format(m_percent, "0.0");
        }
    }
    ~Workbook()
    {
        if (m_book != nullptr) {
            workbook_close(m_book);
        }
    }
    Q_DISABLE_COPY_MOVE(Workbook)

    bool isOpen() const { return m_book != nullptr; }
    lxw_worksheet *sheet(const QString &name, const QStringList &header, const QList<double> &widths)
    {
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.left(31).toUtf8().constData());
        for (qsizetype i = 0; i < header.size(); ++i) {
            worksheet_set_column(sheet, lxw_col_t(i), lxw_col_t(i), widths.value(i, 14), nullptr);
            text(sheet, 0, int(i), header.at(i), m_header);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        return sheet;
    }
    static void text(lxw_worksheet *sheet, lxw_row_t row, int col, const QString &value, lxw_format *format = nullptr)
    {
        if (!value.isEmpty()) {
            worksheet_write_string(sheet, row, lxw_col_t(col), value.toUtf8().constData(), format);
        }
    }
    static void number(lxw_worksheet *sheet, lxw_row_t row, int col, double value, lxw_format *format = nullptr)
    {
        worksheet_write_number(sheet, row, lxw_col_t(col), value, format);
    }
    // A date cell in Vietnam time (a spreadsheet has no time zones).
    void time(lxw_worksheet *sheet, lxw_row_t row, int col, Ms instant)
    {
        if (instant <= 0) {
            return;
        }
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(instant, QTimeZone::utc()).toOffsetFromUtc(7 * 3600);
        lxw_datetime value{local.date().year(), local.date().month(),  local.date().day(),
                           local.time().hour(), local.time().minute(), double(local.time().second())};
        worksheet_write_datetime(sheet, row, lxw_col_t(col), &value, m_date);
    }
    lxw_format *percentFormat() const { return m_percent; }
    QString close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        return error == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(error));
    }

private:
    lxw_workbook *m_book = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_percent = nullptr;
};

} // namespace

WriteResult writeXlsx(const ReportDocument &d, const Wording &w, const QString &path, const Progress &progress)
{
    Workbook book(path);
    if (!book.isOpen()) {
        return {false, false, QStringLiteral("%1: cannot create the workbook").arg(path)};
    }
    // The figures.
    lxw_worksheet *figures = book.sheet(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Figures")),
                                        {w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Section")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Figure")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Window")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Numerator")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Denominator")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Percent")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Note"))},
                                        {16, 48, 26, 12, 12, 10, 18});
    lxw_row_t row = 1;
    for (const FigureRow &figure : figureRows(d, w)) {
        Workbook::text(figures, row, 0, figure.section);
        Workbook::text(figures, row, 1, figure.figure);
        Workbook::text(figures, row, 2, figure.window);
        if (figure.numerator) {
            Workbook::number(figures, row, 3, double(*figure.numerator));
        }
        if (figure.denominator) {
            Workbook::number(figures, row, 4, double(*figure.denominator));
        }
        if (figure.percent) {
            Workbook::number(figures, row, 5, *figure.percent, book.percentFormat());
        }
        Workbook::text(figures, row, 6, figure.note);
        ++row;
    }

    // The evaluation of the agencies (Điều 14), numerators and denominators as numbers.
    lxw_worksheet *evaluation =
        book.sheet(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Evaluation")),
                   {w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Agency")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Distributed")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Processed on time")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Processed late")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Open and overdue")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Commitments missed")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Satisfied")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Acceptable")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Not satisfied")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Legitimate interactions")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Interactions unanswered")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reminder letters")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Missed calls")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Returns")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Late returns")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Handled")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Repeated")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Flags")),
                    w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Eligible for \"Excellent\""))},
                   {34});
    row = 1;
    for (const AgencyEvaluation &agency : d.evaluation.agencies) {
        Workbook::text(evaluation, row, 0, d.names.agency(agency.agencyId));
        const QList<int> numbers{
            agency.distributed.value(),     agency.processedOnTime.value(),   agency.processedLate.value(),
            agency.openOverdue.value(),     agency.commitmentsMissed.value(), agency.satisfied.value(),
            agency.acceptable.value(),      agency.notSatisfied.value(),      agency.unanswered.denominator,
            agency.unanswered.numerator,    agency.reminderLetters,           agency.missedCalls,
            agency.lateReturns.denominator, agency.lateReturns.numerator,     agency.repeats.denominator,
            agency.repeats.numerator};
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            Workbook::number(evaluation, row, int(i) + 1, numbers.at(i));
        }
        Workbook::text(evaluation, row, 17, agency.flagCodes());
        Workbook::text(evaluation, row, 18,
                       agency.excellentEligible() ? w(QT_TRANSLATE_NOOP("ioc::reporting::render", "yes"))
                                                  : w(QT_TRANSLATE_NOOP("ioc::reporting::render", "no")));
        ++row;
    }
    if (progress && !progress(10)) {
        return {false, true, {}};
    }

    // Overdue now.
    lxw_worksheet *overdue = book.sheet(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Overdue")),
                                        {w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Code")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Title")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Step")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Whose turn")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Due")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Hours overdue"))},
                                        {18, 50, 24, 30, 17, 12});
    row = 1;
    for (const OverdueClock &clock : d.now.overdueClocks) {
        const ReportFacts *report = d.report(clock.reportId);
        Workbook::text(overdue, row, 0, report != nullptr ? report->code : clock.reportId);
        Workbook::text(overdue, row, 1, report != nullptr ? report->title : QString());
        Workbook::text(overdue, row, 2, w.step(clock.step));
        Workbook::text(overdue, row, 3, d.names.agency(clock.agencyId));
        book.time(overdue, row, 4, clock.dueAt);
        Workbook::number(overdue, row, 5, double(d.now.now - clock.dueAt) / 3600000.0, book.percentFormat());
        ++row;
    }

    // Every report received in the period.
    lxw_worksheet *reports = book.sheet(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "List of reports")),
                                        {w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Code")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Title")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Received")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Channel")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Category")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Area")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "State")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Lead agency")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Published")),
                                         w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Rating"))},
                                        {18, 50, 17, 16, 24, 20, 18, 30, 17, 16});
    row = 1;
    const size_t total = d.received.size();
    for (size_t i = 0; i < total; ++i) {
        const ReportFacts &report = *d.received[i];
        Workbook::text(reports, row, 0, report.code);
        Workbook::text(reports, row, 1, report.title);
        book.time(reports, row, 2, report.receivedAt);
        Workbook::text(reports, row, 3, w.channel(report.channel));
        Workbook::text(reports, row, 4, d.names.category(report.categoryId));
        Workbook::text(reports, row, 5, d.names.area(report.areaId));
        Workbook::text(reports, row, 6, w.state(report.state));
        Workbook::text(reports, row, 7,
                       report.leadAgencyId.isEmpty() ? QString() : d.names.agency(report.leadAgencyId));
        book.time(reports, row, 8, report.publishedAt);
        Workbook::text(reports, row, 9, report.rating ? w.satisfaction(*report.rating) : QString());
        ++row;
        if (i % 20000 == 0 && progress && !progress(10 + int(85 * i / std::max<size_t>(1, total)))) {
            return {false, true, {}};
        }
    }
    if (const QString error = book.close(); !error.isEmpty()) {
        return {false, false, QStringLiteral("%1: %2").arg(path, error)};
    }
    return {true, false, {}};
}

} // namespace ioc::reporting::render
