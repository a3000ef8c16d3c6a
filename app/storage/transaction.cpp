#include "transaction.h"

#include "storedialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nianbao {

Transaction::Transaction(const QSqlDatabase &database, const QString &path, Mode mode)
    : m_database(database), m_path(path), m_mode(mode)
{
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(const QString &doing, StoreError *error)
{
    m_doing = doing;
    QSqlQuery query(m_database);
    const StoreDialect dialect = StoreDialect::of(m_database);
    if (!query.exec(dialect.beginStatement(m_mode == Mode::Immediate)))
        return StoreError::report(error, dialect.error(query.lastError(), m_path, doing));
    m_active = true;
    return true;
}

bool Transaction::commit(StoreError *error)
{
    if (!m_active)
        return true;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const StoreError failure = StoreDialect::of(m_database).error(query.lastError(), m_path, m_doing);
        rollback();
        return StoreError::report(error, failure);
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_database);
    // A failed COMMIT may already have ended the transaction; ROLLBACK then reports an
    // error that changes nothing.
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace nianbao
