#pragma once

#include "storeerror.h"

#include <QSqlDatabase>

namespace nianbao {

/// The schema, as numbered steps. Step N turns a file of version N−1 into version N in one
/// transaction and sets `PRAGMA user_version` to N; version 0 is an empty file.
class Migrations
{
public:
    /// The version this program writes and the newest it can read.
    static int latestVersion();

    /// Identifies Nianbao files in the SQLite header (`PRAGMA application_id`): "NBAO".
    static constexpr qint32 ApplicationId = 0x4E42414F;

    /// Reads the file's version and refuses what is not ours or too new, writing nothing.
    /// `*version` is 0 for an empty file.
    static bool inspect(const QSqlDatabase &database, const QString &path, int *version, StoreError *error);

    /// Runs every step above the file's version, each in its own transaction.
    static bool migrate(const QSqlDatabase &database, const QString &path, StoreError *error);

    /// Runs the steps up to `version` only (tests build files of earlier versions with it).
    static bool migrateTo(const QSqlDatabase &database, const QString &path, int version, StoreError *error);
};

} // namespace nianbao
