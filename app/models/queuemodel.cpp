#include "queuemodel.h"

#include "core/countdown.h"
#include "core/vntime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace ioc::models {

namespace {

enum LabelKind
{
    CategoryLabel,
    AreaLabel,
    AgencyLabel,
};

QString translatedCore(const char *text)
{
    return QCoreApplication::translate("ioc::core", text);
}

} // namespace

quint32 QueueModel::Interned::intern(const QString &id)
{
    if (id.isEmpty()) {
        return 0;
    }
    const auto found = index.constFind(id);
    if (found != index.cend()) {
        return *found;
    }
    const auto value = quint32(ids.size());
    index.insert(id, value);
    ids.append(id);
    labelRank.push_back(0);
    return value;
}

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_titleRanks(false)
    , m_codeRanks(true)
    , m_policy(core::SlaPolicy::defaults())
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

QueueModel::~QueueModel() = default;

void QueueModel::store(int slot, const storage::QueueRow &row)
{
    Item &item = m_items[std::size_t(slot)];
    ItemText &text = m_texts[std::size_t(slot)];
    item.nextDue = row.nextDueAt.isValid() ? row.nextDueAt.toMSecsSinceEpoch() : noDue;
    item.received = row.receivedAt.toMSecsSinceEpoch();
    item.category = m_categories.intern(row.categoryId);
    item.area = m_areas.intern(row.areaId);
    item.agency = m_agencies.intern(row.leadAgencyId);
    item.source = m_sources.intern(row.sourceSystemId);
    item.state = quint8(row.state);
    item.channel = quint8(row.channel);
    const auto step = core::clockStepFromName(row.nextDueStep);
    item.step = step ? quint8(int(*step) + 1) : 0;
    item.version = row.version;
    quint8 flags = Live;
    flags |= row.urgent ? Urgent : 0;
    const bool open = row.state != core::ReportState::Published && !core::isTerminalState(row.state);
    flags |= row.urgent && open ? Pinned : 0;
    flags |= row.hidden ? Hidden : 0;
    flags |= m_conflictIds.contains(row.id) ? Conflict : 0;
    item.flags = flags;
    if (m_ranked && (text.title != row.title || item.titleRank == 0)) {
        item.titleRank = m_titleRanks.rankOf(row.title);
    }
    if (text.code != row.code || item.codeRank == 0) {
        item.codeRank = codeKey(row.code);
    }
    text.id = row.id;
    text.code = row.code;
    text.title = row.title;
    text.claimedBy = row.claimedBy;
}

int QueueModel::slotFor(const QString &id)
{
    const auto found = m_slotOfId.constFind(id);
    if (found != m_slotOfId.cend()) {
        return *found;
    }
    int slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_items[std::size_t(slot)] = Item();
        m_texts[std::size_t(slot)] = ItemText();
    } else {
        slot = int(m_items.size());
        m_items.emplace_back();
        m_texts.emplace_back();
        m_rowOfSlot.push_back(-1);
    }
    m_slotOfId.insert(id, slot);
    return slot;
}

void QueueModel::reset(const QList<storage::QueueRow> &rows)
{
    reset(rows.size(), [&rows](const RowSink &sink) {
        for (const storage::QueueRow &row : rows) {
            sink(row);
        }
    });
}

void QueueModel::reset(qsizetype expected, const std::function<void(const RowSink &)> &source)
{
    beginResetModel();
    m_items.clear();
    m_texts.clear();
    m_freeSlots.clear();
    m_slotOfId.clear();
    m_items.reserve(std::size_t(std::max<qsizetype>(0, expected)));
    m_texts.reserve(std::size_t(std::max<qsizetype>(0, expected)));
    m_slotOfId.reserve(expected);
    m_rowOfSlot.clear();
    m_ranked = false;
    source([this](const storage::QueueRow &row) {
        // One hash look-up per row, slots handed out in order (a repeated id keeps its slot and
        // takes the later row, as slotFor would).
        const qsizetype known = m_slotOfId.size();
        int &entry = m_slotOfId[row.id];
        if (m_slotOfId.size() != known) {
            entry = int(m_items.size());
            m_items.emplace_back();
            m_texts.emplace_back();
        }
        store(entry, row);
    });
    m_liveCount = int(m_slotOfId.size());
    if (m_sortColumn == TitleColumn) {
        ensureRanks();
    }
    sortAll();
    rebuildRows();
    rebuildRowIndex();
    endResetModel();
}

void QueueModel::ensureRanks()
{
    if (m_ranked) {
        return;
    }
    std::vector<QString> titles;
    std::vector<int> liveSlots;
    titles.reserve(m_texts.size());
    liveSlots.reserve(m_texts.size());
    for (std::size_t slot = 0; slot < m_items.size(); ++slot) {
        if (m_items[slot].flags & Live) {
            titles.push_back(m_texts[slot].title);
            liveSlots.push_back(int(slot));
        }
    }
    const std::vector<quint64> ranks = m_titleRanks.build(titles);
    for (std::size_t i = 0; i < liveSlots.size(); ++i) {
        m_items[std::size_t(liveSlots[i])].titleRank = ranks[i];
    }
    m_ranked = true;
}

quint64 QueueModel::codeKey(const QString &code)
{
    // The server's codes, "PA-2026-000123", sort by year and number without any text
    // comparison (the prefix is the same for every report of a server); other forms come after
    // them, in text order.
    // Parsed by hand: this runs for every row at load.
    const auto digits = [](QStringView text, quint64 *value) {
        *value = 0;
        for (QChar c : text) {
            if (c < u'0' || c > u'9') {
                return false;
            }
            *value = *value * 10 + quint64(c.unicode() - u'0');
        }
        return !text.isEmpty();
    };
    const qsizetype first = code.indexOf(u'-');
    const qsizetype second = first > 0 ? code.indexOf(u'-', first + 1) : -1;
    quint64 year = 0;
    quint64 number = 0;
    if (first > 0 && second == first + 5 && code.size() - second - 1 <= 10 &&
        digits(QStringView(code).sliced(first + 1, 4), &year) &&
        digits(QStringView(code).sliced(second + 1), &number)) {
        return year * 10000000000ULL + number;
    }
    return (quint64(1) << 62) + (m_codeRanks.rankOf(code) >> 2);
}

void QueueModel::rankLabels()
{
    // Labels are few: rank them by collating their display names.
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    const auto rankTable = [&](Interned &table, int kind) {
        std::vector<quint32> order(std::size_t(table.ids.size()));
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = quint32(i);
        }
        std::vector<QString> names(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            names[i] = label(table, quint32(i), kind);
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](quint32 a, quint32 b) { return collator.compare(names[a], names[b]) < 0; });
        for (std::size_t i = 0; i < order.size(); ++i) {
            table.labelRank[order[i]] = i;
        }
    };
    rankTable(m_categories, CategoryLabel);
    rankTable(m_areas, AreaLabel);
    rankTable(m_agencies, AgencyLabel);
}

quint64 QueueModel::sortKey(int slot) const
{
    const Item &item = m_items[std::size_t(slot)];
    switch (m_sortColumn) {
    case CodeColumn:
        return item.codeRank;
    case TitleColumn:
        return item.titleRank;
    case CategoryColumn:
        return m_categories.labelRank[item.category];
    case AreaColumn:
        return m_areas.labelRank[item.area];
    case ChannelColumn:
        return item.channel;
    case ReceivedColumn:
        return quint64(item.received);
    case StateColumn:
        return item.state;
    case OwnerColumn:
        return m_agencies.labelRank[item.agency];
    case UrgencyColumn:
    case CountdownColumn:
    default:
        return quint64(item.nextDue);
    }
}

bool QueueModel::lessThan(int a, int b) const
{
    const bool urgentA = m_items[std::size_t(a)].flags & Pinned;
    const bool urgentB = m_items[std::size_t(b)].flags & Pinned;
    if (urgentA != urgentB) {
        return urgentA;
    }
    const quint64 keyA = sortKey(a);
    const quint64 keyB = sortKey(b);
    if (keyA != keyB) {
        return m_sortOrder == Qt::AscendingOrder ? keyA < keyB : keyA > keyB;
    }
    return a < b;
}

void QueueModel::sortAll()
{
    if (m_sortColumn == CategoryColumn || m_sortColumn == AreaColumn || m_sortColumn == OwnerColumn) {
        rankLabels();
    }
    // One sort of (key, slot) pairs: open urgent reports first by a key bit, the order inverted for
    // descending sorts, the slot as the tie-break (a stable, total order).
    struct Pair
    {
        quint64 key;
        quint32 slot;
        quint32 urgentLast;
    };
    std::vector<Pair> pairs;
    pairs.reserve(std::size_t(m_liveCount));
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    for (std::size_t slot = 0; slot < m_items.size(); ++slot) {
        const Item &item = m_items[slot];
        if (!(item.flags & Live)) {
            continue;
        }
        const quint64 key = sortKey(int(slot));
        pairs.push_back({descending ? ~key : key, quint32(slot), (item.flags & Pinned) ? 0u : 1u});
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
        if (a.urgentLast != b.urgentLast) {
            return a.urgentLast < b.urgentLast;
        }
        if (a.key != b.key) {
            return a.key < b.key;
        }
        return a.slot < b.slot;
    });
    m_sorted.resize(pairs.size());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        m_sorted[i] = int(pairs[i].slot);
    }
}

QueueModel::FilterPlan QueueModel::planFilter(const QueueFilter &f) const
{
    // The filter as bit masks and per-interned-index tables, so the per-row test touches only
    // the item's integers.
    FilterPlan plan;
    plan.filter = &f;
    plan.nowMs = now().toMSecsSinceEpoch();
    for (core::ReportState state : f.states) {
        plan.stateMask |= quint32(1) << int(state);
    }
    for (core::Channel channel : f.channels) {
        plan.channelMask |= quint32(1) << int(channel);
    }
    const auto table = [](const Interned &interned, const QSet<QString> &ids) {
        std::vector<char> allowed;
        if (!ids.isEmpty()) {
            allowed.assign(std::size_t(interned.ids.size()), 0);
            for (qsizetype i = 1; i < interned.ids.size(); ++i) {
                allowed[std::size_t(i)] = ids.contains(interned.ids[i]) ? 1 : 0;
            }
        }
        return allowed;
    };
    plan.categories = table(m_categories, f.categoryIds);
    plan.areas = table(m_areas, f.areaIds);
    plan.agencies = table(m_agencies, f.agencyIds);
    plan.notAgencies = table(m_agencies, f.notAgencyIds);
    const auto bySlot = [this](const QSet<QString> &ids) {
        std::vector<char> marks(m_items.size(), 0);
        for (const QString &id : ids) {
            const auto found = m_slotOfId.constFind(id);
            if (found != m_slotOfId.cend()) {
                marks[std::size_t(*found)] = 1;
            }
        }
        return marks;
    };
    if (f.searchIds) {
        plan.search = bySlot(*f.searchIds);
    }
    if (f.onlyIds) {
        plan.only = bySlot(*f.onlyIds);
    }
    plan.receivedFrom =
        f.receivedFrom.isValid() ? f.receivedFrom.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    plan.receivedTo = f.receivedTo.isValid() ? f.receivedTo.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    return plan;
}

bool QueueModel::accepts(int slot, const FilterPlan &plan) const
{
    const Item &item = m_items[std::size_t(slot)];
    const QueueFilter &f = *plan.filter;
    switch (f.hidden) {
    case HiddenFilter::Include:
        break;
    case HiddenFilter::Exclude:
        if (item.flags & Hidden) {
            return false;
        }
        break;
    case HiddenFilter::Only:
        if (!(item.flags & Hidden)) {
            return false;
        }
        break;
    }
    if (f.urgentOnly && !(item.flags & Urgent)) {
        return false;
    }
    if (f.conflictsOnly && !(item.flags & Conflict)) {
        return false;
    }
    if (f.overdueOnly && (item.nextDue == noDue || item.nextDue > plan.nowMs)) {
        return false;
    }
    if (f.dueWithinSeconds >= 0 && (item.nextDue == noDue || item.nextDue > plan.nowMs + f.dueWithinSeconds * 1000)) {
        return false;
    }
    if (plan.stateMask != 0 && !(plan.stateMask & (quint32(1) << item.state))) {
        return false;
    }
    if (plan.channelMask != 0 && !(plan.channelMask & (quint32(1) << item.channel))) {
        return false;
    }
    if (item.received < plan.receivedFrom || item.received >= plan.receivedTo) {
        return false;
    }
    if (!plan.categories.empty() && !plan.categories[item.category]) {
        return false;
    }
    if (!plan.areas.empty() && !plan.areas[item.area]) {
        return false;
    }
    if (!plan.notAgencies.empty() && plan.notAgencies[item.agency]) {
        return false;
    }
    if (!plan.agencies.empty() && !plan.agencies[item.agency]) {
        return false;
    }
    if (f.searchIds && (std::size_t(slot) >= plan.search.size() || !plan.search[std::size_t(slot)])) {
        return false;
    }
    if (f.onlyIds && (std::size_t(slot) >= plan.only.size() || !plan.only[std::size_t(slot)])) {
        return false;
    }
    return true;
}

QList<int> QueueModel::countMatching(const QList<QueueFilter> &filters) const
{
    // One pass over the reports held, every filter judged per report (the saved views' counts).
    std::vector<FilterPlan> plans;
    plans.reserve(std::size_t(filters.size()));
    for (const QueueFilter &filter : filters) {
        plans.push_back(planFilter(filter));
    }
    QList<int> counts(filters.size(), 0);
    for (int slot : m_sorted) {
        for (qsizetype i = 0; i < filters.size(); ++i) {
            if (filters[i].isEmpty() || accepts(slot, plans[std::size_t(i)])) {
                ++counts[i];
            }
        }
    }
    return counts;
}

QueueModel::PressingKey QueueModel::pressingKey(int slot) const
{
    // Open urgent reports first, then the clock due first (none: last), then the oldest; the slot
    // breaks ties, so the order is total.
    const Item &item = m_items[std::size_t(slot)];
    return {(item.flags & Pinned) ? 0 : 1, item.nextDue, item.received, slot};
}

QStringList QueueModel::pressingOrder(const QueueFilter &filter) const
{
    // By pressingKey, independent of the table's sort column and of its filter.
    const FilterPlan plan = planFilter(filter);
    std::vector<int> matching;
    for (int slot : m_sorted) {
        if (filter.isEmpty() || accepts(slot, plan)) {
            matching.push_back(slot);
        }
    }
    std::sort(matching.begin(), matching.end(), [this](int a, int b) { return pressingKey(a) < pressingKey(b); });
    QStringList ids;
    ids.reserve(qsizetype(matching.size()));
    for (int slot : matching) {
        ids.append(m_texts[std::size_t(slot)].id);
    }
    return ids;
}

QString QueueModel::mostPressing(const QueueFilter &filter, const QSet<QString> &skip, const QString &after) const
{
    // One pass, no sort: the least key, or the least above `after`'s (wrapping to the least).
    const FilterPlan plan = planFilter(filter);
    // `after` anchors the search only where the order holds it: a report the filter does not
    // take (N on a report already distributed) starts from the top.
    const int afterSlot = after.isEmpty() ? -1 : m_slotOfId.value(after, -1);
    const bool anchored = afterSlot >= 0 && (filter.isEmpty() || accepts(afterSlot, plan));
    // Plain keys with flags rather than std::optional: GCC 12 at -O2 warns that an optional
    // tuple's payload may be read uninitialised (it is not).
    const PressingKey afterKey = anchored ? pressingKey(afterSlot) : PressingKey{};
    PressingKey least{};
    PressingKey next{};
    bool found = false;
    bool foundNext = false;
    for (int slot : m_sorted) {
        if (slot == afterSlot || !(filter.isEmpty() || accepts(slot, plan)) ||
            (!skip.isEmpty() && skip.contains(m_texts[std::size_t(slot)].id))) {
            continue;
        }
        const PressingKey key = pressingKey(slot);
        if (!found || key < least) {
            least = key;
            found = true;
        }
        if (anchored && afterKey < key && (!foundNext || key < next)) {
            next = key;
            foundNext = true;
        }
    }
    if (!found) {
        return {};
    }
    return m_texts[std::size_t(std::get<3>(foundNext ? next : least))].id;
}

QString QueueModel::newestUnhandledUrgent() const
{
    QString newest;
    qint64 received = std::numeric_limits<qint64>::min();
    for (const QString &id : unhandledUrgentIds()) {
        const Item &item = m_items[std::size_t(m_slotOfId.value(id))];
        if (item.received > received) {
            received = item.received;
            newest = id;
        }
    }
    return newest;
}

void QueueModel::rebuildRows()
{
    m_rows.clear();
    if (m_filter.isEmpty()) {
        m_rows = m_sorted;
        return;
    }
    const FilterPlan plan = planFilter(m_filter);
    m_rows.reserve(m_sorted.size());
    for (int slot : m_sorted) {
        if (accepts(slot, plan)) {
            m_rows.push_back(slot);
        }
    }
}

void QueueModel::rebuildRowIndex()
{
    m_rowOfSlot.assign(m_items.size(), -1);
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        m_rowOfSlot[std::size_t(m_rows[row])] = int(row);
    }
}

void QueueModel::relayout(const std::function<void()> &change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> held; // the slot of each persistent index
    held.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before) {
        held.push_back(index.isValid() ? m_rows[std::size_t(index.row())] : -1);
    }
    change();
    rebuildRowIndex();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int slot = held[std::size_t(i)];
        const int row = slot >= 0 && std::size_t(slot) < m_rowOfSlot.size() ? m_rowOfSlot[std::size_t(slot)] : -1;
        after.append(row >= 0 ? index(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void QueueModel::apply(const QList<storage::QueueRow> &rows, const QStringList &removedIds)
{
    if (rows.isEmpty() && removedIds.isEmpty()) {
        return;
    }
    std::vector<int> moved; // slots whose place in the order or the filter may change
    std::vector<int> changedSlots;
    std::vector<int> removedSlots;
    if (m_ranked) {
        // Rank new texts before comparing keys; a renumbering invalidates every stored rank.
        const int generation = m_titleRanks.generation() + m_codeRanks.generation();
        for (const storage::QueueRow &row : rows) {
            m_titleRanks.rankOf(row.title);
            codeKey(row.code);
        }
        if (generation != m_titleRanks.generation() + m_codeRanks.generation()) {
            for (std::size_t slot = 0; slot < m_items.size(); ++slot) {
                if (m_items[slot].flags & Live) {
                    m_items[slot].titleRank = m_titleRanks.rankOf(m_texts[slot].title);
                    m_items[slot].codeRank = codeKey(m_texts[slot].code);
                }
            }
            // Relative order is unchanged by a renumbering; nothing moves because of it.
        }
    }
    // Interns new categories, areas and agencies first, so the plan's tables cover them.
    for (const storage::QueueRow &row : rows) {
        m_categories.intern(row.categoryId);
        m_areas.intern(row.areaId);
        m_agencies.intern(row.leadAgencyId);
    }
    const FilterPlan plan = planFilter(m_filter);
    for (const storage::QueueRow &row : rows) {
        const bool known = m_slotOfId.contains(row.id);
        const int slot = slotFor(row.id);
        if (!known) {
            store(slot, row);
            ++m_liveCount;
            moved.push_back(slot);
            continue;
        }
        const quint64 oldKey = sortKey(slot);
        const bool oldUrgent = m_items[std::size_t(slot)].flags & Pinned;
        const bool oldVisible = m_rowOfSlot[std::size_t(slot)] >= 0;
        store(slot, row);
        const bool visible = accepts(slot, plan); // known slot: covered by the plan's search table
        const bool urgent = m_items[std::size_t(slot)].flags & Pinned;
        if (oldKey != sortKey(slot) || oldUrgent != urgent || oldVisible != visible) {
            moved.push_back(slot);
        } else if (visible) {
            changedSlots.push_back(slot);
        }
    }
    for (const QString &id : removedIds) {
        const int slot = m_slotOfId.value(id, -1);
        if (slot < 0) {
            continue;
        }
        m_slotOfId.remove(id);
        m_items[std::size_t(slot)].flags = 0;
        m_texts[std::size_t(slot)] = ItemText();
        m_freeSlots.push_back(slot);
        removedSlots.push_back(slot);
        --m_liveCount;
    }

    if (!moved.empty() || !removedSlots.empty()) {
        relayout([&] {
            // Take the moved and removed slots out of the order, then merge the moved ones back
            // at their new places: O(n + k log k) for k changed rows among n.
            std::vector<char> out(m_items.size(), 0);
            for (int slot : moved) {
                out[std::size_t(slot)] = 1;
            }
            for (int slot : removedSlots) {
                out[std::size_t(slot)] = 1;
            }
            std::vector<int> kept;
            kept.reserve(m_sorted.size());
            for (int slot : m_sorted) {
                if (!out[std::size_t(slot)]) {
                    kept.push_back(slot);
                }
            }
            std::sort(moved.begin(), moved.end());
            moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
            moved.erase(std::remove_if(moved.begin(), moved.end(),
                                       [this](int slot) { return !(m_items[std::size_t(slot)].flags & Live); }),
                        moved.end());
            std::sort(moved.begin(), moved.end(), [this](int a, int b) { return lessThan(a, b); });
            m_sorted.resize(kept.size() + moved.size());
            std::merge(kept.begin(), kept.end(), moved.begin(), moved.end(), m_sorted.begin(),
                       [this](int a, int b) { return lessThan(a, b); });
            rebuildRows();
        });
    }
    // Rows that kept their place and filter: one dataChanged per contiguous run of rows.
    std::vector<int> changedRows;
    changedRows.reserve(changedSlots.size());
    for (int slot : changedSlots) {
        const int row = m_rowOfSlot[std::size_t(slot)];
        if (row >= 0) {
            changedRows.push_back(row);
        }
    }
    std::sort(changedRows.begin(), changedRows.end());
    for (std::size_t i = 0; i < changedRows.size();) {
        std::size_t j = i;
        while (j + 1 < changedRows.size() && changedRows[j + 1] <= changedRows[j] + 1) {
            ++j;
        }
        emit dataChanged(index(changedRows[i], 0), index(changedRows[j], ColumnCount - 1));
        i = j + 1;
    }
}

void QueueModel::setDirectory(const core::Directory &directory)
{
    m_directory = directory;
    if (!m_rows.empty()) {
        emit dataChanged(index(0, CategoryColumn), index(rowCount() - 1, OwnerColumn));
    }
}

void QueueModel::setUserNames(const QHash<QString, QString> &namesByUser)
{
    m_userNames = namesByUser;
    if (!m_rows.empty()) {
        emit dataChanged(index(0, OwnerColumn), index(rowCount() - 1, OwnerColumn));
    }
}

void QueueModel::setPolicy(const core::SlaPolicy &policy, const core::WorkingCalendar &calendar)
{
    m_policy = policy;
    m_calendar = calendar;
}

void QueueModel::setNowFunction(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime QueueModel::now() const
{
    return m_now();
}

void QueueModel::setConflictIds(const QSet<QString> &ids)
{
    if (ids == m_conflictIds) {
        return;
    }
    m_conflictIds = ids;
    const auto update = [this] {
        for (std::size_t slot = 0; slot < m_items.size(); ++slot) {
            Item &item = m_items[slot];
            if (item.flags & Live) {
                item.flags =
                    quint8((item.flags & ~Conflict) | (m_conflictIds.contains(m_texts[slot].id) ? Conflict : 0));
            }
        }
    };
    if (m_filter.conflictsOnly) {
        relayout([&] {
            update();
            rebuildRows();
        });
    } else {
        update();
        if (!m_rows.empty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {ConflictRole});
        }
    }
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    relayout([&] {
        m_filter = filter;
        rebuildRows();
    });
}

void QueueModel::refreshTimeFilters()
{
    if (!m_filter.overdueOnly && m_filter.dueWithinSeconds < 0) {
        return;
    }
    relayout([&] { rebuildRows(); });
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    relayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        if (column == TitleColumn) {
            ensureRanks();
        }
        sortAll();
        rebuildRows();
    });
}

int QueueModel::rowOf(const QString &id) const
{
    const int slot = m_slotOfId.value(id, -1);
    return slot < 0 ? -1 : m_rowOfSlot[std::size_t(slot)];
}

QString QueueModel::idAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_texts[std::size_t(m_rows[std::size_t(row)])].id : QString();
}

QStringList QueueModel::idsWithCode(const QString &typed) const
{
    static const QRegularExpression form(u"^(?:([A-Za-z]+)-?)?(?:(\\d{4})-)?(\\d{1,9})$"_s);
    QString compact = typed;
    compact.remove(u' ');
    const QRegularExpressionMatch wanted = form.match(compact);
    if (!wanted.hasMatch()) {
        return {};
    }
    const QString prefix = wanted.captured(1);
    const QString year = wanted.captured(2);
    const qint64 number = wanted.captured(3).toLongLong();
    QStringList ids;
    for (std::size_t slot = 0; slot < m_items.size(); ++slot) {
        if (!(m_items[slot].flags & Live)) {
            continue;
        }
        // "PA-2026-000081": the number after the last dash, the year before it, the prefix first.
        const QString &code = m_texts[slot].code;
        const qsizetype last = code.lastIndexOf(u'-');
        if (last < 0 || QStringView(code).mid(last + 1).toLongLong() != number) {
            continue;
        }
        const qsizetype before = code.lastIndexOf(u'-', last - 1);
        if (!year.isEmpty() && QStringView(code).mid(before + 1, last - before - 1) != year) {
            continue;
        }
        if (!prefix.isEmpty() &&
            (before < 0 || QStringView(code).left(code.indexOf(u'-')).compare(prefix, Qt::CaseInsensitive) != 0)) {
            continue;
        }
        ids.append(m_texts[slot].id);
    }
    return ids;
}

QStringList QueueModel::unhandledUrgentIds() const
{
    QStringList ids;
    for (int slot : m_sorted) {
        const Item &item = m_items[std::size_t(slot)];
        if (!(item.flags & Pinned)) {
            break; // open urgent reports come first
        }
        const auto state = core::ReportState(item.state);
        if (state == core::ReportState::Received || state == core::ReportState::IdentityCheck ||
            state == core::ReportState::Verified) {
            ids.append(m_texts[std::size_t(slot)].id);
        }
    }
    return ids;
}

QStringList QueueModel::idsDueBetween(const QDateTime &from, const QDateTime &to) const
{
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    QStringList ids;
    for (std::size_t slot = 0; slot < m_items.size(); ++slot) {
        const Item &item = m_items[slot];
        if ((item.flags & Live) && item.nextDue != noDue && item.nextDue >= fromMs && item.nextDue < toMs) {
            ids.append(m_texts[slot].id);
        }
    }
    return ids;
}

QString QueueModel::summaryOf(const QString &id) const
{
    const int slot = m_slotOfId.value(id, -1);
    if (slot < 0) {
        return {};
    }
    const Item &item = m_items[std::size_t(slot)];
    const ItemText &text = m_texts[std::size_t(slot)];
    QString summary = text.code + u" — "_s + text.title;
    if (item.flags & Urgent) {
        summary.prepend(tr("URGENT") + u' ');
    }
    if (item.nextDue != noDue && item.step != 0) {
        summary += u'\n' + countdownText(item);
    }
    return summary;
}

QueueModel::Countdown QueueModel::countdownOf(const QString &id) const
{
    const int slot = m_slotOfId.value(id, -1);
    if (slot < 0) {
        return {};
    }
    const Item &item = m_items[std::size_t(slot)];
    if (item.nextDue == noDue || item.step == 0) {
        return {};
    }
    return {countdownText(item), countdownToolTip(item, m_texts[std::size_t(slot)]),
            int(core::pressureOf(readingOf(item)))};
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::ClockReading QueueModel::readingOf(const Item &item) const
{
    const auto step = core::ClockStep(item.step - 1);
    const bool urgent = item.flags & Urgent;
    const auto duration = m_policy.duration(step, urgent);
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(item.nextDue, QTimeZone::utc());
    const QDateTime at = now();
    core::ClockReading reading;
    reading.workingTime = duration ? duration->isWorkingTime() : false;
    reading.totalSeconds = duration ? duration->seconds(m_calendar.workingDayMinutes()) : 0;
    if (at < due) {
        reading.remainingSeconds = reading.workingTime ? m_calendar.workingSecondsBetween(at, due) : at.secsTo(due);
    } else {
        reading.overdue = true;
        reading.overrunSeconds = reading.workingTime ? m_calendar.workingSecondsBetween(due, at) : due.secsTo(at);
    }
    return reading;
}

QString QueueModel::agencyName(const QString &agencyId) const
{
    const core::Agency *agency = agencyId.isEmpty() ? nullptr : m_directory.agency(agencyId);
    return agency != nullptr ? agency->name : QString();
}

QString QueueModel::countdownText(const Item &item) const
{
    // The clock, whose turn it is and the time (issue 27 §2). A coordinating agency's clock runs
    // against that agency, not the lead one the row holds: named by its role.
    const auto step = core::ClockStep(item.step - 1);
    const QString agency =
        step == core::ClockStep::Coordination ? QString() : label(m_agencies, item.agency, AgencyLabel);
    return core::formatClockLine(step, agency, readingOf(item), m_calendar.workingDayMinutes());
}

QString QueueModel::countdownToolTip(const Item &item, const ItemText &text) const
{
    QList<core::ReportClock> clocks;
    if (m_clockSource) {
        clocks = m_clockSource(text.id);
    }
    int running = 0;
    const core::ReportClock *first = core::firstRunningCountdown(clocks, &running);
    if (first == nullptr || first->dueAt.toMSecsSinceEpoch() != item.nextDue) {
        // No source, or the replica moved on since the row was read: the row's own clock.
        core::ReportClock clock;
        clock.step = core::ClockStep(item.step - 1);
        clock.dueAt = QDateTime::fromMSecsSinceEpoch(item.nextDue, QTimeZone::utc());
        return core::describeClock(clock, clock.step == core::ClockStep::Coordination
                                              ? QString()
                                              : label(m_agencies, item.agency, AgencyLabel));
    }
    QString tip = core::describeClock(*first, agencyName(first->agencyId));
    if (running > 1) {
        tip += u"\n\n"_s + tr("%n clock(s) run; the one due first is shown. The others:", "", running);
        for (const core::ReportClock &clock : clocks) {
            if (&clock != first && clock.status == core::ClockStatus::Running &&
                core::clockKind(clock.step) == core::ClockKind::Countdown) {
                tip += u"\n• "_s + core::clockShortName(clock.step) + u" · "_s +
                       core::clockActorName(clock.step, agencyName(clock.agencyId)) + u" · "_s +
                       core::vntime::formatLocal(clock.dueAt, u"dd/MM/yyyy HH:mm");
            }
        }
    }
    return tip;
}

QString QueueModel::label(const Interned &table, quint32 index, int kind) const
{
    const QString &id = table.ids[qsizetype(index)];
    if (id.isEmpty()) {
        return {};
    }
    switch (kind) {
    case CategoryLabel:
        if (const core::Category *category = m_directory.category(id)) {
            return category->name;
        }
        break;
    case AreaLabel:
        if (const core::Area *area = m_directory.area(id)) {
            return area->name;
        }
        break;
    case AgencyLabel:
        if (const core::Agency *agency = m_directory.agency(id)) {
            return agency->name;
        }
        break;
    }
    return id;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const int slot = m_rows[std::size_t(index.row())];
    const Item &item = m_items[std::size_t(slot)];
    const ItemText &text = m_texts[std::size_t(slot)];
    const bool hasClock = item.nextDue != noDue && item.step != 0;

    switch (role) {
    case IdRole:
        return text.id;
    case UrgentRole:
        return bool(item.flags & Urgent);
    case HiddenRole:
        return bool(item.flags & Hidden);
    case ConflictRole:
        return bool(item.flags & Conflict);
    case StateRole:
        return int(item.state);
    case ClaimedByRole:
        return text.claimedBy;
    case DueRole:
        return hasClock ? QDateTime::fromMSecsSinceEpoch(item.nextDue, QTimeZone::utc()) : QDateTime();
    case PressureRole:
        return hasClock ? QVariant(int(core::pressureOf(readingOf(item)))) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ReceivedColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case UrgencyColumn:
        if (role == Qt::ToolTipRole) {
            return (item.flags & Urgent) ? tr("Urgent report") : QVariant();
        }
        return (item.flags & Urgent) ? tr("URGENT") : QString();
    case CodeColumn:
        return text.code;
    case TitleColumn:
        return text.title;
    case CategoryColumn:
        return label(m_categories, item.category, CategoryLabel);
    case AreaColumn:
        return label(m_areas, item.area, AreaLabel);
    case ChannelColumn: {
        const QString channel = translatedCore(core::channelLabel(core::Channel(item.channel)));
        if (item.source == 0) {
            return channel;
        }
        // The connected system by its name: "Hệ thống kết nối — Cổng dịch vụ công…".
        const QString &system = m_sources.ids.at(item.source);
        return QString(channel + u" — "_s + m_userNames.value(system, system));
    }
    case ReceivedColumn:
        return QDateTime::fromMSecsSinceEpoch(item.received, QTimeZone(core::vntime::utcOffsetSeconds))
            .toString(role == Qt::ToolTipRole ? u"dd/MM/yyyy HH:mm:ss"_s : u"dd/MM HH:mm"_s);
    case StateColumn:
        return translatedCore(core::reportStateLabel(core::ReportState(item.state)));
    case OwnerColumn: {
        QString owner = label(m_agencies, item.agency, AgencyLabel);
        if (!text.claimedBy.isEmpty()) {
            const QString name = m_userNames.value(text.claimedBy, text.claimedBy);
            const QString claim = tr("being handled by %1").arg(name);
            owner = owner.isEmpty() ? claim : owner + u" · "_s + claim;
        }
        return owner;
    }
    case CountdownColumn: {
        if (!hasClock) {
            return {};
        }
        return role == Qt::ToolTipRole ? countdownToolTip(item, text) : countdownText(item);
    }
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case UrgencyColumn:
        return tr("Urgency");
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case AreaColumn:
        return tr("Area");
    case ChannelColumn:
        return tr("Channel");
    case ReceivedColumn:
        return tr("Received");
    case StateColumn:
        return tr("State");
    case OwnerColumn:
        return tr("Owner");
    case CountdownColumn:
        return tr("Time left");
    default:
        return {};
    }
}

} // namespace ioc::models
