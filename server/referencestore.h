#pragma once

#include "core/directory.h"
#include "core/slapolicy.h"
#include "core/workingcalendar.h"

#include <QJsonObject>

namespace ioc::server {

class ServerDatabase;

// Areas, agencies and categories, the working calendar and the SLA policy: kept in the database,
// held in memory for the rules. Every write bumps a generation counter in the same transaction;
// refresh() compares it with the one loaded and reloads, so an instance never judges with data
// another instance has changed (each request refreshes before judging; NOTIFY refreshes too).
class ReferenceStore final
{
public:
    explicit ReferenceStore(ServerDatabase &database);

    bool load(QString *error);
    // The generation of what is stored now.
    qint64 storedGeneration() const;
    const core::Directory &directory() const { return m_directory; }
    const core::WorkingCalendar &calendar() const { return m_calendar; }
    const core::SlaPolicy &policy() const { return m_policy; }

    // Writes join the caller's transaction; call reload() after it commits.
    bool store(const QString &kind, const QString &id, const QJsonObject &data, QString *error);
    bool storeDocument(const QString &kind, const QJsonObject &data, QString *error);
    std::optional<QJsonObject> entity(const QString &kind, const QString &id) const;
    QList<QJsonObject> entities(const QString &kind) const;
    QJsonObject document(const QString &kind) const;
    bool reload(QString *error) { return load(error); }
    // Reloads if another writer (this instance or another) changed anything since the last load.
    bool refresh(QString *error);

private:
    ServerDatabase &m_database;
    core::Directory m_directory;
    core::WorkingCalendar m_calendar;
    core::SlaPolicy m_policy = core::SlaPolicy::defaults();
    qint64 m_generation = -1;
};

} // namespace ioc::server
