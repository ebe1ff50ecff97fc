#include "reporting/render/reportwriter.h"

#include "reporting/render/textreport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextDocumentWriter>

#include <filesystem>

namespace ioc::reporting::render {

namespace {

struct FormatEntry
{
    Format format;
    const char *name;
};
constexpr FormatEntry formatEntries[] = {
    {Format::Pdf, "pdf"},
    {Format::Xlsx, "xlsx"},
    {Format::Odt, "odt"},
    {Format::Csv, "csv"},
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')) {
        return text;
    }
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

WriteResult writeCsv(const ReportDocument &document, const Wording &words, const QString &path, bool byteOrderMark)
{
    QByteArray bytes;
    if (document.period.kind == PeriodKind::Evaluation) {
        bytes = evaluationCsv(document.evaluation, document.names.agencies, byteOrderMark);
    } else {
        QString csv = QStringLiteral("section,figure,window,numerator,denominator,percent,note\r\n");
        for (const FigureRow &row : figureRows(document, words)) {
            csv += QStringList{csvField(row.section),
                               csvField(row.figure),
                               csvField(row.window),
                               row.numerator ? QString::number(*row.numerator) : QString(),
                               row.denominator ? QString::number(*row.denominator) : QString(),
                               row.percent ? QString::number(*row.percent, 'f', 1) : QString(),
                               csvField(row.note)}
                       .join(u',') +
                   QStringLiteral("\r\n");
        }
        bytes = (byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + csv.toUtf8();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        return {false, false, QStringLiteral("%1: %2").arg(path, file.errorString())};
    }
    return {true, false, {}};
}

WriteResult writeOdt(const ReportDocument &document, const Wording &words, const QString &path,
                     const Progress &progress)
{
    // A4 less the margins, in the document's units (points at 72 dpi: what the ODF writer uses).
    const auto text = textReport(document, words, ChartMode::Image, 450);
    if (progress && !progress(60)) {
        return {false, true, {}};
    }
    QTextDocumentWriter writer(path, "odf");
    if (!writer.write(text.get())) {
        return {false, false,
                QStringLiteral("%1: %2").arg(path, writer.device() != nullptr ? writer.device()->errorString()
                                                                              : QStringLiteral("cannot write"))};
    }
    return {true, false, {}};
}

} // namespace

QString formatName(Format format)
{
    return QString::fromLatin1(formatEntries[int(format)].name);
}

std::optional<Format> formatFromName(QStringView name)
{
    for (const FormatEntry &entry : formatEntries) {
        if (name == QLatin1String(entry.name)) {
            return entry.format;
        }
    }
    return std::nullopt;
}

QList<FigureRow> figureRows(const ReportDocument &d, const Wording &w)
{
    QList<FigureRow> rows;
    const QString window = d.trend.window.label;
    const QString now = w(QT_TRANSLATE_NOOP("ioc::reporting::render", "at %1")).arg(Wording::dateTime(d.now.now));
    const auto count = [&rows](const QString &section, const QString &figure, const QString &when, const Count &c) {
        rows.append({section, figure, when, c.value(), std::nullopt, std::nullopt, {}});
    };
    const auto share = [&rows, &w](const QString &section, const QString &figure, const QString &when, const Share &s) {
        rows.append(
            {section, figure, when, s.numerator, s.denominator, s.percent(), s.tooFew() ? w.share(s) : QString()});
    };
    const QString intake = w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Receipt"));
    count(intake, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reports received")), window, d.trend.received);
    for (auto it = d.trend.receivedByChannel.cbegin(); it != d.trend.receivedByChannel.cend(); ++it) {
        count(intake, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Channel: %1")).arg(w.channel(it.key())), window,
              *it);
    }
    for (auto it = d.trend.receivedByCategory.cbegin(); it != d.trend.receivedByCategory.cend(); ++it) {
        count(intake, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Category: %1")).arg(d.names.category(it.key())),
              window, *it);
    }
    for (auto it = d.trend.receivedByArea.cbegin(); it != d.trend.receivedByArea.cend(); ++it) {
        count(intake, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Area: %1")).arg(d.names.area(it.key())), window,
              *it);
    }
    const QString results = w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Results"));
    count(results, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Results published")), window, d.trend.published);
    count(results, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Rejected (received in the period)")), window,
          d.trend.rejected);
    count(results, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Declined by the agency")), window, d.trend.declined);
    count(results, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Cancelled at the citizen's request")), window,
          d.trend.cancelled);
    const QString limits = w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Time limits"));
    for (const Stage stage : allStages()) {
        share(limits, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "On time: %1")).arg(w.stage(stage)), window,
              d.trend.onTime.value(stage));
    }
    const QString ratings = w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Satisfaction"));
    for (const core::Satisfaction level :
         {core::Satisfaction::Satisfied, core::Satisfaction::Acceptable, core::Satisfaction::NotSatisfied}) {
        count(ratings, w.satisfaction(level), window, d.trend.satisfaction.value(level));
    }
    const QString current = w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Now"));
    count(current, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Open reports")), now, d.now.open);
    count(current, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Overdue now")), now, d.now.overdue);
    count(current, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Due within 1 hour")), now, d.now.dueWithinHour);
    count(current, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Due within 1 working day")), now,
          d.now.dueWithinWorkingDay);
    count(current, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Urgent and open")), now, d.now.urgentOpen);
    count(current, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Hidden and open (14.1.c)")), now, d.now.hiddenOpen);
    count(current,
          w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Outstanding (received before the end of the period, open)")),
          now, d.trend.outstanding);
    count(current, w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Stuck (outstanding, a step overdue)")), now,
          d.trend.stuck);
    return rows;
}

WriteResult writeAtomically(const QString &path, const std::function<WriteResult(const QString &partial)> &write)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        return {false, false, QStringLiteral("%1: the folder does not exist").arg(target.absolutePath())};
    }
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    const WriteResult result = write(partial);
    if (!result.ok) {
        QFile::remove(partial);
        return result;
    }
    // Replaces an earlier file in one step (POSIX rename; MoveFileEx on Windows).
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), renameError);
    if (renameError) {
        QFile::remove(partial);
        return {false, false,
                QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(renameError.message().c_str()))};
    }
    return result;
}

WriteResult writeReport(const ReportDocument &document, Format format, const QString &path, const Progress &progress,
                        const WriteOptions &options)
{
    return writeAtomically(path, [&](const QString &partial) {
        const Wording words;
        WriteResult result;
        switch (format) {
        case Format::Pdf:
            result = writePdf(document, words, partial, progress);
            break;
        case Format::Xlsx:
            result = writeXlsx(document, words, partial, progress);
            break;
        case Format::Odt:
            result = writeOdt(document, words, partial, progress);
            break;
        case Format::Csv:
            result = writeCsv(document, words, partial, options.csvByteOrderMark);
            break;
        }
        if (result.ok && progress && !progress(100)) {
            result = {false, true, {}};
        }
        return result;
    });
}

} // namespace ioc::reporting::render
