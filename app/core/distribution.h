#pragma once

#include "core/directory.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Proposals for distributing a verified report (Điều 10; PRODUCT.md §4): the area from the GPS
// point and the lead agency from the responsibility rules (the agencies' areas × categories in
// the directory), each with the reason it was chosen, and the upper-level agencies that are
// informed (10.3). The officer confirms or changes them; nothing here decides alone.
namespace ioc::core::distribution {

struct AreaProposal
{
    QString areaId;            // empty: no area has a boundary
    QString reason;            // for people
    bool outside = false;      // the point lies in no area: the nearest one, with a warning
    double distanceMetres = 0; // when outside: to the nearest area's boundary
};

// The smallest area valid on `today` containing the point (districts before the province);
// when the point lies outside every area, the nearest one and `outside` set.
AreaProposal proposeArea(const Directory &directory, double latitude, double longitude, QDate today);

struct AgencyProposal
{
    QString agencyId;         // empty: no competent agency is known (Điều 16 coordination)
    QString reason;           // for people
    QStringList alternatives; // other competent agencies, best first
};

// The agency competent for the category in the area: serving the area itself before one serving
// an enclosing area, then the one serving the fewest areas (the most local), then by name.
AgencyProposal proposeLead(const Directory &directory, const QString &areaId, const QString &categoryId);

// The agency's upper-level agencies, nearest first (informed of the processing, 10.3).
QStringList upperLevels(const Directory &directory, const QString &agencyId);

} // namespace ioc::core::distribution
