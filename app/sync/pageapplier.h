#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ioc::storage {
class Database;
class ReferenceRepository;
class ReportRepository;
} // namespace ioc::storage

namespace ioc::sync {

struct ParsedChange;

struct PageStats
{
    int reports = 0;
    int removed = 0;
    int reference = 0;
    int skipped = 0; // kinds this console does not know (a newer server)
};

// Applies one page of GET /v1/changes to the replica. The whole page is checked first — its
// shape and every change's data — and then stored together with its cursor and epoch in one
// transaction: a page is applied whole or not at all, so the stored cursor never passes data
// that is not in the replica.
class PageApplier final
{
public:
    PageApplier(storage::Database &replica, storage::ReportRepository &reports,
                storage::ReferenceRepository &reference);

    bool apply(const QJsonObject &page, QString *error, PageStats *stats = nullptr);
    // Checks a page without touching the replica; the reason of the first problem in `error`.
    static bool validate(const QJsonObject &page, QString *error);

private:
    static std::optional<QList<ParsedChange>> parse(const QJsonObject &page, QString *error);

    storage::Database &m_replica;
    storage::ReportRepository &m_reports;
    storage::ReferenceRepository &m_reference;
};

} // namespace ioc::sync
