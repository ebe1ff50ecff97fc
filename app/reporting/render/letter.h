#pragma once

#include "core/supervisionrecords.h"
#include "reporting/render/document.h"
#include "reporting/render/reportwriter.h"

#include <QTextDocument>

#include <memory>

namespace ioc::reporting::render {

// A report a letter is about, as the letter lists it.
struct LetterReport
{
    QString code;
    QString title;
};

// A reminder letter (văn bản nhắc nhở, Điều 14.3.a) on the administrative template: the national
// motto header, number, place and date, subject, addressee, body, the reports concerned and the
// signature block. Always in Vietnamese.
std::unique_ptr<QTextDocument> letterDocument(const core::ReminderLetter &letter, const QString &agencyName,
                                              const QList<LetterReport> &reports, const Letterhead &letterhead);
WriteResult writeLetterPdf(const core::ReminderLetter &letter, const QString &agencyName,
                           const QList<LetterReport> &reports, const Letterhead &letterhead, const QString &path);

} // namespace ioc::reporting::render
