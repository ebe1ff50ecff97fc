#include "core/distribution.h"

#include "core/geo.h"

#include <QCoreApplication>
#include <QtMath>

#include <limits>

using namespace Qt::StringLiterals;

namespace ioc::core::distribution {

namespace {

// Metres from a point to a segment, on a local flat approximation (good to well under 1 % at
// the scale of a province).
double segmentMetres(double latitude, double longitude, const QPointF &a, const QPointF &b)
{
    const double metresPerDegreeLat = 111'320.0;
    const double metresPerDegreeLon = 111'320.0 * std::cos(qDegreesToRadians(latitude));
    const QPointF p(0, 0);
    const QPointF u((a.x() - longitude) * metresPerDegreeLon, (a.y() - latitude) * metresPerDegreeLat);
    const QPointF v((b.x() - longitude) * metresPerDegreeLon, (b.y() - latitude) * metresPerDegreeLat);
    const QPointF d = v - u;
    const double length2 = d.x() * d.x() + d.y() * d.y();
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - u, d) / length2, 0.0, 1.0) : 0.0;
    const QPointF closest = u + t * d;
    return std::hypot(closest.x(), closest.y());
}

double boundaryMetres(const QJsonObject &geometry, double latitude, double longitude)
{
    double best = std::numeric_limits<double>::max();
    for (const QList<QPointF> &ring : geo::rings(geometry)) {
        for (qsizetype i = 1; i < ring.size(); ++i) {
            best = std::min(best, segmentMetres(latitude, longitude, ring.at(i - 1), ring.at(i)));
        }
    }
    return best;
}

// The area and the areas enclosing it, innermost first.
QStringList withAncestors(const Directory &directory, const QString &areaId)
{
    QStringList chain;
    QString id = areaId;
    while (!id.isEmpty() && !chain.contains(id)) {
        chain.append(id);
        const Area *area = directory.area(id);
        id = area != nullptr ? area->parentId : QString();
    }
    return chain;
}

} // namespace

AreaProposal proposeArea(const Directory &directory, double latitude, double longitude, QDate today)
{
    AreaProposal proposal;
    double smallest = 0;
    const Area *inside = nullptr;
    const Area *nearest = nullptr;
    double nearestMetres = std::numeric_limits<double>::max();
    const QList<Area> areas = directory.areas(); // a copy: the pointers below point into it
    for (const Area &area : areas) {
        if (area.boundary.isEmpty() || !area.isValidOn(today)) {
            continue;
        }
        if (geo::contains(area.boundary, latitude, longitude)) {
            const QGeoRectangle box = geo::bounds(area.boundary);
            const double size = box.width() * box.height();
            if (inside == nullptr || size < smallest) {
                inside = &area;
                smallest = size;
            }
        } else if (!area.parentId.isEmpty()) {
            const double metres = boundaryMetres(area.boundary, latitude, longitude);
            if (metres < nearestMetres) {
                nearestMetres = metres;
                nearest = &area;
            }
        }
    }
    // Inside only the province (between district outlines) counts as outside a district.
    if (inside != nullptr && !inside->parentId.isEmpty()) {
        proposal.areaId = inside->id;
        proposal.reason =
            QCoreApplication::translate("ioc::core::distribution", "The GPS point lies inside %1.").arg(inside->name);
        return proposal;
    }
    if (nearest != nullptr) {
        proposal.areaId = nearest->id;
        proposal.outside = true;
        proposal.distanceMetres = nearestMetres;
        proposal.reason = QCoreApplication::translate("ioc::core::distribution",
                                                      "The GPS point lies in no area; the nearest is %1, %2 m away. "
                                                      "Check the position.")
                              .arg(nearest->name)
                              .arg(qRound(nearestMetres));
        return proposal;
    }
    if (inside != nullptr) {
        proposal.areaId = inside->id;
        proposal.reason =
            QCoreApplication::translate("ioc::core::distribution", "The GPS point lies inside %1.").arg(inside->name);
        return proposal;
    }
    proposal.reason = QCoreApplication::translate("ioc::core::distribution", "No area has a boundary to compare.");
    return proposal;
}

AgencyProposal proposeLead(const Directory &directory, const QString &areaId, const QString &categoryId)
{
    AgencyProposal proposal;
    const QStringList chain = withAncestors(directory, areaId);
    struct Candidate
    {
        const Agency *agency;
        int level; // 0: serves the area itself, 1: its parent, …
    };
    QList<Candidate> candidates;
    const QList<Agency> agencies = directory.agencies(); // a copy: the candidates point into it
    for (const Agency &agency : agencies) {
        if (!agency.active || !agency.categoryIds.contains(categoryId)) {
            continue;
        }
        int level = -1;
        for (int i = 0; i < chain.size() && level < 0; ++i) {
            if (agency.areaIds.contains(chain.at(i))) {
                level = i;
            }
        }
        if (level >= 0) {
            candidates.append({&agency, level});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.level != b.level) {
            return a.level < b.level;
        }
        if (a.agency->areaIds.size() != b.agency->areaIds.size()) {
            return a.agency->areaIds.size() < b.agency->areaIds.size();
        }
        return a.agency->name < b.agency->name;
    });
    const Category *category = directory.category(categoryId);
    const Area *area = directory.area(areaId);
    const QString categoryName = category != nullptr ? category->name : categoryId;
    const QString areaName = area != nullptr ? area->name : areaId;
    if (candidates.isEmpty()) {
        proposal.reason = QCoreApplication::translate("ioc::core::distribution",
                                                      "No agency is known to be competent for “%1” in %2: start the "
                                                      "coordination of Art. 16, or invite the competent unit.")
                              .arg(categoryName, areaName);
        return proposal;
    }
    const Candidate &best = candidates.first();
    proposal.agencyId = best.agency->id;
    proposal.reason =
        best.level == 0
            ? QCoreApplication::translate("ioc::core::distribution", "Competent for “%1” in %2.")
                  .arg(categoryName, areaName)
            : QCoreApplication::translate("ioc::core::distribution", "Competent for “%1” in %2, which includes %3.")
                  .arg(categoryName, directory.area(chain.at(best.level))->name, areaName);
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        proposal.alternatives.append(candidates.at(i).agency->id);
    }
    return proposal;
}

QStringList upperLevels(const Directory &directory, const QString &agencyId)
{
    QStringList chain;
    const Agency *agency = directory.agency(agencyId);
    while (agency != nullptr && !agency->parentId.isEmpty() && !chain.contains(agency->parentId) &&
           agency->parentId != agencyId) {
        chain.append(agency->parentId);
        agency = directory.agency(agency->parentId);
    }
    return chain;
}

} // namespace ioc::core::distribution
