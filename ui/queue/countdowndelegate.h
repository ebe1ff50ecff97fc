#pragma once

#include "core/countdown.h"

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace ioc::ui {

// The text colour of a countdown by its pressure, readable on `palette`'s base (light or dark):
// the queue's colours, also used by the dialogs' clock headers and the map.
QColor pressureColour(core::Pressure pressure, const QPalette &palette);

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

private:
    void paintCountdown(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // The countdowns' leads as laid out, by their text, width and font.
    mutable QHash<QString, QStaticText> m_leads;
};

} // namespace ioc::ui
