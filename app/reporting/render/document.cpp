#include "reporting/render/document.h"

#include <algorithm>

namespace ioc::reporting::render {

QString Names::agency(const QString &id) const
{
    return id.isEmpty() ? QStringLiteral("IOC") : agencies.value(id, id);
}

QString Names::category(const QString &id) const
{
    return categories.value(id, id);
}

QString Names::area(const QString &id) const
{
    return areas.value(id, id);
}

Names namesOf(const core::Directory &directory)
{
    Names names;
    for (const core::Agency &agency : directory.agencies()) {
        names.agencies.insert(agency.id, agency.name);
    }
    for (const core::Category &category : directory.categories()) {
        names.categories.insert(category.id, category.name);
    }
    for (const core::Area &area : directory.areas()) {
        names.areas.insert(area.id, area.name);
    }
    return names;
}

QList<std::pair<QString, QString>> sortedByName(const QHash<QString, QString> &names)
{
    QList<std::pair<QString, QString>> choices;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        choices.append({it.key(), it.value()});
    }
    std::sort(choices.begin(), choices.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    return choices;
}

ReportDocument compose(const Dataset &data, const Period &period, Ms now, const core::WorkingCalendar &calendar,
                       const Options &options, const Names &names, const Letterhead &letterhead)
{
    ReportDocument document;
    document.period = period;
    document.generatedAt = now;
    document.letterhead = letterhead;
    document.names = names;
    document.options = options;
    document.trend = trendFigures(data, period.window, now, {}, options);
    document.now = nowFigures(data, now, calendar, {}, options);
    sortOverdueClocks(document.now.overdueClocks);
    document.evaluation = evaluate(data, period.window, now, names.agencies.keys(), options);
    document.byId.reserve(qsizetype(data.reports.size()));
    const QSet<QString> outstanding = toSet(document.trend.outstanding.ids);
    for (const ReportFacts &report : data.reports) {
        document.byId.insert(report.id, &report);
        if (report.receivedAt < options.goLive) {
            continue;
        }
        if (period.window.contains(report.receivedAt)) {
            document.received.push_back(&report);
        }
        if (outstanding.contains(report.id)) {
            document.outstanding.push_back(&report);
        }
    }
    const auto byReceipt = [](const ReportFacts *a, const ReportFacts *b) {
        return a->receivedAt != b->receivedAt ? a->receivedAt < b->receivedAt : a->id < b->id;
    };
    std::sort(document.received.begin(), document.received.end(), byReceipt);
    std::sort(document.outstanding.begin(), document.outstanding.end(), byReceipt);
    return document;
}

} // namespace ioc::reporting::render
