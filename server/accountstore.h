#pragma once

#include "core/sanctions.h"

namespace ioc::server {

class ServerDatabase;

// Sanction state of citizen accounts (Điều 14.1).
class AccountStore final
{
public:
    explicit AccountStore(ServerDatabase &database);
    core::AccountStatus status(const QString &userId) const;
    bool save(const QString &userId, const core::AccountStatus &status);

private:
    ServerDatabase &m_database;
};

} // namespace ioc::server
