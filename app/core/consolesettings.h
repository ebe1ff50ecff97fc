#pragma once

#include "core/settingvalue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

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

// The last server and user signed in with (never the password).
inline const SettingValue<QString> &lastServer()
{
    static const SettingValue<QString> value(QStringLiteral("session/lastServer"), QString());
    return value;
}

// What an administrator presets for every workstation in the system scope
// (/etc/xdg/IOC/ioc-console.conf on Linux, docs/deployment.md): the server, a CA certificate to
// trust, and the server key's pins. The sign-in dialog starts from them; a user's own values,
// kept at sign-in, come first.
inline const SettingValue<QString> &serverUrl()
{
    static const SettingValue<QString> value(QStringLiteral("server/url"), QString());
    return value;
}

inline const SettingValue<QString> &serverCaFile()
{
    static const SettingValue<QString> value(QStringLiteral("server/caFile"), QString());
    return value;
}

// base64 SHA-256 pins, separated by spaces or commas.
inline const SettingValue<QStringList> &serverPins()
{
    static const SettingValue<QStringList> value(QStringLiteral("server/pins"), QStringList());
    return value;
}

inline const SettingValue<QString> &lastUser()
{
    static const SettingValue<QString> value(QStringLiteral("session/lastUser"), QString());
    return value;
}

// Minutes without keyboard or mouse input before the screen locks (0: never).
inline const SettingValue<int> &idleLockMinutes()
{
    static const SettingValue<int> value(QStringLiteral("session/idleLockMinutes"), 10);
    return value;
}

// How long before a clock runs out its alert comes.
inline const SettingValue<int> &alertLeadMinutes()
{
    static const SettingValue<int> value(QStringLiteral("alerts/leadMinutes"), 15);
    return value;
}

inline const SettingValue<bool> &darkPalette()
{
    static const SettingValue<bool> value(QStringLiteral("ui/darkPalette"), false);
    return value;
}

// The basemap: an HTTPS URL template with {z}/{x}/{y} (empty: the signed-in server's
// /v1/tiles), or an MBTiles file for centers without a tile server (wins when set).
inline const SettingValue<QString> &mapTileUrl()
{
    static const SettingValue<QString> value(QStringLiteral("map/tileUrl"), QString());
    return value;
}

inline const SettingValue<QString> &mapMbTilesFile()
{
    static const SettingValue<QString> value(QStringLiteral("map/mbtilesFile"), QString());
    return value;
}

// The tile source's attribution (OpenStreetMap's terms require "© OpenStreetMap contributors").
inline const SettingValue<QString> &mapAttribution()
{
    static const SettingValue<QString> value(QStringLiteral("map/attribution"), QString());
    return value;
}

} // namespace ioc::core::settings
