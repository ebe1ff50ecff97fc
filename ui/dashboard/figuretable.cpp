#include "ui/dashboard/figuretable.h"

#include "reporting/figures.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace ioc::ui {

FigureTable::FigureTable(const QString &objectName, QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(objectName);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // the arrows move among the figures; Tab goes on to the next control
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setAlternatingRowColors(true);
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int column) {
        const QSet<QString> ids = reporting::toSet(m_reports.value({row, column}));
        if (ids.isEmpty()) {
            return;
        }
        const QString header =
            horizontalHeaderItem(column) != nullptr ? horizontalHeaderItem(column)->text() : QString();
        const QString rowName = item(row, 0) != nullptr ? item(row, 0)->text() : QString();
        emit drillDown(ids, rowName == header ? header : rowName + u" · "_s + header);
    });
}

void FigureTable::setCellReports(int row, int column, const QStringList &ids)
{
    if (ids.isEmpty()) {
        m_reports.remove({row, column});
    } else {
        m_reports.insert({row, column}, ids);
    }
}

QStringList FigureTable::cellReports(int row, int column) const
{
    return m_reports.value({row, column});
}

void FigureTable::clearFigures()
{
    m_reports.clear();
    clear();
}

} // namespace ioc::ui
