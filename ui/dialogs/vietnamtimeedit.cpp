#include "ui/dialogs/vietnamtimeedit.h"

#include "core/vntime.h"

#include <QDateTimeEdit>
#include <QTimeZone>

namespace ioc::ui {

QDateTimeEdit *newVietnamTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    edit->setTimeZone(QTimeZone::utc());
#else
    edit->setTimeSpec(Qt::UTC);
#endif
    return edit;
}

QDateTime toVietnamEditTime(const QDateTime &instant)
{
    return QDateTime(core::vntime::localDate(instant), core::vntime::localTime(instant), QTimeZone::utc());
}

QDateTime fromVietnamEditTime(const QDateTime &shown)
{
    return core::vntime::fromLocal(shown.date(), shown.time());
}

} // namespace ioc::ui
