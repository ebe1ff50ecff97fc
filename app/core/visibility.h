#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "core/workflow.h"

// Who may see a report and its reporter's identity (PRODUCT.md §17; Điều 5.6, 10.3, 10.5, 16).
// The server filters its answers with it; the console uses it to decide what to show.
namespace ioc::core {

struct ReportAccess
{
    bool report = false;   // the report itself
    bool identity = false; // the reporter's name, phone, citizen ID, e-mail, address
};

// - IOC roles (duty officer, supervisor) and the system: everything, hidden reports included.
// - Agency roles: reports whose lead agency, coordinating agencies or designated coordinator
//   is theirs, or whose lead agency is below theirs (upper-level agencies follow the report);
//   identity only where the reporter consented to share it with the processing agency.
// - Citizens: their own reports with identity; published, public, non-hidden reports of
//   others without identity unless the reporter consented to publish it.
// - Administrators manage reference data and see no reports.
// - Connected systems see none here: the server lets one read the reports it filed itself.
ReportAccess reportAccess(const Actor &actor, const Report &report, const Directory &directory);

// Điều 17.2: the public may follow receipt, distribution, verification, processing and approval,
// except for what is kept private: reports received non-public (9.2), hidden (14.1.c) or with a
// confidential result (12.3). A report joins the public timeline once the IOC has verified it
// (its text checked, 9.1): before then, and when it was rejected or withdrawn, it is not public.
// What the Open311 interface lists (docs/open311.md).
bool isOnPublicTimeline(const Report &report);

// The agencies whose replicas hold the report: lead, coordinating, coordinator and the lead's
// upper levels. When this set loses an agency, that agency's feed receives a removal.
QStringList agenciesSeeing(const Report &report, const Directory &directory);

} // namespace ioc::core
