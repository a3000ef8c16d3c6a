#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace nianbao {

/// Who may read and write what in a shared PostgreSQL database, enforced by the server with
/// row-level security so that a modified client cannot get around it. Each login role is an
/// account mapped to one organisation (table `accounts`): a unit account reads and writes
/// only its organisation's reports; a district account reads every report of its
/// organisation and the units below it, and writes only its organisation's 汇总 (aggregate)
/// reports. The administrator (the schema's owner, no row in `accounts`) does everything.
class StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(StoreAccess)

public:
    /// The version of the policies below; kept in nianbao_schema.access.
    static constexpr int Version = 1;

    /// Installs or updates the accounts table and the policies when the database has an
    /// older version of them. Needs the owner's connection; a clerk's connection to an
    /// up-to-date database writes nothing.
    static bool ensure(const QSqlDatabase &database, const QString &location, StoreError *error);

    /// Creates the login role (when missing) and maps it to `organisation` (created when
    /// missing), with the grants a clerk needs. `password` empty: set it later (or use
    /// the server's other authentication).
    static bool addAccount(const QSqlDatabase &database, const QString &location, const QString &role,
                           const QString &organisation, bool district, const QString &password, StoreError *error);

    /// A role name as PostgreSQL takes it unquoted: lower-case letters, digits, _.
    static bool isValidRole(const QString &role);
};

} // namespace nianbao
