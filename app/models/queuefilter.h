#pragma once

#include "core/report.h"

#include <QDateTime>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc::models {

// Which hidden reports a filter lets through (Điều 9.3: hidden reports stay in internal views).
enum class HiddenFilter
{
    Include,
    Exclude,
    Only,
};

// The structured part of a queue filter. Empty sets mean "any". Every condition must hold.
struct QueueFilter
{
    QSet<core::ReportState> states;
    QSet<QString> categoryIds;
    QSet<QString> areaIds;
    QSet<QString> agencyIds;    // lead agency
    QSet<QString> notAgencyIds; // lead agency none of these (an agency's coordinating / upper-level view)
    QSet<core::Channel> channels;
    bool urgentOnly = false;
    bool overdueOnly = false;     // the clock due first has passed
    qint64 dueWithinSeconds = -1; // the clock due first is due within this many seconds (≥ 0)
    bool conflictsOnly = false;   // the officer's outbox holds a conflict for the report
    HiddenFilter hidden = HiddenFilter::Include;
    QDateTime receivedFrom; // inclusive; invalid = open
    QDateTime receivedTo;   // exclusive; invalid = open
    // Ids matched by the free-text search (ReportRepository::search); nullopt = no search.
    std::optional<QSet<QString>> searchIds;
    // Only these reports (the map's cluster or view); nullopt = no such restriction.
    std::optional<QSet<QString>> onlyIds;

    bool isEmpty() const;
};

// The saved views of the queue (PRODUCT.md: the duty officer's and the supervisor's lists).
enum class SavedView
{
    All,
    ToVerify,
    ToDistribute,
    DueWithinHour,
    Overdue,
    Urgent,
    Returned,
    Conflicts,
    Hidden,
    // An agency's workstation (its replica holds only what the agency sees, Điều 10.3, 10.5):
    ToAccept,           // distributed to it as lead, not yet accepted
    AgencyLead,         // it leads the processing
    AgencyCoordinating, // it coordinates (10.5) or is the designated coordinator (Điều 16)
    AgencyUpperLevel,   // it follows as the upper-level agency of the lead (10.3)
    ToApprove,          // results waiting for the leader's approval
};

// The IOC's views (duty officers, supervisors).
QList<SavedView> allSavedViews();
// An agency's views.
QList<SavedView> agencySavedViews();
QString savedViewName(SavedView view);
std::optional<SavedView> savedViewFromName(QStringView name);
// Translated label ("Chờ xác minh", "Quá hạn", …).
QString savedViewLabel(SavedView view);
// The view's filter. The agency views need the officer's agency and the agencies it is the
// upper level of (`subordinates`: their reports are the ones it follows).
QueueFilter filterOf(SavedView view, const QString &agencyId = {}, const QStringList &subordinates = {});

} // namespace ioc::models
