#pragma once

#include "core/directory.h"
#include "core/slapolicy.h"
#include "models/idkey.h"
#include "models/queuefilter.h"
#include "models/textrank.h"
#include "storage/reportrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <tuple>
#include <vector>

namespace ioc::models {

// The duty officer's queue: every report of the replica as one row, sorted and filtered
// without a proxy chain. The model keeps its own arrays — the items by slot, every slot in sort
// order, and the visible rows (the sort order filtered) — with precomputed numeric sort keys
// (Vietnamese collation ranks for text), so sorting a million rows is one sort of integer
// pairs and filtering one linear pass. Urgent reports always come first, whatever the sort.
// Sync batches update rows in place: unchanged order and membership give dataChanged for the
// changed rows only; otherwise the changed rows are merged into the order (layoutChanged).
// Countdowns are computed in data() from the due instant, so repainting once a second never
// touches the database.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UrgencyColumn,
        CodeColumn,
        TitleColumn,
        CategoryColumn,
        AreaColumn,
        ChannelColumn,
        ReceivedColumn,
        StateColumn,
        OwnerColumn,
        CountdownColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UrgentRole,
        HiddenRole,
        PressureRole, // int(core::Pressure); invalid when no clock runs
        StateRole,    // int(core::ReportState)
        ClaimedByRole,
        ConflictRole,
        DueRole, // QDateTime of the clock due first
    };

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    // Replaces every row (initial load, full resync).
    void reset(const QList<storage::QueueRow> &rows);
    // The same, from a source that hands each row to the sink it is given, once (e.g. straight
    // from the replica): no list of every row is held. `expected` reserves room.
    using RowSink = std::function<void(const storage::QueueRow &)>;
    void reset(qsizetype expected, const std::function<void(const RowSink &)> &source);
    // A sync batch: inserts or updates `rows`, removes `removedIds`.
    void apply(const QList<storage::QueueRow> &rows, const QStringList &removedIds = {});

    void setDirectory(const core::Directory &directory);
    void setUserNames(const QHash<QString, QString> &namesByUser);
    void setPolicy(const core::SlaPolicy &policy, const core::WorkingCalendar &calendar);
    // The current instant (server time); defaults to the system clock.
    void setNowFunction(std::function<QDateTime()> now);
    void setConflictIds(const QSet<QString> &ids);
    // Where a countdown's tooltip reads the report's clocks (when each started, the others that
    // run); asked only when a tooltip is shown. Without it the tooltip gives the due clock alone.
    using ClockSource = std::function<QList<core::ReportClock>(const QString &id)>;
    void setClockSource(ClockSource source) { m_clockSource = std::move(source); }

    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    // Re-applies the time-dependent conditions (overdue, due within) as time passes.
    void refreshTimeFilters();

    int totalCount() const { return m_liveCount; }
    // How many reports held each filter lets through, whatever the current filter (the saved
    // views' live counts): one pass over every report.
    QList<int> countMatching(const QList<QueueFilter> &filters) const;
    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    // The reports `filter` lets through, most pressing first (issue 27 §3): open urgent reports,
    // then the clock due first, then the oldest; whatever the table's sort and filter show. "The
    // next report" is taken from this order, never from a search typed earlier.
    QStringList pressingOrder(const QueueFilter &filter) const;
    // The first of that order without listing it (one pass): the most pressing report `filter`
    // lets through and `skip` does not hold; with `after`, the next after that report in the
    // order, wrapping to the first. Empty when there is none.
    QString mostPressing(const QueueFilter &filter, const QSet<QString> &skip = {}, const QString &after = {}) const;
    bool contains(const QString &id) const { return m_slotOfId.contains(id); }
    // Of the urgent reports not yet distributed, the one received last (the urgent banner opens
    // it); empty when there is none.
    QString newestUnhandledUrgent() const;
    // Urgent reports not yet distributed (the window title's count).
    int unhandledUrgentCount() const { return int(unhandledUrgentIds().size()); }
    QStringList unhandledUrgentIds() const;
    // The reports whose code is what was typed (issue 27 §1): the whole code ("PA-2026-000081",
    // any case), the year and number ("2026-81"), or the number alone ("81", "000081"); among
    // every report held, whatever the filter shows. Empty when the text is not a code's form.
    QStringList idsWithCode(const QString &typed) const;
    // Reports whose first clock falls due in [from, to) (alerts before a clock runs out).
    QStringList idsDueBetween(const QDateTime &from, const QDateTime &to) const;
    // "PA-2026-000123 — title" and the countdown, for any report held (filtered out or not).
    QString summaryOf(const QString &id) const;
    // The countdown a report's row shows, for any report held: its text, tooltip and pressure
    // (int(core::Pressure); -1 when no countdown runs). The action dialogs' headers show it.
    struct Countdown
    {
        QString text;
        QString toolTip;
        int pressure = -1;
    };
    Countdown countdownOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    using PressingKey = std::tuple<int, qint64, qint64, int>;
    PressingKey pressingKey(int slot) const;
    struct Item
    {
        qint64 nextDue = 0; // ms since epoch; noDue when no countdown runs
        qint64 received = 0;
        quint64 titleRank = 0;
        quint64 codeRank = 0;
        quint32 category = 0; // interned; 0 = none
        quint32 area = 0;
        quint32 agency = 0;
        quint32 source = 0; // interned connected system (channel connected_system); 0 = none
        quint8 state = 0;
        quint8 channel = 0;
        quint8 step = 0; // core::ClockStep + 1; 0 = none
        quint8 flags = 0;
        int version = 0;
    };
    struct ItemText
    {
        QString id;
        QString code;
        QString title;
        QString claimedBy;
    };
    enum Flag : quint8
    {
        Live = 1,
        Urgent = 2,
        Hidden = 4,
        Conflict = 8,
        // Urgent and still open (not published, rejected, cancelled or declined): sorted on top
        // (issue 27 §3). A closed urgent report sorts like any other.
        Pinned = 16,
    };
    static constexpr qint64 noDue = std::numeric_limits<qint64>::max();

    struct Interned
    {
        QHash<IdKey, quint32> index;
        QStringList ids{QString()};
        std::vector<quint64> labelRank{0};
        quint32 intern(const QString &id);
    };

    void store(int slot, const storage::QueueRow &row);
    int slotFor(const QString &id);
    quint64 sortKey(int slot) const;
    quint64 codeKey(const QString &code);
    bool lessThan(int a, int b) const;
    void ensureRanks();
    void rankLabels();
    void sortAll();
    struct FilterPlan
    {
        const QueueFilter *filter = nullptr; // what the plan is of (outlives the plan)
        qint64 nowMs = 0;
        quint32 stateMask = 0;
        quint32 channelMask = 0;
        qint64 receivedFrom = 0;
        qint64 receivedTo = 0;
        std::vector<char> categories; // by interned index; empty = any
        std::vector<char> areas;
        std::vector<char> agencies;
        std::vector<char> notAgencies;
        std::vector<char> search; // by slot; empty = no search
        std::vector<char> only;   // by slot; empty = no restriction
    };
    FilterPlan planFilter(const QueueFilter &filter) const;
    bool accepts(int slot, const FilterPlan &plan) const;
    void rebuildRows();
    void rebuildRowIndex();
    void relayout(const std::function<void()> &change);
    QDateTime now() const;
    core::ClockReading readingOf(const Item &item) const;
    QString countdownText(const Item &item) const;
    QString countdownToolTip(const Item &item, const ItemText &text) const;
    QString agencyName(const QString &agencyId) const;
    QString label(const Interned &table, quint32 index, int kind) const;

    std::vector<Item> m_items;
    std::vector<ItemText> m_texts;
    std::vector<int> m_freeSlots;
    QHash<IdKey, int> m_slotOfId;
    std::vector<int> m_sorted;    // live slots in sort order
    std::vector<int> m_rows;      // visible slots (m_sorted filtered)
    std::vector<int> m_rowOfSlot; // -1 when not visible
    int m_liveCount = 0;

    Interned m_categories;
    Interned m_areas;
    Interned m_agencies;
    Interned m_sources; // connected systems' accounts
    core::Directory m_directory;
    QHash<QString, QString> m_userNames;
    TextRank m_titleRanks;
    TextRank m_codeRanks; // codes not in the server's form only
    bool m_ranked = false;

    core::SlaPolicy m_policy;
    core::WorkingCalendar m_calendar;
    std::function<QDateTime()> m_now;
    ClockSource m_clockSource;
    QSet<QString> m_conflictIds;

    QueueFilter m_filter;
    int m_sortColumn = CountdownColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ioc::models
