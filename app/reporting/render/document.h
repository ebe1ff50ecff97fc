#pragma once

#include "core/directory.h"
#include "core/workingcalendar.h"
#include "reporting/evaluation.h"
#include "reporting/figures.h"
#include "reporting/period.h"

#include <QHash>
#include <QString>

namespace ioc::reporting::render {

// Who issues the report and where: the administrative header of the cover.
struct Letterhead
{
    QString parent = QStringLiteral("UBND TỈNH QUẢNG TRỊ");
    QString issuer = QStringLiteral("TRUNG TÂM GIÁM SÁT ĐIỀU HÀNH THÔNG MINH");
    QString place = QStringLiteral("Quảng Trị");
    QString signatoryTitle = QStringLiteral("GIÁM ĐỐC");
    QString signatory;
};

// Names for the ids in the figures (the directory's agencies, categories and areas).
struct Names
{
    QHash<QString, QString> agencies;
    QHash<QString, QString> categories;
    QHash<QString, QString> areas;

    QString agency(const QString &id) const;
    QString category(const QString &id) const;
    QString area(const QString &id) const;
};

// The names of the directory's agencies, categories and areas.
Names namesOf(const core::Directory &directory);
// (id, name) pairs in Vietnamese alphabetical order of the names, for choices.
QList<std::pair<QString, QString>> sortedByName(const QHash<QString, QString> &names);

// Everything a periodic report shows, computed once from the data set; the writers only lay it
// out. The data set must outlive the document (its reports are listed by pointer).
struct ReportDocument
{
    Period period;
    Ms generatedAt = 0;
    Letterhead letterhead;
    Names names;
    Options options;
    TrendFigures trend;
    NowFigures now; // as of generation: the overdue list
    Evaluation evaluation;
    // The reports received in the window, in order of receipt (the XLSX's list of reports).
    std::vector<const ReportFacts *> received;
    // Outstanding and stuck (18.2.f): open reports received before the window's end.
    std::vector<const ReportFacts *> outstanding;
    QHash<QString, const ReportFacts *> byId;

    const ReportFacts *report(const QString &id) const { return byId.value(id); }
};

ReportDocument compose(const Dataset &data, const Period &period, Ms now, const core::WorkingCalendar &calendar,
                       const Options &options, const Names &names, const Letterhead &letterhead = {});

} // namespace ioc::reporting::render
