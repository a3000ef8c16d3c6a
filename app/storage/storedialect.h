#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace nianbao {

/// What differs between a store in an SQLite file and one on a PostgreSQL server, so that
/// ReportStore, Migrations and Transaction run the same statements on both: how a write
/// transaction starts, how the schema version is kept, how migration steps are rendered,
/// session settings, and what a failure means to the clerk.
class StoreDialect
{
    Q_DECLARE_TR_FUNCTIONS(StoreDialect)

public:
    enum class Kind { Sqlite, Postgres };

    /// The dialect of an open connection, by its Qt driver (QSQLITE or QPSQL).
    static StoreDialect of(const QSqlDatabase &database);
    explicit StoreDialect(Kind kind = Kind::Sqlite) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Postgres; }

    /// SQLite takes the write lock at BEGIN IMMEDIATE; the server locks rows as they are
    /// written (and the report's row first, lockReport()). Readers get one snapshot.
    QString beginStatement(bool immediate) const;

    /// A migration statement as written for SQLite, for this database: on the server 64-bit
    /// integers, identity keys, no WITHOUT ROWID. SQLite gets the text unchanged, so files
    /// written by earlier versions keep the schema text they had.
    QString render(const QString &statement) const;

    struct SchemaState
    {
        int version = 0;
        qint32 applicationId = 0;
        int otherTables = 0;   ///< tables present although no version is recorded
    };
    /// Reads the schema version and what tells a foreign database; writes nothing.
    bool readSchema(const QSqlDatabase &database, const QString &location, SchemaState *state, StoreError *error) const;
    /// Statements that start a migration step's transaction: on the server the version table
    /// is created if missing and locked, so that two programs never migrate at once.
    QStringList beginMigration() const;
    QString versionQuery() const;
    QStringList setVersion(int version) const;

    /// Settings for a new connection (SQLite's PRAGMAs; the server's lock timeout).
    QStringList sessionSettings(int busyTimeoutMs, bool readOnly) const;
    QString busyTimeout(int milliseconds) const;
    /// Cache writes (problem counts) neither wait for the disk nor for a lock.
    QStringList cacheWriteSettings() const;
    QStringList cacheWriteSettingsEnd(int busyTimeoutMs) const;
    /// Locks a report's row against concurrent edits for the rest of the transaction
    /// (empty for SQLite, whose BEGIN IMMEDIATE already excludes other writers).
    QString lockReport() const;
    /// A full check of the stored data; its rows read "ok" when sound.
    QString integrityCheck() const;

    /// A failed statement or connection as a message that names the file or server and says
    /// why: lock timeouts, refused permissions, unreachable servers, a full disk.
    StoreError error(const QSqlError &error, const QString &location, const QString &doing) const;

private:
    StoreError serverError(const QSqlError &error, const QString &location, const QString &doing) const;

    Kind m_kind;
};

} // namespace nianbao
