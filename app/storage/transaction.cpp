#include "transaction.h"

#include "storedialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nianbao {

Transaction::Transaction(const QSqlDatabase &database, const QString &path, Mode mode, TransactionStatements *statements)
    // PostgreSQL prepares no transaction control (PREPARE takes queries only): there each
    // statement is sent as text.
    : m_database(database), m_statements(StoreDialect::of(database).isServer() ? nullptr : statements), m_path(path),
      m_mode(mode)
{
}

std::optional<QSqlError> Transaction::execute(const QString &sql)
{
    if (m_statements)
        return m_statements->execute(sql);
    QSqlQuery query(m_database);
    if (query.exec(sql))
        return std::nullopt;
    return query.lastError();
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(const QString &doing, StoreError *error)
{
    m_doing = doing;
    const StoreDialect dialect = StoreDialect::of(m_database);
    if (const std::optional<QSqlError> failure = execute(dialect.beginStatement(m_mode == Mode::Immediate)))
        return StoreError::report(error, dialect.error(*failure, m_path, doing));
    m_active = true;
    return true;
}

bool Transaction::commit(StoreError *error)
{
    if (!m_active)
        return true;
    if (const std::optional<QSqlError> failure = execute(QStringLiteral("COMMIT"))) {
        const StoreError stored = StoreDialect::of(m_database).error(*failure, m_path, m_doing);
        rollback();
        return StoreError::report(error, stored);
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // A failed COMMIT may already have ended the transaction; ROLLBACK then reports an
    // error that changes nothing.
    execute(QStringLiteral("ROLLBACK"));
}

} // namespace nianbao
