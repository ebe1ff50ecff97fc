#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace ioc::core {

// One typed setting: its key and default are declared once (see consolesettings.h), so no
// string key is scattered across the code. Values live in the platform's QSettings store
// (the registry on Windows, an INI file under ~/.config on Linux).
template<typename T>
class SettingValue final
{
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {}

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        if (!value.isValid() || !value.canConvert<T>()) {
            return m_default;
        }
        return value.value<T>();
    }

    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace ioc::core
