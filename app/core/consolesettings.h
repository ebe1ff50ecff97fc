#pragma once

#include "core/settingvalue.h"

#include <QByteArray>
#include <QString>

namespace ioc::core::settings {

// Every setting of the console, declared once with its key and default.
inline const SettingValue<QString> &language()
{
    static const SettingValue<QString> value(QStringLiteral("ui/language"), QStringLiteral("vi"));
    return value;
}

inline const SettingValue<QByteArray> &mainWindowGeometry()
{
    static const SettingValue<QByteArray> value(QStringLiteral("ui/mainWindowGeometry"), QByteArray());
    return value;
}

inline const SettingValue<QByteArray> &mainWindowState()
{
    static const SettingValue<QByteArray> value(QStringLiteral("ui/mainWindowState"), QByteArray());
    return value;
}

} // namespace ioc::core::settings
