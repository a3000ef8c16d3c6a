#include "storeaccess.h"

#include "formatregistry.h"
#include "money.h"
#include "storedialect.h"
#include "transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace nianbao {

namespace {

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

/// The statements of access.sql for `schema` of `database`: one a paragraph, comments dropped.
QStringList accessStatements(const QString &schema, const QString &database)
{
    QFile file(QStringLiteral(":/storage/access.sql"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the access rules are missing from the program's resources");
    QString script = QString::fromUtf8(file.readAll());
    script.replace(QStringLiteral("@schema@"), quoted(schema));
    script.replace(QStringLiteral("@database@"), quoted(database));
    script.replace(QStringLiteral("@fenPerWan@"), QString::number(Money::FenPerWan));
    script.replace(QStringLiteral("@decimals@"), QString::number(Money::Decimals));
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QStringList statements;
    for (const QString &paragraph : script.split(blankLine)) {
        QStringList lines;
        for (const QString &line : paragraph.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QStringLiteral("--")))
                lines.append(line);
        }
        const QString statement = lines.join(QLatin1Char('\n')).trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
    }
    return statements;
}

/// Every money cell of every known format, as "format key": the server's change log shows them
/// as the client's does (access.sql, nianbao_shown).
QStringList moneyCells()
{
    QStringList cells;
    for (const FormatPtr &format : FormatRegistry::builtin().formats()) {
        for (const QString &key : format->keys()) {
            if (const CellSpec *cell = format->cell(key); cell && cell->kind == CellKind::Money)
                cells.append(format->id() + QLatin1Char(' ') + key);
        }
    }
    cells.sort();
    return cells;
}

/// One connection's statements for StoreAccess, each failure reported as the refusal of `doing`.
class Runner
{
public:
    Runner(const QSqlDatabase &database, const QString &location, const QString &doing, StoreError *error)
        : m_query(database), m_dialect(StoreDialect::of(database)), m_location(location), m_doing(doing), m_error(error)
    {
    }

    /// Role and grant statements cannot be prepared on the server: without values, the text runs as it is.
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        bool ok = false;
        if (values.isEmpty()) {
            ok = m_query.exec(sql);
        } else {
            m_query.prepare(sql);
            for (int i = 0; i < values.size(); ++i)
                m_query.bindValue(i, values.at(i));
            ok = m_query.exec();
        }
        return ok || StoreError::report(m_error, m_dialect.error(m_query.lastError(), m_location, m_doing));
    }
    /// exec() and the first row.
    bool row(const QString &sql, const QVariantList &values = {})
    {
        return exec(sql, values) && (m_query.next() || StoreError::report(m_error, {StoreError::Code::WriteFailed, m_location,
                                                                                    StoreAccess::tr("Could not %1: the server "
                                                                                                    "answered nothing.").arg(m_doing)}));
    }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    StoreDialect m_dialect;
    QString m_location;
    QString m_doing;
    StoreError *m_error;
};

/// The money cells the server knows (owner only), sorted as moneyCells().
bool storedMoneyCells(Runner &runner, QStringList *cells)
{
    if (!runner.exec(QStringLiteral("SELECT format || ' ' || key FROM money_cells")))
        return false;
    while (runner.query().next())
        cells->append(runner.query().value(0).toString());
    cells->sort();
    return true;
}

bool writeMoneyCells(Runner &runner)
{
    if (!runner.exec(QStringLiteral("DELETE FROM money_cells")))
        return false;
    for (const QString &cell : moneyCells()) {
        if (!runner.exec(QStringLiteral("INSERT INTO money_cells (format, key) VALUES (?, ?)"),
                         {cell.section(QLatin1Char(' '), 0, 0), cell.section(QLatin1Char(' '), 1)}))
            return false;
    }
    return true;
}

} // namespace

bool StoreAccess::isValidRole(const QString &role)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(role).hasMatch();
}

bool StoreAccess::ensure(const QSqlDatabase &database, const QString &location, StoreError *error)
{
    if (!StoreDialect::of(database).isServer())
        return true;
    const QString doing = tr("set up the access rules");
    Runner runner(database, location, doing, error);
    // The owner of the schema's tables is the administrator; only it can install the rules.
    if (!runner.row(QStringLiteral("SELECT s.access, current_schema(), current_database(),"
                                   " pg_catalog.pg_get_userbyid(c.relowner) = current_user,"
                                   " (SELECT pg_catalog.pg_get_userbyid(d.datdba) = current_user OR r.rolsuper"
                                   "   FROM pg_catalog.pg_database d, pg_catalog.pg_roles r"
                                   "   WHERE d.datname = current_database() AND r.rolname = current_user)"
                                   " FROM nianbao_schema s, pg_catalog.pg_class c WHERE c.oid = 'nianbao_schema'::regclass")))
        return false;
    const int version = runner.query().value(0).toInt();
    const QString schema = runner.query().value(1).toString();
    const QString name = runner.query().value(2).toString();
    const bool owner = runner.query().value(3).toBool();
    const bool ownsDatabase = runner.query().value(4).toBool();
    runner.query().finish();
    if (version >= Version && !owner)
        return true;
    if (!owner)
        return StoreError::report(error, {StoreError::Code::PermissionDenied, location,
                                          tr("The access rules of %1 are older than this version of Nianbao: the "
                                             "administrator must open it once with this version (nianbao --db "
                                             "postgresql://ADMIN@… list) before clerks can use it.").arg(location)});
    Transaction transaction(database, location);
    if (!transaction.begin(doing, error))
        return false;
    if (version >= Version) {
        // A newer program may know more formats: their money cells, as the log shows them.
        QStringList stored;
        if (!storedMoneyCells(runner, &stored))
            return false;
        if (stored == moneyCells())
            return true;   // nothing to change: the transaction rolls back
        return writeMoneyCells(runner) && transaction.commit(error);
    }
    if (!ownsDatabase)
        return StoreError::report(error, {StoreError::Code::PermissionDenied, location,
                                          tr("Could not %1 in %2: the administrator's account must own the database, so "
                                             "that it can forbid temporary tables to the clerks (createdb --owner). Nothing "
                                             "was changed.").arg(doing, location)});
    for (const QString &statement : accessStatements(schema, name)) {
        if (!runner.exec(statement))
            return false;
    }
    return writeMoneyCells(runner) && runner.exec(QStringLiteral("UPDATE nianbao_schema SET access = %1").arg(Version))
        && transaction.commit(error);
}

bool StoreAccess::addAccount(const QSqlDatabase &database, const QString &location, const QString &role,
                             const QString &organisation, bool district, const QString &password, StoreError *error)
{
    const StoreDialect dialect = StoreDialect::of(database);
    const QString doing = tr("create the account %1").arg(role);
    if (!dialect.isServer())
        return StoreError::report(error, {StoreError::Code::InvalidValue, location,
                                          tr("Accounts exist only in a shared database on a PostgreSQL server; %1 is a file "
                                             "that only those who may open it can use.").arg(location)});
    if (!isValidRole(role))
        return StoreError::report(error, {StoreError::Code::InvalidValue, location,
                                          tr("%1 cannot be an account name: use lower-case latin letters, digits and _, "
                                             "starting with a letter.").arg(role)});
    if (organisation.trimmed().isEmpty())
        return StoreError::report(error, {StoreError::Code::InvalidValue, location, tr("The account needs an organisation.")});
    Transaction transaction(database, location);
    if (!transaction.begin(doing, error))
        return false;
    Runner runner(database, location, doing, error);
    if (!runner.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role}))
        return false;
    const bool exists = runner.query().next();
    const QString passwordClause = password.isEmpty() ? QString() : QStringLiteral(" PASSWORD ") + literal(password);
    if (!exists && !runner.exec(QStringLiteral("CREATE ROLE %1 LOGIN%2").arg(quoted(role), passwordClause)))
        return false;
    if (exists && !password.isEmpty() && !runner.exec(QStringLiteral("ALTER ROLE %1%2").arg(quoted(role), passwordClause)))
        return false;
    return runner.exec(QStringLiteral("INSERT INTO organisations (name) VALUES (?) ON CONFLICT (name) DO NOTHING"),
                       {organisation.trimmed()})
        && runner.exec(QStringLiteral("INSERT INTO accounts (role_name, organisation_id, kind)"
                                      " SELECT ?, id, ? FROM organisations WHERE name = ?"
                                      " ON CONFLICT (role_name) DO UPDATE SET organisation_id = excluded.organisation_id,"
                                      " kind = excluded.kind"),
                       {role, district ? QStringLiteral("district") : QStringLiteral("unit"), organisation.trimmed()})
        && runner.exec(QStringLiteral("SELECT nianbao_grant_account(?)"), {role}) && transaction.commit(error);
}

bool StoreAccess::removeAccount(const QSqlDatabase &database, const QString &location, const QString &role, StoreError *error)
{
    const QString doing = tr("remove the account %1").arg(role);
    if (!StoreDialect::of(database).isServer())
        return StoreError::report(error, {StoreError::Code::InvalidValue, location,
                                          tr("Accounts exist only in a shared database on a PostgreSQL server.")});
    Transaction transaction(database, location);
    if (!transaction.begin(doing, error))
        return false;
    Runner runner(database, location, doing, error);
    // The server's trigger withdraws the account's grants with its row.
    if (!runner.exec(QStringLiteral("DELETE FROM accounts WHERE role_name = ?"), {role}))
        return false;
    if (runner.query().numRowsAffected() != 1)
        return StoreError::report(error, {StoreError::Code::NotFound, location,
                                          tr("%1 has no account named %2; nothing was changed.").arg(location, role)});
    return transaction.commit(error);
}

} // namespace nianbao
