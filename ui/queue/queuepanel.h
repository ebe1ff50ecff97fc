#pragma once

#include "models/queuefilter.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QTimer;

namespace ioc::models {
class QueueModel;
}

namespace ioc::ui {

class OrderHold;

// The queue: saved views, free-text search combined with the view's filter, and the table with
// live countdowns. Only the countdown cells of the visible rows repaint, once a second; nothing
// here touches the database (search goes through the function the session gives).
class QueuePanel final : public QWidget
{
    Q_OBJECT

public:
    using SearchFunction = std::function<QStringList(const QString &text)>;

    QueuePanel(models::QueueModel *model, SearchFunction search, QWidget *parent = nullptr);
    models::QueueModel *model() const { return m_model; }

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QString currentReportId() const;
    void selectReport(const QString &id);
    // Selects `id`, wherever it is (issue 27 §3): when the search, a restriction or the view
    // hides it, they are left, and a note says which. False when no report has that id.
    bool goToReport(const QString &id);
    // The next report waiting for verification, in the order of what presses most (open urgent
    // first, then due first; QueueModel::pressingOrder), never in the order of a search typed
    // earlier. `fromTop`: the most pressing one other than the current (after a decision);
    // otherwise the one after the current report in that order (N). Reports whose decision is
    // still in the outbox (setPendingDecisions) are passed over.
    bool selectNextToVerify(bool fromTop = false);
    // The reports with a verification decision not yet applied (the outbox's).
    void setPendingDecisions(std::function<QSet<QString>()> pending) { m_pendingDecisions = std::move(pending); }
    // The changes that wait (setWaitingChanges), applied now: before the officer's own request
    // for a report, so that it is judged on the reports as they are.
    void applyWaitingNow();

    // Rows never move under the pointer or the keyboard (issue 27 §3): while this is true,
    // changes to the rows wait, and setWaitingChanges() says how many; orderReleased() says when
    // they may be applied (a quiet second, or the officer asked).
    bool holdsOrder() const;
    // The note "3 thay đổi đang chờ" (a click applies them); 0 hides it, -1: an unknown number.
    void setWaitingChanges(int count);
    void setSavedView(models::SavedView view);
    // An agency's workstation: the agency's own views (to accept, led, to approve, coordinating,
    // following as upper level of `subordinates`) instead of the IOC's; empty: the IOC's views.
    void setAgency(const QString &agencyId, const QStringList &subordinates = {});
    models::SavedView savedView() const;
    // The search again (after a sync batch changed reports while a search is active).
    void refreshSearch();
    // A restriction from elsewhere (the map: a cluster, an area, what is in view), shown above
    // the table with a button that lifts it; combined with the saved view and the search.
    void setRestriction(const models::QueueFilter &restriction, const QString &label);
    void clearRestriction();
    bool hasRestriction() const { return !m_restrictionLabel.isEmpty(); }

    // Whether `text` is a telephone number as a caller gives it (the hotline's look-up, issue 27
    // §1): a number by Vietnam's numbering plan, however typed.
    static bool isPhoneNumber(const QString &text);
    // Whether this user may look up callers (IOC duty officers and supervisors).
    void setPhoneLookupAllowed(bool allowed) { m_phoneLookup = allowed; }

signals:
    void orderReleased();
    void restrictionCleared();
    // Enter on a telephone number in the search: the reports sent from it are asked of the server
    // (an audited look-up, POST /v1/reports/lookup); identity never leaves it.
    void phoneLookupRequested(const QString &phone);

    void currentReportChanged(const QString &id);
    void reportActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void forgetLeftNote();
    void updateCount();
    void updateViewCounts();
    void retranslate();
    void repaintCountdowns();

    models::QueueModel *m_model;
    SearchFunction m_searchFunction;
    QComboBox *m_views = nullptr;
    QString m_agencyId;
    QStringList m_subordinates;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_searchNote = nullptr; // a code found outside the view: which view it left
    QString m_leftNote;             // goToReport left the search or view: which
    QString m_leftNoteFor;          // the report it was left for
    std::function<QSet<QString>()> m_pendingDecisions;
    QToolButton *m_waiting = nullptr;
    int m_waitingCount = 0;
    OrderHold *m_hold = nullptr;
    QWidget *m_restrictionBar = nullptr;
    QLabel *m_restrictionText = nullptr;
    QToolButton *m_restrictionLift = nullptr;
    models::QueueFilter m_restriction;
    QString m_restrictionLabel;
    QTableView *m_table = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_recount = nullptr;
    QList<QAction *> m_viewActions; // Alt+1 … Alt+9
    QString m_lastSelected;
    bool m_phoneLookup = false;
};

} // namespace ioc::ui
