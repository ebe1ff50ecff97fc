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
    return instant.toUTC().addSecs(core::vntime::utcOffsetSeconds);
}

QDateTime fromVietnamEditTime(const QDateTime &shown)
{
    return QDateTime(shown.date(), shown.time(), QTimeZone::utc()).addSecs(-core::vntime::utcOffsetSeconds);
}

} // namespace ioc::ui
