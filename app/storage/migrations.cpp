#include "migrations.h"

#include "storedialect.h"
#include "transaction.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace nianbao {

namespace {

struct Step
{
    int version;
    QStringList statements;
};

// A step, once released, is never edited: a change of schema is a new step. Written for
// SQLite; StoreDialect renders it for the server. The application id is set with the version.
const QList<Step> &steps()
{
    static const QList<Step> list{
        {1,
         {
             QStringLiteral("CREATE TABLE organisations ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " parent_id INTEGER NULL REFERENCES organisations(id) ON DELETE SET NULL)"),
             // Times are milliseconds since 1970 UTC. counts_stale: 0 when errors/warnings are current; every edit adds 1, so a
             // refresh computed before a concurrent edit never marks the counts current.
             QStringLiteral("CREATE TABLE reports ("
                            " id INTEGER PRIMARY KEY,"
                            " organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,"
                            " year INTEGER NOT NULL,"
                            " format TEXT NOT NULL,"
                            " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),"
                            " title TEXT NOT NULL DEFAULT '',"
                            " index_number TEXT NOT NULL DEFAULT '',"
                            " publisher TEXT NOT NULL DEFAULT '',"
                            " written_date TEXT NOT NULL DEFAULT '',"
                            " published_date TEXT NOT NULL DEFAULT '',"
                            " keywords TEXT NOT NULL DEFAULT '',"
                            " created_at INTEGER NOT NULL,"
                            " updated_at INTEGER NOT NULL,"
                            " errors INTEGER NOT NULL DEFAULT 0,"
                            " warnings INTEGER NOT NULL DEFAULT 0,"
                            " counts_stale INTEGER NOT NULL DEFAULT 1,"
                            " UNIQUE (organisation_id, year))"),
             // Only entered cells: a blank cell is a missing row, totals are computed by core.
             QStringLiteral("CREATE TABLE cells ("
                            " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " key TEXT NOT NULL,"
                            " number INTEGER NULL,"
                            " text TEXT NULL,"
                            " CHECK ((number IS NULL) <> (text IS NULL)),"
                            " PRIMARY KEY (report_id, key)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE texts ("
                            " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " section TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " PRIMARY KEY (report_id, section)) WITHOUT ROWID"),
             // Keyed by report, so that one edit touches one page of the log and a report's
             // history is read without an index of its own; seq counts within the report.
             QStringLiteral("CREATE TABLE change_log ("
                            " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " seq INTEGER NOT NULL,"
                            " at INTEGER NOT NULL,"
                            " key TEXT NOT NULL,"
                            " old TEXT NULL,"
                            " new TEXT NULL,"
                            " note TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (report_id, seq)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX organisations_by_parent ON organisations (parent_id)"),
         }},
        // Cells and texts brought forward from last year stay marked until the clerk touches them.
        {2,
         {
             QStringLiteral("ALTER TABLE cells ADD COLUMN carried INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE texts ADD COLUMN carried INTEGER NOT NULL DEFAULT 0"),
         }},
        // The clerk's answers to warnings; an organisation's own publication deadline ('MM-DD').
        {3,
         {
             QStringLiteral("CREATE TABLE explanations ("
                            " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                            " finding TEXT NOT NULL,"
                            " fingerprint TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " at INTEGER NOT NULL,"
                            " PRIMARY KEY (report_id, finding)) WITHOUT ROWID"),
             QStringLiteral("ALTER TABLE organisations ADD COLUMN deadline TEXT NULL"),
         }},
        // A parent organisation's 汇总 report sums its units' reports: marked so that it is
        // recomputed rather than typed, and so that a district account may write it and no other.
        {4,
         {
             QStringLiteral("ALTER TABLE reports ADD COLUMN aggregate INTEGER NOT NULL DEFAULT 0"),
         }},
        // An edit writes its row and its change-log row only: the problem counts remember the
        // change-log numbers they were computed at (ReportStore::reports()).
        {5,
         {
             QStringLiteral("ALTER TABLE reports ADD COLUMN counts_basis INTEGER NOT NULL DEFAULT 0"),
         }},
    };
    return list;
}

bool readInteger(const QSqlDatabase &database, const QString &sql, const QString &path, int *value, StoreError *error)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return StoreError::report(error, StoreDialect::of(database).error(query.lastError(), path, StoreError::tr("open the file")));
    *value = query.value(0).toInt();
    return true;
}

} // namespace

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

bool Migrations::inspect(const QSqlDatabase &database, const QString &path, int *version, StoreError *error)
{
    const QString file = QDir::toNativeSeparators(path);
    StoreDialect::SchemaState state;
    if (!StoreDialect::of(database).readSchema(database, path, &state, error))
        return false;
    *version = state.version;
    const qint32 applicationId = state.applicationId;
    const int tables = state.otherTables;
    if (applicationId != 0 && applicationId != ApplicationId)
        return StoreError::report(error, {StoreError::Code::NotADatabase, path,
                                          StoreError::tr("%1 is the database of another program, not a Nianbao data file; "
                                                         "it was not opened.").arg(file)});
    if (*version == 0 && tables > 0)
        return StoreError::report(error, {StoreError::Code::NotADatabase, path,
                                          StoreError::tr("%1 is an SQLite database of another program, not a Nianbao data "
                                                         "file; it was not opened.").arg(file)});
    if (*version > latestVersion())
        return StoreError::report(error, {StoreError::Code::NewerVersion, path,
                                          StoreError::tr("%1 was written by a newer version of Nianbao (data version %2; "
                                                         "this version reads up to %3). Install the newer version to open it; "
                                                         "the file was not changed.")
                                              .arg(file).arg(*version).arg(latestVersion())});
    return true;
}

bool Migrations::migrate(const QSqlDatabase &database, const QString &path, StoreError *error)
{
    return migrateTo(database, path, latestVersion(), error);
}

bool Migrations::migrateTo(const QSqlDatabase &database, const QString &path, int version, StoreError *error)
{
    const QString doing = StoreError::tr("prepare the file");
    const StoreDialect dialect = StoreDialect::of(database);
    for (const Step &step : steps()) {
        if (step.version > version)
            break;
        Transaction transaction(database, path);
        if (!transaction.begin(doing, error))
            return false;
        QSqlQuery query(database);
        for (const QString &statement : dialect.beginMigration()) {
            if (!query.exec(statement))
                return StoreError::report(error, dialect.error(query.lastError(), path, doing));
        }
        // Read inside the transaction: another process may have migrated meanwhile.
        int current = 0;
        if (!readInteger(database, dialect.versionQuery(), path, &current, error))
            return false;
        if (current >= step.version)
            continue;
        QStringList statements;
        for (const QString &statement : step.statements)
            statements.append(dialect.render(statement));
        statements += dialect.setVersion(step.version);
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement))
                return StoreError::report(error, dialect.error(query.lastError(), path, doing));
        }
        if (!transaction.commit(error))
            return false;
    }
    return true;
}

} // namespace nianbao
