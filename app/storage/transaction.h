#pragma once

#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace nianbao {

/// Runs BEGIN, COMMIT and ROLLBACK from statements prepared once for an SQLite connection: a
/// store that commits every edit keeps one, so that a commit does not parse its statements
/// again. (PostgreSQL prepares no transaction control; there Transaction sends text.)
class TransactionStatements
{
public:
    virtual ~TransactionStatements() = default;
    /// Runs `sql`: nullopt when done, else the error.
    virtual std::optional<QSqlError> execute(const QString &sql) = 0;
};

/// RAII guard around one SQLite transaction: rolled back on destruction unless committed.
/// Writers use `Mode::Immediate` so that the write lock is taken (or the busy timeout
/// spent) at the start, never half-way through the statements.
class Transaction
{
public:
    enum class Mode { Deferred, Immediate };

    /// `statements`, when given, must belong to the same connection and outlive the transaction.
    Transaction(const QSqlDatabase &database, const QString &path, Mode mode = Mode::Immediate,
                TransactionStatements *statements = nullptr);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Starts the transaction; `doing` names the action for the error message.
    bool begin(const QString &doing, StoreError *error);
    /// Commits; with synchronous=FULL it returns once the commit is on the disk.
    bool commit(StoreError *error);
    /// Rolls back now (also what the destructor does when not committed).
    void rollback();
    bool isActive() const { return m_active; }

private:
    std::optional<QSqlError> execute(const QString &sql);

    QSqlDatabase m_database;
    TransactionStatements *m_statements;
    QString m_path;
    QString m_doing;
    Mode m_mode;
    bool m_active = false;
};

} // namespace nianbao
