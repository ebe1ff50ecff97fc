#pragma once

#include "reporting/render/document.h"
#include "reporting/render/wording.h"

#include <QString>
#include <QTextDocument>

#include <functional>
#include <optional>

namespace ioc::reporting::render {

enum class Format
{
    Pdf,
    Xlsx,
    Odt,
    Csv,
};
QString formatName(Format format);
std::optional<Format> formatFromName(QStringView name);

// Called as the work advances (0-100); returning false cancels it.
using Progress = std::function<bool(int percent)>;

struct WriteResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // what went wrong, with the file
};

struct WriteOptions
{
    bool csvByteOrderMark = false; // for Excel, which reads CSV without one as ANSI
};

// Writes the report. The file appears whole or not at all: written beside it under a temporary
// name, renamed at the end; a cancelled or failed write leaves nothing behind.
// PDF: A4, vector charts, Noto Serif embedded, table headers repeated across pages.
// XLSX: one sheet per table, real number and date cells, frozen header rows, constant memory.
// ODT: the same document as the PDF, charts as pictures.
// CSV: the figures table, or for an evaluation period the evaluation table (Điều 14 columns).
WriteResult writeReport(const ReportDocument &document, Format format, const QString &path,
                        const Progress &progress = {}, const WriteOptions &options = {});

// Writes `path` through `write`, which writes the file it is given (beside `path`, under a
// temporary name); the result replaces `path` only if it succeeded.
WriteResult writeAtomically(const QString &path, const std::function<WriteResult(const QString &partial)> &write);

// One row of the figures table (the CSV, the XLSX's first sheet).
struct FigureRow
{
    QString section;
    QString figure;
    QString window;
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    std::optional<double> percent;
    QString note; // "quá ít", …
};
QList<FigureRow> figureRows(const ReportDocument &document, const Wording &words);

// A rich-text document as an A4 PDF in the administrative layout (margins of Decree 30/2020,
// page numbers when it runs over a page); vector wherever the document draws vectors.
WriteResult printPdf(QTextDocument *text, const QString &title, const Wording &words, const QString &path,
                     const Progress &progress = {});

// The writers behind writeReport(); `path` is the temporary file.
WriteResult writePdf(const ReportDocument &document, const Wording &words, const QString &path,
                     const Progress &progress);
WriteResult writeXlsx(const ReportDocument &document, const Wording &words, const QString &path,
                      const Progress &progress);

} // namespace ioc::reporting::render
