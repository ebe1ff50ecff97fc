#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTableWidget>

#include <utility>

namespace ioc::ui {

// A table of figures whose cells open the reports behind them, with Enter or a double-click: the
// dashboard's tables. Read only, one cell at a time, alternating rows.
class FigureTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit FigureTable(const QString &objectName, QWidget *parent = nullptr);

    // The reports behind a cell; a cell without any opens nothing.
    void setCellReports(int row, int column, const QStringList &ids);
    QStringList cellReports(int row, int column) const;
    // Empties the table and forgets its cells' reports.
    void clearFigures();

signals:
    // `label` names the cell: its row and its column.
    void drillDown(const QSet<QString> &ids, const QString &label);

private:
    QHash<std::pair<int, int>, QStringList> m_reports;
};

} // namespace ioc::ui
