#pragma once

#include <QHash>
#include <QString>

#include <cstring>
#include <functional>
#include <string_view>

namespace ioc::models {

// An identifier as a hash key (report ids, category, area and agency ids), hashed by the
// standard library's hash of its UTF-16 text. Qt's qHash(QString), a seeded SipHash, and its
// comparison took two thirds of loading the queue (`./ioc bench ui`, ui.queue_load_*). The ids
// come from the replica, written by the project's own server, so no random seed is needed
// against crafted collisions. Converts from QString, so a QHash<IdKey, T> takes QString keys.
struct IdKey
{
    QString text;

    IdKey(const QString &id) // NOLINT(google-explicit-constructor): a QString is the key
        : text(id)
    {}

    bool operator==(const IdKey &other) const noexcept
    {
        return text.size() == other.text.size() &&
               (text.isEmpty() || // a null string's data may be null, which memcmp must not get
                std::memcmp(text.constData(), other.text.constData(), std::size_t(text.size()) * sizeof(QChar)) == 0);
    }
};

inline std::size_t qHash(const IdKey &key, std::size_t seed = 0) noexcept
{
    const QStringView view(key.text);
    return std::hash<std::u16string_view>{}(std::u16string_view(view.utf16(), std::size_t(view.size()))) ^ seed;
}

} // namespace ioc::models
