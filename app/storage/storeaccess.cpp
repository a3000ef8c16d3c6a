#include "storeaccess.h"

#include "storedialect.h"
#include "transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace nianbao {

namespace {

const QStringList kReportTables{QStringLiteral("cells"), QStringLiteral("texts"), QStringLiteral("change_log"),
                                QStringLiteral("explanations")};

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// The policies, for the schema `@schema@`. Organisation names and the tree are readable by every
/// account (they are public bodies; the reports are what is protected). The functions are
/// SECURITY DEFINER so that they read `accounts`, which no clerk may read; a policy passes
/// current_user, the querying account, in.
QStringList policyStatements(const QString &schema)
{
    QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS accounts ("
                       " role_name TEXT PRIMARY KEY,"
                       " organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('unit', 'district')))"),
        QStringLiteral("CREATE OR REPLACE FUNCTION nianbao_is_admin(who name) RETURNS boolean"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@ AS $$"
                       " SELECT NOT EXISTS (SELECT 1 FROM accounts WHERE role_name = who) $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION nianbao_may_read(org bigint, who name) RETURNS boolean"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@ AS $$"
                       " SELECT NOT EXISTS (SELECT 1 FROM accounts WHERE role_name = who) OR EXISTS ("
                       "  WITH RECURSIVE tree(id) AS ("
                       "   SELECT organisation_id FROM accounts WHERE role_name = who"
                       "   UNION SELECT o.id FROM organisations o JOIN tree t ON o.parent_id = t.id"
                       "    WHERE EXISTS (SELECT 1 FROM accounts WHERE role_name = who AND kind = 'district'))"
                       "  SELECT 1 FROM tree WHERE id = org) $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION nianbao_may_write(org bigint, aggregated bigint, who name) RETURNS boolean"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@ AS $$"
                       " SELECT NOT EXISTS (SELECT 1 FROM accounts WHERE role_name = who) OR EXISTS ("
                       "  SELECT 1 FROM accounts WHERE role_name = who AND organisation_id = org"
                       "   AND ((kind = 'unit' AND aggregated = 0) OR (kind = 'district' AND aggregated = 1))) $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION nianbao_may_read_report(report bigint, who name) RETURNS boolean"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@ AS $$"
                       " SELECT coalesce((SELECT nianbao_may_read(organisation_id, who) FROM reports WHERE id = report), false) $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION nianbao_may_write_report(report bigint, who name) RETURNS boolean"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@ AS $$"
                       " SELECT coalesce((SELECT nianbao_may_write(organisation_id, aggregate, who) FROM reports"
                       "  WHERE id = report), false) $$"),
        QStringLiteral("REVOKE ALL ON accounts FROM PUBLIC"),
    };
    // FORCE: the policies bind the owner too (it passes them as the administrator), so that
    // no path around them exists short of a superuser.
    const QStringList tables = QStringList{QStringLiteral("organisations"), QStringLiteral("reports")} + kReportTables;
    for (const QString &table : tables) {
        statements.append(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
        statements.append(QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table));
        for (const QString &policy : {QStringLiteral("nianbao_read"), QStringLiteral("nianbao_insert"),
                                      QStringLiteral("nianbao_update"), QStringLiteral("nianbao_delete")})
            statements.append(QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(policy, table));
    }
    const QString admin = QStringLiteral("nianbao_is_admin(current_user)");
    statements += {
        QStringLiteral("CREATE POLICY nianbao_read ON organisations FOR SELECT USING (true)"),
        QStringLiteral("CREATE POLICY nianbao_insert ON organisations FOR INSERT WITH CHECK (%1)").arg(admin),
        // Clerks hold a grant on the deadline column only: their own organisation's.
        QStringLiteral("CREATE POLICY nianbao_update ON organisations FOR UPDATE USING (%1 OR nianbao_may_write(id, 0, current_user)"
                       " OR nianbao_may_write(id, 1, current_user))").arg(admin),
        QStringLiteral("CREATE POLICY nianbao_delete ON organisations FOR DELETE USING (%1)").arg(admin),
        QStringLiteral("CREATE POLICY nianbao_read ON reports FOR SELECT USING (nianbao_may_read(organisation_id, current_user))"),
        QStringLiteral("CREATE POLICY nianbao_insert ON reports FOR INSERT"
                       " WITH CHECK (nianbao_may_write(organisation_id, aggregate, current_user))"),
        QStringLiteral("CREATE POLICY nianbao_update ON reports FOR UPDATE USING (nianbao_may_write(organisation_id, aggregate, current_user))"
                       " WITH CHECK (nianbao_may_write(organisation_id, aggregate, current_user))"),
        QStringLiteral("CREATE POLICY nianbao_delete ON reports FOR DELETE USING (nianbao_may_write(organisation_id, aggregate, current_user))"),
    };
    for (const QString &table : kReportTables) {
        statements += {
            QStringLiteral("CREATE POLICY nianbao_read ON %1 FOR SELECT USING (nianbao_may_read_report(report_id, current_user))")
                .arg(table),
            QStringLiteral("CREATE POLICY nianbao_insert ON %1 FOR INSERT WITH CHECK (nianbao_may_write_report(report_id, current_user))")
                .arg(table),
            QStringLiteral("CREATE POLICY nianbao_update ON %1 FOR UPDATE USING (nianbao_may_write_report(report_id, current_user))"
                           " WITH CHECK (nianbao_may_write_report(report_id, current_user))").arg(table),
            QStringLiteral("CREATE POLICY nianbao_delete ON %1 FOR DELETE USING (nianbao_may_write_report(report_id, current_user))")
                .arg(table),
        };
    }
    statements.append(QStringLiteral("UPDATE nianbao_schema SET access = %1").arg(StoreAccess::Version));
    for (QString &statement : statements)
        statement.replace(QStringLiteral("@schema@"), quoted(schema));
    return statements;
}

QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

bool StoreAccess::isValidRole(const QString &role)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(role).hasMatch();
}

bool StoreAccess::ensure(const QSqlDatabase &database, const QString &location, StoreError *error)
{
    const StoreDialect dialect = StoreDialect::of(database);
    if (!dialect.isServer())
        return true;
    const QString doing = tr("set up the access rules");
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT access, current_schema() FROM nianbao_schema")) || !query.next())
        return StoreError::report(error, dialect.error(query.lastError(), location, doing));
    if (query.value(0).toInt() >= Version)
        return true;
    const QString schema = query.value(1).toString();
    query.finish();
    Transaction transaction(database, location);
    if (!transaction.begin(doing, error))
        return false;
    for (const QString &statement : policyStatements(schema)) {
        if (!query.exec(statement))
            return StoreError::report(error, dialect.error(query.lastError(), location, doing));
    }
    return transaction.commit(error);
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
    QSqlQuery query(database);
    // Role and grant statements cannot be prepared on the server: those run as they are.
    auto exec = [&](const QString &sql, const QVariantList &values = {}) {
        bool ok = false;
        if (values.isEmpty()) {
            ok = query.exec(sql);
        } else {
            query.prepare(sql);
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values.at(i));
            ok = query.exec();
        }
        if (ok)
            return true;
        return StoreError::report(error, dialect.error(query.lastError(), location, doing));
    };
    if (!exec(QStringLiteral("SELECT current_schema()")) || !query.next())
        return false;
    const QString schema = query.value(0).toString();
    if (!exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role}))
        return false;
    const bool exists = query.next();
    const QString passwordClause = password.isEmpty() ? QString() : QStringLiteral(" PASSWORD ") + literal(password);
    if (!exists && !exec(QStringLiteral("CREATE ROLE %1 LOGIN%2").arg(quoted(role), passwordClause)))
        return false;
    if (exists && !password.isEmpty() && !exec(QStringLiteral("ALTER ROLE %1%2").arg(quoted(role), passwordClause)))
        return false;
    const QString who = quoted(role);
    const QStringList grants{
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON reports, %1 TO %2").arg(kReportTables.join(QStringLiteral(", ")), who),
        QStringLiteral("GRANT SELECT ON organisations, nianbao_schema TO %1").arg(who),
        QStringLiteral("GRANT UPDATE (deadline) ON organisations TO %1").arg(who),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(quoted(schema), who),
    };
    for (const QString &grant : grants) {
        if (!exec(grant))
            return false;
    }
    if (!exec(QStringLiteral("INSERT INTO organisations (name) VALUES (?) ON CONFLICT (name) DO NOTHING"), {organisation.trimmed()})
        || !exec(QStringLiteral("INSERT INTO accounts (role_name, organisation_id, kind)"
                                " SELECT ?, id, ? FROM organisations WHERE name = ?"
                                " ON CONFLICT (role_name) DO UPDATE SET organisation_id = excluded.organisation_id,"
                                " kind = excluded.kind"),
                 {role, district ? QStringLiteral("district") : QStringLiteral("unit"), organisation.trimmed()}))
        return false;
    return transaction.commit(error);
}

} // namespace nianbao
