#pragma once

#include <QStyledItemDelegate>

namespace ioc::ui {

// Paints queue cells: the countdown coloured by the share of time left (calm, watch, hurry,
// overdue), urgent rows marked with a red bar and bold text, hidden rows dimmed. Colours keep
// their meaning in light and dark palettes.
class CountdownDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ioc::ui
