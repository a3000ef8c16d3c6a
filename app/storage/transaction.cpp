#include "transaction.h"

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
    const QString sql = m_mode == Mode::Immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!query.exec(sql))
        return StoreError::report(error, StoreError::fromSql(query.lastError(), m_path, doing));
    m_active = true;
    return true;
}

bool Transaction::commit(StoreError *error)
{
    if (!m_active)
        return true;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const StoreError failure = StoreError::fromSql(query.lastError(), m_path, m_doing);
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
