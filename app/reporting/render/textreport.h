#pragma once

#include "reporting/render/document.h"
#include "reporting/render/wording.h"

#include <QTextDocument>

#include <memory>

namespace ioc::reporting::render {

// How charts go into the text: drawn by Qt Charts into whatever paints the page (vectors in a
// PDF), or as pictures (an ODT package, a preview).
enum class ChartMode
{
    Vector,
    Image,
};

// The periodic report as a rich-text document: the cover in the administrative style, then the
// sections of Điều 18.2.f with their tables (header rows repeat across pages) and charts.
// Text is NFC. `pageWidth` is the printable width in the document's units (for chart sizes).
std::unique_ptr<QTextDocument> textReport(const ReportDocument &document, const Wording &words, ChartMode mode,
                                          qreal pageWidth);

} // namespace ioc::reporting::render
