#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace nianbao {

/// Who may read and write what in a shared PostgreSQL database, enforced by the server (row-level
/// security, grants and triggers: access.sql) so that a modified client or psql cannot get around
/// it. Each clerk's login role is an account mapped to one organisation (table `accounts`): a
/// unit account reads and writes only its organisation's reports; a district account reads
/// every report of its organisation and the units below it, and writes only its organisation's
/// 汇总 (aggregate) reports; a role without an account sees nothing. The administrator is the
/// owner of the schema's tables. The server writes the change log itself, which only grows, and
/// refuses changes to a final report's values until a logged reopen (docs/postgresql.md).
class StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(StoreAccess)

public:
    /// The version of the policies below; kept in nianbao_schema.access.
    static constexpr int Version = 2;

    /// Installs or updates the accounts table, the policies and the triggers when the database
    /// has an older version of them. Needs the owner's connection; a clerk's connection to an
    /// up-to-date database writes nothing, to an outdated one is refused.
    static bool ensure(const QSqlDatabase &database, const QString &location, StoreError *error);

    /// Creates the login role (when missing) and maps it to `organisation` (created when
    /// missing), with the grants a clerk needs. `password` empty: set it later (or use
    /// the server's other authentication).
    static bool addAccount(const QSqlDatabase &database, const QString &location, const QString &role,
                           const QString &organisation, bool district, const QString &password, StoreError *error);

    /// Removes the account of `role`: the server withdraws its grants (the login role stays).
    static bool removeAccount(const QSqlDatabase &database, const QString &location, const QString &role, StoreError *error);

    /// A role name as PostgreSQL takes it unquoted: lower-case letters, digits, _.
    static bool isValidRole(const QString &role);
};

} // namespace nianbao
