#pragma once

#include "core/identitycheck.h"
#include "core/report.h"

#include <QJsonObject>

// The evidence conditions of Điều 7.6 on a report as it stands (PRODUCT.md §2–§3): files
// present (7.6.2.a; an urgent hotline report may go without, with a recorded reason), photos
// taken within 24 hours before the report (7.6.1.b), signs of editing (7.6.2.b), the photo's GPS
// against the report's position, the position inside the province and where it came from
// (7.6.1.c). Facts come from the server's examination of each file (MediaFacts), never from what
// a client claimed. These are heuristics: they say "needs a look" and why, never "fail", except
// for a report with no file at all.
namespace ioc::core::evidence {

struct Context
{
    QJsonObject provinceBoundary; // GeoJSON; empty: the check is skipped
    double gpsToleranceMetres = 500;
};

QList<identity::Finding> check(const Report &report, const Context &context);

// Điều 7.6.2.f and h: the same sender's reports on the same matter (near in place, or with
// alike text) that are still in processing, or already resolved.
struct SenderReport
{
    QString code;
    ReportState state = ReportState::Received;
    double latitude = 0;
    double longitude = 0;
    QString text;
};
QList<identity::Finding> checkSenderHistory(const Report &report, const QList<SenderReport> &sameSender);

// Does EXIF Software name a picture editor (Photoshop, Snapseed, PicsArt, …)?
bool isEditor(const QString &software);

} // namespace ioc::core::evidence
