#include "ui/queue/countdowndelegate.h"

#include "core/countdown.h"
#include "models/queuemodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor colourOf(core::Pressure pressure, bool dark)
{
    switch (pressure) {
    case core::Pressure::Calm:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
    case core::Pressure::Watch:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x5a, 0x00);
    case core::Pressure::Hurry:
        return dark ? QColor(0xff, 0xab, 0x40) : QColor(0xc4, 0x3e, 0x00);
    case core::Pressure::Overdue:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    }
    return {};
}

} // namespace

QColor pressureColour(core::Pressure pressure, const QPalette &palette)
{
    return colourOf(pressure, isDark(palette));
}

void CountdownDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool urgent = index.data(models::QueueModel::UrgentRole).toBool();
    const bool dark = isDark(option->palette);
    if (urgent) {
        option->font.setBold(true);
    }
    if (index.data(models::QueueModel::HiddenRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    if (index.column() == models::QueueModel::CountdownColumn) {
        const QVariant pressure = index.data(models::QueueModel::PressureRole);
        if (pressure.isValid()) {
            const QColor colour = colourOf(core::Pressure(pressure.toInt()), dark);
            option->palette.setColor(QPalette::Text, colour);
            option->font.setBold(option->font.bold() || core::Pressure(pressure.toInt()) >= core::Pressure::Hurry);
        }
    }
    if (index.column() == models::QueueModel::UrgencyColumn && urgent) {
        option->palette.setColor(QPalette::Text, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    }
}

void CountdownDelegate::paintCountdown(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    // "Tiếp nhận · Phòng Cảnh sát giao thông · quá hạn 10 phút": the time right-aligned and
    // always whole; the clock and whose turn it is before it, elided when the column is narrow.
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const qsizetype cut = text.lastIndexOf(u" · ");
    if (cut < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QFontMetrics metrics(opt.font);
    const QString time = text.mid(cut + 3);
    const int fullTimeWidth = metrics.horizontalAdvance(time);
    const int timeWidth = std::min(area.width(), fullTimeWidth);
    const int leadWidth = std::max(0, area.width() - timeWidth - metrics.horizontalAdvance(u"  "_s)); // a gap
    // The lead ("Tiếp nhận · Sở Xây dựng · ") changes only with the report's step and the
    // column's width: shaped and elided once, then drawn as laid out. Shaping each cell's whole
    // text again on every repaint cost the queue a quarter of its repaint time.
    const QString leadKey = text.left(cut) + u'\x1f' + QString::number(leadWidth) + u'\x1f' + opt.font.key();
    auto lead = m_leads.constFind(leadKey);
    if (lead == m_leads.cend()) {
        if (m_leads.size() > 2000) {
            m_leads.clear(); // many only after long use with many widths: laid out again as needed
        }
        QStaticText laidOut(metrics.elidedText(text.left(cut) + u" · ", Qt::ElideRight, leadWidth));
        laidOut.setTextFormat(Qt::PlainText);
        laidOut.prepare(QTransform(), opt.font);
        lead = m_leads.insert(leadKey, laidOut);
    }
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(area.left(), area.top() + (area.height() - lead->size().height()) / 2), *lead);
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                      fullTimeWidth <= area.width() ? time : metrics.elidedText(time, Qt::ElideRight, area.width()));
    painter->restore();
}

void CountdownDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(models::QueueModel::UrgentRole).toBool() && !(option.state & QStyle::State_Selected)) {
        // A tinted row for urgent reports, so they stand out even without colour vision.
        const bool dark = isDark(option.palette);
        painter->fillRect(option.rect, dark ? QColor(0x5c, 0x1a, 0x1a) : QColor(0xfd, 0xec, 0xea));
    }
    if (index.column() == models::QueueModel::CountdownColumn) {
        paintCountdown(painter, option, index);
    } else {
        QStyledItemDelegate::paint(painter, option, index);
    }
    if (index.column() == 0 && index.data(models::QueueModel::UrgentRole).toBool()) {
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()),
                          QColor(0xd3, 0x2f, 0x2f));
    }
    if (index.column() == 0 && index.data(models::QueueModel::ConflictRole).toBool()) {
        painter->fillRect(QRect(option.rect.right() - 3, option.rect.top(), 4, option.rect.height()),
                          QColor(0x6a, 0x1b, 0x9a));
    }
}

} // namespace ioc::ui
