#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace nianbao {

/// One prepared statement of a store's connection: run it with its values, then read its rows.
///
/// Two implementations behind one interface: Qt Sql's QSqlQuery (PostgreSQL, and SQLite when
/// the direct way is not available) and, for an SQLite file, SQLite's own interface on the
/// very connection Qt Sql opened (QSqlDriver::handle()). The second costs a fraction of Qt's
/// work per statement (describing every column again, naming every bound value); an edit
/// runs five statements and that work was a third of a durable commit (docs/storage.md).
/// It is used only when Qt's SQLite driver runs on the same SQLite library as this program
/// (checked when the store opens: SqliteDirect::available()).
class Statement
{
public:
    virtual ~Statement() = default;

    /// Binds `values` in order (a null QVariant, or a null QString or QByteArray, binds NULL;
    /// parameters after the last value are NULL) and runs the statement up to its first row.
    /// False with `error` set on failure.
    virtual bool exec(const QVariantList &values, QSqlError *error) = 0;
    /// The next row (the first one after exec()); false after the last.
    virtual bool next() = 0;
    /// A column of the current row: qint64, double, QString, QByteArray, or an invalid
    /// QVariant for NULL.
    virtual QVariant value(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    /// Rows changed by an INSERT, UPDATE or DELETE.
    virtual int numRowsAffected() const = 0;
    /// Ends the run: no read snapshot or lock outlives it.
    virtual void finish() = 0;

    /// `sql` prepared on `database`; on the SQLite interface when `direct` (the connection's
    /// handle, from SqliteDirect::handle()) is given. nullptr with `error` set on failure.
    static std::unique_ptr<Statement> prepare(const QSqlDatabase &database, void *direct, const QString &sql,
                                              QSqlError *error);
};

namespace SqliteDirect {

/// The SQLite handle of `database` when statements may run on it directly: this build has
/// the direct way (CMake option NIANBAO_SQLITE_DIRECT), `database` is an SQLite connection,
/// and its driver reports the same SQLite library as this program's (same source id), so
/// there is one SQLite in the process. nullptr otherwise, and when the environment variable
/// NIANBAO_SQLITE_VIA_QT is set (the tests run the Qt way with it too).
void *handle(const QSqlDatabase &database);

/// Whether this build has the direct way at all.
bool built();

/// What must be set on this program's SQLite before its first connection opens: no memory
/// statistics (they take a global mutex around every allocation SQLite makes, and the
/// Debian and Ubuntu builds allocate without a per-connection pool). Without effect when
/// SQLite is in use already, or when the driver has a copy of its own.
void configure();

/// SQLite's data version of the connection `handle` (from handle()): it changes with every
/// commit on the file, by this connection or another, as seen from the connection's current
/// (or next) transaction (SQLITE_FCNTL_DATA_VERSION). nullopt without a handle.
std::optional<quint32> dataVersion(void *handle);

} // namespace SqliteDirect

} // namespace nianbao
