#pragma once

#include <QDateTime>

QT_BEGIN_NAMESPACE
class QDateTimeEdit;
class QWidget;
QT_END_NAMESPACE

namespace ioc::ui {

// A date-time edit that shows Vietnam's wall time (UTC+7) whatever the workstation's zone: it
// holds that wall time as UTC, so the workstation's zone and its daylight saving never shift it.
// What Qt 6.4 and 6.8 differ in for this (QDateTimeEdit::setTimeSpec, deprecated in 6.7 for
// setTimeZone) stays in here.
QDateTimeEdit *newVietnamTimeEdit(QWidget *parent);
// An instant as the edit shows it, and back.
QDateTime toVietnamEditTime(const QDateTime &instant);
QDateTime fromVietnamEditTime(const QDateTime &shown);

} // namespace ioc::ui
