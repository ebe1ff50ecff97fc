#include "ui/queue/queuepanel.h"

#include "core/identitycheck.h"
#include "models/queuemodel.h"
#include "ui/queue/countdowndelegate.h"
#include "ui/queue/orderhold.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

// j/k move like arrows; Enter opens the report.
class QueueKeys final : public QObject
{
public:
    QueueKeys(QueuePanel *panel, QTableView *table)
        : QObject(table)
        , m_panel(panel)
        , m_table(table)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress) {
            return QObject::eventFilter(watched, event);
        }
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
            return false;
        }
        const QModelIndex current = m_table->currentIndex();
        const int row = current.isValid() ? current.row() : -1;
        int target = -1;
        if (key->key() == Qt::Key_J) {
            target = std::min(row + 1, m_table->model()->rowCount() - 1);
        } else if (key->key() == Qt::Key_K) {
            target = std::max(row - 1, 0);
        } else if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && current.isValid()) {
            emit m_panel->reportActivated(m_panel->currentReportId());
            return true;
        } else {
            return false;
        }
        if (target >= 0) {
            m_table->setCurrentIndex(m_table->model()->index(target, std::max(current.column(), 0)));
        }
        return true;
    }

private:
    QueuePanel *m_panel;
    QTableView *m_table;
};

} // namespace

QueuePanel::QueuePanel(models::QueueModel *model, SearchFunction search, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_searchFunction(std::move(search))
{
    setObjectName(u"queuePanel"_s);
    m_views = new QComboBox(this);
    m_views->setObjectName(u"savedViewCombo"_s);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the names with their counts
    for (models::SavedView view : models::allSavedViews()) {
        m_views->addItem(models::savedViewLabel(view), int(view));
    }
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"queueSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(u"queueCount"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"queueTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CountdownDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::QueueModel::CountdownColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // Widths in average characters; the title stretches over what is left.
    const int ch = m_table->fontMetrics().averageCharWidth();
    header->setMinimumSectionSize(4 * ch);
    m_table->setColumnWidth(models::QueueModel::UrgencyColumn, 8 * ch);
    m_table->setColumnWidth(models::QueueModel::CodeColumn, 15 * ch);
    m_table->setColumnWidth(models::QueueModel::CategoryColumn, 12 * ch);
    m_table->setColumnWidth(models::QueueModel::AreaColumn, 12 * ch);
    m_table->setColumnWidth(models::QueueModel::ChannelColumn, 8 * ch);
    m_table->setColumnWidth(models::QueueModel::ReceivedColumn, 11 * ch);
    m_table->setColumnWidth(models::QueueModel::StateColumn, 12 * ch);
    m_table->setColumnWidth(models::QueueModel::OwnerColumn, 15 * ch);
    // "Tiếp nhận · Phòng Cảnh sát giao thông · quá hạn 10 phút": wide, and elided in the middle so
    // that the clock and the time stay (CountdownDelegate).
    m_table->setColumnWidth(models::QueueModel::CountdownColumn, 36 * ch);
    header->setSectionResizeMode(models::QueueModel::TitleColumn, QHeaderView::Stretch);
    m_table->installEventFilter(new QueueKeys(this, m_table));
    m_hold = new OrderHold(m_table);
    connect(m_hold, &OrderHold::released, this, &QueuePanel::orderReleased);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_views);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    // Changes that wait while the officer points at the rows: a click applies them now.
    m_waiting = new QToolButton(this);
    m_waiting->setObjectName(u"queueWaitingChanges"_s);
    m_waiting->setAutoRaise(true);
    m_waiting->setStyleSheet(u"#queueWaitingChanges { background: #fff8e1; }"_s);
    m_waiting->hide();
    connect(m_waiting, &QToolButton::clicked, this, &QueuePanel::applyWaitingNow);
    bar->addWidget(m_waiting);
    m_restrictionBar = new QWidget(this);
    m_restrictionBar->setObjectName(u"queueRestriction"_s);
    m_restrictionText = new QLabel(m_restrictionBar);
    m_restrictionText->setObjectName(u"queueRestrictionText"_s);
    auto *lift = new QToolButton(m_restrictionBar);
    m_restrictionLift = lift;
    lift->setObjectName(u"queueRestrictionClear"_s);
    lift->setText(u"✕"_s);
    lift->setAutoRaise(true);
    connect(lift, &QToolButton::clicked, this, [this] {
        clearRestriction();
        emit restrictionCleared();
    });
    auto *restrictionLayout = new QHBoxLayout(m_restrictionBar);
    restrictionLayout->setContentsMargins(4, 0, 4, 0);
    restrictionLayout->addWidget(m_restrictionText, 1);
    restrictionLayout->addWidget(lift);
    m_restrictionBar->setStyleSheet(u"#queueRestriction { background: #e3f2fd; }"_s);
    m_restrictionBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_restrictionBar);
    m_searchNote = new QLabel(this);
    m_searchNote->setObjectName(u"queueSearchNote"_s);
    m_searchNote->setWordWrap(true);
    m_searchNote->setStyleSheet(u"#queueSearchNote { background: #fff8e1; padding: 2px 4px; }"_s);
    m_searchNote->hide();
    layout->addWidget(m_searchNote);
    layout->addWidget(m_table, 1);
    // Tab as one reads: the view, the search, the waiting changes, the restriction's ✕, the rows.
    setTabOrder(m_views, m_search);
    setTabOrder(m_search, m_waiting);
    setTabOrder(m_waiting, m_restrictionLift);
    setTabOrder(m_restrictionLift, m_table);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &QueuePanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_leftNote.clear(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_phoneLookup && isPhoneNumber(m_search->text())) {
            emit phoneLookupRequested(m_search->text().trimmed());
            return;
        }
        m_searchDelay->stop();
        applyFilter();
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0) {
            m_table->setCurrentIndex(m_model->index(0, models::QueueModel::TitleColumn));
        }
    });
    // Esc in the search: cleared, and back to the queue as the view shows it.
    auto *leaveSearch = new QAction(m_search);
    leaveSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    leaveSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(leaveSearch);
    connect(leaveSearch, &QAction::triggered, this, [this] {
        m_leftNote.clear();
        m_search->clear();
        m_searchDelay->stop();
        applyFilter();
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_views, &QComboBox::currentIndexChanged, this, [this] {
        m_leftNote.clear(); // another view (goToReport writes its note after choosing one)
        applyFilter();
    });

    const auto followCurrent = [this] {
        const QString id = currentReportId();
        if (id != m_lastSelected) {
            m_lastSelected = id;
            if (!m_leftNote.isEmpty() && id != m_leftNoteFor) {
                forgetLeftNote(); // it spoke of the report shown then
            }
            emit currentReportChanged(id);
        }
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, followCurrent);
    // A reset, a new filter or order, or removed rows can drop the current row without the
    // selection saying so: followed once the view has caught up, so that the detail never shows a
    // report the queue no longer has selected, and choosing it again shows it.
    connect(m_model, &QAbstractItemModel::modelReset, this, followCurrent, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, followCurrent, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, followCurrent, Qt::QueuedConnection);
    connect(m_table, &QTableView::doubleClicked, this, [this] { emit reportActivated(currentReportId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePanel::updateCount);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &QueuePanel::updateCount);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &QueuePanel::repaintCountdowns);
    m_tick->start();
    // Time-based views (overdue, due within an hour) take in reports as time passes.
    auto *refresh = new QTimer(this);
    refresh->setInterval(30000);
    connect(refresh, &QTimer::timeout, this, [this] {
        if (!holdsOrder()) { // the rows stay put under the pointer; the next pass takes them in
            m_model->refreshTimeFilters();
        }
    });
    refresh->start();

    // Each saved view with its live count, "Chờ xác minh (12)" (issue 27 §5): counted again a
    // moment after the reports change (one pass over them for every view), and as time passes.
    m_recount = new QTimer(this);
    m_recount->setSingleShot(true);
    m_recount->setInterval(500);
    connect(m_recount, &QTimer::timeout, this, &QueuePanel::updateViewCounts);
    const auto recountSoon = [this] {
        if (!m_recount->isActive()) {
            m_recount->start();
        }
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, recountSoon);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, recountSoon);
    connect(m_model, &QAbstractItemModel::dataChanged, this, recountSoon);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, recountSoon);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, recountSoon);
    connect(refresh, &QTimer::timeout, this, recountSoon);
    // Alt+1 … Alt+9: the views in their order.
    for (int i = 0; i < 9; ++i) {
        auto *choose = new QAction(this);
        choose->setObjectName(u"actionSavedView%1"_s.arg(i + 1));
        choose->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        choose->setShortcutContext(Qt::WindowShortcut);
        connect(choose, &QAction::triggered, this, [this, i] {
            if (i < m_views->count()) {
                m_views->setCurrentIndex(i);
                m_table->setFocus(Qt::ShortcutFocusReason);
            }
        });
        addAction(choose);
        m_viewActions.append(choose);
    }

    retranslate();
    updateCount();
}

QString QueuePanel::currentReportId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void QueuePanel::selectReport(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, models::QueueModel::TitleColumn));
        m_table->scrollTo(m_table->currentIndex());
    }
}

bool QueuePanel::goToReport(const QString &id)
{
    applyWaitingNow(); // a report that just arrived, and where it stands now
    if (id.isEmpty() || !m_model->contains(id)) {
        return false;
    }
    if (m_model->rowOf(id) < 0) {
        // Leave what hides it, one layer at a time, the narrowest first, and say what was left.
        const auto shown = [this, &id] {
            return m_model->rowOf(id) >= 0;
        };
        QStringList left;
        if (!m_search->text().trimmed().isEmpty()) {
            left.append(tr("the search “%1”").arg(m_search->text().trimmed()));
            const QSignalBlocker blocker(m_search);
            m_search->clear();
            m_searchDelay->stop();
            applyFilter();
        }
        if (!shown() && hasRestriction()) {
            left.append(tr("the filter “%1”").arg(m_restrictionLabel));
            clearRestriction();
            emit restrictionCleared();
        }
        if (!shown()) {
            left.append(tr("the view “%1”").arg(models::savedViewLabel(savedView())));
            setSavedView(models::SavedView::All);
        }
        if (!shown()) {
            return false; // not in any view of this workstation (a hidden report: the hidden view)
        }
        const QString code = m_model->index(m_model->rowOf(id), models::QueueModel::CodeColumn).data().toString();
        const QString layers = left.size() < 2 ? left.join(QString())
                                               : left.mid(0, left.size() - 1).join(u", "_s) + tr(" and ") + left.last();
        m_leftNote = tr("To show %1, the list left %2.").arg(code, layers);
        m_leftNoteFor = id;
        applyFilter();
    }
    selectReport(id);
    m_table->setFocus();
    return currentReportId() == id;
}

bool QueuePanel::selectNextToVerify(bool fromTop)
{
    const QString current = currentReportId(); // before a waiting reload resets the rows
    applyWaitingNow();                         // a colleague's decision that arrived a moment ago counts
    QSet<QString> skip = m_pendingDecisions ? m_pendingDecisions() : QSet<QString>();
    const models::QueueFilter toVerify = models::filterOf(models::SavedView::ToVerify, m_agencyId, m_subordinates);
    QString next;
    if (fromTop) {
        skip.insert(current);
        next = m_model->mostPressing(toVerify, skip);
    } else {
        next = m_model->mostPressing(toVerify, skip, current);
    }
    return !next.isEmpty() && goToReport(next);
}

void QueuePanel::applyWaitingNow()
{
    if (m_waitingCount == 0) {
        return;
    }
    if (m_hold->isHolding()) {
        m_hold->release(); // says orderReleased, which applies them before this returns
    } else {
        emit orderReleased();
    }
}

bool QueuePanel::holdsOrder() const
{
    return m_hold->isHolding();
}

void QueuePanel::setWaitingChanges(int count)
{
    m_waitingCount = count;
    m_waiting->setVisible(count != 0);
    m_waiting->setText(count < 0 ? tr("Changes waiting") : tr("%n change(s) waiting", nullptr, count));
    m_waiting->setToolTip(tr("The rows stay where they are while you point at them or move through them; they "
                             "are put in order a second after you stop. Click to do it now."));
}

void QueuePanel::setAgency(const QString &agencyId, const QStringList &subordinates)
{
    const QVariant current = m_views->currentData();
    m_agencyId = agencyId;
    m_subordinates = subordinates;
    const QSignalBlocker blocker(m_views);
    m_views->clear();
    for (models::SavedView view : agencyId.isEmpty() ? models::allSavedViews() : models::agencySavedViews()) {
        m_views->addItem(models::savedViewLabel(view), int(view));
    }
    // The same view when it is still offered (the directory changed), else all reports.
    m_views->setCurrentIndex(std::max(0, m_views->findData(current)));
    m_recount->start();
    applyFilter();
}

void QueuePanel::setSavedView(models::SavedView view)
{
    m_leftNote.clear();
    m_views->setCurrentIndex(m_views->findData(int(view)));
    applyFilter();
}

models::SavedView QueuePanel::savedView() const
{
    return models::SavedView(m_views->currentData().toInt());
}

void QueuePanel::refreshSearch()
{
    if (!m_search->text().trimmed().isEmpty()) {
        applyFilter();
    }
}

void QueuePanel::forgetLeftNote()
{
    // Only the note goes: no re-filtering while the officer clicks a row.
    if (!m_leftNote.isEmpty() && m_searchNote->text() == m_leftNote) {
        m_searchNote->clear();
        m_searchNote->hide();
    }
    m_leftNote.clear();
}

void QueuePanel::setRestriction(const models::QueueFilter &restriction, const QString &label)
{
    m_leftNote.clear();
    m_restriction = restriction;
    m_restrictionLabel = label;
    m_restrictionText->setText(label);
    m_restrictionBar->show();
    applyFilter();
}

void QueuePanel::clearRestriction()
{
    if (m_restrictionLabel.isEmpty()) {
        return;
    }
    m_restriction = {};
    m_restrictionLabel.clear();
    m_restrictionBar->hide();
    applyFilter();
}

void QueuePanel::applyFilter()
{
    models::QueueFilter filter = models::filterOf(savedView(), m_agencyId, m_subordinates);
    if (!m_restrictionLabel.isEmpty()) {
        filter.onlyIds = m_restriction.onlyIds;
        filter.areaIds.unite(m_restriction.areaIds);
    }
    const QString text = m_search->text().trimmed();
    // A report's code (whole, or its number): that report, wherever it is; else the text search.
    const QStringList byCode = text.isEmpty() ? QStringList() : m_model->idsWithCode(text);
    QString note;
    if (!byCode.isEmpty()) {
        filter.searchIds = QSet<QString>(byCode.begin(), byCode.end());
    } else if (!text.isEmpty() && m_searchFunction) {
        const QStringList ids = m_searchFunction(text);
        filter.searchIds = QSet<QString>(ids.begin(), ids.end());
    }
    const QString selected = currentReportId();
    m_model->setFilter(filter);
    if (!byCode.isEmpty() && m_model->rowCount() == 0) {
        // The view (or an area) hides it: the search looks beyond them, for as long as it is
        // typed, and says which view it left. The view itself stays chosen.
        const QString left = m_restrictionLabel.isEmpty() ? models::savedViewLabel(savedView()) : m_restrictionLabel;
        models::QueueFilter beyond;
        beyond.searchIds = QSet<QString>(byCode.begin(), byCode.end());
        m_model->setFilter(beyond);
        note = tr("Not in “%1”: found among all reports. Esc returns to the view.").arg(left);
    }
    if (m_phoneLookup && note.isEmpty() && byCode.isEmpty() && isPhoneNumber(text)) {
        // No reporter's number is held here (PRODUCT.md §17): the server looks it up, on purpose.
        note = tr("A telephone number: press Enter to look up the reports sent from it on the server (the look-up "
                  "is recorded with your reason).");
    }
    if (note.isEmpty()) {
        note = m_leftNote;
    }
    m_searchNote->setText(note);
    m_searchNote->setVisible(!note.isEmpty());
    if (!selected.isEmpty() && m_model->rowOf(selected) >= 0) {
        selectReport(selected);
    }
    updateCount();
}

bool QueuePanel::isPhoneNumber(const QString &text)
{
    static const QRegularExpression shape(u"^\\+?[0-9][0-9 .\\-]{7,16}$"_s);
    const QString trimmed = text.trimmed();
    return shape.match(trimmed).hasMatch() &&
           core::identity::checkPhone(trimmed).kind != core::identity::PhoneKind::Invalid;
}

void QueuePanel::updateViewCounts()
{
    QList<models::QueueFilter> filters;
    for (int i = 0; i < m_views->count(); ++i) {
        filters.append(models::filterOf(models::SavedView(m_views->itemData(i).toInt()), m_agencyId, m_subordinates));
    }
    const QList<int> counts = m_model->countMatching(filters);
    for (int i = 0; i < m_views->count(); ++i) {
        const auto view = models::SavedView(m_views->itemData(i).toInt());
        m_views->setItemText(i, tr("%1 (%2)").arg(models::savedViewLabel(view), QLocale().toString(counts.value(i))));
        m_views->setItemData(i, tr("Alt+%1").arg(i + 1), Qt::ToolTipRole);
    }
    for (int i = 0; i < m_viewActions.size(); ++i) {
        m_viewActions[i]->setText(i < m_views->count() ? m_views->itemText(i) : QString());
    }
}

void QueuePanel::updateCount()
{
    m_count->setText(
        tr("%1 of %2").arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->totalCount())));
}

void QueuePanel::repaintCountdowns()
{
    if (!isVisible() || m_model->rowCount() == 0) {
        return;
    }
    const int column = models::QueueModel::CountdownColumn;
    const int x = m_table->columnViewportPosition(column);
    if (x < 0 || m_table->isColumnHidden(column)) {
        return;
    }
    m_table->viewport()->update(QRect(x, 0, m_table->columnWidth(column), m_table->viewport()->height()));
}

void QueuePanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search (Ctrl+F): title, content, address — with or without diacritics"));
    m_search->setAccessibleName(tr("Search the queue"));
    m_views->setAccessibleName(tr("Saved view"));
    m_table->setAccessibleName(tr("Reports"));
    m_restrictionLift->setAccessibleName(tr("Show the whole queue again"));
    m_restrictionLift->setToolTip(tr("Show the whole queue again"));
    setWaitingChanges(m_waitingCount);
    // The views' names with their counts a moment later (a pass over every report: not in the
    // first paint of a million-report queue).
    m_recount->start();
    updateCount();
}

void QueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace ioc::ui
