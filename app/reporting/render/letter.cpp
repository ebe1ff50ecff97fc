#include "reporting/render/letter.h"

#include "core/vntime.h"
#include "reporting/render/documentfont.h"
#include "reporting/render/wording.h"

namespace ioc::reporting::render {

std::unique_ptr<QTextDocument> letterDocument(const core::ReminderLetter &letter, const QString &agencyName,
                                              const QList<LetterReport> &reports, const Letterhead &head)
{
    const Wording w;
    const auto e = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    const QDate date = core::vntime::localDate(letter.issuedAt);
    const QString dateline =
        w(QT_TRANSLATE_NOOP("ioc::reporting::render", "%1, %2 %3 %4"))
            .arg(head.place,
                 w(QT_TRANSLATE_NOOP("ioc::reporting::render", "day %1")).arg(date.day(), 2, 10, QLatin1Char('0')),
                 w(QT_TRANSLATE_NOOP("ioc::reporting::render", "month %1")).arg(date.month(), 2, 10, QLatin1Char('0')),
                 w(QT_TRANSLATE_NOOP("ioc::reporting::render", "year %1")).arg(date.year()));
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"
                       "<td width=\"45%\" align=\"center\">%1<br/><b>%2</b><br/>———</td>"
                       "<td width=\"55%\" align=\"center\"><b>%3</b><br/><b>%4</b><br/>———</td></tr>"
                       "<tr><td align=\"center\">%5<br/>%6</td><td align=\"center\"><i>%7</i></td></tr></table>")
            .arg(e(head.parent), e(head.issuer),
                 e(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "SOCIALIST REPUBLIC OF VIETNAM"))),
                 e(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Independence - Freedom - Happiness"))),
                 e(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "No.: %1")).arg(letter.number)), e(letter.subject),
                 e(dateline));
    html += QStringLiteral("<p>&nbsp;</p><p align=\"center\"><b>%1</b></p><p>&nbsp;</p>")
                .arg(e(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "To: %1")).arg(agencyName)));
    for (const QString &paragraph : letter.body.split(u'\n', Qt::SkipEmptyParts)) {
        html += QStringLiteral("<p style=\"text-indent: 24px\">%1</p>").arg(e(paragraph.trimmed()));
    }
    if (!reports.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>")
                    .arg(e(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "The field reports concerned:"))));
        for (const LetterReport &report : reports) {
            html += QStringLiteral("<li>%1 — %2</li>").arg(e(report.code), e(report.title));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td width=\"50%\"><i>%1</i></td>"
                           "<td width=\"50%\" align=\"center\"><b>%2</b><br/><i>%3</i><br/><br/><br/><br/><b>%4</b>"
                           "</td></tr></table>")
                .arg(e(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "Recipients: as above; filed."))),
                     e(letter.signatoryTitle.isEmpty() ? head.signatoryTitle : letter.signatoryTitle),
                     e(w(QT_TRANSLATE_NOOP("ioc::reporting::render", "(signed)"))), e(letter.signatory));
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(documentFont(13)); // Decree 30/2020: body text 13-14 pt
    document->setHtml(html.normalized(QString::NormalizationForm_C));
    return document;
}

WriteResult writeLetterPdf(const core::ReminderLetter &letter, const QString &agencyName,
                           const QList<LetterReport> &reports, const Letterhead &letterhead, const QString &path)
{
    return writeAtomically(path, [&](const QString &partial) {
        const Wording words;
        auto document = letterDocument(letter, agencyName, reports, letterhead);
        return printPdf(document.get(),
                        words(QT_TRANSLATE_NOOP("ioc::reporting::render", "Reminder letter %1")).arg(letter.number),
                        words, partial);
    });
}

} // namespace ioc::reporting::render
