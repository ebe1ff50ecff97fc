#include "reporting/render/documentfont.h"
#include "reporting/render/reportwriter.h"
#include "reporting/render/textreport.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextFrame>

namespace ioc::reporting::render {

WriteResult printPdf(QTextDocument *text, const QString &title, const Wording &words, const QString &path,
                     const Progress &progress)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // Decree 30/2020/NĐ-CP, Phụ lục I: margins of an administrative document.
    writer.setPageMargins(QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("IOC console"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return {false, false, QStringLiteral("%1: cannot write a PDF there").arg(path)};
    }
    const qreal width = writer.width();
    const qreal footer = writer.logicalDpiY() * 0.35; // the page number's line
    const qreal height = writer.height() - footer;
    text->documentLayout()->setPaintDevice(&writer);
    QTextFrameFormat frame = text->rootFrame()->frameFormat();
    frame.setMargin(0);
    text->rootFrame()->setFrameFormat(frame);
    text->setPageSize(QSizeF(width, height));
    const int pages = text->pageCount();
    const QFont footerFont = documentFont(9);
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(5 + 90 * page / std::max(1, pages))) {
            painter.end();
            return {false, true, {}};
        }
        if (page > 0) {
            writer.newPage();
        }
        painter.save();
        painter.translate(0, -page * height);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * height, width, height);
        painter.setClipRect(context.clip);
        text->documentLayout()->draw(&painter, context);
        painter.restore();
        if (pages > 1) {
            painter.setFont(footerFont);
            painter.drawText(
                QRectF(0, height, width, footer), Qt::AlignHCenter | Qt::AlignBottom,
                words(QT_TRANSLATE_NOOP("ioc::reporting::render", "Page %1 of %2")).arg(page + 1).arg(pages));
        }
    }
    if (!painter.end()) {
        return {false, false, QStringLiteral("%1: the PDF could not be finished").arg(path)};
    }
    return {true, false, {}};
}

WriteResult writePdf(const ReportDocument &document, const Wording &words, const QString &path,
                     const Progress &progress)
{
    // The charts are sized for the printable width of A4 at 300 dpi (less the margins).
    const qreal width = (210.0 - 30 - 15) / 25.4 * 300;
    auto text = textReport(document, words, ChartMode::Vector, width);
    return printPdf(text.get(),
                    words(QT_TRANSLATE_NOOP("ioc::reporting::render", "Report on field reports, %1"))
                        .arg(document.period.window.label),
                    words, path, progress);
}

} // namespace ioc::reporting::render
